"""List pages of a big story: a page at a time, and every link still lands on its item; the
access log of those requests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.serve_helpers import TOKEN
from communique.api import create_app
from communique.api._snapshot import Snapshot, build_snapshot
from communique.pipeline import BuildResult
from communique.web._paging import PAGE_SIZE, link, paginate, regroup

COPIES = 30
"""Each example claim, quote and entity this many times: several pages of each."""


@pytest.fixture(scope="module")
def big(examples_build: BuildResult) -> Snapshot:
    story = examples_build.story
    assert story is not None

    def copies(items: tuple, prefix: str) -> tuple:  # type: ignore[type-arg]
        return tuple(replace(item, id=f"{item.id}{prefix}{n:03d}")
                     for n in range(COPIES) for item in items)

    story = replace(story, claims=copies(story.claims, "x"), quotes=copies(story.quotes, "x"),
                    timeline=story.timeline * COPIES)
    documents = [replace(d, id=f"a_{n:02d}{d.id[4:]}") for n in range(COPIES)
                 for d in examples_build.documents]
    assert len(story.claims) > 2 * PAGE_SIZE and len(documents) > 2 * PAGE_SIZE
    return build_snapshot(documents, story)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, big: Snapshot) -> Iterator[TestClient]:
    db: Path = tmp_path_factory.mktemp("paging") / "paging.db"
    with TestClient(create_app(str(db), token=TOKEN, rate_limit=0)) as test_client:
        test_client.app.state.service.snapshot = lambda: big  # type: ignore[attr-defined]
        yield test_client


def _ids(html: str, prefix: str) -> list[str]:
    return re.findall(rf'<li[^>]* id="({prefix}[^"]+)"', html)


def test_paginate_bounds() -> None:
    items = list(range(2 * PAGE_SIZE + 5))
    assert paginate(items, 1).items == items[:PAGE_SIZE]
    last = paginate(items, 3)
    assert (last.items, last.pages, last.first, last.last) == (
        items[2 * PAGE_SIZE:], 3, 2 * PAGE_SIZE + 1, 2 * PAGE_SIZE + 5)
    assert paginate(items, 99).number == 3 and paginate([], 5).pages == 1
    assert regroup([("a", 1), ("a", 2), ("b", 3), ("a", 4)]) == [
        ("a", [1, 2]), ("b", [3]), ("a", [4])]


def test_claims_come_a_page_at_a_time_in_story_order(client: TestClient, big: Snapshot) -> None:
    order = [c["id"] for c in big.sections["claims"]]
    first = client.get("/claims").text
    second = client.get("/claims?page=2").text
    assert _ids(first, "c_") == order[:PAGE_SIZE]
    assert _ids(second, "c_") == order[PAGE_SIZE : 2 * PAGE_SIZE]
    assert 'href="/claims?page=2"' in first and 'href="/claims?page=1"' in second
    # Contradictions head the first page only.
    assert 'id="contradictions"' in first and 'id="contradictions"' not in second
    assert client.get("/claims?page=0").status_code == 422


def test_a_link_to_an_item_opens_the_page_that_shows_it(client: TestClient,
                                                        big: Snapshot) -> None:
    for section, path, prefix in (("claims", "/claims", "c_"), ("quotes", "/quotes", "q_")):
        for item in (big.sections[section][0], big.sections[section][-1]):
            href = link(big, item["id"])
            assert href.startswith(path) and href.endswith(f"#{item['id']}")
            page = client.get(href.split("#")[0]).text
            assert item["id"] in _ids(page, prefix), href
    assert "?page=" in link(big, big.sections["claims"][-1]["id"])
    assert "?page=" not in link(big, big.sections["claims"][0]["id"])


def test_timeline_and_sources_are_paged_with_their_pictures_on_the_first_page(
        client: TestClient, big: Snapshot) -> None:
    first, second = client.get("/timeline").text, client.get("/timeline?page=2").text
    assert "<svg" in first and "<svg" not in second
    assert first.count("<time>") == PAGE_SIZE and 'rel="prev"' in second
    sources = [client.get(f"/sources?page={n}").text for n in (1, 2)]
    articles = [re.findall(r'id="src-(a_[^"]+)"', page) for page in sources]
    assert [len(a) for a in articles] == [PAGE_SIZE, PAGE_SIZE]
    assert not set(articles[0]) & set(articles[1])
    assert 'class="ranking"' in sources[0] and 'class="ranking"' not in sources[1]


def test_every_quote_is_on_exactly_one_page(client: TestClient, big: Snapshot) -> None:
    seen: list[str] = []
    page = 1
    while True:
        html = client.get(f"/quotes?page={page}").text
        seen += _ids(html, "q_")
        if 'rel="next"' not in html:
            break
        page += 1
    assert sorted(seen) == sorted(q["id"] for q in big.sections["quotes"])
    assert len(seen) == len(set(seen))


def test_each_request_writes_one_access_record_without_query_or_token(
        client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="communique.api.access"):
        client.get("/search?q=secret-words", headers={"Authorization": f"Bearer {TOKEN}"})
        client.get("/no-such-page")
    records = [r for r in caplog.records if r.name == "communique.api.access"]
    assert [(r.fields["path"], r.fields["status"]) for r in records] == [  # type: ignore[attr-defined]
        ("/search", 200), ("/no-such-page", 404)]
    logged = " ".join(repr(r.__dict__) for r in records)
    assert "secret-words" not in logged and TOKEN not in logged


def test_an_item_on_thousands_of_passages_links_the_first_ones_and_counts_the_rest(
        client: TestClient, big: Snapshot) -> None:
    claim = big.sections["claims"][0]
    many = {**claim, "evidence": list(claim["evidence"]) * 50}
    sections = {**big.sections, "claims": [many, *big.sections["claims"][1:]]}
    heavy = replace(big, sections=sections)
    client.app.state.service.snapshot = lambda: heavy  # type: ignore[attr-defined]
    try:
        page = client.get("/claims").text
    finally:
        client.app.state.service.snapshot = lambda: big  # type: ignore[attr-defined]
    card = page[page.index(f'id="{many["id"]}"'):]
    card = card[: card.index("</li>")]
    assert card.count('class="ev"') == 20
    assert f"+{len(many['evidence']) - 20} more" in card


def test_a_list_page_is_rendered_once_per_snapshot_and_url(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.web import _pages

    renders: list[str] = []
    render = _pages._render

    def counting(request: object, template: str, *args: object, **kwargs: object) -> object:
        renders.append(template)
        return render(request, template, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_pages, "_render", counting)
    # A query no other test asks for, so nothing is kept yet.
    pages = [client.get("/claims?page=3&fresh=1").text for _ in range(3)]
    other = client.get("/claims?page=4&fresh=1").text
    assert pages[0] == pages[1] == pages[2] != other
    assert client.get("/claims?page=4&fresh=1").text == other
    assert renders == ["claims.html", "claims.html"]
