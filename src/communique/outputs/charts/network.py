"""Who met whom: parties, mediators and delegations as a graph whose edges are events.

Parties sit on a circle (most active first, clockwise from the top); mediators that are not
also parties sit on an inner circle; the people of each party's delegations hang outside their
party. An edge joins two parties that took part in the same event (one edge per pair, its width
growing with the summed support of their events), a mediator and the parties of the events it
mediated, and a delegate and the party it spoke for. Every edge links to its best-supported
event; every node to its entity.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from communique.outputs.charts import _svg as svg
from communique.outputs.charts._view import Item, Links, StoryData

WIDTH, HEIGHT = 900, 700
CX, CY = WIDTH / 2, HEIGHT / 2
PARTY_RING = 190
MEDIATOR_RING = 75
PERSON_RING = 275
MAX_PEOPLE = 4
"""Delegates drawn per party (the heads first); the rest are counted in the party's tooltip."""


@dataclass
class _Edge:
    kind: str
    events: list[Item] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return sum(int(e.get("support") or 1) for e in self.events)


@dataclass
class _Graph:
    parties: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mediators: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    people: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    heads: set[str] = field(default_factory=set)
    edges: dict[tuple[str, str], _Edge] = field(default_factory=dict)

    def edge(self, a: str, b: str, kind: str, event: Item) -> None:
        key = (a, b) if a <= b else (b, a)
        self.edges.setdefault(key, _Edge(kind)).events.append(event)


def _collect(data: StoryData) -> _Graph:
    graph = _Graph()
    for event in data.events:
        parties = list(dict.fromkeys(event.get("parties") or ()))
        for party in parties:
            graph.parties[party] += 1
        for a, b in combinations(parties, 2):
            graph.edge(a, b, "met", event)
        for mediator in dict.fromkeys(event.get("mediators") or ()):
            graph.mediators[mediator] += 1
            for party in parties:
                if party != mediator:
                    graph.edge(mediator, party, "mediated", event)
        for party, members in (event.get("delegations") or {}).items():
            graph.parties[party] += 0
            for role in ("heads", "members"):
                for person in members.get(role, ()):
                    if person not in graph.people[party]:
                        graph.people[party].append(person)
                    if role == "heads":
                        graph.heads.add(person)
    return graph


def _ring(names: list[str], radius: float, start: float = -math.pi / 2
          ) -> dict[str, tuple[float, float, float]]:
    """Positions (x, y, angle) of ``names`` evenly on a circle."""
    out = {}
    for i, name in enumerate(names):
        angle = start + 2 * math.pi * i / max(1, len(names))
        out[name] = (CX + radius * math.cos(angle), CY + radius * math.sin(angle), angle)
    return out


def _node(data: StoryData, links: Links, ref: str, x: float, y: float, r: float, kind: str,
          tip: str, angle: float | None) -> str:
    circle = svg.tag("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=f"{r:.1f}", class_=kind,
                     fill={"party": "#1f5fbf", "mediator": "#7b3fa0", "both": "#3f4fb0",
                           "person": "#ffffff"}[kind],
                     stroke="#1d1d1f" if kind == "person" else "#fff", stroke_width=1.5)
    name = svg.clip(data.name(ref), 28 if kind != "person" else 24)
    if angle is None:
        lx, ly, anchor = x, y + r + 14, "middle"
    else:
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle) + 4
        anchor = "start" if math.cos(angle) > 0.3 else "end" if math.cos(angle) < -0.3 \
            else "middle"
        if anchor == "middle":
            ly += 8 if math.sin(angle) > 0 else -4
    label = svg.tag("text", svg.text(name), x=f"{lx:.1f}", y=f"{ly:.1f}", text_anchor=anchor,
                    font_size=13 if kind != "person" else 11,
                    font_weight="600" if kind != "person" else None, fill="#1d1d1f")
    group = svg.tag("g", svg.title(tip) + circle + label, class_=f"node {kind}")
    return svg.link(links.entity(ref) if ref in data.names else None, group)


def network_chart(data: StoryData, links: Links) -> str:
    """The who-met-whom SVG of ``data``'s events; ``""`` when no event names a party."""
    graph = _collect(data)
    parties = sorted(graph.parties, key=lambda p: (-graph.parties[p], data.name(p)))
    inner = sorted((m for m in graph.mediators if m not in graph.parties),
                   key=lambda m: (-graph.mediators[m], data.name(m)))
    if not parties and not inner:
        return ""
    places = _ring(parties, PARTY_RING)
    places.update(_ring(inner, MEDIATOR_RING if len(inner) > 1 else 0, -math.pi / 4))
    body: list[str] = []
    for (a, b), edge in sorted(graph.edges.items(), key=lambda kv: kv[1].weight):
        if a not in places or b not in places:
            continue
        (x1, y1, _), (x2, y2, _) = places[a], places[b]
        best = max(edge.events, key=lambda e: int(e.get("support") or 0))
        width = 1.5 + 2.2 * math.log2(1 + edge.weight)
        names = "; ".join(str(e.get("title") or "event") for e in edge.events[:8])
        tip = (f"{data.name(a)} – {data.name(b)}: {len(edge.events)} event(s), support "
               f"{edge.weight} ({names})")
        line = svg.tag("line", svg.title(tip), x1=f"{x1:.1f}", y1=f"{y1:.1f}", x2=f"{x2:.1f}",
                       y2=f"{y2:.1f}", stroke="#7b3fa0" if edge.kind == "mediated" else "#5a7fb8",
                       stroke_width=f"{width:.1f}", stroke_opacity="0.7",
                       stroke_dasharray="6 4" if edge.kind == "mediated" else None,
                       stroke_linecap="round", class_=f"edge {edge.kind}")
        body.append(svg.link(links.event(str(best.get("id", ""))), line))
    people: list[tuple[float, float]] = []
    body.extend(_delegations(data, links, graph, places, people))
    for ref in parties + inner:
        x, y, angle = places[ref]
        kind = "both" if ref in graph.parties and ref in graph.mediators else \
            "party" if ref in graph.parties else "mediator"
        count = graph.parties.get(ref, 0) or graph.mediators.get(ref, 0)
        roles = {"both": "party and mediator", "party": "party", "mediator": "mediator"}[kind]
        tip = f"{data.name(ref)}: {roles}, {count} event(s)"
        radius = 9 + 3 * math.sqrt(count)
        body.append(_node(data, links, ref, x, y, radius, kind, tip,
                          angle if ref in graph.parties else None))
    label = f"Who met whom: {len(parties)} parties, {len(graph.mediators)} mediators"
    # Crop to what is drawn, with room for the labels: a graph of two parties is not a ring.
    points = [(x, y) for x, y, _ in places.values()] + people
    left = max(0, int(min(x for x, _ in points) - 170))
    right = min(WIDTH, int(max(x for x, _ in points) + 170))
    top = max(0, int(min(y for _, y in points) - 40))
    bottom = min(HEIGHT, int(max(y for _, y in points) + 40))
    moved = svg.tag("g", "".join(body), transform=f"translate({-left} {-top})")
    return svg.frame(right - left, bottom - top, label, moved, "network-chart")


def _delegations(data: StoryData, links: Links, graph: _Graph,
                 places: dict[str, tuple[float, float, float]],
                 points: list[tuple[float, float]]) -> list[str]:
    """Delegates outside their party, joined to it by a thin line; their places go to
    ``points``."""
    body = []
    for party, people in graph.people.items():
        if party not in places:
            continue
        px, py, angle = places[party]
        shown = sorted(people, key=lambda p: (p not in graph.heads, data.name(p)))[:MAX_PEOPLE]
        for i, person in enumerate(shown):
            offset = (i - (len(shown) - 1) / 2) * 0.16
            a = angle + offset
            x, y = CX + PERSON_RING * math.cos(a), CY + PERSON_RING * math.sin(a)
            points.append((x, y))
            body.append(svg.tag("line", x1=f"{px:.1f}", y1=f"{py:.1f}", x2=f"{x:.1f}",
                                y2=f"{y:.1f}", stroke="#999", stroke_width=1,
                                class_="edge delegation"))
            role = "head of delegation" if person in graph.heads else "delegate"
            tip = f"{data.name(person)}: {role} of {data.name(party)}"
            body.append(_node(data, links, person, x, y, 5, "person", tip, a))
    return body
