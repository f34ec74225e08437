"""The working types of event coreference: a mention placed in its family, block and dates,
and a cluster of mentions that is becoming one event.

They live apart from the steps that collect, cluster and join them (:mod:`._event_mentions`,
:mod:`._event_blocks`, :mod:`._event_joins`) so that each step can import them without
importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from communique.merge._intervals import Interval
from communique.model.annotations import EventMention


@dataclass
class Mention:
    """One event mention of one article, with its family (talks, ceasefire, ...), its block
    (the country its place lies in, else the place) and the dates it gives its event."""

    doc_id: str
    mention: EventMention
    family: str
    block: str | None
    when: Interval | None
    located: bool = True
    """Whether ``block`` is a known country (else it is a place whose country is unknown)."""
    day: date | None = None
    """The article's date, or the middle of the exact dates its event mentions give."""
    shared: bool = False
    """Joined to several events its vague date fits: it places them, it says nothing else."""
    month: Interval | None = None
    """The article's month of publication, when it is known to the month only (no ``day``)."""
    founds: bool = True
    """Whether it may be the first mention of an event of its own; a signing read without a
    parse and without a place only joins the event its date or its article places."""


Conflict = tuple["EventCluster", list["Mention"], list["Mention"]]
"""An event joined from two sets of mentions that date it differently: (event, side, side)."""


@dataclass
class EventCluster:
    """Mentions of one family and block found so far to be one event, and its dates."""

    family: str
    block: str | None
    mentions: list[Mention] = field(default_factory=list)
    when: Interval | None = None
    consecutive: bool = False
    """Joined from day-level reports of consecutive days: its dates are their span."""

    def add(self, item: Mention) -> None:
        """Add a mention; exact dates win over vague ones, dates of one precision unite."""
        self.mentions.append(item)
        if item.when is None:
            return
        if self.when is None or (item.when.precise and not self.when.precise):
            self.when = item.when
        elif item.when.precise == self.when.precise:
            self.when = self.when.union(item.when)

    def articles(self) -> set[str]:
        """The articles that report this event (not those whose vague date fits others too)."""
        return {m.doc_id for m in self.mentions if not m.shared}


def parties_of(cluster: EventCluster) -> set[str]:
    """Parties named in a cluster's mentions."""
    return {p for m in cluster.mentions for p in m.mention.parties}
