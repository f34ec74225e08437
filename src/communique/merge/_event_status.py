"""The status of a merged event, as the latest reports have it.

Each mention says what became of the event (held, ongoing, planned, postponed, cancelled,
hypothetical, historical) or nothing. Independent sources vote: an event that sources report
as held was held, unless more than half as many say it was called off or put off (a preview
or a background sentence read as a report cannot outvote the cancellation); a cancellation or
postponement beats an earlier plan; an event an article mentions after its date as more than
a plan, and nobody called off, was held; otherwise what was planned stays planned. An event
no mention gives a status is held unless it lies after every article that names it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._intervals import Interval
from communique.model.annotations import EventMention, EventStatus

_HELD = (EventStatus.HELD, EventStatus.ONGOING)
_CALLED_OFF = (EventStatus.CANCELLED, EventStatus.POSTPONED)
_NOT_YET = (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
_OUTVOTE = 2


def _votes(
    mentions: Sequence[tuple[str, EventMention]], corpus: Corpus
) -> dict[EventStatus, set[str]]:
    """Each status with the independent sources that give it."""
    votes: dict[EventStatus, set[str]] = defaultdict(set)
    for doc_id, mention in mentions:
        if mention.status is not None:
            votes[mention.status].add(corpus.source_key(doc_id))
    return votes


def _latest(
    mentions: Sequence[tuple[str, EventMention]], corpus: Corpus, among: Sequence[EventStatus]
) -> EventStatus:
    """Of ``among``, the status the most recently published mention gives."""
    dated = [
        (corpus.published(doc_id) or date.min, mention.status)
        for doc_id, mention in mentions
        if mention.status in among
    ]
    return max(dated, key=lambda pair: pair[0])[1] or among[0]


def event_status(
    mentions: Sequence[tuple[str, EventMention]], corpus: Corpus, when: Interval | None
) -> str:
    """The status of an event made of ``mentions`` (``held``, ``planned``, …)."""
    votes = _votes(mentions, corpus)
    held = len(votes[EventStatus.HELD] | votes[EventStatus.ONGOING])
    called_off = len(votes[EventStatus.CANCELLED] | votes[EventStatus.POSTPONED])
    # A cancellation is news; a "held" read off a background sentence is not: it takes twice
    # as many sources saying the event happened to outvote those calling it off.
    if held and held >= _OUTVOTE * called_off:
        ongoing = len(votes[EventStatus.ONGOING]) > len(votes[EventStatus.HELD])
        return (EventStatus.ONGOING if ongoing else EventStatus.HELD).value
    if called_off:
        return _latest(mentions, corpus, _CALLED_OFF).value
    if when is not None and not votes[EventStatus.HISTORICAL] and any(
        (corpus.published(d) or date.min) > when.end and m.status not in _NOT_YET
        for d, m in mentions
    ):
        return EventStatus.HELD.value  # reported after its date as more than a plan
    latest = max((corpus.published(d) or date.min for d, _ in mentions), default=date.min)
    for status in (EventStatus.PLANNED, EventStatus.HISTORICAL, EventStatus.HYPOTHETICAL):
        if votes[status]:
            return status.value
    if when is not None and latest != date.min and when.start > latest:
        return EventStatus.PLANNED.value
    return EventStatus.HELD.value
