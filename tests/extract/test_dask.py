"""The Dask engine gives the local engine's dossier, skips a failing article, and says how to
install itself when missing. Clusters start here, in fixtures (spawned workers import modules,
never a script read from standard input)."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique import build as library_build
from communique.cli import app
from communique.errors import MissingExtraError
from communique.extract import ExtractOptions, extract_documents
from communique.model import Document, Skipped
from communique.model.annotations import Annotations
from communique.outputs import build_dossier
from communique.pipeline import BuildResult

from conftest import example_inputs
from support.faults import POISONED_TEXT, poison

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="module")
def threads_cluster() -> Iterator[str]:
    """A cluster whose two workers are threads of this process (so monkeypatches reach them);
    its address is what ``--scheduler`` takes."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _comparable(dossier: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dossier.items() if k != "generated_at"}


def test_a_local_cluster_of_processes_gives_the_local_engine_s_dossier(
        examples_dir: Path, examples_build: BuildResult) -> None:
    dask = library_build(example_inputs(examples_dir), engine="dask", processes=2)
    local = build_dossier(examples_build.documents, examples_build.skipped,
                          story=examples_build.story)
    assert _comparable(dask.data) == _comparable(local)


def test_build_and_add_on_a_running_scheduler_store_the_local_story(
        tmp_path: Path, examples_dir: Path, threads_cluster: str) -> None:
    inputs = example_inputs(examples_dir)
    first, rest = inputs[:6], inputs[6:]
    runs = {}
    for engine in ("local", "dask"):
        out, db = tmp_path / engine, str(tmp_path / f"{engine}.db")
        extra = ["--engine", "dask", "--scheduler", threads_cluster] if engine == "dask" else []
        built = runner.invoke(app, ["build", *first, "--out", str(out), "--db", db, *extra])
        assert built.exit_code == 0, built.output
        added = runner.invoke(app, ["add", *rest, "--db", db, "--out", str(out), *extra])
        assert added.exit_code == 0, added.output
        runs[engine] = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(runs["dask"]["articles"]) >= len(inputs)  # one file holds two articles
    assert _comparable(runs["dask"]) == _comparable(runs["local"])


def test_a_failing_article_is_reported_and_skipped_on_dask(
        example_documents: list[Document], threads_cluster: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch)
    bad = Document(id="a_00000000000000ff", source="in/poison.txt", text=POISONED_TEXT,
                   language="en")
    others = [dataclasses.replace(example_documents[0], id=f"a_{i:016x}") for i in range(3)]
    documents = [others[0], bad, *others[1:]]
    options = ExtractOptions(engine="dask", scheduler=threads_cluster, batch_size=2)
    results = extract_documents(documents, options)
    assert [type(r) for r in results] == [Annotations, Skipped, Annotations, Annotations]
    assert isinstance(results[1], Skipped) and results[1].code == "E302"
    assert "injected failure" in results[1].reason


def test_without_distributed_the_error_says_how_to_install_it(
        example_documents: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError) as raised:
        extract_documents(example_documents[:1], ExtractOptions(engine="dask"))
    assert raised.value.code == "E901" and "communique[dask]" in str(raised.value)


@pytest.mark.parametrize("extra", [["--scheduler", "tcp://127.0.0.1:1"], ["--engine", "spark"]])
def test_bad_engine_options_are_usage_errors(tmp_path: Path, extra: list[str]) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "none.txt"), *extra,
                                 "--out", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "engine" in result.stderr
