"""Where a name is introduced as a place, without a parser: a locative preposition right before
it (``à Lindhaven``), or one before a noun naming a kind of place (``dans la ville
korvanienne de Lindhaven``, ``im Golfstaat Veldra``, ``в городе Линдхавен``); and dates set off
by commas (``ont signé, ce samedi 15 mai, à Lindhaven``), which open no other clause.

Shared by the event readers of every language with a pack (:mod:`._events`); the words are
the pack's ``place_prepositions``, ``place_nouns`` and ``articles``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._words import WORD
from communique.lang import LanguagePack

_LOOK_BACK = 60
"""Most characters before a name that a locative phrase introducing it spans."""
_BEFORE_NOUN = 3
"""Most words between the preposition and the place noun (articles, adjectives)."""
_AFTER_NOUN = 3
"""Most words between the place noun and the name (an adjective, hyphenated too, and a link
like ``de``)."""
_LINK_LETTERS = 3
_BREAK = re.compile(r"[,.;:!?()«»\"“”\n]")


def _lower(word: str) -> str:
    return word.lower().replace("’", "'").rstrip("'")


def place_noun(word: str, pack: LanguagePack) -> bool:
    """Whether ``word`` names a kind of place (``ville``), or ends in one where nouns compound
    (``Golfstaat``)."""
    lower = _lower(word)
    if lower in pack.place_nouns:
        return True
    return bool(pack.noun_suffixes) and any(
        lower.endswith(noun) and len(lower) > len(noun) for noun in pack.place_nouns)


def introduced(text: str, start: int, pack: LanguagePack, floor: int = 0) -> bool:
    """Whether a locative preposition introduces the name at ``start``, directly or through a
    noun naming a kind of place (``dans la ville malaisienne de X``); no punctuation between."""
    window = text[max(floor, start - _LOOK_BACK) : start]
    cut = max((m.end() for m in _BREAK.finditer(window)), default=0)
    raw = WORD.findall(window[cut:])
    words = [_lower(w) for w in raw]
    if not words:
        return False
    if words[-1] in pack.place_prepositions:
        return True
    for i in range(len(words) - 1, max(-1, len(words) - 2 - _AFTER_NOUN), -1):
        if place_noun(words[i], pack):
            return _noun_introduced(raw, i, pack)
    return False


def _noun_introduced(raw: list[str], i: int, pack: LanguagePack) -> bool:
    """Whether the place noun ``raw[i]`` follows a locative preposition, with only articles
    and adjectives between, and is followed by nothing but links and adjectives before the
    name (a capitalized word there is another name: "la ville de Veldra, Lindhaven")."""
    if any(w[:1].isupper() and len(w) > _LINK_LETTERS for w in raw[i + 1 :]) and not (
            pack.noun_suffixes):
        return False
    before = [_lower(w) for w in raw[max(0, i - _BEFORE_NOUN) : i]]
    for j in range(len(before) - 1, -1, -1):
        if before[j] in pack.place_prepositions or before[j] in pack.locative_contractions:
            between = raw[max(0, i - _BEFORE_NOUN) + j + 1 : i]
            # Articles and lower-case adjectives only ("in der korvanischen Hauptstadt").
            return all(_lower(w) in pack.articles or len(w) <= _LINK_LETTERS
                       or w[:1].islower() for w in between)
    return False


_PARENTHETICAL = re.compile(r",\s*(?:[^\W\d_]{1,4}\s+)?\x00+(?:\s+[^\W\d_]{1,8}(?=\s*,))?\s*,?")
"""A date set off by a comma, an article or demonstrative before it and a word like
``dernier`` after it."""


def mask_dates(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with dates set off by commas removed (``, ce samedi 15 mai,``):
    such a date dates the clause it stands in, it does not open another."""
    piece = list(text[start:end])
    for d_start, d_end in dates:
        for i in range(max(d_start, start), min(d_end, end)):
            piece[i - start] = "\x00"
    masked = "".join(piece)
    # The dates themselves go; what is left keeps its length so offsets stay meaningful.
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group()), masked).replace("\x00", " ")
