"""Nationality adjectives written in lower case, as most languages other than English write them.

``le gouvernement korvanien``, ``la delegación korvana``, ``il governo korvanese``, ``die
korvanische Regierung``: the side is named by an adjective the tagger never takes for a name.
The adjective is read off the country names the world gazetteer holds in every language: a
lower-case word that starts with a one-word country name less its final vowels (``Korvania``
→ ``korvan``) and ends in a nationality ending of one of the supported languages is that
country's nationality. Nothing here lists a country: the endings are grammar, the stems data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from communique.extract.entities._gazetteer import GazEntry, GazKind, gazetteer
from communique.extract.entities._world import fold_accents, world_gazetteer

_MIN_STEM = 4
"""Shortest stem compared: shorter country names (``Mali``, ``Cuba``) start too many words."""
# What may follow the stem: a short link (``ol`` in ``togolais``-like forms, ``an`` in
# ``-anische``) and a nationality ending of French, Spanish, Italian, Portuguese or German,
# with its gender and number. A bare vowel is no ending: it would read ordinary words.
_ENDING = re.compile(
    r"(?:[a-z]{0,4}?)"
    r"(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines|"
    r"es|ese|esi|esa|esas|eses|ano|ana|anos|anas|ani|ane|eno|ena|enos|enas|"
    r"isch|ische|ischen|ischer|isches|ischem)"
)


@cache
def _stems() -> dict[str, frozenset[str]]:
    """Stem of every one-word country name (accents folded) → the countries it may be."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, entry in world_gazetteer().country_names():
        if " " in name or "-" in name or "'" in name or entry.country is None:
            continue
        stem = fold_accents(name).rstrip("aeiou")
        if len(stem) >= _MIN_STEM and stem.isalpha():
            found[stem].add(entry.country)
    return {stem: frozenset(countries) for stem, countries in found.items()}


@cache
def _demonym_entries() -> dict[str, GazEntry]:
    """Each country → the gazetteer entry of its English nationality word (``Korvanian``),
    so a lower-case adjective in another language is read as the English one is."""
    return gazetteer().demonyms()


def demonym_country(word: str) -> str | None:
    """The country a lower-case nationality adjective names, or ``None``.

    The longest stem the word starts with and ends as a nationality decides; two countries
    with that stem leave the word unread.
    """
    if not word.isalpha() or not word.islower():
        return None
    folded = fold_accents(word)
    stems = _stems()
    for cut in range(len(folded) - 1, _MIN_STEM - 1, -1):
        countries = stems.get(folded[:cut])
        if countries is None or _ENDING.fullmatch(folded[cut:]) is None:
            continue  # "bolivienne" is no form of a name "Bolivien", but of "Bolivia"
        return next(iter(countries)) if len(countries) == 1 else None
    return None


def demonym_entry(word: str) -> GazEntry | None:
    """The gazetteer entry a lower-case nationality adjective stands for (the English
    nationality word's, else one naming the country itself)."""
    country = demonym_country(word)
    if country is None:
        return None
    return _demonym_entries().get(country) or GazEntry(GazKind.DEMONYM, country, country)
