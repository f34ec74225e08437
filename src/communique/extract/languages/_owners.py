"""Whom a speaking body stands for: ``la présidence française`` is France's seat of power,
``в корванийском МИДе`` Korvania, ``la delegación del FLV`` the FLV.

A body's owner is a name inside its phrase (``МИД Корвании``, ``delegación del FLV``), else a
country adjective next to its head noun (``française``, ``sudanesische``), else the owner given
to the same noun earlier in the article (``Die sudanesische Armee …, erklärte die Armee``).
Country adjectives are read off the country names babel ships in each language (an adjective
shares its stem with the name: ``корванийском`` / ``Корвания``, ``veldrano`` / ``Veldra``); the
pack lists the few that do not (``américain``, ``französisch``).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from communique.extract.entities._gazetteer import gazetteer
from communique.lang import LanguagePack

_MIN_STEM = 4
"""Fewest letters an adjective shares with a country's name (``russe`` / ``Russie``)."""


def _fold(word: str) -> str:
    """Lower case without accents (``Rússia`` → ``russia``)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    """``(folded one-word name, canonical English name)`` of the countries babel names in
    ``language``: the stems adjectives are compared with."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return ()
    english = gazetteer()
    out = []
    for code, name in territories.items():
        canonical = english.country_name(code) if len(code) == 2 and code.isalpha() else None
        if canonical is not None and name.isalpha():
            out.append((_fold(name), canonical))
    return tuple(out)


def _shared(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def country_of(word: str, pack: LanguagePack) -> str | None:
    """The canonical English name of the country a lower-case adjective names
    (``française`` → ``France``, ``корванийском`` → ``Korvania``), or ``None``."""
    if not word.isalpha() or not word.islower():
        return None
    english = gazetteer()
    for stem, code in (pack.country_adjectives or {}).items():
        if word.startswith(stem):
            return english.country_name(code)
    folded = _fold(word)
    best, length = None, 0
    for name, canonical in _country_names(pack.language):
        shared = _shared(folded, name)
        # the adjective keeps at least half the name (``deutsche`` / ``Deutschland``), and
        # the longest match wins (``austríaco``: Austria, not Australia)
        if shared >= _MIN_STEM and 2 * shared >= len(name) and shared > length:
            best, length = canonical, shared
    return best
