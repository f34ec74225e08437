"""Regular expressions built from one language pack's word lists, compiled once per language.

Every pattern here is data-driven: the words come from ``lang/<code>/words.json`` and only the
shapes (a number before a unit, a day before a month) are code, so a new pack needs no code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from communique.lang import LanguagePack, language_pack, pack_key

BEFORE = r"(?<![\w'’-])"
AFTER = r"(?![\w'’-])"
"""Word edges that treat apostrophes and hyphens as part of a word (``aujourd'hui``)."""
WORD = re.compile(r"[\w'’]+")
"""A word with its apostrophes (``l'accord``), for readers that look at the words between two
offsets."""

normal = pack_key
"""A matched phrase as a pack key (the name the language readers use)."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so longer phrases win), spaces loose,
    either apostrophe (``aujourd'hui`` / ``aujourd’hui``)."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in unique) or r"(?!x)x"


def word_index(rows: Iterable[Iterable[str]], *, skip_abbreviations: bool = False
               ) -> dict[str, int]:
    """Each lower-case form of ``rows`` → its row number (1-based)."""
    index: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        for form in row:
            if skip_abbreviations and form.endswith("."):
                continue
            index.setdefault(form.lower(), number)
    return index


@dataclass(frozen=True, slots=True)
class DateWords:
    """The indexes and patterns the date finder of one language needs."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    compounds: dict[str, str]
    relative: dict[str, str]
    month: str
    weekday: str
    number: str
    unit: str
    compound: str
    relative_phrase: str
    range_word: str
    last: frozenset[str]
    next: frozenset[str]
    ago: str
    earlier: str
    later: str
    vague: dict[str, str]
    vague_phrase: str


@cache
def date_words(code: str) -> DateWords | None:
    """The date words of language ``code`` (``None`` without a pack)."""
    pack = language_pack(code)
    return None if pack is None else _date_words(pack)


def _date_words(pack: LanguagePack) -> DateWords:
    units = {f.lower(): u for u, forms in (pack.duration_units or {}).items() for f in forms}
    compounds = {f.lower(): u for u, forms in (pack.duration_compounds or {}).items()
                 for f in forms}
    relative = {normal(p): key for key, phrases in pack.relative.items() for p in phrases}
    vague = {normal(p): value for value, phrases in (pack.vague or {}).items() for p in phrases}
    months = word_index(pack.months)
    weekdays = word_index(pack.weekdays, skip_abbreviations=True)
    numbers = word_index(pack.numbers)
    return DateWords(
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units=units,
        compounds=compounds,
        relative=relative,
        month=alternation(months),
        weekday=alternation(weekdays),
        number=alternation(numbers),
        unit=alternation(units),
        compound=alternation(compounds),
        relative_phrase=alternation(relative),
        range_word=alternation(pack.range_words),
        last=frozenset(w.lower() for w in pack.weekday_last),
        next=frozenset(w.lower() for w in pack.weekday_next),
        ago=alternation(pack.ago_words),
        earlier=alternation(pack.earlier_words),
        later=alternation(pack.later_words),
        vague=vague,
        vague_phrase=alternation(vague),
    )
