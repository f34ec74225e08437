"""Calendar words in every language (``lang/<code>/calendar_words.json``), loaded and checked
once.

The clean and merge stages read dates in whatever language a publisher writes them: month and
weekday names, the words for today, the weekend and "this" (week), and the phrases that put a
date ahead of the writing, call a plan off, make a term lapse or put a date in a threat. Each
language's file gives its own; a reader takes every language's together, since a page's
language is not always known. Unlike the language packs, a file may stand alone (Arabic,
Persian, Turkish and Indonesian have calendar words and no pack): every folder of
``communique.lang`` holding one is read, so adding a language is adding its file.
``docs/languages.md`` describes every key.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from communique.errors import ExtractError
from communique.lang._pack import read_language_file
from communique.lang._phrases import checked_fragments

_FILE = "calendar_words.json"
_FIX = "correct the language data (see docs/languages.md)"
_META = ("language", "about")
ROWS = {"months": 12, "month_abbreviations": 12, "weekdays": 7}
"""Keys whose value is rows of words: row n the forms of month n + 1 (genitives and
abbreviations too) or of weekday n (Monday = 0)."""
WORDS = ("today", "weekend", "this_week", "word_like_weekdays", "weekday_links", "day_month_links",
         "month_year_links", "today_links", "day_parts", "range_links", "go_future",
         "reflexives", "infinitive_endings", "future_endings", "future_words",
         "own_future_endings")
"""Keys whose value is a list of words or phrases, matched whole and without regard to case
(the endings as the end of a word)."""
PATTERNS = ("future", "called_off", "lapse", "unreal", "photo")
"""Keys whose value is a list of regular-expression fragments without capturing groups."""


@cache
def calendar_languages() -> tuple[str, ...]:
    """The languages with a calendar file, in alphabetical order of their codes."""
    root = resources.files("communique.lang")
    return tuple(sorted(entry.name for entry in root.iterdir()
                        if entry.is_dir() and entry.joinpath(_FILE).is_file()))


def numbered(key: str) -> dict[str, int]:
    """Every language's forms of a key of :data:`ROWS` (lower case, spaces written ``_``),
    each with its number: months from 1, weekdays from 0."""
    first = 1 if ROWS[key] == 12 else 0
    found: dict[str, int] = {}
    for code in calendar_languages():
        for number, row in enumerate(_calendar(code).get(key, ()), start=first):
            found.update((_key(word), number) for word in row)
    return found


def calendar_words(key: str) -> frozenset[str]:
    """Every language's words of a key of :data:`WORDS` (lower case, spaces written ``_``)."""
    return frozenset(_key(word) for code in calendar_languages()
                     for word in _calendar(code).get(key, ()))


def language_words(code: str, key: str) -> frozenset[str]:
    """One language's words of a key of :data:`WORDS` (lower case, spaces written ``_``); none
    for a language without a calendar file."""
    if code not in calendar_languages():
        return frozenset()
    return frozenset(_key(word) for word in _calendar(code).get(key, ()))


def calendar_phrases(key: str) -> tuple[str, ...]:
    """Every language's fragments of a key of :data:`PATTERNS`, each once."""
    return tuple(dict.fromkeys(p for code in calendar_languages()
                               for p in _calendar(code).get(key, ())))


def _key(word: str) -> str:
    return "_".join(word.lower().split())


@cache
def _calendar(code: str) -> dict[str, tuple[Any, ...]]:
    """One language's calendar words by key, checked."""
    data = read_language_file(code, _FILE) or {}
    where = f"communique/lang/{code}/{_FILE}"
    found: dict[str, tuple[Any, ...]] = {}
    for key, value in data.items():
        if key in _META:
            continue
        if key in ROWS:
            found[key] = _rows(value, ROWS[key], f"{where}: {key}")
        elif key in WORDS:
            found[key] = _words(value, f"{where}: {key}")
        elif key in PATTERNS:
            found[key] = checked_fragments(value, f"{where}: {key}")
        else:
            raise ExtractError(f"{where}: unknown key '{key}'", fix=_FIX)
    return found


def _words(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ExtractError(f"{where}: not a list of non-empty strings", fix=_FIX)
    return tuple(value)


def _rows(value: object, count: int, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or len(value) != count:
        raise ExtractError(f"{where}: not {count} rows of words", fix=_FIX)
    return tuple(_words(row, f"{where}[{n}]") if row else () for n, row in enumerate(value))
