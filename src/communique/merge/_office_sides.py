"""The sides of an office contradiction, shared by the office and title-variant finders.

Both compare what outlets call one person's office (a rank, a holder, a title's qualifier):
an outlet on two sides is taken off every side, since it contradicts no one but itself, and
two lone outlets disagreeing are too little to call either a slip, so the side most outlets
give must have at least :data:`MAJORITY`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from communique.merge._corpus import Corpus
from communique.model.story import Evidence, Side

MAJORITY = 2
"""The fewest outlets the largest side must have."""


class Told(Protocol):
    """One article's reading of an office, with its evidence."""

    @property
    def article(self) -> str:
        """The article that gives the reading."""

    @property
    def evidence(self) -> Evidence:
        """The sentence that gives it."""


def office_sides(sides: Mapping[str, Sequence[Told]], corpus: Corpus, *,
                 distinct: bool = False) -> tuple[Side, ...] | None:
    """One side per value (in the order of the values), outlets found on several sides taken
    off all; ``None`` unless two sides are left and the largest has :data:`MAJORITY` outlets.
    With ``distinct`` a side names each evidence once."""
    sources = {value: {corpus.source_key(t.article) for t in items}
               for value, items in sides.items()}
    shared = {s for a in sources for b in sources if a != b for s in sources[a] & sources[b]}
    kept = {value: [t for t in items if corpus.source_key(t.article) not in shared]
            for value, items in sides.items()}
    kept = {value: items for value, items in kept.items() if items}
    if len(kept) < 2:
        return None
    counts = sorted((corpus.support(t.article for t in items) for items in kept.values()),
                    reverse=True)
    if counts[0] < MAJORITY:
        return None
    return tuple(Side(value, _evidence(items, distinct), corpus.outlets(t.article for t in items))
                 for value, items in sorted(kept.items()))


def _evidence(items: Sequence[Told], distinct: bool) -> tuple[Evidence, ...]:
    evidence = (t.evidence for t in items)
    return tuple(dict.fromkeys(evidence)) if distinct else tuple(evidence)


def sides_note(lead: str, sides: Sequence[Side]) -> str:
    """``lead`` followed by each side's value and outlets: ``lead: a (X, Y); b (Z).``"""
    return lead + ": " + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides) + "."
