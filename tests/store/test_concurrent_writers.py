"""Writers at once: whatever the interleaving, the saved story covers every stored document."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import communique.merge
from communique.extract import Extractor
from communique.merge import merge
from communique.model import Document
from communique.store import Store, open_store
from communique.update import update_store

from conftest import example_inputs


@pytest.fixture
def documents(example_documents: list[Document]) -> list[Document]:
    return example_documents


@pytest.fixture
def extractor(shared_extractor: Extractor) -> Extractor:
    return shared_extractor


def assert_story_covers_everything(store: Store) -> None:
    corpus = store.load_corpus()
    assert store.state().story_current
    stored = store.load_story()
    assert stored is not None
    fresh = merge(corpus.documents, corpus.annotations)
    assert replace(stored, timings={}) == replace(fresh, timings={})


def test_a_writer_that_merged_before_another_committed_does_not_overwrite_its_story(
        store_url: str, documents: list[Document], extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Writer A reads the corpus and merges; meanwhile writer B commits, merges and saves; then A
    # saves. A's story lacks B's articles: it must not replace B's.
    b_done = threading.Event()
    real_finish = communique.merge.finish

    def slow_merge(*args: Any) -> Any:
        story = real_finish(*args)
        if threading.current_thread().name == "A":
            assert b_done.wait(60)
        return story

    monkeypatch.setattr(communique.merge, "finish", slow_merge)
    errors: list[BaseException] = []

    def writer(batch: list[Document], done: threading.Event | None) -> None:
        try:
            with open_store(store_url) as store:
                update_store(store, batch, load_extractor=lambda: extractor)
        except BaseException as exc:
            errors.append(exc)
        finally:
            if done is not None:
                done.set()

    with open_store(store_url):
        pass  # create and migrate the store before the writers race
    a = threading.Thread(target=writer, args=(documents[:4], None), name="A")
    a.start()
    while a.is_alive() and not _committed(store_url, 4):
        a.join(0.05)
    b = threading.Thread(target=writer, args=(documents[4:8], b_done), name="B")
    b.start()
    b.join(120)
    a.join(120)
    assert not errors, errors
    with open_store(store_url) as store:
        assert len(store.load_documents()) == 8
        assert_story_covers_everything(store)


def _committed(store_url: str, count: int) -> bool:
    with open_store(store_url) as store:
        return len(store.load_documents()) >= count


def test_two_add_commands_at_once(tmp_path: Path, examples_dir: Path,
                                  documents: list[Document]) -> None:
    db = str(tmp_path / "story.db")
    inputs = example_inputs(examples_dir)
    halves = [inputs[0::2], inputs[1::2]]
    command = str(Path(sys.executable).with_name("communique"))
    runs = [subprocess.Popen([command, "add", *half, "--db", db],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for half in halves]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    with open_store(db) as store:
        assert len(store.load_documents()) == len(documents)
        assert_story_covers_everything(store)
