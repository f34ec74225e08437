"""When fighting resumed, when a deal was suspended: outlets that date one turning point of a
peace process differently.

A truce that breaks down is a turning point an analyst dates: *the conflict that reignited on
May 7* in one outlet and *они возобновились 8 мая* (*they resumed on May 8*) in another cannot
both be right. A sentence dates the resumption of fighting when it names fighting (*clashes*,
*hostilities*, *the conflict*, *combats*, *Kämpfe*, *столкновения*), a verb of resuming
(*resumed*, *reignited*, *flared up again*, *ont repris*, *wieder aufgeflammt*,
*возобновились*) and a day written right after that verb (*reignited on May 7*, *resumed
since 7 May*: at most two words between), so that a date of another clause (*a truce
effective at noon on May 27 ended the conflict that reignited on May 7*) is never read as its
date. A sentence that gives two such days takes no side.

The suspension of an agreement is read the same way: a verb or noun of suspending whose object
is an agreement or its implementation (*accord*, *declaration*, *mise en œuvre*, *Abkommen*,
*соглашение*) named within a few words after it, or a pronoun for the agreement the sentence
named before it (*implementation was hampered: Veldra suspended it*), with a day right after
the verb or, at most three words of the same clause away, right before it (*announced Monday
it was suspending*, *on Monday (May 10) ordered an immediate suspension*). A suspension of
something else (*border trade*, *the accord of May 12, which suspended tariffs*) is not read.

Days one to :data:`_SAME_TURN_DAYS` apart are two datings of one turning point; farther apart
they are two (fighting can resume twice in a story). A day whose year the text leaves out
(*May 7* in an undated article) takes the year of the others' days of that month, when they
name one. Each outlet gives one day, else none (an outlet whose articles disagree
takes no side), so that an outlet is never set against itself. The contradiction is a
``date`` one, about the first article of the earliest side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from communique.lang._phrases import alternation
from communique.merge._corpus import NO_YEAR, Corpus
from communique.merge._modes import listing
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side

_SAME_TURN_DAYS = 3
# The words of each turning point: lang/<code>/conflict_phrases.json (docs/languages.md).
_FIGHTING = re.compile(rf"\b{alternation('fighting_nouns')}\b", re.IGNORECASE)
_RESUMED = re.compile(rf"\b{alternation('resumed_verbs')}(?!\w)", re.IGNORECASE)
# What may stand between the verb and its day: at most two words ("on", "since the").
_BETWEEN = re.compile(r"^\W{0,3}(?:[^\W\d]+\W{1,3}){0,2}$")


@dataclass(frozen=True, slots=True)
class _Dated:
    """One article's day for the resumption of fighting, with its sentence."""

    day: str
    evidence: Evidence


_SUSPENDED = re.compile(rf"\b{alternation('suspended_words')}(?!\w)", re.IGNORECASE)
_AGREEMENT_WORDS = rf"{alternation('agreement_objects')}\b"
_AGREEMENT = re.compile(rf"\b{_AGREEMENT_WORDS}", re.IGNORECASE)
# What is suspended: an agreement named within a few words after the verb ("suspending the
# implementation of", "suspension of the peace declaration"), or a pronoun standing for the
# agreement the sentence named before it ("implementation was hampered: Veldra suspended it").
_AGREEMENT_AFTER = re.compile(rf"^\W+(?:[\w–-]+\W+){{0,4}}?{_AGREEMENT_WORDS}", re.IGNORECASE)
_PRONOUN_AFTER = re.compile(rf"^\s+{alternation('object_pronouns')}\b", re.IGNORECASE)
# What may stand between a day and the verb after it: at most three words of one clause ("on
# Monday it was suspending", "on Monday (May 10) ordered an immediate suspension"); no comma,
# which opens another clause ("the accord of May 12, which suspended tariffs").
_BEFORE = re.compile(r"^[\s()]{0,3}(?:[^\W\d]+[\s()]{1,3}){0,3}$")


def _of_agreement(sentence: str, verb: re.Match[str]) -> bool:
    """Whether what a verb of suspending suspends is an agreement."""
    after = sentence[verb.end() :]
    return bool(_AGREEMENT_AFTER.match(after)) or bool(
        _PRONOUN_AFTER.match(after) and _AGREEMENT.search(sentence[: verb.start()]))


def _any_object(sentence: str, verb: re.Match[str]) -> bool:
    """Fighting resumes without an object: any verb of resuming counts."""
    return True


@dataclass(frozen=True, slots=True)
class _Turn:
    """A kind of turning point: what its sentence must name, and its verb."""

    name: str
    topic: re.Pattern[str]
    verb: re.Pattern[str]
    day_before: bool
    """Whether a day written right before the verb dates it too (*on May 10 suspended*)."""
    object_of: Callable[[str, re.Match[str]], bool]
    """Whether what the verb acts on is what this turning point is about."""


_TURNS = (
    _Turn("the resumption of fighting", _FIGHTING, _RESUMED, False, _any_object),
    _Turn("the suspension of the agreement", _AGREEMENT, _SUSPENDED, True, _of_agreement),
)


def _attached(corpus: Corpus, doc_id: str, start: int, end: int, verb: re.Match[str],
              before: bool) -> str | None:
    """The one day a date of the sentence ``[start, end)`` writes right after the verb (or,
    with ``before``, right before it)."""
    text = corpus.text(doc_id)
    at, to = start + verb.start(), start + verb.end()
    days = set()
    for day, d in corpus.days_in(doc_id, start, end):
        if (to <= d.start and _BETWEEN.match(text[to : d.start])) or (
                before and d.end <= at and _BEFORE.match(text[d.end : at])):
            days.add(day)
    return days.pop() if len(days) == 1 else None


def _turning_points(corpus: Corpus, doc_id: str, turn: _Turn) -> Iterator[_Dated]:
    """The days an article's sentences give for one kind of turning point."""
    text = corpus.text(doc_id)
    for span in corpus.annotations[doc_id].sentences:
        sentence = text[span.start : span.end]
        if not turn.topic.search(sentence):
            continue
        days = {day for match in turn.verb.finditer(sentence)
                if turn.object_of(sentence, match)
                and (day := _attached(corpus, doc_id, span.start, span.end, match,
                                      turn.day_before)) is not None}
        if len(days) == 1:
            yield _Dated(days.pop(), corpus.evidence(doc_id, span.start, span.end))


def _with_years(dated: Sequence[_Dated]) -> list[tuple[date, _Dated]]:
    """Each reading with its day, a year-less day taking the year of the dated readings of the
    same month (left out when there are none, or they name several years)."""
    years: dict[str, set[str]] = defaultdict(set)
    for item in dated:
        if not item.day.startswith(NO_YEAR):
            years[item.day[5:7]].add(item.day[:4])
    found = []
    for item in dated:
        day = item.day
        if day.startswith(NO_YEAR):
            known = years.get(day[5:7], set())
            if len(known) != 1:
                continue
            day = next(iter(known)) + day[4:]
        found.append((date.fromisoformat(day), item))
    return found


def _turns(days: Sequence[date]) -> list[list[date]]:
    """Distinct days in runs whose neighbours lie at most :data:`_SAME_TURN_DAYS` apart."""
    runs: list[list[date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days <= _SAME_TURN_DAYS:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


TURNING_POINTS_KIND = "turning-points/1"
"""The kind under which :func:`_article_turns` is kept between runs (see
:meth:`~communique.model.memo.TextMemo.get_annotated`); change its version when what
:func:`_turning_points` reads changes."""


def _article_turns(corpus: Corpus, doc_id: str) -> list[list[_Dated]]:
    """An article's readings of each kind of turning point (in the order of ``_TURNS``): a pure
    function of its text and annotations, read back from the corpus memo when kept there."""

    def compute() -> list[list[list[object]]]:
        return [[[item.day, item.evidence.start, item.evidence.end]
                 for item in _turning_points(corpus, doc_id, turn)] for turn in _TURNS]

    rows = corpus.memo.get_annotated(TURNING_POINTS_KIND, doc_id, corpus.text(doc_id), compute)
    return [[_Dated(str(day), corpus.evidence(doc_id, int(start), int(end)))
             for day, start, end in found] for found in rows]


def resumption_contradictions(corpus: Corpus) -> list[Contradiction]:
    """Outlets that date one turning point — the resumption of fighting, the suspension of an
    agreement — on different days (see the module doc)."""
    read = [_article_turns(corpus, doc_id) for doc_id in corpus.order
            if doc_id in corpus.annotations]
    found = []
    for index, turn in enumerate(_TURNS):
        readings = [item for article in read for item in article[index]]
        found += _contradictions(turn, readings, corpus)
    return found


def _contradictions(turn: _Turn, readings: Sequence[_Dated], corpus: Corpus
                    ) -> list[Contradiction]:
    by_outlet: dict[str, list[tuple[date, _Dated]]] = defaultdict(list)
    for day, item in _with_years(readings):
        by_outlet[corpus.source_key(item.evidence.article)].append((day, item))
    one_day = {outlet: items for outlet, items in by_outlet.items()
               if len({day for day, _ in items}) == 1}
    found = []
    for run in _turns([items[0][0] for items in one_day.values()]):
        if len(run) < 2:
            continue
        sides = [_side(day, [i for items in one_day.values() for d, i in items if d == day],
                       corpus) for day in run]
        note = f"Outlets date {turn.name} differently: {listing(sides)}."
        found.append(Contradiction(
            content_id("x_", "date", turn.name, *(d.isoformat() for d in run)), "date",
            sides[0].evidence[0].article, tuple(sides), note))
    return found


def _side(day: date, items: Sequence[_Dated], corpus: Corpus) -> Side:
    return corpus.side(day.isoformat(), (i.evidence for i in items))
