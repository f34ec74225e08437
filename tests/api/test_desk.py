"""The desk endpoints and pages: health, what changed, pictures, the brief, annotations."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_health_is_open_and_says_little(make_client: Callable[..., TestClient]) -> None:
    open_client = make_client(token=TOKEN)
    body = open_client.get("/healthz").json()
    assert body["status"] == "ok" and body["articles"] == 12 and "version" in body
    closed = make_client(token=TOKEN, open_reads=False)
    reply = closed.get("/healthz")
    assert reply.status_code == 200 and "articles" not in reply.json()
    assert ".db" not in reply.text and "/tmp" not in reply.text


def test_changes_since(client: TestClient) -> None:
    everything = client.get("/api/changes", params={"since": "2000-01-01"}).json()
    assert everything["counts"]["articles"] == 12
    assert len(everything["events"]["new"]) == len(client.get("/api/events").json()["items"])
    assert everything["events"]["updated"] == []
    assert all("text" not in a for a in everything["articles"])
    later = client.get("/api/changes", params={"since": "2999-01-01T00:00:00Z"}).json()
    assert later["counts"]["articles"] == 0 and later["claims"]["new"] == []
    recent = client.get("/api/changes", params={"since": "1h"}).json()
    assert recent["counts"]["articles"] == 12
    bad = client.get("/api/changes", params={"since": "yesterday-ish"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E704"


def test_changes_split_new_from_updated(make_client: Callable[..., TestClient]) -> None:
    api = make_client(token=TOKEN)
    import time

    time.sleep(1.1)  # arrival times have second precision: the new article must come later
    from datetime import UTC, datetime

    since = datetime.now(UTC).replace(microsecond=0).isoformat()
    reply = api.post("/api/articles", headers=AUTH, json={
        "text": ("LINDHAVEN – Negotiators from Veldra and Korvania held talks in Lindhaven on "
                 "18 March 2031, officials said.\nThe third round ended without agreement, a "
                 "spokesman said.\n"), "outlet": "Late Wire", "published": "2031-03-22"})
    assert reply.status_code == 201, reply.text
    changes = api.get("/api/changes", params={"since": since}).json()
    assert changes["counts"]["articles"] == 1
    assert changes["articles"][0]["id"] == reply.json()["id"]
    touched = changes["events"]["new"] + changes["events"]["updated"]
    assert touched, changes["counts"]
    # The Lindhaven talks were reported before: the new article updates them.
    assert any("Lindhaven" in e["title"] for e in changes["events"]["updated"])


def test_changes_need_the_token_when_reads_are_closed(
        make_client: Callable[..., TestClient]) -> None:
    closed = make_client(token=TOKEN, open_reads=False)
    assert closed.get("/api/changes", params={"since": "1h"}).status_code == 401
    assert closed.get("/api/changes", params={"since": "1h"}, headers=AUTH).status_code == 200


def test_pictures_on_the_pages(client: TestClient) -> None:
    for path, chart in (("/timeline", "timeline-chart"), ("/network", "network-chart"),
                        ("/positions", "positions-chart"), ("/sources", "sources-chart"),
                        ("/", "timeline-chart"), ("/brief", "network-chart")):
        page = client.get(path)
        assert page.status_code == 200, path
        assert f'class="chart {chart}"' in page.text, path
        assert "<script>" not in page.text.split("</head>", 1)[1], path
    sources = client.get("/sources").text
    anchors = set(re.findall(r'<section class="card" id="(o-[0-9a-f]{10})"', sources))
    assert anchors and set(re.findall(r'href="#(o-[0-9a-f]{10})"', sources)) <= anchors


def test_overview_shows_what_changed(client: TestClient) -> None:
    page = client.get("/", params={"since": "7d"}).text
    assert 'id="new-articles">12<' in page and "What changed since" in page
    none = client.get("/", params={"since": "2999-01-01"}).text
    assert 'id="new-articles">0<' in none
    assert client.get("/", params={"since": "nonsense"}).status_code == 422


def test_article_page_shows_every_annotation_with_its_use(client: TestClient) -> None:
    articles = client.get("/api/articles", params={"limit": 50}).json()["items"]
    target = next(a for a in articles if "gbtv" in a["source"])
    page = client.get(f"/articles/{target['id']}").text
    for kind in ("entity", "date", "quote", "claim", "event"):
        assert f'id="notes-{kind}"' in page, kind
        assert f"ann k-{kind}" in page, kind
    # In the text, annotations link to where the story uses them.
    assert re.search(r'<a class="ann k-entity[^"]*" title="[^"]*" href="/entities#e_', page)
    assert re.search(r'<a class="ann k-event[^"]*" title="[^"]*" href="/events#ev_', page)
    assert re.search(r'href="/quotes#q_', page) and re.search(r'href="/claims#c_', page)
    # Dates show their normalized values; every in-text link of the list has its anchor.
    assert "2031-03-19 (day)" in page
    for anchor in re.findall(r'class="in-text" href="#(n-\d+)"', page):
        assert f'id="{anchor}"' in page
    # The evidence marks of the story are still there for the evidence links.
    assert "<mark id=" in page
