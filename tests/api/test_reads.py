"""Read endpoints: every section, pagination, filters, search, digest, error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

SECTIONS = ["entities", "events", "quotes", "claims", "positions", "contradictions", "timeline"]


def _all(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"code", "message", "fix"}
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_a_page_of_contract_items(client: TestClient, section: str) -> None:
    body = _all(client, f"/api/{section}")
    assert set(body) == {"total", "limit", "offset", "items"}
    assert body["total"] == len(body["items"]) > 0
    if section != "timeline":
        assert all(item["id"] for item in body["items"])


def test_evidence_points_into_the_article_text(client: TestClient) -> None:
    articles = {a["id"]: a for a in _all(client, "/api/articles", full=1)["items"]}
    for event in _all(client, "/api/events")["items"]:
        for ev in event["evidence"]:
            assert articles[ev["article"]]["text"][ev["start"]:ev["end"]] == ev["text"]


def test_articles_without_text_unless_full(client: TestClient) -> None:
    brief = _all(client, "/api/articles")
    assert brief["total"] == 12
    assert all("text" not in a for a in brief["items"])
    full = _all(client, "/api/articles", full=1)
    assert all(a["text"] for a in full["items"])
    one = client.get(f"/api/articles/{brief['items'][0]['id']}").json()
    assert one["text"] == full["items"][0]["text"]


def test_pagination(client: TestClient) -> None:
    everything = _all(client, "/api/quotes")["items"]
    page = client.get("/api/quotes", params={"limit": 3, "offset": 2}).json()
    assert page["total"] == len(everything)
    assert (page["limit"], page["offset"]) == (3, 2)
    assert page["items"] == everything[2:5]
    past = client.get("/api/quotes", params={"offset": 100_000}).json()
    assert past["items"] == [] and past["total"] == len(everything)
    assert_error(client.get("/api/quotes", params={"limit": 0}), 422, "E704")
    assert_error(client.get("/api/quotes", params={"offset": -1}), 422, "E704")


def test_filter_by_entity(client: TestClient) -> None:
    entities = _all(client, "/api/entities")["items"]
    person = next(e for e in entities if e["type"] == "person" and len(e["articles"]) < 12)
    quotes = _all(client, "/api/quotes", entity=person["id"])["items"]
    assert quotes
    assert all(q["speaker"] == person["id"]
               or any(ev["article"] in person["articles"] for ev in q["evidence"])
               for q in quotes)
    articles = _all(client, "/api/articles", entity=person["id"])["items"]
    assert {a["id"] for a in articles} == set(person["articles"])
    every = _all(client, "/api/quotes")["total"]
    assert len(quotes) < every
    assert _all(client, "/api/events", entity="e_0000000000000000")["total"] == 0
    assert_error(client.get("/api/events", params={"entity": "../etc/passwd"}), 422)


def test_filter_by_date_range(client: TestClient) -> None:
    timeline = _all(client, "/api/timeline", since="2031-03-18", until="2031-03-19")["items"]
    assert timeline
    for item in timeline:
        assert item["date"] <= "2031-03-19"
        assert (item["end"] or item["date"]) >= "2031-03-18"
    assert len(timeline) < _all(client, "/api/timeline")["total"]
    articles = _all(client, "/api/articles", since="2031-03-20")["items"]
    assert articles and all(a["published"] >= "2031-03-20" for a in articles)
    assert_error(client.get("/api/events", params={"since": "yesterday"}), 422, "E704")


def test_filter_by_status_and_kind(client: TestClient) -> None:
    claims = _all(client, "/api/claims")["items"]
    for status in ("corroborated", "single_source", "contradicted"):
        chosen = _all(client, "/api/claims", status=status)["items"]
        assert chosen == [c for c in claims if c["status"] == status]
    assert_error(client.get("/api/claims", params={"status": "true"}), 422)
    talks = _all(client, "/api/events", kind="talks")["items"]
    assert talks and all(e["type"] == "talks" for e in talks)
    demands = _all(client, "/api/positions", kind="demands")["items"]
    assert demands and all(p["stance"] == "demands" for p in demands)
    assert_error(client.get("/api/events", params={"kind": "<script>"}), 422)


def test_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Lindhaven"}).json()
    assert body["total"] > 0
    ids = {a["id"] for a in _all(client, "/api/articles")["items"]}
    assert all(hit["article"] in ids and "**" in hit["snippet"] for hit in body["items"])
    for hostile in ['"; DROP TABLE documents; --', "' OR 1=1 --", "NEAR(a b)", '"', "*"]:
        assert client.get("/api/search", params={"q": hostile}).status_code == 200
    assert _all(client, "/api/articles")["total"] == 12
    assert_error(client.get("/api/search"), 422)


def test_digest(client: TestClient) -> None:
    body = client.get("/api/digest").json()
    assert body["digest"].startswith("- ")
    assert body["references"]["1"].startswith("a_")
    assert body["corpus"]["articles"] == body["counts"]["articles"] == 12


def test_errors_are_json_with_code_message_fix(client: TestClient) -> None:
    assert_error(client.get("/api/articles/a_0000000000000000"), 404, "E703")
    assert_error(client.get("/api/articles/not-an-id"), 422, "E704")
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.delete("/api/articles"), 405)


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ["/api/articles", "/api/articles/{article_id}", "/api/search", "/api/digest",
                 *(f"/api/{s}" for s in SECTIONS)]:
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "'sha256-" in docs.headers["content-security-policy"]
