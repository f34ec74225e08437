"""Event words of a language pack that a single word list cannot hold: verbs of meeting whose
parts stand apart (``kommen … zusammen``) and ceasefires, which are an event only where the
sentence says they were agreed or took effect.

Without a parser the clause stands in for syntax: the parts of a split verb, and a ceasefire
noun and its verb, must stand in one stretch of text with no clause break between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from communique.extract.languages._locatives import mask_dates
from communique.extract.languages._words import AFTER, BEFORE, alternation, normal
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.temporal import TimeExpression

_SPLIT_REACH = 60
"""Most characters between the two parts of a split verb (a date and a place fit between)."""
_CLAUSE = r"[^.,;:!?()«»\"“”]"
"""A character that stays within one clause."""
_CEASEFIRE_REACH = 90
"""Most characters between a ceasefire noun and the verb that agrees it or puts it in force."""
_BETWEEN_WORDS = 2
"""Most words longer than a link (``de``, ``un``, ``о``) between a ceasefire noun and its
verb: ``convenu d'un cessez-le-feu`` agrees the ceasefire, ``convenu jeudi de prolonger un
accord de cessez-le-feu`` something else about it."""
_LINK_LETTERS = 3
_NEGATION_WORDS = 3
"""How many words before a verb a negation may stand (``ist nicht in Kraft getreten``)."""


@cache
def split_verbs(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """The verbs ``phrases``: a split one (``kommen ... zusammen``) matched by its first part
    where its last part follows in the same clause, a whole one (``vereinbart``) as it is;
    ``None`` when there are none."""
    parts = []
    whole = [p for p in phrases if "..." not in p]
    if whole:
        parts.append(rf"(?:{alternation(whole)}){AFTER}")
    for phrase in sorted(set(phrases) - set(whole)):
        first, _, last = (p.strip() for p in phrase.partition("..."))
        if first and last:
            parts.append(rf"(?:{alternation([first])}){AFTER}"
                         rf"(?={_CLAUSE}{{1,{_SPLIT_REACH}}}?{BEFORE}(?:{alternation([last])})"
                         rf"{AFTER})")
    if not parts:
        return None
    return re.compile(rf"{BEFORE}((?:{'|'.join(parts)}))", re.IGNORECASE)


def split_negated(text: str, found: re.Match[str], pack: LanguagePack) -> bool:
    """Whether a negation stands between the first part of a split verb and the end of its
    clause (``kamen nicht zusammen``)."""
    rest = re.match(rf"{_CLAUSE}{{0,{_SPLIT_REACH}}}", text[found.end():])
    words = {normal(w) for w in re.findall(r"[\w'’]+", rest.group() if rest else "")}
    return bool(words & pack.negation_words)


@cache
def _words(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"{BEFORE}({alternation(words)}){AFTER}", re.IGNORECASE)


def ceasefire_word(text: str, sentence: Span, pack: LanguagePack,
                   dates: Sequence[tuple[int, int]] = ()) -> re.Match[str] | None:
    """The sentence's first ceasefire noun with a verb of agreeing or taking effect in its
    clause (``haben eine Waffenruhe vereinbart``, ``le cessez-le-feu entre en vigueur``), not
    negated, few words but ``dates`` (spans) between; ``None`` when the sentence reports no
    ceasefire as an event ("the ceasefire remains fragile")."""
    verbs = split_verbs(pack.ceasefire_verbs)
    if not pack.ceasefire_nouns or verbs is None:
        return None
    for noun in _words(pack.ceasefire_nouns).finditer(text, sentence.start, sentence.end):
        low = max(sentence.start, noun.start() - _CEASEFIRE_REACH)
        high = min(sentence.end, noun.end() + _CEASEFIRE_REACH)
        if any(_agrees(text, noun, verb, pack, dates, low)
               for verb in verbs.finditer(text, low, high)):
            return noun
    return None


def _agrees(text: str, noun: re.Match[str], verb: re.Match[str], pack: LanguagePack,
            dates: Sequence[tuple[int, int]], floor: int) -> bool:
    """Whether ``verb`` says the ceasefire ``noun`` was agreed or took effect: in one clause,
    few words between, no renewal between, not negated (``tritt nicht in Kraft``)."""
    span = (verb.end(), noun.start()) if verb.end() <= noun.start() else (noun.end(),
                                                                           verb.start())
    between = mask_dates(text, *span, dates)
    words = [w.lower() for w in re.findall(r"[\w'’]+", between) if len(w) > _LINK_LETTERS]
    if re.search(r"[.;:!?]", between) or len(words) > _BETWEEN_WORDS:
        return False
    if pack.renewal_stems and any(w.startswith(pack.renewal_stems) for w in words):
        return False
    whole = normal(verb.group(1)) in {normal(w) for w in pack.ceasefire_verbs}
    return not (_negated(text, verb.start(), floor, pack)
                or (not whole and split_negated(text, verb, pack)))


def _negated(text: str, start: int, floor: int, pack: LanguagePack) -> bool:
    """Whether a negation word stands among the few words before a verb."""
    before = re.findall(r"[\w'’]+", text[max(floor, start - 40):start])
    return bool({normal(w) for w in before[-_NEGATION_WORDS:]} & pack.negation_words)


def in_clause(text: str, noun: re.Match[str], dates: Sequence[TimeExpression],
              pack: LanguagePack) -> tuple[TimeExpression, ...]:
    """The ``dates`` of a ceasefire's own clause: none with a complementizer between it and
    the noun ("X a annoncé mardi que les deux pays ont convenu d'un cessez-le-feu": Tuesday is
    when it was told, the ceasefire may be older; undated, it joins the sides' latest one)."""
    if not pack.complementizers:
        return tuple(dates)
    opener = _words(pack.complementizers)
    return tuple(d for d in dates if opener.search(
        text, *sorted((d.end, noun.start()) if d.end <= noun.start() else (noun.end(), d.start)))
        is None)
