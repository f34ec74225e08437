"""Nationality adjectives written in lower case, as most languages other than English write them.

``le gouvernement korvanien``, ``la delegación korvana``, ``die korvanische Regierung``,
``в корванийском МИДе``: the side or the owner of a body is named by an adjective the tagger
never takes for a name. One reader serves the entity tagger (the side such an adjective names)
and the quote reader (whom ``la présidence française`` speaks for).

An adjective is a country's name cut short plus a nationality ending of the text's language:
it shares its first letters with one of the country's names in any language the world
gazetteer holds (at least four, and at least half the name: ``deutsche`` / ``Deutschland``,
``норвежском`` / ``Норвегия``), and after those letters and a short link (``ol`` in
``togolais``) ends as the language's nationality adjectives end (``-ais``, ``-ano``,
``-isch``, ``-ский``). The endings are grammar and live in each language pack; so do the few
adjectives that share no stem with the country's name (``américain``, ``französisch``). Nothing
here lists a country.
"""

from __future__ import annotations

from functools import cache

from communique.extract.entities._gazetteer import GazEntry, GazKind, gazetteer
from communique.extract.entities._world import fold_accents, world_gazetteer
from communique.lang import LanguagePack

_MIN_STEM = 4
"""Fewest letters an adjective shares with a country's name: shorter country names (``Mali``,
``Cuba`` less its vowel) start too many words."""
_MAX_LINK = 3
"""Most letters between the shared stem and the ending (``ol`` in ``togolais``, ``les`` in
``kongolesische``); a longer gap is another word that happens to start like a country."""
_VOWELS = "aeiouyаеиоуыэюяёіїє"
"""Final vowels a country's name drops before a nationality ending (``Bolivi-a``,
``Норвеги-я``), in Latin and Cyrillic script."""


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """``(folded one-word name, country)`` for every country name in every language the world
    gazetteer holds: the stems adjectives are compared with."""
    found = set()
    for name, entry in world_gazetteer().country_names():
        if entry.country is not None and name.isalpha():
            found.add((fold_accents(name), entry.country))
    return tuple(sorted(found))


@cache
def _demonym_entries() -> dict[str, GazEntry]:
    """Each country → the gazetteer entry of its English nationality word (``Korvanian``),
    so a lower-case adjective in another language is read as the English one is."""
    return gazetteer().demonyms()


def _shared(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _listed(word: str, pack: LanguagePack) -> str | None:
    """The country of an adjective the pack lists for not sharing the country's stem."""
    for stem, code in (pack.country_adjectives or {}).items():
        if word.startswith(stem):
            return gazetteer().country_name(code)
    return None


def _reaches(folded: str, name: str, endings: list[str]) -> int:
    """How many letters ``folded`` shares with ``name`` when it reads as an adjective of it
    (0 when it does not): the shared letters cover the name less its final vowels and a short
    link leads to an ending (``togo-l-ais``, ``norueg-o``), or the name is cut short
    (``Finn|land``) and an ending starts right after the shared letters (``finn-ische``)."""
    shared = _shared(folded, name)
    # a word that is all name (``para`` / ``Paraguay``, a lower-case ``ukraine``) is no
    # adjective, nor one sharing too little of a long name (``islamique`` / ``Islande``)
    if shared < _MIN_STEM or 2 * shared < len(name) or shared == len(folded):
        return 0
    starts = [len(folded) - len(e) for e in endings]
    if shared >= len(name.rstrip(_VOWELS)):
        return shared if any(start - shared <= _MAX_LINK for start in starts) else 0
    # a name cut short keeps no link: ``jamais`` and ``canales`` go on past the shared
    # letters of ``Jamaica`` and ``Canada`` before any ending
    return shared if shared in starts else 0


def _by_stem(folded: str, endings: list[str]) -> str | None:
    """The country whose name ``folded`` reads as an adjective of with most letters shared;
    two countries sharing as much leave the word unread."""
    best: set[str] = set()
    length = 0
    for name, country in _names():
        shared = _reaches(folded, name, endings)
        if shared == 0 or shared < length:
            continue
        if shared > length:
            best, length = set(), shared
        best.add(country)
    return next(iter(best)) if len(best) == 1 else None


def demonym_country(word: str, pack: LanguagePack) -> str | None:
    """The canonical English name of the country a lower-case nationality adjective of
    ``pack``'s language names (``française`` → ``France``, ``корванийском`` → ``Korvania``),
    or ``None``."""
    if not word.isalpha() or not word.islower():
        return None
    listed = _listed(word, pack)
    if listed is not None:
        return listed
    folded = fold_accents(word)
    endings = [e for e in pack.nationality_endings if folded.endswith(e)]
    return _by_stem(folded, endings) if endings else None


def demonym_entry(word: str, pack: LanguagePack) -> GazEntry | None:
    """The gazetteer entry a lower-case nationality adjective stands for (the English
    nationality word's, else one naming the country itself)."""
    country = demonym_country(word, pack)
    if country is None:
        return None
    return _demonym_entries().get(country) or GazEntry(GazKind.DEMONYM, country, country)
