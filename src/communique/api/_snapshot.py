"""A read-only view of the store in contract form, shared by the REST API and the web pages.

The store keeps documents and the story; every read endpoint needs them as the dossier's JSON
objects plus a few indexes (entity names, article dates, evidence spans per article). Building
those once per story version, instead of once per request, keeps reads cheap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from communique.model import Document
from communique.model.story import Story
from communique.outputs.dossier import article_record, corpus_summary, story_sections

SECTIONS = ("entities", "events", "quotes", "claims", "positions", "contradictions", "timeline")
_LABEL_FIELDS = {"entities": "name", "events": "title", "quotes": "text", "claims": "text",
                 "positions": "summary", "contradictions": "note"}
"""The field that names an item of each section, as a reader would refer to it."""
_PAGES = {"entities": "/entities", "events": "/events", "quotes": "/quotes", "claims": "/claims",
          "positions": "/positions", "contradictions": "/claims"}
"""The web page on which each section's items are shown."""


def evidence_of(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every evidence passage an item rests on, wherever the contract nests it."""
    yield from item.get("evidence", ())
    for role in item.get("roles", ()):
        yield from role["evidence"]
    for ordinal in item.get("ordinals", ()):
        yield ordinal["evidence"]
    for outcome in item.get("outcomes", ()):
        yield outcome["evidence"]
    for side in item.get("sides", ()):
        yield from side["evidence"]


@dataclass(frozen=True)
class Snapshot:
    """Documents and story of one moment of the store, as contract objects with indexes."""

    articles: list[dict[str, Any]]
    sections: dict[str, Any]
    corpus: dict[str, Any]
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Article records by id (with text)."""
    names: dict[str, str] = field(default_factory=dict)
    """Entity id → canonical name."""
    numbers: dict[str, int] = field(default_factory=dict)
    """Article id → its 1-based number, as the digest's ``[n]`` references use."""
    spans: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    """Article id → every evidence span the story points at in it."""
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Story item id (event, claim, quote, …) → the item."""
    kinds: dict[str, str] = field(default_factory=dict)
    """Story item id → the section it belongs to (``events``, ``claims``, …)."""

    @property
    def has_story(self) -> bool:
        """Whether a story has been saved (an empty store has articles but no story)."""
        return bool(self.sections.get("_saved"))

    def name(self, ref: str | None) -> str:
        """Display name of an entity reference (an id, or a name as written)."""
        if not ref:
            return "—"
        return self.names.get(ref, ref)

    def label(self, ref: str) -> str:
        """What to call the item ``ref`` names, whatever its kind (its id when unknown)."""
        item = self.items.get(ref)
        if item is None:
            return ref
        key = _LABEL_FIELDS.get(self.kinds.get(ref, ""), "id")
        return str(item.get(key) or ref)

    def link(self, ref: str) -> str:
        """The page (and anchor) that shows the item ``ref`` names."""
        page = _PAGES.get(self.kinds.get(ref, ""))
        return f"{page}#{ref}" if page else "/"

    def evidence(self, ref: str) -> list[dict[str, Any]]:
        """Every evidence passage of the item ``ref`` names (none when it is unknown)."""
        item = self.items.get(ref)
        return list(evidence_of(item)) if item is not None else []

    def outlet(self, article_id: str) -> str:
        """The outlet of an article, or its source file name when the outlet is unknown."""
        record = self.by_id.get(article_id)
        if record is None:
            return article_id
        return str(record["outlet"] or record["source"].rsplit("/", 1)[-1])

    def article_date(self, article_id: str) -> str | None:
        """The publication date of an article (ISO) or ``None``."""
        record = self.by_id.get(article_id)
        return record["published"] if record else None


def build_snapshot(documents: Iterable[Document], story: Story | None) -> Snapshot:
    """Turn stored documents and story into a :class:`Snapshot`."""
    docs = list(documents)
    articles = [article_record(d) for d in docs]
    sections: dict[str, Any] = {name: [] for name in SECTIONS}
    sections["digest"] = ""
    if story is not None:
        sections.update(story_sections(story))
        sections["_saved"] = True
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    items: dict[str, dict[str, Any]] = {}
    kinds: dict[str, str] = {}
    for name in SECTIONS:
        for item in sections[name]:
            if "id" in item:
                items[item["id"]] = item
                kinds[item["id"]] = name
            for ev in evidence_of(item):
                spans[ev["article"]].add((ev["start"], ev["end"]))
    return Snapshot(
        articles=articles,
        sections=sections,
        corpus=corpus_summary(docs, ()),
        by_id={a["id"]: a for a in articles},
        names={e["id"]: e["name"] for e in sections["entities"]},
        numbers={a["id"]: i + 1 for i, a in enumerate(articles)},
        spans=dict(spans),
        items=items,
        kinds=kinds,
    )
