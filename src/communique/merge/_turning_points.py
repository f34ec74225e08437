"""When fighting resumed: outlets that date one turning point of a conflict differently.

A truce that breaks down is a turning point an analyst dates: *the conflict that reignited on
May 7* in one outlet and *они возобновились 8 мая* (*they resumed on May 8*) in another cannot
both be right. A sentence dates the resumption of fighting when it names fighting (*clashes*,
*hostilities*, *the conflict*, *combats*, *Kämpfe*, *столкновения*), a verb of resuming
(*resumed*, *reignited*, *flared up again*, *ont repris*, *wieder aufgeflammt*,
*возобновились*) and a day written right after that verb (*reignited on May 7*, *resumed
since 7 May*: at most two words between), so that a date of another clause (*a truce
effective at noon on May 27 ended the conflict that reignited on May 7*) is never read as its
date. A sentence that gives two such days takes no side.

Days one to :data:`_SAME_TURN_DAYS` apart are two datings of one turning point; farther apart
they are two (fighting can resume twice in a story). A day whose year the text leaves out
(*May 7* in an undated article) takes the year of the one dated day of the same month and day
among the others. Each outlet gives one day, else none (an outlet whose articles disagree
takes no side), so that an outlet is never set against itself. The contradiction is a
``date`` one, about the first article of the earliest side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._modes import listing
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side

_SAME_TURN_DAYS = 3
_NO_YEAR = "XXXX"
_FIGHTING = re.compile(
    r"\b(?:fighting|clashes|hostilities|conflict|combat|violence|war|"
    r"combats|affrontements|hostilit[ée]s|conflit|guerre|"
    r"k[äa]mpfe|gefechte|konflikt|krieg|feindseligkeiten|"
    r"combates|enfrentamientos|hostilidades|conflicto|guerra|"
    r"столкновения|боевые\s+действия|бои|конфликт|война)\b",
    re.IGNORECASE)
_RESUMED = re.compile(
    r"\b(?:resumed|reignited|re-ignited|rekindled|flared\s+(?:up\s+)?again|"
    r"broke\s+out\s+again|erupted\s+(?:again|anew)|restarted|"
    r"(?:ont|a|avaient|avait)\s+repris|reprennent|reprend|"
    r"wieder\s+(?:aufgeflammt|aufgeflackert|ausgebrochen|aufgenommen)|"
    r"se\s+reanudaron|se\s+reanud[óo]|reanudaron|reanud[óo]|"
    r"возобновились|возобновилось|возобновился|возобновлены)(?!\w)",
    re.IGNORECASE)
# What may stand between the verb and its day: at most two words ("on", "since the").
_BETWEEN = re.compile(r"^\W{0,3}(?:[^\W\d]+\W{1,3}){0,2}$")
_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class _Dated:
    """One article's day for the resumption of fighting, with its sentence."""

    day: str
    evidence: Evidence


def _day_after(corpus: Corpus, doc_id: str, start: int, end: int, at: int) -> str | None:
    """The one day a date of the sentence ``[start, end)`` writes right after offset ``at``."""
    text = corpus.text(doc_id)
    days = {d.value[:10] for d in corpus.annotations[doc_id].dates
            if d.value and _DAY.match(d.value) and at <= d.start < end
            and _BETWEEN.match(text[at : d.start])}
    return days.pop() if len(days) == 1 else None


def _resumptions(corpus: Corpus, doc_id: str) -> Iterator[_Dated]:
    """The days an article's sentences give for the resumption of fighting."""
    text = corpus.text(doc_id)
    for span in corpus.annotations[doc_id].sentences:
        sentence = text[span.start : span.end]
        if not _FIGHTING.search(sentence):
            continue
        days = {day for match in _RESUMED.finditer(sentence)
                if (day := _day_after(corpus, doc_id, span.start, span.end,
                                      span.start + match.end())) is not None}
        if len(days) == 1:
            yield _Dated(days.pop(), corpus.evidence(doc_id, span.start, span.end))


def _with_years(dated: Sequence[_Dated]) -> list[tuple[date, _Dated]]:
    """Each reading with its day, a year-less day taking the year of the one dated day of the
    same month and day (left out when there is none, or several)."""
    years: dict[str, set[str]] = defaultdict(set)
    for item in dated:
        if not item.day.startswith(_NO_YEAR):
            years[item.day[5:]].add(item.day[:4])
    found = []
    for item in dated:
        day = item.day
        if day.startswith(_NO_YEAR):
            known = years.get(day[5:], set())
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


def resumption_contradictions(corpus: Corpus) -> list[Contradiction]:
    """Outlets that date one resumption of fighting on different days (see the module doc)."""
    by_outlet: dict[str, list[tuple[date, _Dated]]] = defaultdict(list)
    readings = [item for doc_id in corpus.order if doc_id in corpus.annotations
                for item in _resumptions(corpus, doc_id)]
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
        note = f"Outlets date the resumption of fighting differently: {listing(sides)}."
        found.append(Contradiction(
            content_id("x_", "date", "resumed", *(d.isoformat() for d in run)), "date",
            sides[0].evidence[0].article, tuple(sides), note))
    return found


def _side(day: date, items: Sequence[_Dated], corpus: Corpus) -> Side:
    return Side(day.isoformat(), tuple(dict.fromkeys(i.evidence for i in items)),
                corpus.outlets(i.evidence.article for i in items))
