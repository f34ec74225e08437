"""Guess whether a clause around a temporal expression speaks of the past or the future.

A yearless month or a bare weekday is resolved backwards or forwards from the publication date
by the verb nearest to it: ``ended on Wednesday`` looks back, ``starts on Tuesday`` forward.
"""

from __future__ import annotations

import re

from communique.extract.temporal._calendar import FUTURE, NEUTRAL, PAST
from communique.extract.temporal._lexicon import FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_ED

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
# A clause rarely runs further than this; beyond it the nearest verb is about something else.
_BEFORE_CHARS = 120
_AFTER_CHARS = 60
# A full stop after an initial or a short capitalised abbreviation ("U.S.", "Feb.") ends no clause.
# After these a past form is a participle ("will be signed", "to be held"), not a past tense.
_NOT_BEFORE_PAST = frozenset({"be", "being", "to", "get", "gets"})
_CLAUSE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?;]\s|\n")
_FUTURE_PHRASES = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:set|due|going|scheduled|expected|slated|poised)\s+to"
    r"|(?:is|are)\s+to\s+(?:be|meet|hold|start|begin|take)|to\s+be\s+held"
    r"|(?:has|have)\s+been\s+(?:scheduled|set|planned|slated))\b",
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
    previous = ""
    for match in _WORD.finditer(text, lo, hi):
        word, before, previous = match.group(), previous, match.group().lower()
        if start <= match.start() < end:
            continue
        tense = _cue(word)
        if tense is None or (tense == PAST and before in _NOT_BEFORE_PAST):
            continue
        distance = _distance(text, match.start(), match.end(), start, end)
        best = _closer(best, distance, tense)
    return best[1] if best else NEUTRAL


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
