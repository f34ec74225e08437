"""Fixtures of the API tests: the example corpus built once, apps over copies of its store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="pip install 'communique[serve]' for the API")

from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN, build_example_store, copy_store
from communique.api import create_app
from communique.pipeline import BuildResult


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory, examples_build: BuildResult) -> Path:
    """A store filled by the real pipeline from the example corpus (built once per session)."""
    return build_example_store(tmp_path_factory.mktemp("template") / "examples.db",
                               examples_build)


@pytest.fixture
def make_client(example_db: Path, tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    """Build a client over a private copy of the example store with the given app options."""
    clients: list[TestClient] = []

    def make(**options: Any) -> TestClient:
        db = copy_store(example_db, tmp_path / f"store{len(clients)}.db")
        options.setdefault("rate_limit", 0)
        client = TestClient(create_app(str(db), **options))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture(scope="module")
def client(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-mostly client (writes need the token) shared by a module's tests."""
    db = copy_store(example_db, tmp_path_factory.mktemp("read") / "read.db")
    with TestClient(create_app(str(db), token=TOKEN, rate_limit=0)) as test_client:
        yield test_client
