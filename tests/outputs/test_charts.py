"""The SVG charts: well-formed, every piece of article text escaped, the right marks drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.outputs.charts import (
    PAGE_LINKS,
    WEB_LINKS,
    StoryData,
    network_chart,
    outlet_ranking,
    positions_chart,
    sources_chart,
    status_of,
    timeline_chart,
)

from support.hostile_story import SCRIPT, hostile_dossier

SVG = "{http://www.w3.org/2000/svg}"
CHARTS = (timeline_chart, network_chart, positions_chart, sources_chart)


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def _tags(root: ET.Element) -> set[str]:
    return {element.tag.removeprefix(SVG) for element in root.iter()}


def test_every_chart_is_well_formed_and_hostile_text_stays_text() -> None:
    data = StoryData(hostile_dossier())
    for chart in CHARTS:
        svg = chart(data, WEB_LINKS)
        root = _parse(svg)  # an unescaped "</svg><script>" would not parse
        assert _tags(root) <= {"svg", "title", "g", "a", "rect", "line", "text", "circle",
                               "path"}
        texts = " ".join(t for e in root.iter() for t in (e.text or "",))
        assert "<script>" in texts or chart is positions_chart or "<img" in texts
        for element in root.iter():
            assert not any(k.lower().startswith("on") for k in element.attrib)
            href = element.attrib.get("href", "")
            assert not href.lower().startswith("javascript"), href


def test_timeline_draws_each_status_and_treats_a_missing_one_as_held() -> None:
    for status, dash in (("planned", True), ("postponed", True), ("held", False),
                         ("cancelled", False)):
        root = _parse(timeline_chart(StoryData(hostile_dossier(status)), WEB_LINKS))
        group = next(g for g in root.iter(f"{SVG}g") if g.get("data-status"))
        assert group.get("data-status") == status
        rect = group.find(f"{SVG}rect")
        assert rect is not None and (rect.get("stroke-dasharray") is not None) == dash
        if status == "cancelled":
            assert group.find(f"{SVG}line") is not None
    assert status_of({"status": None}) == status_of({}) == "held"
    old = hostile_dossier(None)
    root = _parse(timeline_chart(StoryData(old), WEB_LINKS))
    assert any(g.get("data-status") == "held" for g in root.iter(f"{SVG}g"))
    # The round most sources give is written beside the title; coverage bars per day below.
    assert "round 3" in ET.tostring(root, encoding="unicode")
    assert len([r for r in root.iter(f"{SVG}rect") if r.get("class") == "day"]) == 2


def test_events_far_from_the_coverage_are_cut_at_the_edge() -> None:
    dossier = hostile_dossier()
    old = dict(dossier["events"][0], id="ev_2222222222222222", start="2029-05",
               end="2029-05", title="Talks long ago")
    dossier["events"].append(old)
    root = _parse(timeline_chart(StoryData(dossier), WEB_LINKS))
    groups = [g for g in root.iter(f"{SVG}g") if g.get("data-status")]
    assert len(groups) == 2
    cut = [g for g in groups if g.find(f"{SVG}path") is not None]
    assert len(cut) == 1 and "Talks long ago" in "".join(cut[0].itertext())
    ticks = [t.text for t in root.iter(f"{SVG}text") if t.text and "2029" in t.text]
    assert ticks == []  # the axis stays on the weeks the articles cover


def test_links_go_to_pages_or_to_anchors_in_the_file() -> None:
    data = StoryData(hostile_dossier())
    web = _parse(timeline_chart(data, WEB_LINKS))
    assert {a.get("href") for a in web.iter(f"{SVG}a")} == {"/events#ev_1111111111111111"}
    page = _parse(network_chart(data, PAGE_LINKS))
    hrefs = {a.get("href") for a in page.iter(f"{SVG}a")}
    assert "#ev_1111111111111111" in hrefs and "#e_1111111111111111" in hrefs


def test_network_joins_parties_mediators_and_delegations() -> None:
    root = _parse(network_chart(StoryData(hostile_dossier()), WEB_LINKS))
    classes = [e.get("class") or "" for e in root.iter()]
    assert classes.count("edge met") == 1
    assert classes.count("edge mediated") == 2
    assert classes.count("edge delegation") == 1
    assert sum(1 for c in classes if c.startswith("node")) == 4
    assert network_chart(StoryData({"events": [{"id": "ev_x", "parties": []}]}),
                         WEB_LINKS) == ""


def test_positions_ring_a_change_of_stance() -> None:
    root = _parse(positions_chart(StoryData(hostile_dossier()), WEB_LINKS))
    marks = [g for g in root.iter(f"{SVG}g") if (g.get("class") or "").startswith("mark")]
    assert [m.get("data-stance") for m in marks] == ["demands", "accepts"]
    assert [m.get("class") for m in marks] == ["mark", "mark changed"]


def test_sources_ranking_counts() -> None:
    ranking = {r.name: r for r in outlet_ranking(StoryData(hostile_dossier()))}
    daily, wire = ranking[f"Daily {SCRIPT}"], next(r for n, r in ranking.items() if "Wire" in n)
    assert (daily.corroborated, daily.alone, daily.copied, daily.contradicted) == (1, 1, 1, 1)
    assert (wire.corroborated, wire.copies, wire.contradicted) == (1, 1, 1)


def test_nothing_to_draw_gives_no_picture() -> None:
    empty = StoryData({"articles": [], "events": []})
    assert all(chart(empty, WEB_LINKS) == "" for chart in CHARTS)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(max_size=40),
       st.sampled_from(["held", "planned", "postponed", "cancelled", "bogus"]))
def test_any_names_make_well_formed_charts(name: str, outlet: str, status: str) -> None:
    dossier: dict[str, Any] = hostile_dossier(status)
    dossier["entities"][0]["name"] = name
    dossier["articles"][0]["outlet"] = outlet
    dossier["events"][0]["title"] = name
    dossier["positions"][0]["issue"]["label"] = outlet
    data = StoryData(dossier)
    for chart in CHARTS:
        svg = chart(data, WEB_LINKS)
        if "\x00" in name + outlet or any(0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and
                                          c not in "\t\n\r") for c in name + outlet):
            continue  # not representable in XML at all; the HTML parser drops them
        _parse(svg)
