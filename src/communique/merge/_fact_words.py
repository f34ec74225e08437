"""The words a claim fact is made of: crude stems, content words, and the classes news
measures by (what it counts, what a length is the length of, a rate charged on goods).

The classes' words are data (``lang/<code>/conflict_phrases.json``: ``measure_words``,
``span_words``, ``levy_words``, ``extension_words``, ``relief_words``), every language's
together, each word kept as its stem: a claim's word names a class when its stem is one of
the class's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from communique.lang._phrases import grouped, phrases
from communique.model.claims import Claim

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied",
             "ed", "es", "s")
_STOP_WORDS = """
a an the of to in on at by for with from and or but as is are was were be been being has have
had it its this that these those their his her they he she we you which who whom whose what when
where while than then there also not no nor more less over under about around nearly almost some
up down into after before since during per both each other such only just very so said says say
told tell according reported report reports saying amid among between within without until
following least most much many all any will would could should may might must can shall did do
does new last next first second third today yesterday tomorrow monday tuesday wednesday thursday
friday saturday sunday mr mrs ms dr
"""
STOP = frozenset(_STOP_WORDS.split())
_NUMBERS_AND_UNITS = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions dozen dozens half
percent cent per hour hours minute minutes day days week weeks month months year years decade
decades century centuries kilometre kilometres kilometer kilometers km mile miles dollar dollars
euro euros point points
"""
NUMBER_WORDS = frozenset(_NUMBERS_AND_UNITS.split())
# "May" is left out: the modal verb is far more common.
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "june", "july", "august",
                          "september", "october", "november", "december"})
_VERBS_SAY_NOTHING = frozenset({"be", "have", "do", "make", "get"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: lower case, possessive and one common suffix removed (cached: the same
    words recur in every claim of a story)."""
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str, fold: Callable[[str], str]) -> frozenset[str]:
    """The stems of a text's content words, nationality words folded into their country."""
    out = set()
    for word in WORD.findall(text):
        lower = word.lower()
        if lower in STOP or lower in NUMBER_WORDS or len(lower) < 3:
            continue
        folded = fold(word)
        out.add(folded.lower() if folded != word else stem(lower))
    return frozenset(out)


def _stems(words: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


@cache
def measures() -> dict[str, frozenset[str]]:
    """What news counts (``killed``, ``injured``, ``displaced``, ``detained``), each class
    with the stems that say so, in the order classes are tried: a number of any of them is
    one measure."""
    return {name: _stems(words) for name, words in grouped("measure_words").items()}


@cache
def spans() -> dict[str, frozenset[str]]:
    """What news gives a length of (``conflict``, ``talks``, ``truce``, ``deadline``), each
    with the stems that say so: "a 12-day war", "five days of fighting", "the 12-day
    conflict" are one length of one thing."""
    return {name: _stems(words) for name, words in grouped("span_words").items()}


@cache
def levies() -> frozenset[str]:
    """The stems of what a percentage is charged as (a tariff, a duty, a levy, a tax): a
    rate of any of them is one kind of measure when pooling."""
    return _stems(phrases("levy_words"))


@cache
def reliefs() -> frozenset[str]:
    """The stems of suspending or lowering something (*suspend*, *reduce*, *cut*): a levy
    suspended or lowered for a time is a truce in it."""
    return _stems(phrases("relief_words"))


@cache
def extensions() -> frozenset[str]:
    """The stems that make a length that of an extension or a delay of something."""
    return _stems(phrases("extension_words"))


def measure_stems(measure: str) -> frozenset[str]:
    """The stems that name a measure class (nothing for other measures)."""
    return measures().get(measure, frozenset())


def measure_class(stems: Iterable[str]) -> str | None:
    """The measure class one of ``stems`` names, if any; the first class in the table's order
    when they name several ("killed … and displaced …"), never the order of a set, which
    changes from run to run with Python's string hashing."""
    present = frozenset(stems)
    return next((name for name, named in measures().items() if named & present), None)


def span_class(stems: Iterable[str]) -> str | None:
    """The span class one of ``stems`` names, if any, the first in the table's order."""
    present = frozenset(stems)
    return next((name for name, named in spans().items() if named & present), None)


def months_named(text: str) -> frozenset[str]:
    """The month names a text mentions (two lengths said of different months are two)."""
    return frozenset(w for w in WORD.findall(text.lower()) if w in _MONTH_NAMES)


def verbs_of(claim: Claim) -> frozenset[str]:
    """The stems of a claim's predicate, verbs that say nothing left out."""
    return frozenset(stem(w) for w in WORD.findall(claim.predicate)) - _VERBS_SAY_NOTHING
