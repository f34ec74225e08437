"""A source against itself: one article that names two cities, or two days, for one event.

"Talks in Veldmark" in the lead and "the talks in Orrin" further down, both of one country and
both about the event the article reports as held, is the source's ``inconsistency``: which of
the two it meant cannot be told from the text. Only cities count: a country and a city in it
are one place at two levels, and a venue, a province or a border post names a place inside or
around a city ("the Grand Hall", "Orrin Province"), not another city. Three cities or more are
a list (the stops of a tour), not a slip. Days count only for an event that lasts one day
(no source gives it a span) and only between two reports of it as held: "talks on Monday" and
"the talks on Wednesday" in one report of a one-day meeting cannot both be right.

Plans, postponements and previews are left out: a plan's place and date change as plans do.
Each inconsistency has two sides, both from the one article, and the note says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, span_value
from communique.model import content_id
from communique.model.annotations import EventStatus
from communique.model.story import Contradiction, Side, StoryEvent

_REPORTED = (EventStatus.HELD, EventStatus.ONGOING, None)
# Words that make a place name a venue, an area or a crossing rather than a city.
_NOT_A_CITY = re.compile(
    r"\b(?:province|provinces|region|district|state|county|prefecture|oblast|governorate|"
    r"department|canton|territory|valley|island|islands|border|checkpoint|crossing|pass|"
    r"centre|center|hall|hotel|palace|house|building|base|airport|port|camp|resort|"
    r"square|street|avenue|stadium|complex|compound|headquarters|embassy|residence|"
    r"provinz|province|provincia|région|región|regione)\b",
    re.IGNORECASE,
)
# The most cities one article may name for one event before the names read as a list.
_MOST = 2


def _held_report(item: Stated) -> bool:
    """Whether a mention reports the event as taking place (not a plan, not a preview)."""
    return item.mention.status in _REPORTED and item.mention.tense != "future"


def _city(item: Stated) -> str | None:
    """The city a mention names for the event, when it names one of a known country."""
    place = item.mention.place
    if not place or not item.country or place == item.country or _NOT_A_CITY.search(place):
        return None
    return place


def _nested(names: Sequence[str]) -> bool:
    """Whether one name holds another ("Orrin" and "Orrin City"): one place, two spellings."""
    folded = [n.casefold() for n in names]
    return any(a != b and a in b for a in folded for b in folded)


def _one_article(
    kind: str, event: StoryEvent, doc_id: str, groups: dict[str, list[Stated]], corpus: Corpus
) -> Contradiction:
    """The inconsistency of one article: each value it gives, with the sentences giving it."""
    outlets = corpus.outlets([doc_id])
    sides = tuple(
        Side(value, tuple(dict.fromkeys(
            corpus.evidence(doc_id, i.mention.start, i.mention.end) for i in items)), outlets)
        for value, items in sorted(groups.items())
    )
    label = event.title.split(",")[0]
    values = " and ".join(side.value for side in sides)
    return Contradiction(
        content_id("x_", "inconsistency", kind, event.id, doc_id), "inconsistency", event.id,
        sides, f"{', '.join(outlets)} gives {label} two {kind}s in one article: {values}.",
    )


def _per_article(items: Sequence[Stated], read: Callable[[Stated], str | None]
                 ) -> dict[str, dict[str, list[Stated]]]:
    """Each article's values (as ``read`` finds them in its held reports), with their mentions."""
    found: dict[str, dict[str, list[Stated]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if not _held_report(item):
            continue
        value = read(item)
        if value is not None:
            found[item.doc_id][value].append(item)
    return found


def place_slips(event: StoryEvent, items: Sequence[Stated], corpus: Corpus
                ) -> list[Contradiction]:
    """Articles that put one held event in two cities of one country."""
    found = []
    for doc_id, groups in _per_article(items, _city).items():
        if len(groups) != _MOST or _nested(list(groups)):
            continue
        countries = {i.country for members in groups.values() for i in members}
        if len(countries) == 1:
            found.append(_one_article("place", event, doc_id, groups, corpus))
    return found


def _day(item: Stated) -> str | None:
    """The one day a mention dates the event to, when it gives exactly one."""
    when = item.when
    if when is None or not when.precise or when.start != when.end or (item.mention.days or 0) > 1:
        return None
    return span_value(when)


def date_slips(event: StoryEvent, items: Sequence[Stated], corpus: Corpus
               ) -> list[Contradiction]:
    """Articles that date one held, one-day event to two different days."""
    if not event.start or event.start != event.end:
        return []  # an event over several days has a day for each report
    if any((i.mention.days or 0) > 1 for i in items):
        return []
    found = []
    for doc_id, groups in _per_article(items, _day).items():
        if len(groups) == _MOST:
            found.append(_one_article("date", event, doc_id, groups, corpus))
    return found
