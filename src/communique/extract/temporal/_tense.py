"""Guess whether a clause around a temporal expression speaks of the past or the future.

A yearless month or a bare weekday is resolved backwards or forwards from the publication date
by the verb nearest to it: ``ended on Wednesday`` looks back, ``starts on Tuesday`` forward.
"""

from __future__ import annotations

import re

from communique.extract.temporal._calendar import FUTURE, NEUTRAL, PAST
from communique.extract.temporal._lexicon import (
    FUTURE_CUES,
    IRREGULAR_PAST,
    NOT_PAST_ED,
    WANTING_VERBS,
)

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
# A clause rarely runs further than this; beyond it the nearest verb is about something else.
_BEFORE_CHARS = 120
_AFTER_CHARS = 60
# After these a past form is a participle ("will be signed", "to be held"), not a past tense.
_NOT_BEFORE_PAST = frozenset({"be", "being", "to", "get", "gets"})
# A full stop after an initial, a short capitalised abbreviation ("U.S.", "Feb.") or a clock's
# "a.m."/"p.m." ends no clause.
# A comma before a relative or contrastive word does: in "talks at the end of February, where
# the mediator set a June deadline" the deadline says nothing about February.
_CLAUSE_BREAK = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<![ap]\.m)[.!?;]\s|\n"
    r"|,\s+(?=(?i:where|which|who|whom|whose|while|whereas|although|though|but)\b)"
)
_FUTURE_PHRASES = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:set|due|going|scheduled|expected|slated|poised)\s+to"
    r"|(?:is|are)\s+to\s+(?:be|meet|hold|start|begin|take)|to\s+be\s+held"
    r"|(?:has|have)\s+been\s+(?:scheduled|set|planned|slated)"
    r"|(?:wants?|plans?|aims?|hopes?|intends?|expects?|seeks?|is\s+trying|are\s+trying)\s+to)\b",
    re.IGNORECASE,
)


def _cue(word: str) -> str | None:
    """The tense a single word signals, if any."""
    lower = word.lower()
    if lower in FUTURE_CUES:
        return FUTURE
    if lower in IRREGULAR_PAST:
        return PAST
    if len(lower) >= 5 and lower.endswith("ed") and lower not in NOT_PAST_ED and word.islower():
        return PAST
    return None


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of the clause around ``[start, end)`` that cues are taken from."""
    lo = max(0, start - _BEFORE_CHARS)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    hi = min(len(text), end + _AFTER_CHARS)
    found = _CLAUSE_BREAK.search(text, end, hi)
    if found:
        hi = found.start() + 1
    return lo, hi


def tense_near(text: str, start: int, end: int) -> str:
    """``past``, ``future`` or ``neutral`` for the expression at ``[start, end)``.

    The nearest cue wins; cues after the expression count a little less, since English puts the
    verb before its time adverbial far more often than after it.
    """
    lo, hi = _window(text, start, end)
    best: tuple[float, str] | None = None
    for phrase in _FUTURE_PHRASES.finditer(text, lo, hi):
        distance = _distance(text, phrase.start(), phrase.end(), start, end)
        best = _closer(best, distance - 0.5, FUTURE)
    recent: list[str] = []  # the current word and up to two before it, lower case
    wanted = False
    for match in _WORD.finditer(text, lo, hi):
        word = match.group()
        recent = [*recent[-2:], word.lower()]
        if start <= match.start() < end:
            continue
        wanted = wanted or (match.end() <= start and recent[-1] in WANTING_VERBS)
        tense = _cue(word)
        if tense is None or _not_a_cue(tense, recent, wanted):
            continue
        distance = _distance(text, match.start(), match.end(), start, end)
        best = _closer(best, distance, tense)
    return best[1] if best else NEUTRAL


def _not_a_cue(tense: str, recent: list[str], wanted: bool) -> bool:
    """Whether a cue word (last of ``recent``) does not mark tense where it stands."""
    word, before = recent[-1], (recent[-2] if len(recent) > 1 else "")
    if tense == PAST:
        return _participle(word, before, wanted)
    # "Why (else) would the talks end on Wednesday?" asks the reason for a known fact.
    return word == "would" and "why" in recent[:-1]


def _participle(word: str, before: str, wanted: bool) -> bool:
    """Whether a past form is a participle rather than a past tense.

    After "be" or "to" it always is ("will be signed"); after a verb of wanting or expecting, a
    regular ``-ed`` form is the wished-for state ("wants a deal signed by June"), not a report.
    """
    if before in _NOT_BEFORE_PAST:
        return True
    return wanted and word.lower() not in IRREGULAR_PAST


def _distance(text: str, c_start: int, c_end: int, start: int, end: int) -> float:
    """Words between a cue and the expression (plus a penalty for cues that follow it)."""
    if c_end <= start:
        return float(len(_WORD.findall(text, c_end, start)))
    return len(_WORD.findall(text, end, c_start)) + 1.5


def _closer(best: tuple[float, str] | None, distance: float, tense: str) -> tuple[float, str]:
    """Keep the nearer of two cues."""
    if best is None or distance < best[0]:
        return (distance, tense)
    return best
