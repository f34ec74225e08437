"""The desk's new views in headless Chromium: pictures render, links land, phones fit, hostile
text stays inert inside SVG, the brief prints on two pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from communique.pipeline import BuildResult
from web.test_browser import _shot

VIEWS = [("/timeline", "svg.timeline-chart", "timeline.png"),
         ("/network", "svg.network-chart", "network.png"),
         ("/positions", "svg.positions-chart", "positions.png"),
         ("/sources", "svg.sources-chart", "sources.png"),
         ("/brief", "svg.network-chart", "brief.png")]


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize(("path", "chart", "shot"), VIEWS)
def test_each_picture_renders(server: str, page: Any, path: str, chart: str, shot: str) -> None:
    page.goto(server + path)
    svg = page.locator(chart).first
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    assert svg.locator("rect, circle").count() >= 3
    _shot(page, shot, full=True)
    assert page.dialogs == []


def test_chart_links_land_on_their_items(server: str, page: Any) -> None:
    page.goto(server + "/timeline")
    event = page.locator("svg.timeline-chart a").first
    href = event.get_attribute("href")
    assert href and re.fullmatch(r"/events#ev_[0-9a-f]+", href)
    event.locator("rect").first.click()
    expect(page).to_have_url(server + href)
    expect(page.locator(f"article#{href.split('#')[1]}")).to_be_visible()
    page.goto(server + "/network")
    edge = page.locator("svg.network-chart a:has(line.edge)").first
    target = edge.get_attribute("href")
    assert target and target.startswith("/events#ev_")
    page.goto(server + "/network")
    node = page.locator("svg.network-chart a:has(g.node)").first
    entity = node.get_attribute("href")
    assert entity and entity.startswith("/entities#e_")
    node.locator("circle").first.click()
    expect(page).to_have_url(server + entity)
    expect(page.locator(f"#{entity.split('#')[1]}")).to_be_visible()
    page.goto(server + "/positions")
    mark = page.locator("svg.positions-chart a").first.get_attribute("href")
    assert mark and mark.startswith("/positions#p_")
    assert page.locator(f"#{mark.split('#')[1]}").count() == 1
    page.goto(server + "/sources")
    outlet = page.locator("svg.sources-chart a").first
    anchor = outlet.get_attribute("href")
    assert anchor and anchor.startswith("/sources#o-")
    assert page.locator(f"section#{anchor.split('#')[1]}").count() == 1


def test_article_annotations_in_place(server: str, page: Any) -> None:
    page.goto(server + "/sources")
    page.locator("li.source a[href^='/articles/']", has_text="03_gbtv").first.click()
    expect(page.locator("#text a.ann.k-entity").first).to_be_visible()
    for kind in ("entity", "date", "quote", "claim", "event"):
        assert page.locator(f"#text .ann.k-{kind}").count() > 0, kind
    date = page.locator("#text .ann.k-date").first
    assert re.search(r"\d{4}-\d{2}-\d{2}|P\d", date.get_attribute("title") or "")
    _shot(page, "article-annotations.png", full=True)
    # Switching a layer off removes its style (CSS only, no script needed).
    entity = page.locator("#text .ann.k-entity").first
    assert entity.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
    page.locator("#layer-entity").uncheck()
    assert entity.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    # Each listed annotation jumps to its place; each use opens the story item.
    page.locator("#notes-event a.in-text").first.click()
    assert re.search(r"#n-\d+$", page.url)
    use = page.locator("#notes-event a.use").first
    href = use.get_attribute("href")
    use.click()
    expect(page).to_have_url(re.compile(re.escape(href or "") + "$"))
    expect(page.locator(f"#{(href or '#').split('#')[1]}")).to_be_visible()


def test_overview_what_changed(server: str, page: Any) -> None:
    page.goto(server + "/?since=7d")
    expect(page.locator("#changes")).to_be_visible()
    assert int(page.locator("#new-articles").inner_text()) >= 12
    _shot(page, "overview-changes.png")
    page.get_by_role("link", name="the last hour").click()
    expect(page).to_have_url(re.compile(r"since=1h"))


def test_phone_width_fits_every_new_view(browser: Browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  device_scale_factor=2)
    phone = context.new_page()
    for path in ("/", "/timeline", "/network", "/positions", "/sources", "/brief"):
        phone.goto(server + path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
        expect(phone.locator("svg.chart").first).to_be_visible()
    phone.goto(server + "/network")
    _shot(phone, "network-phone.png", full=True)
    phone.goto(server + "/sources")
    phone.locator("li.source a[href^='/articles/']", has_text="03_gbtv").first.click()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_the_brief_prints_on_two_pages(server: str, page: Any) -> None:
    page.goto(server + "/brief")
    pdf = page.pdf(format="A4")
    assert _pdf_pages(pdf) == 2
    page.emulate_media(media="print")
    assert page.locator("header.top").evaluate("e => getComputedStyle(e).display") == "none"
    _shot(page, "brief-print.png", full=True)


def test_dossier_html_pictures_and_print(server: str, page: Any, tmp_path: Path,
                                         examples_build: BuildResult) -> None:
    import communique
    from communique.outputs import render_html

    dossier = communique.Dossier.load(_example_dossier(examples_build, tmp_path))
    path = tmp_path / "dossier.html"
    path.write_text(render_html(dossier.data), encoding="utf-8")
    page.goto(path.as_uri())
    for chart in ("timeline-chart", "network-chart", "positions-chart", "sources-chart"):
        expect(page.locator(f"svg.{chart}")).to_be_visible()
    hrefs = page.locator("svg.chart a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith("#") for h in hrefs)
    missing = [h for h in hrefs if page.locator(f"[id='{h[1:]}']").count() == 0]
    assert missing == [], missing[:5]
    assert page.locator("script").count() == 0
    _shot(page, "dossier-html.png")
    assert _pdf_pages(page.pdf(format="A4")) <= 2


def _example_dossier(result: BuildResult, tmp_path: Path) -> Path:
    """The dossier files of the example corpus (the session's one build of it)."""
    from communique.outputs import build_dossier, write_dossier

    data = build_dossier(result.documents, result.skipped, story=result.story)
    return write_dossier(data, "", tmp_path / "out")["json"]


def test_hostile_text_is_inert_inside_the_pictures(hostile_server: str, page: Any) -> None:
    for path in ("/", "/timeline", "/network", "/positions", "/sources", "/brief"):
        page.goto(hostile_server + path)
        charts = page.locator("svg.chart")
        assert charts.count() >= 1, path
        assert page.locator("svg script, svg img, svg foreignObject").count() == 0, path
        text = " ".join(charts.all_text_contents())
        assert "<script>" in text or "<img" in text, path
    page.goto(hostile_server + "/network")
    assert page.locator("svg.network-chart text", has_text="</svg><script>").count() >= 1
    page.wait_for_timeout(200)
    assert page.dialogs == []
