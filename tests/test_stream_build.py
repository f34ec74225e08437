"""A build into a store, streamed batch by batch, is the in-memory build; the store's story
covers everything stored; the stored story exports to Parquet as the dossier does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.outputs import build_dossier
from communique.pipeline import BuildOptions, BuildResult
from communique.store import open_store
from communique.stream_build import build_into_store

from conftest import example_inputs

pytestmark = pytest.mark.slow
runner = CliRunner()


def _comparable(dossier: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dossier.items() if k != "generated_at"}


def _dossier(result: BuildResult) -> dict[str, Any]:
    return _comparable(build_dossier(result.documents, result.skipped, story=result.story))


def test_a_streamed_build_is_the_in_memory_build(
        tmp_path: Path, examples_dir: Path, examples_build: BuildResult) -> None:
    db = str(tmp_path / "story.db")
    streamed = build_into_store(example_inputs(examples_dir), db)
    assert streamed.annotations == ()  # nothing held: the annotations are in the store
    assert _dossier(streamed) == _dossier(examples_build)
    with open_store(db) as store:
        assert store.state().story_current
        assert [d.id for d in store.load_documents()] == [
            d.id for d in examples_build.documents]


def test_a_build_into_a_store_with_other_articles_returns_its_own_story(
        tmp_path: Path, examples_dir: Path, examples_build: BuildResult) -> None:
    db = str(tmp_path / "story.db")
    inputs = example_inputs(examples_dir)
    build_into_store(inputs[:3], db, BuildOptions())
    result = build_into_store(inputs[3:], db, BuildOptions())
    with open_store(db) as store:
        stored = store.load_documents()
        assert store.state().story_current
    assert len(stored) == len(examples_build.documents)
    assert {d.id for d in result.documents} < {d.id for d in stored}
    assert result.story is not None
    cited = {e.article for c in result.story.claims for e in c.evidence}
    assert cited <= {d.id for d in result.documents}


def test_the_stored_story_exports_as_its_dossier(tmp_path: Path, examples_dir: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, db = tmp_path / "out", str(tmp_path / "out" / "story.db")
    built = runner.invoke(app, ["build", *example_inputs(examples_dir), "--out", str(out),
                                "--db", db])
    assert built.exit_code == 0, built.output
    for source in ([str(out / "dossier.json")], ["--db", db]):
        name = "file" if len(source) == 1 else "db"
        result = runner.invoke(app, ["export", *source, "-f", "parquet",
                                     "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    for table in ("articles", "claims", "events", "quotes"):
        assert pq.read_table(tmp_path / "file" / f"{table}.parquet").equals(
            pq.read_table(tmp_path / "db" / f"{table}.parquet"))
