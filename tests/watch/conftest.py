"""Fixtures of the watch tests: a changing feed server, a store, a fast adder."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from communique.model import Document
from communique.store import Store
from watch.feed_server import FeedServer


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "watch.db")


def store_only(store: Store, documents: list[Document]) -> Sequence[str]:
    """An adder that stores clean documents without extracting them (the protocol tests do
    not need spaCy; one end-to-end test uses the real extract-and-merge adder)."""
    return store.add_documents(documents)
