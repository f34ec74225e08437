"""The story as rows: one row per item, the item as JSON plus indexed copies of a few fields.

Each :class:`Section` names the ``Story`` attribute, its item class, its table and how to read
the filter columns off an item. Adding a section to the story means adding one entry here (and a
migration for its table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select

from communique.model.story import (
    Contradiction,
    Story,
    StoryClaim,
    StoryEntity,
    StoryEvent,
    StoryPosition,
    StoryQuote,
    TimelineItem,
)
from communique.store import _codec, _schema
from communique.store._rows import column_text, utc_now

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Section:
    """How one tuple of :class:`Story` maps to one table."""

    attribute: str
    item: type
    table: Table
    columns: Callable[[Any], Row]


def _entity(e: StoryEntity) -> Row:
    return {"id": e.id, "type": e.type, "name": e.name, "affiliation": e.affiliation,
            "mentions": e.mentions}


def _event(e: StoryEvent) -> Row:
    return {"id": e.id, "type": e.type, "start": e.start, "end": e.end, "place": e.place,
            "support": e.support}


def _quote(q: StoryQuote) -> Row:
    return {"id": q.id, "kind": q.kind, "speaker": q.speaker, "date": q.date}


def _claim(c: StoryClaim) -> Row:
    return {"id": c.id, "status": c.status, "support": c.support, "unit": c.unit}


def _position(p: StoryPosition) -> Row:
    return {"id": p.id, "party": p.party, "stance": p.stance, "issue": p.issue.id,
            "date": p.date}


def _contradiction(c: Contradiction) -> Row:
    return {"id": c.id, "kind": c.kind, "about": c.about}


def _timeline(t: TimelineItem) -> Row:
    return {"date": t.date, "end": t.end, "kind": t.kind, "ref": t.ref}


SECTIONS: tuple[Section, ...] = (
    Section("entities", StoryEntity, _schema.entities, _entity),
    Section("events", StoryEvent, _schema.events, _event),
    Section("quotes", StoryQuote, _schema.quotes, _quote),
    Section("claims", StoryClaim, _schema.claims, _claim),
    Section("positions", StoryPosition, _schema.positions, _position),
    Section("contradictions", Contradiction, _schema.contradictions, _contradiction),
    Section("timeline", TimelineItem, _schema.timeline, _timeline),
)


def _rows(section: Section, items: Sequence[Any]) -> Iterator[Row]:
    for seq, item in enumerate(items):
        row = {key: column_text(value) for key, value in section.columns(item).items()}
        row.update(seq=seq, data=_codec.dumps(item))
        yield row


def replace_story(connection: Connection, story: Story) -> dict[str, int]:
    """Write ``story`` over the stored one (inside the caller's transaction); return how many
    rows of each section were written.

    Only the rows that differ are written: a row is kept when the stored item at its place
    has the same JSON (its indexed columns are copies of that item's fields, so they agree
    too). Adding an article to a big story changes a small part of it (its quotes, the claims
    and events it supports, the entities it names), and rewriting every row of every section
    was most of the cost of saving it.
    """
    connection.execute(delete(_schema.story_meta))
    written = {section.attribute: _write_section(connection, section,
                                                 getattr(story, section.attribute))
               for section in SECTIONS}
    connection.execute(insert(_schema.story_meta).values(
        id=1, digest=story.digest, timings=_codec.dumps(story.timings), saved_at=utc_now()))
    return written


def _write_section(connection: Connection, section: Section, items: Sequence[Any]) -> int:
    """Bring one section's table to ``items``, writing only the rows that differ."""
    table = section.table
    stored: dict[int, str] = {seq: data for seq, data in connection.execute(
        select(table.c.seq, table.c.data))}
    rows = [row for row in _rows(section, items) if stored.get(row["seq"]) != row["data"]]
    connection.execute(delete(table).where(table.c.seq >= len(items)))
    stale = [{"old": row["seq"]} for row in rows if row["seq"] in stored]
    if stale:
        connection.execute(delete(table).where(table.c.seq == bindparam("old")), stale)
    if rows:
        connection.execute(insert(table), rows)
    return len(rows)


def read_story(connection: Connection) -> Story | None:
    """The stored story, or ``None`` when none was saved."""
    meta = connection.execute(select(_schema.story_meta.c.digest, _schema.story_meta.c.timings)
                              .where(_schema.story_meta.c.id == 1)).first()
    if meta is None:
        return None
    parts: dict[str, Any] = {}
    for section in SECTIONS:
        table = section.table
        data = connection.scalars(select(table.c.data).order_by(table.c.seq))
        parts[section.attribute] = tuple(_codec.loads(section.item, d) for d in data)
    timings = _codec.loads(dict[str, float], meta.timings)
    return Story(digest=meta.digest, timings=timings, **parts)
