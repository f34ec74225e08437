"""The :class:`Dossier`: a ``dossier.json`` (or a store) with typed access and tables.

Items come back as the frozen dataclasses the pipeline itself passes around (articles as
:class:`~communique.model.Document`, events as ``StoryEvent``…), so what a notebook sees is what
the stages produced. ``to_pandas(table)`` gives one flat table as a DataFrame (the optional
``pandas`` extra); ``changes(since)`` says what arrived since a time (a dossier read from a store
knows when each article arrived).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import ConfigError, InputError, MissingExtraError
from communique.model import Document
from communique.model.story import (
    Contradiction,
    StoryClaim,
    StoryEntity,
    StoryEvent,
    StoryPosition,
    StoryQuote,
    TimelineItem,
)
from communique.outputs.changes import changes_since, parse_since
from communique.outputs.dossier import SCHEMA
from communique.outputs.tables import TABLES
from communique.store._codec import decode

if TYPE_CHECKING:
    import pandas

    from communique.store import Store

_TYPES: dict[str, type] = {
    "entities": StoryEntity,
    "events": StoryEvent,
    "quotes": StoryQuote,
    "positions": StoryPosition,
    "contradictions": Contradiction,
    "timeline": TimelineItem,
}


def _claim(record: Mapping[str, Any]) -> StoryClaim:
    """A contract ``claim`` object back as a :class:`StoryClaim` (its value was nested)."""
    fields = dict(record)
    value = fields.pop("value", None) or {}
    fields["value"] = value.get("amount")
    fields["unit"] = value.get("unit")
    fields["value_text"] = value.get("text")
    fields["attributed_to"] = fields.pop("attributed_to_all", None) or (
        [fields["attributed_to"]] if fields.get("attributed_to") else [])
    return decode(StoryClaim, fields)


def _article(record: Mapping[str, Any]) -> Document:
    """A contract ``article`` object back as a :class:`Document`: its ``published`` holds a
    day, or only the month when that is all that is known (``2031-03``)."""
    fields = dict(record)
    fields.pop("published_precision", None)  # said by the form of ``published`` as well
    published = fields.get("published")
    if isinstance(published, str) and len(published) == len("YYYY-MM"):
        fields["published"], fields["published_month"] = None, published
    return decode(Document, fields)


class Dossier:
    """One story's dossier: articles, entities, events, quotes, claims, positions,
    contradictions, timeline and digest, each with its evidence.

    Build one with :func:`communique.build`, :meth:`Dossier.load` (a ``dossier.json``) or
    :meth:`Dossier.from_store` (a store written by ``communique build --db`` or ``watch``).
    """

    def __init__(self, data: Mapping[str, Any], arrivals: Mapping[str, str] | None = None
                 ) -> None:
        if data.get("schema") != SCHEMA:
            raise InputError("dossier", f"not a {SCHEMA} dossier (schema "
                             f"{data.get('schema')!r})", code="E121",
                             fix="load a dossier.json written by communique build")
        self.data: dict[str, Any] = dict(data)
        """The dossier as plain JSON data (the contract of ``docs/dossier.md``)."""
        self.arrivals: dict[str, str] = dict(arrivals or {})
        """When each article arrived in the store (ISO time, by id); empty for a file."""
        self._cache: dict[str, tuple[Any, ...]] = {}

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> Dossier:
        """Read a ``dossier.json``; :class:`~communique.errors.InputError` when it is not one."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(str(path), f"not a readable dossier.json: {exc}", code="E121",
                             fix="pass the dossier.json written by communique build") from exc
        if not isinstance(data, dict):
            raise InputError(str(path), "not a dossier: the file is not a JSON object",
                             code="E121")
        return cls(data)

    @classmethod
    def from_store(cls, store: str | Path | Store) -> Dossier:
        """The dossier of a store (a path, a ``postgresql://`` URL or an open store)."""
        from communique.outputs import build_dossier
        from communique.store import Store, open_store

        if isinstance(store, Store):
            return cls(build_dossier(store.load_documents(), story=store.load_story()),
                       store.arrivals())
        with open_store(str(store)) as opened:
            return cls.from_store(opened)

    def save(self, path: str | Path) -> Path:
        """Write the dossier as JSON to ``path`` and return it."""
        target = Path(path)
        target.write_text(json.dumps(self.data, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
        return target

    # -- typed access ----------------------------------------------------------------------

    def _items(self, section: str) -> tuple[Any, ...]:
        if section not in self._cache:
            records = self.data.get(section) or []
            if section == "articles":
                items: tuple[Any, ...] = tuple(_article(r) for r in records)
            elif section == "claims":
                items = tuple(_claim(r) for r in records)
            else:
                items = tuple(decode(_TYPES[section], r) for r in records)
            self._cache[section] = items
        return self._cache[section]

    @property
    def articles(self) -> tuple[Document, ...]:
        """The articles, clean text and metadata, in dossier order (``[n]`` is n-1)."""
        return self._items("articles")

    @property
    def entities(self) -> tuple[StoryEntity, ...]:
        """People, organizations, countries and places across all articles."""
        return self._items("entities")

    @property
    def events(self) -> tuple[StoryEvent, ...]:
        """Talks, meetings, agreements and deadlines, each merged from its mentions."""
        return self._items("events")

    @property
    def quotes(self) -> tuple[StoryQuote, ...]:
        """Quotes with their speakers."""
        return self._items("quotes")

    @property
    def claims(self) -> tuple[StoryClaim, ...]:
        """Claims with their support and status (corroborated, single source, contradicted)."""
        return self._items("claims")

    @property
    def positions(self) -> tuple[StoryPosition, ...]:
        """What each party demands, offers, accepts or rejects, by issue."""
        return self._items("positions")

    @property
    def contradictions(self) -> tuple[Contradiction, ...]:
        """Where sources state different values for the same thing."""
        return self._items("contradictions")

    @property
    def timeline(self) -> tuple[TimelineItem, ...]:
        """Dated entries pointing at events, claims and quotes."""
        return self._items("timeline")

    @property
    def digest(self) -> str:
        """The digest in Markdown; ``[n]`` cites article n."""
        return str(self.data.get("digest") or "")

    @property
    def corpus(self) -> dict[str, Any]:
        """Counts, date range, outlets and languages of the articles."""
        return dict(self.data.get("corpus") or {})

    def article(self, article_id: str) -> Document:
        """The article with this id (``KeyError`` when there is none)."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def name(self, ref: str | None) -> str | None:
        """The name of an entity reference (an id, or a name as written)."""
        if ref is None:
            return None
        return next((e.name for e in self.entities if e.id == ref), ref)

    # -- tables and changes ----------------------------------------------------------------

    @staticmethod
    def tables() -> list[str]:
        """Names of the flat tables: articles, entities, events, quotes, claims, …"""
        return list(TABLES)

    def rows(self, table: str) -> list[dict[str, Any]]:
        """One table as flat rows (what ``communique export`` writes as CSV)."""
        if table not in TABLES:
            raise ConfigError(f"no table {table!r}", fix=f"choose one of {', '.join(TABLES)}")
        return TABLES[table](self.data)

    def to_pandas(self, table: str) -> pandas.DataFrame:
        """One table as a :class:`pandas.DataFrame` (needs ``pip install 'communique[pandas]'``).

        Lists of names are joined with `` | ``, nested values are JSON text and evidence is
        ``article:start-end`` references, as in the CSV export.
        """
        try:
            import pandas
        except ImportError as exc:
            raise MissingExtraError("Dossier.to_pandas", "pandas", "pandas") from exc
        rows = self.rows(table)
        return pandas.DataFrame(rows) if rows else pandas.DataFrame(columns=["id"])

    def changes(self, since: str | datetime | date) -> dict[str, Any]:
        """What arrived since ``since`` (ISO time, or ``24h``/``7d``…): new articles and the
        events, claims, contradictions, quotes and positions they created or updated."""
        if not self.arrivals:
            raise ConfigError("this dossier does not know when its articles arrived",
                              fix="load it from its store: Dossier.from_store('story.db')")
        return changes_since(self.data, self.arrivals, parse_since(since))

    def __repr__(self) -> str:
        corpus = self.corpus
        return (f"<Dossier {corpus.get('articles', 0)} articles, "
                f"{len(self.data.get('events') or [])} events, "
                f"{len(self.data.get('claims') or [])} claims>")
