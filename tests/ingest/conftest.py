"""Fixtures for the ingest tests: a local HTTP server on 127.0.0.1 and small helpers.

The server never leaves the machine: it binds 127.0.0.1 on a port the kernel picks, serves
routes a test registers, and runs in a daemon thread for the test session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

import pytest

from communique.ingest import IngestOptions, read_inputs
from communique.model import RawArticle, Skipped

from support.local_server import LocalServer


@pytest.fixture(scope="session")
def _session_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def http_server(_session_server: LocalServer) -> Iterator[LocalServer]:
    """The local server with no routes registered (they are cleared after each test)."""
    _session_server.routes.clear()
    _session_server.hits.clear()
    yield _session_server
    _session_server.routes.clear()


ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]


def _read_all(
    specs: list[str], options: IngestOptions | None = None, *, stdin: BinaryIO | None = None
) -> tuple[list[RawArticle], list[Skipped]]:
    articles: list[RawArticle] = []
    skipped: list[Skipped] = []
    for item in read_inputs(specs, options, stdin=stdin):
        if isinstance(item, RawArticle):
            articles.append(item)
        else:
            skipped.append(item)
    return articles, skipped


@pytest.fixture
def read_all() -> ReadAll:
    """``read_inputs`` run to the end, split into ``(articles, skipped)``."""
    return _read_all
