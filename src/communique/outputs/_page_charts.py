"""The pictures of ``dossier.html``: the same SVG charts as the web UI, linked inside the page.

Also the page's chart and print styles: on paper the dossier becomes a two-page brief (the
digest's first points and the timeline on the first sheet, who met whom and the sources on the
second); the tables and articles are for the screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from communique.outputs.charts import (
    PAGE_LINKS,
    StoryData,
    network_chart,
    outlet_anchor,
    outlet_ranking,
    positions_chart,
    sources_chart,
    timeline_chart,
)

CHART_CSS = """
figure.chart-box{margin:.5rem 0 1rem;overflow-x:auto}
figure.chart-box svg{display:block;width:100%;height:auto;min-width:40rem}
figure.square svg{min-width:30rem;max-width:56rem;margin:0 auto}
.sources td:nth-child(n+2){text-align:right}
@media print{
@page{size:A4;margin:12mm}
body{font-size:10pt;max-width:none;padding:0}
.screen-only,.no-print,a.ev{display:none}
a{color:inherit;text-decoration:none}
h1{font-size:16pt;margin:0}h2{font-size:11.5pt;margin:.4rem 0 .2rem;border:0}
ul.digest li:nth-child(n+9){display:none}
figure.chart-box{overflow:visible}
figure.chart-box svg{min-width:0;max-height:110mm}
figure.square svg{max-height:105mm}
.sheet2{break-before:page}
}
"""


def _ranking_table(dossier: Mapping[str, Any]) -> str:
    rows = []
    for record in outlet_ranking(StoryData(dossier)):
        rows.append(
            f'<tr id="{outlet_anchor(record.name)}"><td>{escape(record.name)}</td>'
            f"<td>{record.articles}</td><td>{record.corroborated}</td>"
            f"<td>{record.contradicted}</td><td>{record.copied}</td><td>{record.alone}</td>"
            f"<td>{record.copies}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Outlet", "Articles", "Corroborated",
                                             "Contradicted", "Copied", "Alone", "Copies"))
    return (f'<table class="sources screen-only"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def page_charts(dossier: Mapping[str, Any]) -> str:
    """The pictures section of ``dossier.html`` (headings, figures, the sources table)."""
    data = StoryData(dossier)
    parts = []
    for title, chart, figure, section in (
            ("Timeline", timeline_chart, "chart-box", "picture"),
            ("Who met whom", network_chart, "chart-box square", "picture sheet2"),
            ("Positions over time", positions_chart, "chart-box", "picture screen-only"),
            ("Sources", sources_chart, "chart-box", "picture")):
        svg = chart(data, PAGE_LINKS)
        if svg:
            parts.append(f'<section class="{section}"><h2>{escape(title)}</h2>'
                         f'<figure class="{figure}">{svg}</figure></section>')
    if dossier.get("articles"):
        parts.append(_ranking_table(dossier))
    return "".join(parts)
