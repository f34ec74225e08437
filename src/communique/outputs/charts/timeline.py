"""The timeline chart: events and rounds as bars on a date axis, coverage per day beneath.

Each event is one row (sorted by start), drawn over the days it covers; its status (held,
ongoing, planned, postponed, cancelled…) decides the style, and a bar whose dates are known only
to the month is drawn faint. The round number most sources give is written beside the title.
Under the events, the number of articles published each day (independent ones dark, copies
light) on the same axis shows when the story was covered.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from communique.outputs.charts import _svg as svg
from communique.outputs.charts._dates import Axis, grid, padded, span
from communique.outputs.charts._view import Item, Links, StoryData, status_of

WIDTH = 960
ROW = 24
AXIS = 28
COVERAGE = 70
LEFT, RIGHT = 12, 12

STYLES = {
    "held": {"fill": "#1f5fbf", "stroke": "#1f5fbf"},
    "ongoing": {"fill": "#5b8fd9", "stroke": "#1f5fbf"},
    "planned": {"fill": "#ffffff", "stroke": "#1f5fbf", "stroke_dasharray": "5 3"},
    "postponed": {"fill": "#fde7b0", "stroke": "#b26a00", "stroke_dasharray": "5 3"},
    "cancelled": {"fill": "#e0e0e0", "stroke": "#8a8a8a"},
    "hypothetical": {"fill": "#ffffff", "stroke": "#8a8a8a", "stroke_dasharray": "2 3"},
    "historical": {"fill": "#9bb0cc", "stroke": "#6f85a3"},
}
"""How each status is drawn (the legend uses the same)."""

_UNDATED = (date.min, date.min, False)


def _round(event: Item) -> int | None:
    """The round number most of the event's sources give, if any."""
    votes = Counter(o["value"] for o in event.get("ordinals", ()))
    return votes.most_common(1)[0][0] if votes else None


def _label(event: Item) -> str:
    words = [svg.clip(str(event.get("title") or event.get("type") or "event"), 70)]
    number = _round(event)
    if number is not None:
        words.append(f"round {number}")
    status = status_of(event)
    if status != "held":
        words.append(status)
    return " · ".join(words)


def _bar(axis: Axis, event: Item, y: float, links: Links) -> str:
    first, last, exact = span(event.get("start"), event.get("end")) or _UNDATED
    status = status_of(event)
    # Events beyond the axis (long before or after the coverage) are cut at its edge, with an
    # arrow saying they go on; their label keeps the real dates.
    before, after = first < axis.low, last > axis.high
    first, last = max(first, axis.low), min(last, axis.high)
    if first > last:
        first = last = axis.low if before else axis.high
    x, width = axis.x(first), max(4.0, axis.width(first, last))
    style = dict(STYLES[status])
    shape = svg.tag("rect", x=f"{x:.1f}", y=f"{y + 5:.1f}", width=f"{width:.1f}",
                    height=ROW - 10, rx=3, opacity=None if exact else "0.45", **style)
    mid = y + ROW / 2
    if before:
        shape += svg.tag("path", d=f"M{x - 1:.1f} {mid - 6:.1f} L{x - 8:.1f} {mid:.1f} "
                         f"L{x - 1:.1f} {mid + 6:.1f} Z", fill=style["stroke"], class_="cut")
    if after:
        end = x + width
        shape += svg.tag("path", d=f"M{end + 1:.1f} {mid - 6:.1f} L{end + 8:.1f} {mid:.1f} "
                         f"L{end + 1:.1f} {mid + 6:.1f} Z", fill=style["stroke"], class_="cut")
    if status == "cancelled":
        shape += svg.tag("line", x1=f"{x:.1f}", x2=f"{x + width:.1f}", y1=f"{y + ROW / 2:.1f}",
                         y2=f"{y + ROW / 2:.1f}", stroke="#555", stroke_width=1.5)
    label = _label(event)
    right_room = WIDTH - RIGHT - (x + width)
    if right_room > len(label) * 6.2 + 8 or x < WIDTH / 2:
        lx, anchor = x + width + (13 if after else 5), "start"
    else:
        lx, anchor = x - 5, "end"
    words = svg.tag("text", svg.text(label), x=f"{lx:.1f}", y=f"{y + ROW / 2 + 4:.1f}",
                    text_anchor=anchor, fill="#1d1d1f")
    when_text = event.get("start") or "?"
    if event.get("end") and event.get("end") != event.get("start"):
        when_text += f" – {event['end']}"
    tip = (f"{event.get('title') or 'event'} ({when_text}), {status}; "
           f"reported by {event.get('support', 0)} independent outlet(s)")
    group = svg.tag("g", svg.title(tip) + shape + words, class_=f"event {status}",
                    data_status=status)
    return svg.link(links.event(str(event.get("id", ""))), group)


def _coverage(axis: Axis, data: StoryData, top: float) -> str:
    independent: Counter[date] = Counter()
    copies: Counter[date] = Counter()
    for article in data.articles:
        day = data.published(article["id"])
        if day is not None and axis.low <= day <= axis.high:
            (copies if article.get("duplicate_of") else independent)[day] += 1
    peak = max([independent[d] + copies[d] for d in independent | copies] or [1])
    height = COVERAGE - 22
    parts = [svg.tag("text", svg.text("articles per day"), x=LEFT, y=top + 12, fill="#666",
                     font_size=11),
             svg.tag("line", x1=LEFT, x2=WIDTH - RIGHT, y1=top + COVERAGE,
                     y2=top + COVERAGE, stroke="#bbb")]
    for day in sorted(independent | copies):
        x, width = axis.x(day), max(2.0, axis.width(day, day) - 1)
        base = top + COVERAGE
        for count, colour, kind in ((independent[day], "#555", "independent"),
                                    (copies[day], "#bbb", "copies")):
            if not count:
                continue
            h = count / peak * height
            base -= h
            tip = f"{day.isoformat()}: {count} {kind if count != 1 else kind.rstrip('s')}"
            parts.append(svg.tag("rect", svg.title(tip), x=f"{x:.1f}", y=f"{base:.1f}",
                                 width=f"{width:.1f}", height=f"{h:.1f}", fill=colour,
                                 class_="day"))
    return "".join(parts)


def _legend(statuses: list[str], y: float) -> str:
    parts, x = [], float(LEFT)
    for status in statuses:
        parts.append(svg.tag("rect", x=f"{x:.1f}", y=y - 9, width=18, height=10, rx=2,
                             **STYLES[status]))
        parts.append(svg.tag("text", svg.text(status), x=f"{x + 23:.1f}", y=y, fill="#444",
                             font_size=11))
        x += 30 + len(status) * 6.5
    return svg.tag("g", "".join(parts), class_="legend")


FOCUS = timedelta(days=45)
"""How far beyond the coverage (the articles' publication days) events widen the axis."""


def _axis(data: StoryData, spans: list[tuple[date, date, bool]]) -> Axis | None:
    """The date axis: the coverage and the events near it; events far from it are cut.

    An event reported in passing (talks two years ago) would otherwise squeeze the weeks the
    story is about into a few pixels.
    """
    published = [d for a in data.articles if (d := data.published(a["id"]))]
    events = [d for first, last, _ in spans for d in (first, last)]
    if published:
        low, high = min(published) - FOCUS, max(published) + FOCUS
        days = published + [d for d in events if low <= d <= high]
    else:
        days = events
    return Axis(*padded(days), LEFT, WIDTH - RIGHT) if days else None


def timeline_chart(data: StoryData, links: Links) -> str:
    """The SVG timeline of ``data``'s events with the coverage per day; ``""`` when undated."""
    dated = sorted(((when, e) for e in data.events
                    if (when := span(e.get("start"), e.get("end"))) is not None),
                   key=lambda pair: (pair[0][0], str(pair[1].get("id"))))
    axis = _axis(data, [when for when, _ in dated])
    if axis is None:
        return ""
    rows_bottom = AXIS + len(dated) * ROW
    body = grid(axis, AXIS, rows_bottom + 8 + COVERAGE, AXIS - 8, WIDTH)
    body += [_bar(axis, event, AXIS + i * ROW, links) for i, (_, event) in enumerate(dated)]
    body.append(_coverage(axis, data, rows_bottom + 8))
    statuses = [s for s in STYLES if any(status_of(e) == s for _, e in dated)]
    legend_y = rows_bottom + 8 + COVERAGE + 22
    body.append(_legend(statuses, legend_y))
    undated = len(data.events) - len(dated)
    if undated:
        body.append(svg.tag("text", svg.text(f"{undated} undated event(s) not drawn"),
                            x=WIDTH - RIGHT, y=legend_y, text_anchor="end", fill="#666",
                            font_size=11))
    label = f"Timeline of {len(dated)} events and the articles published per day"
    return svg.frame(WIDTH, int(legend_y + 10), label, "".join(body), "timeline-chart")
