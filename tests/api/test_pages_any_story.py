"""Every page and endpoint renders every shape of story the contract allows (not only ours).

The pages are served by the API's app, so they are tested here with its test client; the
stories are generated (hypothesis) from the model's types, with references that both hit and
miss real items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from api.serve_helpers import TOKEN
from communique.api import create_app
from communique.api._snapshot import build_snapshot
from communique.model import Document
from communique.model.story import Story

from support.stories import stories

PAGES = ["/", "/timeline", "/events", "/positions", "/claims", "/quotes", "/entities",
         "/sources", "/search?q=talks"]
SECTIONS = ["entities", "events", "quotes", "claims", "positions", "contradictions",
            "timeline"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("any") / "any.db"
    with TestClient(create_app(str(db), token=TOKEN, rate_limit=0),
                    raise_server_exceptions=False) as test_client:
        yield test_client


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(corpus=stories())
def test_every_page_renders_any_story(client: TestClient,
                                      corpus: tuple[list[Document], Story]) -> None:
    documents, story = corpus
    snapshot = build_snapshot(documents, story)
    client.app.state.service.snapshot = lambda: snapshot  # type: ignore[attr-defined]
    paths = [*PAGES, *(f"/articles/{d.id}" for d in documents)]
    entity = next((e.id for e in story.entities if re.fullmatch(r"e_[0-9a-f]{8,32}", e.id)),
                  None)
    for section in SECTIONS:
        paths.append(f"/api/{section}?since=2000-01-01&until=2100-01-01")
        if entity:
            paths.append(f"/api/{section}?entity={entity}")
    paths += ["/api/articles", "/api/digest"]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
