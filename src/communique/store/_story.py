"""The story as rows: one row per item, the item as JSON plus indexed copies of a few fields.

Each :class:`Section` names the ``Story`` attribute, its item class, its table and how to read
the filter columns off an item. Adding a section to the story means adding one entry here (and a
migration for its table).
"""

from __future__ import annotations

from collections import defaultdict, deque
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


GAP = 1024
"""The step between the order keys (``seq``) of items written afresh: room for items that a
later story puts between two kept ones."""
LAST_KEY = 2**31 - 1
"""The largest order key (``seq`` is a 32-bit integer on PostgreSQL)."""


def _write_section(connection: Connection, section: Section, items: Sequence[Any]) -> int:
    """Bring one section's table to ``items``, writing only the rows that differ; return how
    many rows were written.

    Rows are ordered by ``seq``, a key with gaps rather than a position: the longest run of
    stored items that the new story keeps in the same order keeps its rows as they are, and
    each new or changed item takes a key between its kept neighbours'. One quote added near
    the top of a big story writes one row, where numbering by position rewrote every row after
    it. When some gap is too small, the section is written afresh with keys :data:`GAP` apart.
    """
    table = section.table
    stored = [(seq, data) for seq, data in connection.execute(
        select(table.c.seq, table.c.data).order_by(table.c.seq))]
    rows = list(_rows(section, items))
    free: dict[str, deque[int]] = defaultdict(deque)
    for index, (_, data) in enumerate(stored):
        free[data].append(index)
    matched = [free[row["data"]].popleft() if free.get(row["data"]) else None for row in rows]
    kept = _increasing(matched)
    keys = [stored[at][0] if (at := matched[j]) is not None and j in kept else None
            for j in range(len(rows))]
    staying = {key for key in keys if key is not None}
    if not _fill(keys):
        connection.execute(delete(table))
        step = max(1, min(GAP, LAST_KEY // (len(rows) + 1)))
        for j, row in enumerate(rows):
            row["seq"] = (j + 1) * step
        if rows:
            connection.execute(insert(table), rows)
        return len(rows)
    gone = [{"old": seq} for seq, _ in stored if seq not in staying]
    if gone:
        connection.execute(delete(table).where(table.c.seq == bindparam("old")), gone)
    fresh = []
    for j, row in enumerate(rows):
        if j not in kept:
            row["seq"] = keys[j]
            fresh.append(row)
    if fresh:
        connection.execute(insert(table), fresh)
    return len(fresh)


def _increasing(matched: Sequence[int | None]) -> set[int]:
    """The positions of a longest run of ``matched`` values that increase (patience sorting):
    the new items whose stored rows can stay, in the stored order."""
    tails: list[int] = []  # for each run length, the position ending the best run so far
    before: dict[int, int] = {}
    for j, value in enumerate(matched):
        if value is None:
            continue
        at = _bisect_tails(tails, matched, value)
        if at:
            before[j] = tails[at - 1]
        if at == len(tails):
            tails.append(j)
        else:
            tails[at] = j
    run: set[int] = set()
    last = tails[-1] if tails else None
    while last is not None:
        run.add(last)
        last = before.get(last)
    return run


def _bisect_tails(tails: Sequence[int], matched: Sequence[int | None], value: int) -> int:
    """The first run length whose ending value is not below ``value``."""
    low, high = 0, len(tails)
    while low < high:
        middle = (low + high) // 2
        ending = matched[tails[middle]]
        if ending is not None and ending < value:
            low = middle + 1
        else:
            high = middle
    return low


def _fill(keys: list[int | None]) -> bool:
    """Give each ``None`` in ``keys`` (ascending where given) a key between its neighbours';
    ``False`` when some gap has too little room (nothing is then to be trusted in ``keys``)."""
    start = 0
    while start < len(keys):
        if keys[start] is not None:
            start += 1
            continue
        end = start
        while end < len(keys) and keys[end] is None:
            end += 1
        low = keys[start - 1] if start else 0
        count = end - start
        assert low is not None
        if end == len(keys):
            step = GAP if low + count * GAP < LAST_KEY else (LAST_KEY - low) // (count + 1)
        else:
            high = keys[end]
            assert high is not None
            step = (high - low) // (count + 1)
        if step < 1:
            return False
        for offset in range(count):
            keys[start + offset] = low + (offset + 1) * step
        start = end
    return True


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
