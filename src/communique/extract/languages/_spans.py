"""Lengths of days, weeks, months or years in other languages, and what they are the length of.

A length is read only beside a word that names what it measures (``lang/<code>/counts.json``,
``spans``): the noun it follows through a preposition (*tregua de 90 días*, *suspension de 90
jours*, *перемирие на 90 дней*), the verb that extends by it (*extender por 90 días*), or a
noun right after its unit (*90 Tage Verhandlungen*); the nearest such word wins, so that
*prorrogar la tregua de 90 días* is the truce's length, not its extension's. A length before
which the language puts a time limit (*dentro de*, *dans les*) is a deadline's; one after a
word that makes it a point in time (*hace 90 días*, *dans sept jours*) is no length. A bare
length (*durante 90 días*) says too little to pool with anything and is left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from communique.lang import pack_key
from communique.lang.counts import CountWords

Token = tuple[int, int, str]
_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# How far a span word may stand before the number (past its hedge or bound), or after its unit.
_BACK = 4
_AHEAD = 2
_BREAKS = frozenset({",", ";", ":", "%"})


def unit_words(duration_units: Mapping[str, Sequence[str]] | None) -> dict[str, str]:
    """A language pack's duration unit words → the claim unit they state (``días`` → ``day``)."""
    return {pack_key(form): _UNITS[code] for code, forms in (duration_units or {}).items()
            if code in _UNITS for form in forms}


def span_length(tokens: Sequence[Token], index: int, after: int, numbers: Sequence[int],
                words: CountWords, units: Mapping[str, str], skip: int = 0,
                points: Sequence[str] = (), articles: frozenset[str] = frozenset()
                ) -> tuple[str, int, str] | None:
    """The length that the number at ``index`` states when a unit word follows it (``after``
    is the token after the number): its unit, the end of the unit word and what it is the
    length of (a class of :data:`~communique.lang.counts.SPANS`); ``None`` when no unit word
    follows or nothing names what it measures. ``skip``: how many words before the number are
    its hedge or bound (*más de*); ``points``: the words before a length that make it a
    point in time (*hace*, *dans*, *через*); ``articles``: the language's articles, which no
    link to what a length measures passes."""
    if after >= len(tokens):
        return None
    unit = units.get(pack_key(tokens[after][2].rstrip(".")))
    if unit is None:
        return None
    if _ends(tokens, index - skip, points):
        return None  # "dans sept jours", "hace 90 días": a point in time, no length
    # What follows the unit ("trois mois de négociations") before what precedes the number
    # ("tregua de 90 días"): a word further back may be another clause's ("… au conflit
    # après trois mois de discussions").
    found = _class_after(tokens, after + 1, words, articles)
    found = found or _class_before(tokens, index - 1 - skip, numbers, words)
    if found is None and _ends(tokens, index - skip, words.limit_before):
        found = "deadline"
    _, end, word = tokens[after]
    # The unit word's token may carry the sentence's full stop ("días.").
    return (unit, end - word.endswith("."), found) if found else None


def _class_at(tokens: Sequence[Token], i: int, words: CountWords) -> str | None:
    return next((name for name, entries in words.spans.items()
                 if phrase_at(tokens, i, entries)), None)


def _class_before(tokens: Sequence[Token], first: int, numbers: Sequence[int],
                  words: CountWords) -> str | None:
    """The span class of the nearest span word at most :data:`_BACK` tokens back from
    ``first``, with no number or clause break between."""
    for i in range(first, max(-1, first - _BACK), -1):
        if i in numbers or tokens[i][2] in _BREAKS:
            return None
        found = _class_at(tokens, i, words)
        if found is not None:
            return found
    return None


def _class_after(tokens: Sequence[Token], first: int, words: CountWords,
                 articles: frozenset[str]) -> str | None:
    """The span class of a span word right after the unit word, or after one linking word
    that is no article (*trois mois de négociations*, not *90 días la tregua*, whose truce
    is what the days extend)."""
    for i in range(first, min(len(tokens), first + _AHEAD)):
        token = tokens[i][2]
        found = _class_at(tokens, i, words)
        if found is not None:
            return found
        if token in _BREAKS or pack_key(token) in articles or not token[:1].isalpha():
            return None
    return None


def _ends(tokens: Sequence[Token], start: int, phrases: Sequence[str]) -> bool:
    """Whether the words right before token ``start`` end with one of ``phrases``."""
    before = pack_key(" ".join(t for _, _, t in tokens[max(0, start - 4) : start]))
    return any(before == p or before.endswith(f" {p}") for p in phrases)


def matches(token: str, entries: Sequence[str]) -> bool:
    """Whether a token is one of ``entries`` (see :func:`_match`)."""
    return any(_match(token, e) for e in entries)


def _match(token: str, entry: str) -> bool:
    """Whether a token is ``entry``: a word, a stem (``zoll*``) or, for the parts of a
    compound, a word part (``*zöll*``: *Gegenzölle*, *Strafzöllen*)."""
    if entry.startswith("*") and entry.endswith("*"):
        return entry[1:-1] in token
    return token.startswith(entry[:-1]) if entry.endswith("*") else token == entry


def phrase_at(tokens: Sequence[Token], index: int, entries: Sequence[str]) -> int:
    """How many tokens from ``index`` on one of ``entries`` spans (``pour cent``, ``droits
    de douane``; each word may be a stem), 0 when none starts there."""
    for entry in entries:
        parts = entry.split()
        found = tokens[index : index + len(parts)]
        if len(found) == len(parts) and all(
                _match(t.rstrip("."), p) for (_, _, t), p in zip(found, parts, strict=True)):
            return len(parts)
    return 0
