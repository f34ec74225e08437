"""Outlets ranked by how their reporting fares: corroborated, contradicted, copied or alone.

For each outlet (an article's outlet, or its file name when none is known):

- **corroborated**: events and claims it reports that at least one other independent outlet
  reports too;
- **contradicted**: contradictions in which it stands on one side and another outlet on another;
- **copied**: its articles that other articles copy (exact or near duplicates of them);
- **alone**: events and claims only it reports;
- **copies**: its own articles that copy an earlier one (shown in the table, not ranked).

Outlets are ranked by corroborated items, then by fewest contradicted, then by name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from communique.outputs.charts import _svg as svg
from communique.outputs.charts._view import Links, StoryData, evidence_of

CATEGORIES = (("corroborated", "#2e7d32"), ("contradicted", "#c62828"), ("copied", "#e0a100"),
              ("alone", "#9e9e9e"))
"""The ranked categories and their colours, in drawing order."""


@dataclass(slots=True)
class OutletRecord:
    """What one outlet's reporting adds up to."""

    name: str
    articles: int = 0
    corroborated: int = 0
    contradicted: int = 0
    copied: int = 0
    alone: int = 0
    copies: int = 0

    @property
    def total(self) -> int:
        """Items in the ranked categories."""
        return self.corroborated + self.contradicted + self.copied + self.alone


def outlet_ranking(data: StoryData) -> list[OutletRecord]:
    """Every outlet of the corpus with its counts, best corroborated first."""
    records: dict[str, OutletRecord] = {}

    def record(name: str) -> OutletRecord:
        return records.setdefault(name, OutletRecord(name))

    for article in data.articles:
        record(data.outlet(article["id"])).articles += 1
        original = article.get("duplicate_of")
        if original:
            record(data.outlet(article["id"])).copies += 1
    copied: dict[str, int] = defaultdict(int)
    for article in data.articles:
        if article.get("duplicate_of") in data.by_id:
            copied[article["duplicate_of"]] += 1
    for original, count in copied.items():
        record(data.outlet(original)).copied += count
    for item in (*data.events, *data.claims):
        outlets = {data.outlet(ev["article"]) for ev in evidence_of(item)}
        several = int(item.get("support") or len(outlets)) > 1 and len(outlets) >= 1
        for name in outlets:
            if several:
                record(name).corroborated += 1
            else:
                record(name).alone += 1
    for contradiction in data.contradictions:
        sides = [{data.outlet(ev["article"]) for ev in side.get("evidence", ())}
                 for side in contradiction.get("sides", ())]
        everyone = set().union(*sides) if sides else set()
        for name in everyone:
            if any(name not in side and side for side in sides):
                record(name).contradicted += 1
    return sorted(records.values(), key=lambda r: (-r.corroborated, r.contradicted, r.name))


WIDTH = 960
LABEL = 230
ROW = 24
TOP = 34


def sources_chart(data: StoryData, links: Links) -> str:
    """Stacked bars of :func:`outlet_ranking`; ``""`` when there are no articles."""
    ranking = outlet_ranking(data)
    if not ranking:
        return ""
    peak = max([r.total for r in ranking] + [1])
    scale = (WIDTH - LABEL - 60) / peak
    body = [_legend()]
    for i, outlet in enumerate(ranking):
        y = TOP + i * ROW
        name = svg.tag("text", svg.text(svg.clip(outlet.name, 34)), x=LABEL - 8,
                       y=f"{y + ROW / 2 + 4:.1f}", text_anchor="end", fill="#1f5fbf")
        parts = [svg.link(links.outlet(outlet.name), name)]
        x = float(LABEL)
        for category, colour in CATEGORIES:
            count = getattr(outlet, category)
            if not count:
                continue
            width = count * scale
            tip = f"{outlet.name}: {count} {category}"
            parts.append(svg.tag("rect", svg.title(tip), x=f"{x:.1f}", y=f"{y + 4:.1f}",
                                 width=f"{width:.1f}", height=ROW - 8, fill=colour,
                                 class_=f"seg {category}"))
            x += width
        parts.append(svg.tag("text", svg.text(str(outlet.total)), x=f"{x + 5:.1f}",
                             y=f"{y + ROW / 2 + 4:.1f}", fill="#666", font_size=11))
        body.append(svg.tag("g", "".join(parts), class_="outlet"))
    height = TOP + len(ranking) * ROW + 8
    label = f"{len(ranking)} outlets ranked by corroborated, contradicted, copied and lone items"
    return svg.frame(WIDTH, height, label, "".join(body), "sources-chart")


def _legend() -> str:
    parts, x = [], float(LABEL)
    for category, colour in CATEGORIES:
        parts.append(svg.tag("rect", x=f"{x:.1f}", y=8, width=14, height=12, fill=colour))
        parts.append(svg.tag("text", svg.text(category), x=f"{x + 19:.1f}", y=18, fill="#444",
                             font_size=11))
        x += 34 + len(category) * 6.5
    return svg.tag("g", "".join(parts), class_="legend")
