"""Place contradictions through round numbers: a numbered round placed but dated nowhere.

"The fifth round of negotiations in Lindhaven", in an article that gives the round no date,
joins no dated event: the events stage keeps it in an undated event at that place, with every
other round held there. Its number still says which round it means: the latest held round that
the story numbers so and that had ended when the article was written, if it ended within
:data:`_NEWS_DAYS` of that day (a round is news for weeks; numbering restarts with a new
series of talks, months later). A place that the mention gives and that lies in another
country or city than that round's is then a place contradiction of that round, set against the
outlets that place it where it was held (an outlet on both sides takes neither).

Only a mention reported as held, or with no status word, counts (a round "expected to be held
in Lindhaven" is a plan),
and only a round whose own mentions agree on its number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, place_conflict
from communique.merge._intervals import Interval
from communique.model.annotations import EventStatus
from communique.model.story import Contradiction, StoryEvent

_NEWS_DAYS = 30
# A mention without a status word ("after the fifth round in Lindhaven") reports it as past.
_TOOK_PLACE = (EventStatus.HELD, EventStatus.ONGOING, None)
_HELD = ("held", "ongoing")

Built = tuple[StoryEvent, Sequence[Stated], Interval | None]
"""An event, its mentions and its dates (``None``: undated)."""


def _number(event: StoryEvent) -> int | None:
    """The round number an event's sources give it, when most agree on one."""
    counts = Counter(o.value for o in event.ordinals).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _round_meant(numbered: Sequence[tuple[int, Built]], written: date) -> int | None:
    """Of the held rounds given one number, the index of the latest that ended by ``written``,
    when it ended at most :data:`_NEWS_DAYS` before."""
    best: tuple[date, int] | None = None
    for index, (_, _, when) in numbered:
        if when is None or when.end > written:
            continue
        if best is None or when.end > best[0]:
            best = (when.end, index)
    if best is None or (written - best[0]).days > _NEWS_DAYS:
        return None
    return best[1]


def numbered_round_conflicts(built: Sequence[Built], corpus: Corpus) -> list[Contradiction]:
    """Place contradictions of dated rounds with the undated mentions their number names."""
    by_number: dict[int, list[tuple[int, Built]]] = {}
    for index, entry in enumerate(built):
        event, _, when = entry
        number = _number(event)
        if when is not None and when.precise and event.status in _HELD and number is not None:
            by_number.setdefault(number, []).append((index, entry))
    extra: dict[int, list[Stated]] = {}
    for _, stated, when in built:
        if when is not None:
            continue
        for item in stated:
            number, written = item.mention.ordinal, corpus.written(item.doc_id)
            if (number is None or written is None or not item.mention.place
                    or item.country is None or item.mention.status not in _TOOK_PLACE):
                continue
            meant = _round_meant(by_number.get(number, ()), written)
            if meant is not None:
                extra.setdefault(meant, []).append(item)
    found: list[Contradiction] = []
    for index, items in sorted(extra.items()):
        event, stated, _ = built[index]
        found += place_conflict(event, [*stated, *items], corpus)
    return found
