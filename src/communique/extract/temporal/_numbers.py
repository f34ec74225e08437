"""Reading the amounts written in temporal expressions: ``15``, ``two``, ``twenty-five``."""

from __future__ import annotations

import re

from communique.extract.temporal._lexicon import NUMBER_WORDS, ORDINALS

# Quantities that are known to be more than one but not how many.
_VAGUE = frozenset({"several", "many", "few", "a few", "some"})
_SPACES = re.compile(r"\s+")


def amount(word: str) -> float | None:
    """The number a word or numeral stands for; ``None`` for vague ones (``several``)."""
    lower = _SPACES.sub(" ", word.strip().lower())
    if lower in _VAGUE:
        return None
    if lower in NUMBER_WORDS:
        return float(NUMBER_WORDS[lower])
    if "-" in lower:
        tens, _, units = lower.partition("-")
        if tens in NUMBER_WORDS and units in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[units])
    digits = lower.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def ordinal(word: str) -> int | None:
    """The number an ordinal stands for (``fourth`` → 4, ``21st`` → 21), if it is one."""
    lower = word.lower()
    if lower in ORDINALS:
        return ORDINALS[lower]
    found = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", lower)
    return int(found.group(1)) if found else None


def unit_name(word: str) -> str:
    """A unit word as the lexicon spells it: ``Centurie`` (of ``centuries``) → ``century``."""
    lower = word.lower()
    return "century" if lower.startswith("centur") else lower
