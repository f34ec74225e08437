"""Reads never wait on a rebuild; the snapshot is rebuilt only when the store changed, and
then only from what changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN, copy_store
from communique.api import create_app
from communique.store import Store, open_store


@pytest.fixture
def store_path(example_db: Path, tmp_path: Path) -> Path:
    return copy_store(example_db, tmp_path / "story.db")


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(store_path), token=TOKEN, rate_limit=0)) as test_client:
        yield test_client


def _articles(client: TestClient) -> int:
    response = client.get("/api/articles")
    assert response.status_code == 200
    total: int = response.json()["total"]
    return total


def _external_write(store_path: Path) -> str:
    """Another process's write: a new article (a changed copy of one) and a new story."""
    with open_store(str(store_path)) as store:
        first = store.load_documents()[0]
        copy = replace(first, id="a_00000000000000aa", url="https://elsewhere.example/copy")
        store.add_documents([copy])
        story = store.load_story()
        assert story is not None
        store.save_story(story)
    return copy.id


def _eventually(check: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the snapshot did not pick up the change"
        time.sleep(0.05)


def test_reads_do_not_wait_while_the_snapshot_is_rebuilt(
        client: TestClient, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _articles(client) == 12
    release = threading.Event()
    rebuilding = threading.Event()
    real = Store.load_story

    def slow_load_story(self: Store) -> Any:
        rebuilding.set()
        assert release.wait(60)
        return real(self)

    _external_write(store_path)
    monkeypatch.setattr(Store, "load_story", slow_load_story)
    try:
        # Reads go on (old snapshot) while a rebuild is stuck reading the new story.
        answered: list[int] = []
        deadline = time.monotonic() + 10
        while not rebuilding.is_set() and time.monotonic() < deadline:
            reader = threading.Thread(target=lambda: answered.append(_articles(client)))
            reader.start()
            reader.join(timeout=5)
            assert not reader.is_alive(), "a read waited for the rebuild"
            time.sleep(0.1)
        assert rebuilding.is_set()
        for _ in range(5):
            reader = threading.Thread(target=lambda: answered.append(_articles(client)))
            reader.start()
            reader.join(timeout=5)
            assert not reader.is_alive(), "a read waited for the rebuild"
        assert set(answered) == {12}
    finally:
        release.set()
    _eventually(lambda: _articles(client) == 13)


def test_the_snapshot_is_rebuilt_only_when_the_store_changed_and_incrementally(
        client: TestClient, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _articles(client) == 12  # the first snapshot is built
    calls: dict[str, list[int]] = {"story": [], "documents": []}
    real_story, real_since = Store.load_story, Store.load_documents_since

    def load_story(self: Store) -> Any:
        calls["story"].append(1)
        return real_story(self)

    def load_documents_since(self: Store, revision: int) -> Any:
        documents, current = real_since(self, revision)
        calls["documents"].append(len(documents))
        return documents, current

    monkeypatch.setattr(Store, "load_story", load_story)
    monkeypatch.setattr(Store, "load_documents_since", load_documents_since)
    assert _articles(client) == 12
    started = time.monotonic()
    while time.monotonic() - started < 1.5:  # several check intervals, nothing written
        assert _articles(client) == 12
        time.sleep(0.05)
    assert calls == {"story": [], "documents": []}
    monkeypatch.setattr(Store, "load_story", real_story)  # the writer's own read, not counted
    new_id = _external_write(store_path)
    monkeypatch.setattr(Store, "load_story", load_story)
    _eventually(lambda: _articles(client) == 13)
    assert client.get(f"/api/articles/{new_id}").status_code == 200
    # One rebuild: the new story, and only the one new document.
    assert calls == {"story": [1], "documents": [1]}
