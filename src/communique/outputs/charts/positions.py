"""The positions matrix over time: each party's stance on each issue as a row of dated marks.

A row is one (issue, party) pair. Every passage a position rests on is one mark, placed at the
publication day of its article (or the position's own date), coloured by stance. When a party's
stance on an issue differs from its previous mark, the mark is ringed and its tooltip says what
it changed from: the moments a position moved are what an analyst looks for first.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from communique.outputs.charts import _svg as svg
from communique.outputs.charts._dates import Axis, day_range, grid, padded
from communique.outputs.charts._view import Item, Links, StoryData

WIDTH = 960
LABEL = 250
ROW = 26
TOP = 30

COLOURS = {
    "demands": "#c62828", "rejects": "#8e0000", "opposes": "#e65100",
    "offers": "#2e7d32", "accepts": "#1b5e20", "supports": "#43a047", "proposes": "#00838f",
}
"""Stance colours: demands and refusals warm, offers and agreement green."""


def _marks(data: StoryData, position: Item) -> list[date]:
    """The days a position was reported: its evidence articles' days, else its own date."""
    days = {d for ev in position.get("evidence", ()) if (d := data.published(ev["article"]))}
    own = day_range(position.get("date"))
    if not days and own:
        days.add(own[0])
    return sorted(days)


def _rows(data: StoryData) -> dict[tuple[str, str], list[tuple[date, Item]]]:
    rows: dict[tuple[str, str], list[tuple[date, Item]]] = defaultdict(list)
    for position in data.positions:
        key = (str(position["issue"]["label"]), str(position["party"]))
        for day in _marks(data, position):
            rows[key].append((day, position))
    for marks in rows.values():
        marks.sort(key=lambda pair: (pair[0], str(pair[1].get("id"))))
    return rows


def positions_chart(data: StoryData, links: Links) -> str:
    """The SVG of stances over time; ``""`` when no position is dated."""
    rows = _rows(data)
    days = [day for marks in rows.values() for day, _ in marks]
    if not days:
        return ""
    axis = Axis(*padded(days), LABEL, WIDTH - 16)
    keys = sorted(rows)
    bottom = TOP + len(keys) * ROW
    body = grid(axis, TOP, bottom, TOP - 10, WIDTH)
    for i, key in enumerate(keys):
        body.append(_row(data, links, key, rows[key], axis, TOP + i * ROW, i))
    legend_y = bottom + 24
    body.append(_legend(legend_y))
    label = f"Positions over time: {len(keys)} party–issue rows"
    return svg.frame(WIDTH, legend_y + 10, label, "".join(body), "positions-chart")


def _row(data: StoryData, links: Links, key: tuple[str, str], marks: list[tuple[date, Item]],
         axis: Axis, y: float, index: int) -> str:
    issue, party = key
    parts = []
    if index % 2:
        parts.append(svg.tag("rect", x=0, y=y, width=WIDTH, height=ROW, fill="#f6f7f9"))
    parts.append(svg.tag("text", svg.text(svg.clip(f"{data.name(party)} — {issue}", 40)),
                         x=6, y=f"{y + ROW / 2 + 4:.1f}", fill="#1d1d1f"))
    previous: str | None = None
    for day, position in marks:
        stance = str(position["stance"])
        changed = previous is not None and stance != previous
        x = axis.x(day) + axis.width(day, day) / 2
        tip = (f"{day.isoformat()}: {data.name(party)} {stance} — {position.get('summary', '')}"
               + (f" (changed from {previous})" if changed else ""))
        shape = svg.tag("circle", cx=f"{x:.1f}", cy=f"{y + ROW / 2:.1f}", r=6,
                        fill=COLOURS.get(stance, "#555"), stroke="#fff", stroke_width=1)
        if changed:
            shape = svg.tag("circle", cx=f"{x:.1f}", cy=f"{y + ROW / 2:.1f}", r=10,
                            fill="none", stroke="#f5a400", stroke_width=3) + shape
        group = svg.tag("g", svg.title(tip) + shape,
                        class_="mark changed" if changed else "mark", data_stance=stance)
        parts.append(svg.link(links.position(str(position.get("id", ""))), group))
        previous = stance
    return "".join(parts)


def _legend(y: float) -> str:
    parts, x = [], 6.0
    for stance, colour in COLOURS.items():
        parts.append(svg.tag("circle", cx=f"{x + 5:.1f}", cy=y - 4, r=5, fill=colour))
        parts.append(svg.tag("text", svg.text(stance), x=f"{x + 14:.1f}", y=y, fill="#444",
                             font_size=11))
        x += 24 + len(stance) * 6.5
    parts.append(svg.tag("circle", cx=f"{x + 8:.1f}", cy=y - 4, r=8, fill="none",
                         stroke="#f5a400", stroke_width=3))
    parts.append(svg.tag("text", svg.text("stance changed"), x=f"{x + 21:.1f}", y=y,
                         fill="#444", font_size=11))
    return svg.tag("g", "".join(parts), class_="legend")
