"""The words a news lead is read by, in every language: which kinds of story event a
sentence names (signing, talks, ceasefire), whether it cites an earlier event or puts its event
ahead, the number it gives a round, and whether it names a place or a party.

The words are ``lang/<code>/news_words.json`` (and, for a language with a pack, its signing
words, meeting nouns, ordinals and future cues): a language is read here once it has the
file. :mod:`._news_events` finds the story event a lead reports with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from communique.clean._datewords import FUTURE_MARKER, WEEKDAY_ALT
from communique.lang import language_pack, read_language_file

__all__ = ["background", "names_any", "news_kinds", "place_ending", "planned", "round_number"]

_KINDS: dict[str, frozenset[str]] = {
    "signing": frozenset({"agreement"}),
    "meeting": frozenset({"talks", "meeting"}),
    "ceasefire": frozenset({"ceasefire"}),
}
"""Which story event types each kind of news word names."""
_WEEKDAY_WORD = re.compile(rf"(?:\w+\s+)?(?<!\w)(?:{WEEKDAY_ALT})(?!\w)(?:\s+\w+)?",
                           re.IGNORECASE)
"""A weekday with the words on either side ("samedi dernier", "el sábado pasado", "last
Friday"): a background word beside a weekday still speaks of the week of writing."""
_PLANNED = "planned"
"""The key of the words that put a sentence's event ahead ("set to sign", "to host")."""
_BACKGROUND = "background"
"""The key of the words that cite an earlier event ("two months ago", "le 27 juin dernier")."""


@cache
def _news_data(language: str) -> dict[str, Any]:
    """The language's ``news_words.json`` (empty when it has none), read once."""
    return read_language_file(language, "news_words.json") or {}


@cache
def _words(language: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Kind of news (or :data:`_BACKGROUND`) → patterns of its words in ``language`` (its
    ``news_words.json`` and, for a language with a pack, the pack's signing words and meeting
    nouns)."""
    lists: dict[str, set[str]] = {kind: set() for kind in (*_KINDS, _BACKGROUND, _PLANNED)}
    data = _news_data(language)
    for kind in lists:
        lists[kind].update(w.casefold() for w in data.get(kind, ()))
    pack = language_pack(language)
    if pack is not None:
        lists["signing"].update(w.casefold() for w in pack.signing_words)
        lists["meeting"].update(w.casefold() for w in pack.meeting_nouns)
    joined = _proclitic(language)
    # One pattern per kind, its words an alternation: whether any word occurs is what is
    # asked, and one scan of the sentence answers it (a pattern per word scanned it once per
    # word, for every lead sentence of every article on every merge).
    return {kind: (re.compile(rf"(?<!\w){joined}(?:"
                              + "|".join(re.escape(w) for w in sorted(words)) + r")(?!\w)"),)
            for kind, words in lists.items() if words}


@cache
def _proclitic(language: str) -> str:
    """A pattern of the proclitics a word of ``language`` may carry joined to it (Arabic
    "و", "ب": "بروما", "وإيران"), optional; empty for a language that writes none."""
    clitics = sorted(_news_data(language).get("proclitics", ()), key=len, reverse=True)
    return f"(?:{'|'.join(re.escape(c) for c in clitics)})?" if clitics else ""


def news_kinds(sentence: str, language: str) -> frozenset[str]:
    """The story event types the sentence's news words name."""
    folded = sentence.casefold()
    found: set[str] = set()
    for kind, patterns in _words(language).items():
        if kind in _KINDS and any(p.search(folded) for p in patterns):
            found |= _KINDS[kind]
    return frozenset(found)


def background(sentence: str, language: str) -> bool:
    """Whether the sentence cites something earlier than its news (a word of
    :data:`_BACKGROUND` apart from a weekday)."""
    folded = _WEEKDAY_WORD.sub(" ", sentence).casefold()
    return any(p.search(folded) for p in _words(language).get(_BACKGROUND, ()))


_ORDINAL_REACH = 40
"""The most characters between an ordinal and the round noun it numbers ("third round",
"troisième cycle de négociations")."""


@cache
def _ordinal_words(language: str) -> tuple[dict[str, int], re.Pattern[str] | None]:
    """Ordinal word → its number, and the pattern of the nouns an ordinal numbers (rounds,
    sessions, talks), from the language pack or ``news_words.json``."""
    pack = language_pack(language)
    if pack is not None:
        ordinals, nouns = pack.ordinals, {*pack.round_nouns, *pack.meeting_nouns}
    else:
        data = _news_data(language)
        ordinals = tuple(tuple(words) for words in data.get("ordinals", ()))
        nouns = {*data.get("rounds", ()), *data.get("meeting", ())}
    values = {w.casefold(): n for n, words in enumerate(ordinals, 1) for w in words}
    if not values or not nouns:
        return values, None
    alternation = "|".join(re.escape(n.casefold()) for n in sorted(nouns, key=len, reverse=True))
    return values, re.compile(rf"(?<!\w){_proclitic(language)}(?:{alternation})(?!\w)")


def round_number(sentence: str, language: str) -> int | None:
    """The one number the sentence gives a round ("the fourth round", "la cuarta ronda")."""
    values, nouns = _ordinal_words(language)
    if nouns is None:
        return None
    folded = sentence.casefold()
    # Most languages put the ordinal before the noun ("the fourth round"), some after it
    # ("الجولة الثانية", the round the second).
    after = bool(_news_data(language).get("ordinals_follow"))
    found = {values[m.group()] for m in re.finditer(r"[^\W_][\w.ªº°]*", folded)
             if m.group() in values and (
                 nouns.search(folded, max(0, m.start() - _ORDINAL_REACH), m.start()) if after
                 else nouns.search(folded, m.end(), m.end() + _ORDINAL_REACH))}
    return found.pop() if len(found) == 1 else None


def planned(sentence: str, language: str) -> bool:
    """Whether the sentence puts its event ahead ("will sign", "vont signer")."""
    folded = sentence.casefold()
    if FUTURE_MARKER.search(sentence) or any(p.search(folded)
                                             for p in _words(language).get(_PLANNED, ())):
        return True
    pack = language_pack(language)
    return pack is not None and any(
        re.search(rf"(?<!\w){re.escape(cue.casefold())}(?!\w)", folded)
        for cue in pack.future_cues)


def names_any(sentence: str, names: Iterable[str], language: str = "en", ending: str = "") -> bool:
    """Whether ``sentence`` names one of ``names`` (longer than two letters) as a whole word,
    with the language's proclitics joined before it and ``ending`` allowed after it."""
    joined = _proclitic(language)
    return any(_name_pattern(joined, n, ending).search(sentence) for n in names if len(n) > 2)


@cache
def _name_pattern(joined: str, name: str, ending: str) -> re.Pattern[str]:
    """The pattern of one name (compiled once: a merge asks about the story's names for every
    lead sentence and event, more distinct patterns than :mod:`re` keeps compiled)."""
    return re.compile(rf"(?<!\w){joined}{re.escape(name)}{ending}(?!\w)", re.IGNORECASE)


@cache
def place_ending(language: str) -> str:
    """A pattern of the endings that make a place's name an adjective in ``language``
    ("Genfer", "Washingtoner"), optional; empty for a language that has none listed."""
    endings = sorted(_news_data(language).get("place_suffixes", ()), key=len, reverse=True)
    return f"(?:{'|'.join(re.escape(e) for e in endings)})?" if endings else ""
