"""The article page's annotations: every entity, date, quote, claim and event mention of one
article, placed in its text and linked to where the story uses it.

A :class:`Note` is one annotation of the extract stage (an entity with all its mentions, a date
with its value, a quote with its speaker, a claim, an event mention, a stance). Its ``uses`` are
the story items that rest on it: the story entity it was merged into, or the events, claims,
quotes and positions whose evidence in this article covers its span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from communique.api._snapshot import Snapshot
from communique.model.annotations import Annotations
from communique.web._paging import link
from communique.web._render import Piece

KINDS = ("entity", "date", "quote", "claim", "event", "stance")
"""Annotation kinds, in the order the page lists them."""

PLURAL = {"entity": "entities", "date": "dates", "quote": "quotes", "claim": "claims",
          "event": "event mentions", "stance": "stances"}
"""How the page names each kind."""

_SECTIONS = ("events", "claims", "quotes", "positions")
"""The story sections whose items an annotation can be used in."""


@dataclass(slots=True)
class Note:
    """One annotation: where it is in the text, what it says, which story items use it."""

    number: int
    kind: str
    label: str
    detail: str
    spans: list[tuple[int, int]]
    uses: list[tuple[str, str]] = field(default_factory=list)
    """``(href, label)`` of each story item built on this annotation."""
    css: str = ""

    @property
    def anchor(self) -> str:
        """The fragment id of the note's first place in the text."""
        return f"n-{self.number}"

    @property
    def href(self) -> str | None:
        """Where the annotation is used first in the story, if anywhere."""
        return self.uses[0][0] if self.uses else None


def _story_items(snap: Snapshot, article_id: str) -> list[tuple[int, int, str, dict[str, Any]]]:
    """``(start, end, section, item)`` for every evidence passage of the story in the article."""
    found = []
    for section in _SECTIONS:
        for item in snap.sections[section]:
            for ev in item.get("evidence", ()):
                if ev["article"] == article_id:
                    found.append((ev["start"], ev["end"], section, item))
    return found


def _label(section: str, item: dict[str, Any], snap: Snapshot) -> str:
    if section == "events":
        return str(item["title"])
    if section == "quotes":
        return f"quote of {snap.name(item['speaker'])}" if item["speaker"] else "quote"
    if section == "positions":
        return f"{snap.name(item['party'])} {item['stance']} {item['issue']['label']}"
    return str(item["text"])


class _Uses:
    """Finds the story items whose evidence in one article covers a span."""

    def __init__(self, snap: Snapshot, article_id: str) -> None:
        self.snap = snap
        self.items = _story_items(snap, article_id)

    def of(self, start: int, end: int, sections: Iterable[str], inside: bool = False
           ) -> list[tuple[str, str]]:
        wanted = set(sections)
        uses: dict[str, tuple[str, str]] = {}
        for s, e, section, item in self.items:
            if section not in wanted:
                continue
            hit = s <= start and end <= e if inside else s < end and start < e
            if hit and item["id"] not in uses:
                href = link(self.snap, item["id"])
                uses[item["id"]] = (href, _label(section, item, self.snap))
        return list(uses.values())


def _entity_ids(snap: Snapshot, article_id: str) -> dict[str, str]:
    """Lower-cased names and aliases of the story entities seen in the article → entity id."""
    ids: dict[str, str] = {}
    for entity in snap.sections["entities"]:
        if article_id in entity["articles"]:
            for name in (entity["name"], *entity["aliases"]):
                ids.setdefault(name.lower(), entity["id"])
    return ids


def build_notes(snap: Snapshot, article_id: str, annotations: Annotations | None) -> list[Note]:
    """Every annotation of the article as a :class:`Note`, in kind order, then text order."""
    if annotations is None:
        return []
    uses = _Uses(snap, article_id)
    entity_ids = _entity_ids(snap, article_id)
    notes: list[Note] = []

    def add(kind: str, label: str, detail: str, spans: list[tuple[int, int]],
            found: list[tuple[str, str]], css: str = "") -> None:
        notes.append(Note(len(notes) + 1, kind, label, detail, spans, found, css))

    for entity in sorted(annotations.entities, key=lambda e: e.mentions[0].start
                         if e.mentions else 0):
        ref = entity_ids.get(entity.canonical.lower())
        found = [(link(snap, ref), snap.name(ref))] if ref else []
        spans = [(m.start, m.end) for m in entity.mentions]
        detail = f"{entity.label.value}, {len(spans)} mention{'s' * (len(spans) != 1)}"
        if entity.affiliation:
            detail += f", speaks for {entity.affiliation}"
        add("entity", entity.canonical, detail, spans, found, entity.label.value)
    for expr in annotations.dates:
        detail = f"{expr.value or 'no value'} ({expr.granularity})"
        found = uses.of(expr.start, expr.end, _SECTIONS, inside=True)
        add("date", expr.text, detail, [(expr.start, expr.end)], found)
    for quote in annotations.quotes:
        speaker = quote.speaker_text or "unknown speaker"
        detail = f"{quote.kind.value}, {speaker}" + (f" ({quote.cue})" if quote.cue else "")
        add("quote", quote.text, detail, [(quote.start, quote.end)],
            uses.of(quote.start, quote.end, ["quotes"]))
    for claim in annotations.claims:
        where = (claim.quantity.start, claim.quantity.end) if claim.quantity else \
            (claim.start, claim.end)
        detail = claim.quantity.text if claim.quantity else claim.predicate
        add("claim", claim.text, detail, [where], uses.of(claim.start, claim.end, ["claims"]))
    for event in annotations.events:
        facts = [event.type.value, event.tense]
        facts += [p for p in (event.place,) if p]
        facts += [d.value for d in event.dates if d.value]
        if event.ordinal is not None:
            facts.append(f"round {event.ordinal}")
        add("event", event.trigger, ", ".join(facts), [(event.trigger_start, event.trigger_end)],
            uses.of(event.start, event.end, ["events"]))
    for stance in annotations.stances:
        add("stance", f"{stance.party} {stance.stance.value} {stance.issue}", stance.cue,
            [(stance.start, stance.end)], uses.of(stance.start, stance.end, ["positions"]))
    return notes


def pieces_of(notes: Sequence[Note]) -> list[Piece]:
    """The in-text pieces of the notes (stances are sentence-long: listed, not marked)."""
    return [Piece(start, end, note.anchor if i == 0 else None,
                  f"ann k-{note.kind}" + (f" t-{note.css}" if note.css else ""),
                  f"{note.kind}: {note.label} — {note.detail}", note.href)
            for note in notes if note.kind != "stance"
            for i, (start, end) in enumerate(note.spans)]


def grouped(notes: Sequence[Note]) -> list[tuple[str, list[Note]]]:
    """Notes by kind, in :data:`KINDS` order; kinds without notes left out."""
    return [(kind, [n for n in notes if n.kind == kind]) for kind in KINDS
            if any(n.kind == kind for n in notes)]
