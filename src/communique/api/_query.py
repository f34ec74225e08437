"""Filtering and pagination of dossier sections (pure functions over a :class:`Snapshot`).

Filters, all optional and combined with AND:

- ``entity``: items whose parties, mediators, delegations, speaker, party or attribution name
  the entity, or whose evidence comes from an article that mentions it;
- ``since`` / ``until``: items dated within the range (an item without a date of its own takes
  the earliest publication date of its evidence articles; undated items are left out);
- ``kind``: the item's type field (event ``type``, entity ``type``, quote ``kind``,
  contradiction ``kind``, timeline ``kind``, position ``stance``);
- ``status``: claim status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from communique.api._snapshot import Snapshot, evidence_of

KIND_FIELD = {
    "events": "type",
    "entities": "type",
    "quotes": "kind",
    "contradictions": "kind",
    "timeline": "kind",
    "positions": "stance",
}
"""The field ``?kind=`` filters on, per section."""


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters of one list request."""

    entity: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    status: str | None = None


def page(items: Sequence[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``items`` with the total, so a client knows when to stop."""
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": list(items[offset:offset + limit])}


def _refs(item: dict[str, Any]) -> set[str]:
    """Entity references an item names directly."""
    refs: set[str] = set()
    for key in ("parties", "mediators", "attributed_to_all"):
        refs.update(item.get(key) or ())
    for key in ("speaker", "party", "about", "affiliation"):
        if item.get(key):
            refs.add(item[key])
    for party, members in (item.get("delegations") or {}).items():
        refs.add(party)
        for people in members.values():
            refs.update(people)
    for outcome in item.get("outcomes", ()):
        refs.update(r for r in (outcome["party"], outcome["speaker"]) if r)
    return refs


def _mentions(snapshot: Snapshot, entity: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate: does an item mention ``entity`` (directly or through its evidence)?"""
    record = next((e for e in snapshot.sections["entities"] if e["id"] == entity), None)
    articles = set(record["articles"]) if record else set()

    def test(item: dict[str, Any]) -> bool:
        if item.get("id") == entity or entity in _refs(item):
            return True
        if "ref" in item:  # a timeline entry: judged by the item it points at
            target = snapshot.items.get(item["ref"])
            return target is not None and test(target)
        return any(ev["article"] in articles for ev in evidence_of(item))

    return test


def _dates(snapshot: Snapshot, item: dict[str, Any]) -> tuple[str | None, str | None]:
    """The ISO date range an item covers (start, end), falling back on its evidence."""
    start = item.get("start") or item.get("date") or item.get("published")
    if start:
        return start, item.get("end") or start
    dated = sorted(d for ev in evidence_of(item) if (d := snapshot.article_date(ev["article"])))
    return (dated[0], dated[0]) if dated else (None, None)


def select(snapshot: Snapshot, section: str, items: Sequence[dict[str, Any]],
           filters: Filters) -> list[dict[str, Any]]:
    """The items of ``section`` that pass every filter, in their stored order."""
    chosen = list(items)
    if filters.kind is not None and section in KIND_FIELD:
        key = KIND_FIELD[section]
        chosen = [i for i in chosen if i.get(key) == filters.kind]
    if filters.status is not None:
        chosen = [i for i in chosen if i.get("status") == filters.status]
    if filters.entity is not None:
        if section == "articles":
            record = next((e for e in snapshot.sections["entities"]
                           if e["id"] == filters.entity), None)
            wanted = set(record["articles"]) if record else set()
            chosen = [i for i in chosen if i["id"] in wanted]
        else:
            test = _mentions(snapshot, filters.entity)
            chosen = [i for i in chosen if test(i)]
    if filters.since is not None or filters.until is not None:
        low = filters.since.isoformat() if filters.since else "0000"
        high = filters.until.isoformat() if filters.until else "9999"
        kept = []
        for item in chosen:
            start, end = _dates(snapshot, item)
            # Partial ISO dates ("2031-03") compare correctly as strings against full ones.
            if start is not None and start <= high and (end or start) >= low:
                kept.append(item)
        chosen = kept
    return chosen
