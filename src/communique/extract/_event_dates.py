"""Which of a sentence's dates are its event's own, read from the words around them.

A sentence that reports talks often dates other things too: the report itself (a dateline,
``LINDHAVEN, 23 June –``), the end of a period (``a truce that runs until 12 August``), or
another predicate of its own (``talks to extend the truce, which expires on 12 August``).
Those dates must not date the event. The English reader ties a date to its word through the
parse and only needs :func:`in_dateline`; the readers of languages without a parse use the
word-based tests too, with the words of the language's pack.
"""

from __future__ import annotations

import re

from communique.lang import LanguagePack
from communique.lang import pack_key as normal
from communique.model.temporal import TimeExpression

__all__ = ["bounded", "in_dateline", "other_predicate"]

_DATELINE_BEFORE = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*\s*){1,4}[,–—:(-]?\s*)?")
_DATELINE_AFTER = re.compile(r"\s*\)?\s*(?:\([^)]{1,40}\)\s*)?[–—:-]")
_WORD = re.compile(r"[\w'’]+")
_BOUND_REACH = 30
"""How many characters before a date its bounding words may start (``con plazo hasta el``)."""
_LINK_LETTERS = 3
"""A word this short is a link (``en``, ``de``), not a predicate or its object."""


def in_dateline(text: str, sentence_start: int, expression: TimeExpression) -> bool:
    """Whether a date belongs to a dateline ("LINDHAVEN, May 6 (Agency) –"): the report's
    date, not the event's."""
    before = text[sentence_start : expression.start]
    return bool(
        _DATELINE_BEFORE.fullmatch(before)
        and _DATELINE_AFTER.match(text[expression.end : expression.end + 50])
    )


def bounded(text: str, floor: int, expression: TimeExpression, pack: LanguagePack) -> bool:
    """Whether a bounding word stands right before a date (``hasta el 12``, ``jusqu'au 13``,
    ``до 12``): the date ends a period or sets a term, it is not the day of the event."""
    before = [normal(w) for w in _WORD.findall(
        text[max(floor, expression.start - _BOUND_REACH) : expression.start])]
    bounds = {normal(w) for w in pack.bound_words}
    articles = pack.articles | pack.determiners
    stripped = list(before)
    while stripped and stripped[-1] in articles:
        stripped.pop()
    return any(" ".join(words[-k:]) in bounds
               for words in (before, stripped) for k in (1, 2) if len(words) >= k)


def other_predicate(text: str, trigger_end: int, expression: TimeExpression,
                    pack: LanguagePack) -> bool:
    """Whether a date after the event word belongs to a clause of its own about something
    else: a relative pronoun, complementizer or subordinator stands between them, and before
    it the sentence has moved past the event word's own phrase (``las negociaciones … para
    extender la tregua que vence el 12``, ``les pourparlers … ont lieu alors que la trêve
    expire le 12``). A clause that opens right after the event word or its place
    (``las negociaciones en Lindhaven, que comenzaron el lunes``) tells of the event."""
    if expression.start < trigger_end:
        return False
    between = text[trigger_end : expression.start]
    openers = {normal(w) for w in pack.relative_pronouns | pack.complementizers
               | pack.subordinators}
    words = list(_WORD.finditer(between))
    for i, word in enumerate(words):
        lower = normal(word.group())
        pair = f"{lower} {normal(words[i + 1].group())}" if i + 1 < len(words) else ""
        if lower in openers or pair in openers:
            if between[word.start() :].lower().startswith(pack.held_participles):
                continue  # "…, которая пройдет 22 мая": the clause tells when the event is
            return any(_content(w.group(), pack) for w in words[:i])
    return False


def _content(word: str, pack: LanguagePack) -> bool:
    """Whether a word carries a predicate or its object (not a link, a name, or a participle
    of taking place, which still tells of the event)."""
    lower = normal(word)
    return not (
        word[:1].isupper()
        or len(word) <= _LINK_LETTERS
        or lower in pack.place_prepositions
        or lower.startswith(pack.held_participles)
    )
