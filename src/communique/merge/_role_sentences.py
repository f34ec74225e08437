"""The sentences about one dated event that its participants' roles are read from.

Those that speak of it alone (:func:`own_sentences`, the same sentences formats and venues are
read from), the two after each of them while they name no event (they go on about it), the
sentences that name no event of an article written the day the event ended or the day after (a
fresh report of it), and an undated event's sentences in an article that names one dated event
at the same place. A sentence that gives a day outside the event's is about another event and
is skipped."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta

from communique.clean._dates import iso_day
from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._modes import own_sentences
from communique.model.story import Evidence, StoryEvent

_FOLLOWING = 2
"""How many sentences after an event's own are read while they name no event."""


def role_sentences(events: Sequence[StoryEvent], corpus: Corpus
                   ) -> list[tuple[StoryEvent, list[Evidence]]]:
    """Each dated event with the sentences about it that roles are read from (see the module
    doc): its own, the two after each while they name no event, the fresh reports of it,
    an undated event's at its place; none that gives another day, month or year.

    Participants and accord kinds both read them off the same events: they are worked out
    once per merge and kept on the corpus beside the events they were read from (as
    :func:`~communique.merge._modes.own_sentences` are). Callers only read them."""
    key = tuple(events)
    kept = corpus.scratch.get(_ROLE_SENTENCES)
    if kept is not None and kept[0] == key:
        found: list[tuple[StoryEvent, list[Evidence]]] = kept[1]
        return found
    found = _role_sentences(events, corpus)
    corpus.scratch[_ROLE_SENTENCES] = (key, found)
    return found


_ROLE_SENTENCES = "roles.sentences"


def _role_sentences(events: Sequence[StoryEvent], corpus: Corpus
                    ) -> list[tuple[StoryEvent, list[Evidence]]]:
    """The work of :func:`role_sentences`."""
    named = {(e.article, e.start) for event in events for e in event.evidence}
    fresh = _fresh_reports(events, corpus, named)
    for ident, sentences in _placed(events).items():
        fresh[ident] = [*fresh.get(ident, ()), *sentences]
    found: list[tuple[StoryEvent, list[Evidence]]] = []
    for event, sentences in own_sentences(events, corpus):
        read = [*sentences, *_following(sentences, named, corpus), *fresh.get(event.id, ())]
        found.append((event, [e for e in read if not _other_day(event, e, corpus)]))
    return found



def each_once(sentences: Iterable[Evidence]) -> Iterator[Evidence]:
    """The sentences in order, each (article, start) once: an event's own sentences and
    those that follow them may hold the same one twice."""
    seen: set[tuple[str, int]] = set()
    for evidence in sentences:
        if (evidence.article, evidence.start) not in seen:
            seen.add((evidence.article, evidence.start))
            yield evidence


def _fresh_reports(events: Sequence[StoryEvent], corpus: Corpus,
                   named: set[tuple[str, int]]) -> dict[str, list[Evidence]]:
    """The sentences that name no event of each article written the day a held event ended or
    the day after, given to that event: the article's main event when it is that one, else
    the one held event that ended then (none when several did). A fresh report of a signing
    says who signed and who looked on without naming the signing again."""
    held = [(iso_day(e.start), iso_day(e.end) or iso_day(e.start), e) for e in events
            if e.status in _HELD and iso_day(e.start) is not None]
    anchors = EventAnchors(events)
    found: dict[str, list[Evidence]] = defaultdict(list)
    for article in corpus.order:
        written = corpus.written(article)
        annotations = corpus.annotations.get(article)
        if written is None or annotations is None:
            continue
        ended = [e for first, last, e in held
                 if first is not None and last is not None
                 and first <= written <= last + timedelta(days=1)]
        own = anchors.main(article)
        chosen = [e for e in ended if e.id == own] or (ended if len(ended) == 1 else [])
        if len(chosen) != 1 or (own is not None and own != chosen[0].id):
            continue
        found[chosen[0].id] += [corpus.evidence(article, span.start, span.end)
                                for span in annotations.sentences
                                if (article, span.start) not in named]
    return found


def _placed(events: Sequence[StoryEvent]) -> dict[str, list[Evidence]]:
    """The sentences an undated event at a place has alone in an article that also names one
    dated held event at that place, given to that dated event: *the signing ceremony in
    Lindhaven* and *the signing in Lindhaven on 26 October* in one report are one event."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for event in events:
        for evidence in event.evidence:
            counts[(evidence.article, evidence.start)] += 1
    dated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event in events:
        if event.place and event.status in _HELD and iso_day(event.start) is not None:
            for evidence in event.evidence:
                dated[(evidence.article, event.place.casefold())].add(event.id)
    found: dict[str, list[Evidence]] = defaultdict(list)
    for event in events:
        if event.start or not event.place:
            continue
        for evidence in event.evidence:
            meant = dated.get((evidence.article, event.place.casefold()), set())
            if len(meant) == 1 and counts[(evidence.article, evidence.start)] == 1:
                found[next(iter(meant))].append(evidence)
    return found


def _other_day(event: StoryEvent, evidence: Evidence, corpus: Corpus) -> bool:
    """Whether a sentence gives a day that is not one of the event's (the day before and after
    aside), or a month or year the event is not in: it speaks of another event."""
    first, last = iso_day(event.start), iso_day(event.end) or iso_day(event.start)
    annotations = corpus.annotations.get(evidence.article)
    if first is None or last is None or annotations is None:
        return False
    for expression in annotations.dates:
        if not evidence.start <= expression.start < evidence.end:
            continue
        value = expression.value or ""
        stated = iso_day(value)
        if stated is not None and not (first - timedelta(days=1) <= stated
                                       <= last + timedelta(days=1)):
            return True
        # a year or a month the event is not in ("last year", "in March")
        if _YEAR_MONTH.fullmatch(value) and not (first.isoformat()[:len(value)] <= value
                                                 <= last.isoformat()[:len(value)]):
            return True
    return False


_YEAR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
_HELD = ("held", "ongoing")


def _following(sentences: Sequence[Evidence], named: set[tuple[str, int]],
               corpus: Corpus) -> list[Evidence]:
    """The sentences right after each of an event's own sentences (at most
    ``_FOLLOWING``), while they name no event: they go on about the same event ("The talks
    were attended by two ambassadors. Veldra acted as mediator and Korvania as observer.")."""
    found: list[Evidence] = []
    for evidence in sentences:
        annotations = corpus.annotations.get(evidence.article)
        if annotations is None:
            continue
        spans = annotations.sentences
        at = bisect_right([span.start for span in spans], evidence.start)
        for span in spans[at:at + _FOLLOWING]:
            if (evidence.article, span.start) in named:
                break
            found.append(corpus.evidence(evidence.article, span.start, span.end))
    return found



_ENDED = re.compile(r"[.!?…\"”»]\s*$")
_JOINED = 3
"""The most fragments one sentence is mended from."""


def mended(evidence: Evidence, corpus: Corpus) -> Evidence:
    """A sentence with the fragments the parser cut off after it: while it ends without a
    full stop and the next sentence follows on the same line (*À la tête de la délégation* |
    *, le vice-Premier ministre …*; *Lindhaven* | *’s* | *delegation was led by …*), the two
    are one, so that a role phrase and its holders are read together."""
    annotations = corpus.annotations.get(evidence.article)
    if annotations is None:
        return evidence
    text = corpus.text(evidence.article)
    spans = annotations.sentences
    at = bisect_right([span.start for span in spans], evidence.start)
    end = evidence.end
    for span in spans[at:at + _JOINED]:
        gap = text[end:span.start]
        if (span.start < end or "\n" in gap or len(gap) > 1
                or _ENDED.search(text, max(0, end - 3), end)):
            break
        end = span.end
    return evidence if end == evidence.end else corpus.evidence(evidence.article,
                                                                  evidence.start, end)
