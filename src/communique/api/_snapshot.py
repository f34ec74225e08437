"""A read-only view of the store in contract form, shared by the REST API and the web pages.

The store keeps documents and the story; every read endpoint needs them as the dossier's JSON
objects plus a few indexes (entity names, article dates, evidence spans per article). Building
those once per store revision, instead of once per request, keeps reads cheap; a
:class:`SnapshotCache` rebuilds only what a new revision changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from communique.model import Document
from communique.model.story import Story
from communique.outputs.dossier import article_record, corpus_summary, story_sections
from communique.store import Store

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
    sections = story_sections(story) if story is not None else None
    return assemble(docs, [article_record(d) for d in docs], sections)


def assemble(docs: list[Document], articles: list[dict[str, Any]],
             story: dict[str, Any] | None) -> Snapshot:
    """A :class:`Snapshot` from documents, their article records and the story's sections
    (``None`` when no story is stored), indexes included."""
    sections: dict[str, Any] = {name: [] for name in SECTIONS}
    sections["digest"] = ""
    if story is not None:
        sections.update(story)
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


class SnapshotCache:
    """Keeps a snapshot of a store up to date, reading only what changed.

    The store's revisions say whether anything changed (one small query); documents written
    since the last look are read by revision and only their records rebuilt; the story is read
    again only when a new one was saved.
    """

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.records: dict[str, dict[str, Any]] = {}
        self.story: dict[str, Any] | None = None
        self.revision = -1
        """The store revision the documents are at (-1: nothing read yet)."""
        self.story_revision = -1
        self.story_covers: int | None = None

    def refresh(self, store: Store) -> Snapshot | None:
        """A new snapshot when the store changed since the last call, else ``None``."""
        state = store.state()
        if (state.revision, state.story_revision) == (self.revision, self.story_revision):
            return None
        if state.revision != self.revision:
            changed, self.revision = store.load_documents_since(self.revision)
            for document in changed:  # new ones come last, as in the store; changed ones stay
                self.documents[document.id] = document
                self.records[document.id] = article_record(document)
        if state.story_revision != self.story_revision:
            story = store.load_story()
            self.story = story_sections(story) if story is not None else None
            self.story_revision, self.story_covers = state.story_revision, state.story_covers
        return assemble(list(self.documents.values()), list(self.records.values()), self.story)

    def covers(self, revision: int) -> bool:
        """Whether the snapshot shows every document up to ``revision`` and a story of them."""
        covered = -1 if self.story_covers is None else self.story_covers
        return self.revision >= revision and covered >= revision
