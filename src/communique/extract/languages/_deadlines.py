"""Deadlines in a language read without a parser: an expiry word (the pack's
``expiry_words``: ``vence``, ``expire``, ``ausläuft``, ``истекает``, ``prazo``) with a day
written against it (``la tregua que vence el 12 de agosto``, ``die am 12. August ausläuft``,
``истекает 12 августа``) is the day something falls due: a deadline mention of that day.

The merge stage joins it to the English reports of the same deadline by its day; it names no
place (a deadline is a day, not a meeting), and what expires is told by the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._words import AFTER, BEFORE, WORD, alternation
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.annotations import EventMention, EventType
from communique.model.temporal import TimeExpression

_GAP = 25
"""Most characters between the expiry word and its day after it (``vence el``, ``до``)."""
_BEFORE_GAP = 3
"""Most characters between a day and an expiry word after it (``12. August ausläuft``)."""
_LINK_LETTERS = 3
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def find_deadline(text: str, sentence: Span, dates: Sequence[TimeExpression],
                  pack: LanguagePack, future: bool) -> EventMention | None:
    """The sentence's first expiry word with a day of its own, as a deadline mention."""
    if not pack.expiry_words:
        return None
    words = re.compile(rf"{BEFORE}({alternation(pack.expiry_words)}){AFTER}", re.IGNORECASE)
    days = [d for d in dates if d.kind == "date" and d.value and _DAY.fullmatch(d.value)]
    for found in words.finditer(text, sentence.start, sentence.end):
        day = _day_after(text, found, days, pack) or _day_before(text, found, days)
        if day is not None:
            return EventMention(
                sentence.start, sentence.end, EventType.DEADLINE, found.group(1),
                found.start(), found.end(), "future" if future else "past", dates=(day,))
    return None


def _day_after(text: str, word: re.Match[str], days: Sequence[TimeExpression],
               pack: LanguagePack) -> TimeExpression | None:
    """A day right after the expiry word, only short links or bounding words between."""
    bounds = {w.lower() for b in pack.bound_words for w in WORD.findall(b)}
    for day in days:
        gap = text[word.end() : day.start]
        if day.start < word.end() or len(gap) > _GAP or re.search(r"[,.;:]", gap):
            continue
        links = [w.lower() for w in WORD.findall(gap)]
        if all(len(w) <= _LINK_LETTERS or w in bounds for w in links):
            return day
    return None


def _day_before(text: str, word: re.Match[str], days: Sequence[TimeExpression]
                ) -> TimeExpression | None:
    """A day written just before the expiry word (a verb that comes last)."""
    for day in days:
        if day.end <= word.start() and word.start() - day.end <= _BEFORE_GAP and not re.search(
                r"[,.;:]", text[day.end : word.start()]):
            return day
    return None
