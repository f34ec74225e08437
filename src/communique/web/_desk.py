"""The pictures of the web UI and the pages built around them: who met whom, the brief.

Charts are SVG strings made by :mod:`communique.outputs.charts` (which escapes every piece of
article text); here they are only marked safe for the templates.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from fastapi import Request
from markupsafe import Markup

from communique.api._snapshot import Snapshot
from communique.outputs.charts import (
    WEB_LINKS,
    StoryData,
    network_chart,
    outlet_anchor,
    outlet_ranking,
    positions_chart,
    sources_chart,
    timeline_chart,
)
from communique.web import _paging

CHARTS = {
    "timeline": timeline_chart,
    "network": network_chart,
    "positions": positions_chart,
    "sources": sources_chart,
}


def story_data(snap: Snapshot) -> StoryData:
    """The snapshot's articles and sections as the charts read them."""
    return StoryData({"articles": snap.articles, **snap.sections})


def charts(snap: Snapshot, *names: str) -> dict[str, Markup]:
    """The named charts of the snapshot (``""`` when there is nothing to draw)."""
    return {name: _paging.kept(snap, f"chart {name}", partial(_chart, name=name))
            for name in names}


def _chart(snap: Snapshot, name: str) -> Markup:
    data = story_data(snap)
    links = replace(WEB_LINKS, event=lambda ref: _paging.link(snap, ref),
                    entity=lambda ref: _paging.link(snap, ref),
                    outlet=lambda name: _paging.outlet_link(snap, outlet_anchor(name)))
    # The chart functions escape all text they are given: their SVG may be inserted as it is.
    return Markup(CHARTS[name](data, links))


def ranking(snap: Snapshot) -> list[dict[str, Any]]:
    """The sources table: each outlet's counts and the fragment id of its card."""
    return _paging.kept(snap, "ranking", lambda s: [
        {"record": r, "anchor": outlet_anchor(r.name)} for r in outlet_ranking(story_data(s))])


def network_edges(snap: Snapshot) -> list[dict[str, Any]]:
    """The events behind the graph, best supported first: who took part, who mediated."""
    rows = []
    for event in snap.sections["events"]:
        if event["parties"] or event["mediators"]:
            rows.append(event)
    return sorted(rows, key=lambda e: (-e["support"], e["start"] or ""))


def brief_context(request: Request, snap: Snapshot) -> dict[str, Any]:
    """What the printable two-page brief shows: numbers, pictures, the top of the digest."""
    from communique.web import _views

    contradictions = snap.sections["contradictions"][:6]
    lines = [line for line in snap.sections["digest"].splitlines() if line.startswith("- ")]
    return {
        "numbers": _views.overview(snap),
        "charts": charts(snap, "timeline", "network"),
        "digest_lines": lines[:8],
        "contradictions": contradictions,
        "events": sorted(snap.sections["events"], key=lambda e: -e["support"])[:8],
    }
