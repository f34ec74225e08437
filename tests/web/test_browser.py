"""The web UI in headless Chromium: navigation, evidence highlighting, search, live updates."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, expect

from api.serve_helpers import HOSTILE_TEXT, HOSTILE_TITLE, TOKEN

# Screenshots are written only on request (COMMUNIQUE_SCREENSHOTS=docs/screenshots), so that
# a test run never modifies the checkout; the ones in docs/ were taken that way.
_SHOTS = os.environ.get("COMMUNIQUE_SCREENSHOTS")


def _shot(page: Any, name: str, full: bool = False) -> None:
    if not _SHOTS:
        page.screenshot(full_page=full)  # still render it: a page that cannot be drawn fails
        return
    Path(_SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(_SHOTS) / name), full_page=full)


def test_overview_to_event_evidence(server: str, page: Any) -> None:
    page.goto(server + "/")
    expect(page.locator("#count-articles")).to_have_text("12")
    expect(page.locator("ul.digest li").first).to_be_visible()
    _shot(page, "overview.png", full=True)
    page.get_by_role("link", name="Events", exact=True).click()
    expect(page).to_have_url(server + "/events")
    link = page.locator("article.event .evidence a.ev").first
    href = link.get_attribute("href")
    assert href and re.fullmatch(r"/articles/a_[0-9a-f]+#a-\d+-\d+", href)
    link.click()
    fragment = href.split("#", 1)[1]
    mark = page.locator(f'mark[data-spans~="{fragment}"]').first
    expect(mark).to_be_visible()
    expect(mark).to_have_class(re.compile(r"\bcurrent\b"))
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert mark.evaluate("m => { const r = m.getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    _shot(page, "event-evidence.png")
    assert page.dialogs == []


def test_positions_and_claims_pages(server: str, page: Any) -> None:
    page.goto(server + "/positions")
    expect(page.locator("table.matrix tbody tr").first).to_be_visible()
    _shot(page, "positions.png", full=True)
    page.goto(server + "/claims")
    expect(page.locator(".contradiction .side").first).to_be_visible()
    expect(page.locator(".badge.corroborated").first).to_be_visible()
    for path in ("/timeline", "/quotes", "/entities", "/sources"):
        response = page.goto(server + path)
        assert response is not None and response.status == 200
        expect(page.locator("main h1")).to_be_visible()


def test_search(server: str, page: Any) -> None:
    page.goto(server + "/search")
    page.fill("#q", "Kestrin")
    page.click("form.search button")
    expect(page.locator("ol.results li").first).to_be_visible()
    expect(page.locator("ol.results mark").first).to_have_text(re.compile("Kestrin", re.I))
    _shot(page, "search.png")


def test_phone_width_overview(browser: Browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  device_scale_factor=2)
    phone = context.new_page()
    phone.goto(server + "/")
    expect(phone.locator("#count-articles")).to_be_visible()
    # Nothing wider than the screen: no sideways scrolling of the page itself.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(phone, "overview-phone.png", full=True)
    phone.goto(server + "/positions")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_added_article_appears_and_its_script_stays_inert(server: str, page: Any) -> None:
    page.goto(server + "/")
    before = int(page.locator("#count-articles").inner_text())
    response = httpx.post(server + "/api/articles", timeout=60,
                          headers={"Authorization": f"Bearer {TOKEN}"},
                          json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE,
                                "outlet": "Hostile Daily", "published": "2031-03-24"})
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    page.reload()
    expect(page.locator("#count-articles")).to_have_text(str(before + 1))
    page.goto(f"{server}/articles/{article_id}")
    expect(page.locator("#text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#text")).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator("#text script, #text img").count() == 0
    page.goto(server + "/sources")
    expect(page.get_by_text(HOSTILE_TITLE)).to_be_visible()
    page.goto(server + "/search?q=alert")
    expect(page.locator("ol.results li").first).to_be_visible()
    page.wait_for_timeout(200)
    assert page.dialogs == []


def test_api_docs_render_offline(server: str, page: Any) -> None:
    # The browser reaches nothing but the server: Swagger UI must come from it.
    outside: list[str] = []
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]).*"),
               lambda route: (outside.append(route.request.url), route.abort()))
    page.goto(server + "/docs")
    expect(page.locator(".opblock-summary-path", has_text="/api/events").first).to_be_visible(
        timeout=20_000)
    assert outside == []
