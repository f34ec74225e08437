"""Plan against outcome: the length or end an event was expected to have, and the one it had.

"The talks will take place over two days", written before talks that others report held on
one day, or "the dialogue is expected to continue until Wednesday", written on the Monday of
talks that ended that Monday, is no error of either source: the plan changed, or the preview
guessed. It is still a ``date`` contradiction a reader wants to see, labelled as what it is:
its sides read ``expected: 2 days`` / ``expected until 2031-03-12`` against ``held:`` and
the event's dates, so that it is never taken for two reports of the held event disagreeing.

Only for an event held on exact dates over at most a week. The expectation is read from a
sentence of an article written before the event ended whose main event it is (the dated event
it names most): one of the event's own mentions, or a sentence of that article that no other
event claims. The sentence speaks of the future (*will*, *expected*, *devrait*, *soll*) and of
nothing past (*following*, *ended*), and either gives a length (*two-day talks*, *over two
days*, *pendant deux jours*, *zweitägig*) tied to an event word, or an end (*the talks will
continue until Wednesday*: the event word its subject, a few words before), a weekday or a
date read forward from the day the article was written, at most a week after the event's last
day (a later day is some other end: a truce's lapse). The held side is the outlets that
report the event held on its dates: a held mention dated inside them, or one from an article
written once it had ended; at least two outlets. Each outlet one side, never two.

An article written once the event had ended that gives it another length, in a sentence that
speaks of nothing ahead (*three days of talks, which ended on Thursday*, for talks the others
date to one day), is read the same way; its side reads ``stated: 3 days``: a report of the held
event disagreeing with its dates, a ``value`` contradiction (a length is a number, as the
lengths in hours of :mod:`communique.merge._value_conflicts` are), apart from the plans.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from communique.clean._datewords import (
    FUTURE_MARKER,
    MONTH_NAME_ALT,
    WEEKDAY_ALT,
    month_number,
    weekday_number,
)
from communique.lang._phrases import alternation, number_words
from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, span_value
from communique.merge._intervals import Interval
from communique.merge._main_events import claimed_sentences, main_events
from communique.merge._numbered_rounds import Built
from communique.model import content_id
from communique.model.annotations import EventStatus
from communique.model.story import Contradiction, Evidence

_MOST_DAYS = 7
# The label of a length a report of the held event states.
_STATED = "stated"
# Held reports on the event's dates from this many outlets, or the event's dates are too
# thin to set a plan against.
_HELD_OUTLETS = 2

_NUMBERS = number_words(_MOST_DAYS)
_NUMBER = r"(?P<n>[1-7]|" + "|".join(
    re.escape(word) for word in sorted(_NUMBERS, key=len, reverse=True)) + r")"
_EVENT = alternation("event_nouns", "length_event_nouns")
_DAYS = alternation("day_units")
# A length tied to the event: "two-day talks", "the talks will take place over two days",
# "pendant deux jours", "durante dos días", "talks of two days", "zweitägige Gespräche".
_LENGTHS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b{_NUMBER}[-\s]{alternation('length_day_units')}\s+(?:[\w-]+\s+){{0,2}}?{_EVENT}\b",
    rf"\b{_EVENT}\b(?:\W+[\w'’-]+){{0,8}}?\W+{alternation('length_prepositions')}\s+"
    rf"{_NUMBER}\s+{_DAYS}\b",
    rf"\b{_EVENT}\s+{alternation('length_links')}\s+{_NUMBER}\s+{_DAYS}\b",
    rf"\b{_NUMBER}{alternation('length_compounds')}\s+{_EVENT}\b",
    # "three days of talks", "trois jours de pourparlers"
    rf"\b{_NUMBER}\s+{_DAYS}\s+{alternation('length_links')}\s+{_EVENT}\b",
))
# An end: "is expected to continue until Wednesday", "will run through March 12", "devrait
# se poursuivre jusqu'à mercredi", "continuarán hasta el miércoles", "sollen bis Mittwoch
# dauern".
_DAY = (rf"(?:(?P<day>{WEEKDAY_ALT})|(?P<month>{MONTH_NAME_ALT})\s+(?P<date>\d{{1,2}})(?!\d)|"
        rf"(?P<date2>\d{{1,2}}){alternation('day_suffixes')}?\.?\s+"
        rf"(?:{alternation('day_month_links')}\s+)?(?P<month2>{MONTH_NAME_ALT}))")
_ENDS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b{_EVENT}\b(?:[^\w—–;:()]+[\w'’-]+){{0,5}}?[^\w—–;:()]+"
    rf"{alternation('going_on_verbs')}\w*\s+{alternation('until_words')}\s+{_DAY}(?!\w)",
    # a language that puts its verb last: "bis Mittwoch dauern"
    rf"\b{_EVENT}\b(?:[^\w—–;:()]+[\w'’-]+){{0,5}}?[^\w—–;:()]+"
    rf"{alternation('final_until_words')}{_DAY}\s+(?:\w+\s+){{0,2}}?"
    rf"{alternation('final_going_on_verbs')}",
))
# Expectation words FUTURE_MARKER leaves out: a source weighing what may happen ("the two-day
# meeting could span Saturday and Sunday").
_MAYBE = re.compile(rf"\b{alternation('maybe_words')}\b", re.IGNORECASE)
# A length said to be a span of rival alternatives or a past one: "for two days last week".
_PAST = re.compile(rf"\b{alternation('past_span_words')}\b", re.IGNORECASE)


def expected_length(sentence: str) -> int | None:
    """The number of days a sentence expects an event to last, when it speaks of the future
    and states one length (``None`` otherwise)."""
    return _one_length(sentence) if _ahead(sentence) else None


def stated_length(sentence: str) -> int | None:
    """The number of days a sentence that does not speak of the future says an event lasted,
    when it states one length (``None`` otherwise)."""
    if FUTURE_MARKER.search(sentence) or _MAYBE.search(sentence):
        return None
    return _one_length(sentence)


def _one_length(sentence: str) -> int | None:
    """The one number of days a sentence's lengths give an event, if they give just one."""
    found = {_number(m.group("n")) for length in _LENGTHS for m in length.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def _ahead(sentence: str) -> bool:
    """Whether a sentence speaks of what is ahead, and of nothing past."""
    return bool(FUTURE_MARKER.search(sentence) or _MAYBE.search(sentence)) and not (
        _PAST.search(sentence))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def expected_end(sentence: str, written: date) -> date | None:
    """The day a sentence expects an event to end on: the first day from ``written`` that
    falls on the weekday, or the day of the month, it names (``None`` when it names none, or
    two)."""
    if not _ahead(sentence):
        return None
    days = {_day(m, written) for end in _ENDS for m in end.finditer(sentence)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _day(match: re.Match[str], written: date) -> date | None:
    """The first day from ``written`` that an end names."""
    if match.group("day"):
        weekday = weekday_number(match.group("day"))
        if weekday is None:
            return None
        return written + timedelta(days=(weekday - written.weekday()) % 7)
    month = month_number(match.group("month") or match.group("month2") or "")
    number = int(match.group("date") or match.group("date2"))
    if month is None:
        return None
    for year in (written.year, written.year + 1):
        try:
            day = date(year, month, number)
        except ValueError:
            return None
        if day >= written:
            return day
    return None


def expected_span_contradictions(built: Sequence[Built], corpus: Corpus) -> list[Contradiction]:
    """For each event held on exact dates, outlets that expected it to last longer or end on
    another day, set against those that report it held."""
    main = main_events(built)
    claimed = claimed_sentences(built)
    found = []
    for event, items, when in built:
        if (when is None or not when.precise or event.status not in ("held", "ongoing")
                or (when.end - when.start).days + 1 > _MOST_DAYS):
            continue
        plans = _plans(event.id, items, when, main, claimed, corpus)
        held = _held(items, when, corpus)
        # A plan is a date of the event that changed; a length a report of the held event
        # states is a number about it, told apart.
        stated = {v: e for v, e in plans.items() if v.startswith(_STATED)}
        expected = {v: e for v, e in plans.items() if not v.startswith(_STATED)}
        for values in (expected, stated):
            made = _contradiction(event.id, event.title, values, held, when, corpus)
            if made is not None:
                found.append(made)
    return found


def _plans(event_id: str, items: Sequence[Stated], when: Interval, main: dict[str, str],
           claimed: dict[tuple[str, int], set[str]], corpus: Corpus
           ) -> dict[str, list[Evidence]]:
    """Expected lengths or ends that differ from the event's, by value, with their sentences."""
    found: dict[str, list[Evidence]] = defaultdict(list)
    length = (when.end - when.start).days + 1
    articles = {i.doc_id for i in items if main.get(i.doc_id) == event_id}
    for doc_id in sorted(articles):
        written = corpus.written(doc_id)
        if written is None:
            continue
        after = written > when.end  # a report of the event once held: the length it had
        for start, stop, stated, expected, ends in article_spans(corpus, doc_id, written):
            if claimed.get((doc_id, start), {event_id}) != {event_id}:
                continue  # another event's sentence
            days = stated if after else expected
            end = None if after or ends is None else date.fromisoformat(ends)
            value = None
            if days is not None and days != length:
                value = f"{_STATED if after else 'expected'}: {_days(days)}"
            elif end is not None and end != when.end and (
                    when.start <= end <= when.end + timedelta(days=_MOST_DAYS)):
                value = f"expected until {end.isoformat()}"
            if value is not None:
                found[value].append(corpus.evidence(doc_id, start, stop))
    return found


SPANS_KIND = "expected-spans/1"
"""The kind under which :func:`article_spans` is kept between runs (see
:meth:`~communique.model.memo.TextMemo.get_annotated`); change its version when what
:func:`stated_length`, :func:`expected_length` or :func:`expected_end` read changes."""

_Spans = tuple[int, int, int | None, int | None, str | None]


def article_spans(corpus: Corpus, doc_id: str, written: date) -> list[_Spans]:
    """The lengths and ends each sentence of an article gives an event, in sentence order:
    (start, end, the length it states as held, the length it expects, the end it expects in
    ISO), for the sentences that give any. A function of the text, its sentences and
    ``written`` alone — the patterns backtrack over every sentence, and a merge reads each
    article's sentences again for every event it is the main event of — so it is kept per
    article under all three and an ``add`` reads only new articles' sentences."""
    text = corpus.text(doc_id)

    def compute() -> list[list[int | str | None]]:
        rows: list[list[int | str | None]] = []
        for span in corpus.annotations[doc_id].sentences:
            sentence = text[span.start : span.end]
            stated, expected = stated_length(sentence), expected_length(sentence)
            end = expected_end(sentence, written)
            if stated is not None or expected is not None or end is not None:
                rows.append([span.start, span.end, stated, expected,
                             None if end is None else end.isoformat()])
        return rows

    rows = corpus.memo.get_annotated(SPANS_KIND, doc_id, f"{written.isoformat()}\n{text}",
                                     compute)
    return [(int(start), int(stop), None if stated is None else int(stated),
             None if expected is None else int(expected), None if end is None else str(end))
            for start, stop, stated, expected, end in rows]


def _days(count: int) -> str:
    return "one day" if count == 1 else f"{count} days"


def _held(items: Sequence[Stated], when: Interval, corpus: Corpus) -> list[Evidence]:
    """Mentions reporting the event held on its dates."""
    found = []
    for item in items:
        if item.mention.status is not EventStatus.HELD:
            continue
        dated = item.when is not None and item.when.precise and (
            when.start <= item.when.start and item.when.end <= when.end)
        written = corpus.written(item.doc_id)
        after = item.when is None and written is not None and written >= when.end
        if dated or after:
            found.append(corpus.evidence(item.doc_id, item.mention.start, item.mention.end))
    return found


def _contradiction(event_id: str, title: str, plans: dict[str, list[Evidence]],
                   held: list[Evidence], when: Interval, corpus: Corpus
                   ) -> Contradiction | None:
    """Plans against the held reports, each outlet on one side only."""
    if not plans or not held:
        return None
    planners = {corpus.source_key(e.article) for pieces in plans.values() for e in pieces}
    kept_held = [e for e in held if corpus.source_key(e.article) not in planners]
    if len({corpus.source_key(e.article) for e in kept_held}) < _HELD_OUTLETS:
        return None
    sides = corpus.sides(plans)
    if not sides:
        return None
    sides.append(corpus.side(f"held: {span_value(when)}", kept_held))
    label = title.split(",")[0]
    note = "; ".join(f"{', '.join(s.outlets)}: {s.value}" for s in sides)
    if any(value.startswith(_STATED) for value in plans):
        return Contradiction(content_id("x_", "value", "stated", event_id), "value", event_id,
                             tuple(sides),
                             f"Outlets give {label} a length its dates do not have — {note}.")
    return Contradiction(content_id("x_", "date", "expected", event_id), "date", event_id,
                         tuple(sides),
                         f"{label} was expected to run otherwise than it was held — {note}.")
