"""Adding articles to a store one by one gives the same dossier as building them at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.outputs import build_dossier
from communique.pipeline import BuildResult
from communique.store import open_store
from communique.update import add_to_store, save_build

from conftest import example_inputs
from support.faults import POISONED_TEXT, poison

_VOLATILE = ("generated_at",)


def _stable(dossier: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dossier.items() if k not in _VOLATILE}


def test_one_by_one_equals_all_at_once(
    examples_dir: Path, examples_build: BuildResult, tmp_path: Path
) -> None:
    db = str(tmp_path / "story.db")
    for path in example_inputs(examples_dir):
        result = add_to_store([path], db)
    at_once = build_dossier(examples_build.documents, examples_build.skipped,
                            story=examples_build.story)
    one_by_one = build_dossier(result.documents, result.skipped, story=result.story)
    assert _stable(one_by_one) == _stable(at_once)


def test_adding_again_changes_nothing_and_extracts_nothing(
    examples_dir: Path, examples_build: BuildResult, tmp_path: Path
) -> None:
    db = str(tmp_path / "story.db")
    save_build(examples_build, db)
    again = add_to_store(example_inputs(examples_dir), db)
    assert again.added == ()
    assert again.extracted == ()
    with open_store(db) as store:
        assert store.load_story() == again.story
        assert [d.id for d in store.load_documents()] == [d.id for d in examples_build.documents]


def test_add_skips_an_article_whose_extraction_fails_and_keeps_the_rest(
        examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch)
    bad = tmp_path / "bad.txt"
    bad.write_text(POISONED_TEXT, encoding="utf-8")
    db = str(tmp_path / "story.db")
    inputs = example_inputs(examples_dir)[:3]
    first = add_to_store([inputs[0], str(bad), *inputs[1:]], db)
    assert [(Path(s.source).name, s.code) for s in first.skipped] == [("bad.txt", "E302")]
    assert len(first.added) == 3 and len(first.documents) == 3
    # Running it again reports the article again and changes nothing else.
    again = add_to_store([str(bad)], db)
    assert [s.code for s in again.skipped] == ["E302"] and again.added == ()
    with open_store(db) as store:
        assert [d.id for d in store.load_documents()] == [d.id for d in first.documents]
        assert store.load_story() == first.story
        assert store.state().story_current
