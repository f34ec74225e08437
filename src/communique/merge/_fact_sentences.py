"""What the facts of one sentence tell about each other: whom each of several rates is aimed
at and which rate it was changed from, the countries a count without a noun takes from the
count before it, several values of one measure (a list, never rival values), and the other
tallies a count is stated beside."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from communique.merge._fact import Fact
from communique.merge._fact_numbers import counts_the_same, telling
from communique.merge._fact_words import measures
from communique.merge._rate_targets import aimed_at, rate_pieces
from communique.model.claims import Quantity

# The words between an old rate and its new one: "45% to 15%", "15% from 45%".
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)


def aim_each_rate(facts: list[Fact], text: str, fold: Callable[[str], str],
                  countries: Callable[[str], bool]) -> list[Fact]:
    """In a sentence stating several rates, each rate aimed by its own piece of the sentence
    (see :func:`~communique.merge._rate_targets.rate_pieces`): ``45% on Korvanian goods and
    30% in retaliation by Korvania`` aims only the first at Korvania; each rate also given
    the rate it was changed from and the sentence's other rates."""
    spans: dict[int, dict[tuple[int, int], None]] = defaultdict(dict)
    for fact in facts:
        if fact.unit == "percent" and fact.claim.quantity is not None:
            spans[fact.claim.start][(fact.claim.quantity.start, fact.claim.quantity.end)] = None
    pieces = _pieces(facts, text, spans, fold, countries)
    starts = {f.claim.quantity.start: f.value for f in facts
              if f.unit == "percent" and f.claim.quantity is not None}
    out = []
    for fact in facts:
        quantity = fact.claim.quantity
        if quantity is not None and fact.unit == "percent":
            fact = _with_rates(fact, quantity, text, pieces, spans.get(fact.claim.start, {}),
                               starts)
        out.append(fact)
    return out


def _pieces(facts: list[Fact], text: str, spans: Mapping[int, Mapping[tuple[int, int], None]],
            fold: Callable[[str], str], countries: Callable[[str], bool]
            ) -> dict[tuple[int, int], frozenset[str]]:
    """The countries each rate's own piece of its sentence aims at, for the sentences that
    state several rates, by the rate's span."""
    ends = {fact.claim.start: fact.claim.end for fact in facts}
    pieces: dict[tuple[int, int], frozenset[str]] = {}
    for sentence, found in spans.items():
        numbers = list(found)
        if len(numbers) < 2:
            continue
        for number, (start, end) in zip(numbers, rate_pieces(
                text, sentence, ends[sentence], numbers), strict=True):
            pieces[number] = aimed_at(text[start:end], fold, countries)
    return pieces


def _with_rates(fact: Fact, quantity: Quantity, text: str,
                pieces: Mapping[tuple[int, int], frozenset[str]],
                found: Mapping[tuple[int, int], None], starts: Mapping[int, float | None]
                ) -> Fact:
    """A rate with its own piece's targets, the rate it was changed from and the other
    rates of its sentence."""
    aimed = pieces.get((quantity.start, quantity.end))
    if aimed is not None:
        fact = replace(fact, targets=aimed)
    old = _changed_from(text, quantity, found, starts)
    fact = replace(fact, changed_from=old) if old is not None else fact
    others = frozenset(v for start, _ in found
                       if (v := starts.get(start)) is not None and v != fact.value)
    return replace(fact, rates=others) if others else fact


def _changed_from(text: str, quantity: Quantity, numbers: Iterable[tuple[int, int]],
                  values: Mapping[int, float | None]) -> float | None:
    """The rate a rate was changed from, when the sentence pairs them (*from 45% to 15%*,
    *45% to 15%*, *to 15% from 45%*)."""
    for start, end in numbers:
        if end <= quantity.start and _TO.fullmatch(text[end : quantity.start]):
            return values.get(start)
        if start >= quantity.end and _FROM.fullmatch(text[quantity.end : start]):
            return values.get(start)
    return None


def inherit_scopes(facts: list[Fact], text: str) -> list[Fact]:
    """A count whose noun is left out (``one Veldran soldier was killed and four others
    wounded``) takes the countries of the count before it in its sentence."""
    out: list[Fact] = []
    for fact in facts:
        quantity = fact.claim.quantity
        before = out[-1] if out else None
        if (quantity is not None and not fact.scope and before is not None
                and before.claim.start == fact.claim.start and before.scope
                and before.unit == fact.unit == "count"
                and before.claim.quantity is not None
                and before.claim.quantity.start < quantity.start
                and counts_the_same(text, quantity)):
            fact = replace(fact, scope=before.scope)
        out.append(fact)
    return out


def _list_key(fact: Fact) -> tuple[int, str, str, frozenset[str]]:
    """What a sentence's values must share to be a list of one measure: a count for each of
    two countries ("one Veldran soldier and four Korvanian civilians") is two counts, no list."""
    return fact.claim.start, fact.unit, fact.measure, fact.scope


def mark_lists(facts: list[Fact]) -> list[Fact]:
    """Flag sentences stating several values of one measure: a list, never rival values."""
    by_sentence: dict[tuple[int, str, str, frozenset[str]], set[float]] = defaultdict(set)
    for fact in facts:
        if fact.value is not None and fact.measured:
            by_sentence[_list_key(fact)].add(fact.value)
    out = []
    for fact in facts:
        values = by_sentence.get(_list_key(fact), set())
        out.append(replace(fact, listed=True) if len(values) > 1 else fact)
    return out


def _companion(fact: Fact) -> tuple[str, float] | None:
    """A count that can mark the moment a sentence reports: a measured, telling count of a
    class news tallies (*killed 35*), stated plainly and alone of its kind in its sentence."""
    if (fact.value is None or fact.unit != "count" or not fact.measured or fact.listed
            or not fact.assertive or fact.measure not in measures()
            or not telling(fact.value, fact.unit)):
        return None
    return fact.measure, fact.value


def with_companions(facts: list[Fact]) -> list[Fact]:
    """Give each fact the other tallies of its sentence (see :attr:`Fact.companions`)."""
    by_sentence: dict[int, set[tuple[str, float]]] = defaultdict(set)
    for fact in facts:
        found = _companion(fact)
        if found is not None:
            by_sentence[fact.claim.start].add(found)
    out = []
    for fact in facts:
        others = frozenset(c for c in by_sentence.get(fact.claim.start, ())
                           if c[0] != fact.measure)
        out.append(replace(fact, companions=others) if others else fact)
    return out
