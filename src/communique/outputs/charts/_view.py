"""What the charts read: the dossier's sections in contract form, and where their links go.

Both the web UI (a store snapshot) and ``dossier.html`` (a dossier dict) hand the charts the
same contract objects; only the link targets differ (pages of the server, or anchors inside the
one self-contained file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from communique.outputs.charts._dates import day_range
from communique.outputs.charts._svg import fragment

Item = Mapping[str, Any]

EVENT_STATUSES = ("held", "ongoing", "planned", "postponed", "cancelled", "hypothetical",
                  "historical")
"""Event statuses of the dossier contract; an event without one counts as ``held``."""


def status_of(event: Item) -> str:
    """The event's status, ``held`` when the dossier predates the field or leaves it empty."""
    value = event.get("status")
    return value if isinstance(value, str) and value in EVENT_STATUSES else "held"


@dataclass(frozen=True, slots=True)
class Links:
    """Where a chart's marks link to; each function gets an item id (or an outlet name)."""

    event: Callable[[str], str]
    entity: Callable[[str], str]
    position: Callable[[str], str]
    outlet: Callable[[str], str]
    article: Callable[[str], str]


WEB_LINKS = Links(
    event=lambda i: f"/events#{fragment(i)}",
    entity=lambda i: f"/entities#{fragment(i)}",
    position=lambda i: f"/positions#{fragment(i)}",
    outlet=lambda name: f"/sources#{outlet_anchor(name)}",
    article=lambda i: f"/articles/{fragment(i)}",
)
"""Links of the web UI's pages."""

PAGE_LINKS = Links(
    event=lambda i: f"#{fragment(i)}",
    entity=lambda i: f"#{fragment(i)}",
    position=lambda i: f"#{fragment(i)}",
    outlet=lambda name: f"#{outlet_anchor(name)}",
    article=lambda i: f"#art-{fragment(i)}",
)
"""Links inside the self-contained ``dossier.html``."""


def outlet_anchor(name: str) -> str:
    """A stable fragment id for an outlet name (names are untrusted: only a hash of them)."""
    import hashlib

    return "o-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def evidence_of(item: Item) -> Iterator[Item]:
    """Every evidence passage an item rests on, wherever the contract nests it."""
    yield from item.get("evidence", ())
    for ordinal in item.get("ordinals", ()):
        yield ordinal["evidence"]
    for outcome in item.get("outcomes", ()):
        yield outcome["evidence"]
    for side in item.get("sides", ()):
        yield from side["evidence"]


class StoryData:
    """The dossier's articles and sections, with the lookups every chart needs."""

    def __init__(self, dossier: Mapping[str, Any]) -> None:
        self.articles: Sequence[Item] = dossier.get("articles") or ()
        self.events: Sequence[Item] = dossier.get("events") or ()
        self.entities: Sequence[Item] = dossier.get("entities") or ()
        self.claims: Sequence[Item] = dossier.get("claims") or ()
        self.positions: Sequence[Item] = dossier.get("positions") or ()
        self.contradictions: Sequence[Item] = dossier.get("contradictions") or ()
        self.by_id = {a["id"]: a for a in self.articles}
        self.names = {e["id"]: e["name"] for e in self.entities}
        self.types = {e["id"]: e["type"] for e in self.entities}

    def name(self, ref: str | None) -> str:
        """Display name of an entity reference (an id, or a name as written)."""
        return self.names.get(ref, ref) if ref else "—"

    def outlet(self, article_id: str) -> str:
        """The article's outlet, or its source's file name when the outlet is unknown."""
        record = self.by_id.get(article_id)
        if record is None:
            return article_id
        return str(record.get("outlet") or str(record.get("source") or article_id)
                   .rsplit("/", 1)[-1])

    def published(self, article_id: str) -> date | None:
        """The article's publication day, when known to the day."""
        record = self.by_id.get(article_id)
        found = day_range(record.get("published")) if record else None
        return found[0] if found and found[0] == found[1] else None
