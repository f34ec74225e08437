"""Whom a rate is aimed at: the countries after *on* or *against* near its number.

A clause states who a measure is charged on (``duties on Veldran imports``, ``sanctions
against Korvania``). When a sentence states several rates (``45% on Korvanian goods and 30%
in retaliation by Korvania``), each rate is aimed by the piece of the sentence that belongs
to it, never by a phrase that belongs to another rate: the sentence is cut between each two
numbers at the first clause break (a comma, *and*, *while*, *compared*…), the words before
the break going to the earlier number (``45% on Korvanian goods``), those after it to the
later one (``, while Veldra keeps duties on Tirasolian grain at 20%``); without a break the
whole gap goes to the earlier number (``cut from 45% to 15%``: nothing for the second).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

# "tariffs on Veldran goods", "sanctions against Korvania": who a measure is aimed at.
_AIMED_AT = re.compile(r"\b(?:on|against)\s+(?:(?:the|all|most|some|many|its|their)\s+)?"
                       r"(?P<a>[A-Z][\w.'’-]*)(?:\s+(?P<b>[A-Z][\w.'’-]*))?")
# "a 10% tax on almost every country's imports", "10 percent for other countries": a rate
# charged on the world at large, not the one two named sides set on each other.
_EVERY_COUNTRY = re.compile(r"\b(?:every|all|other|most|many)\s+(?:other\s+)?countr(?:y|ies)\b",
                            re.IGNORECASE)
EVERY_COUNTRY = "every country"
_SIDE = re.compile(r"\s+side\b", re.IGNORECASE)
# Where a sentence turns from one rate to the next.
_BREAK = re.compile(r"[,;(—–]|\s(?:and|while|whereas|but|with|compared|against|versus|vs\.?)\s",
                    re.IGNORECASE)


def aimed_at(text: str, fold: Callable[[str], str],
             countries: Callable[[str], bool]) -> frozenset[str]:
    """The countries a clause aims a measure at: a name or nationality right after *on* or
    *against* (``duties on Veldran imports``, ``tariffs against the Korvanian Republic``);
    :data:`EVERY_COUNTRY` for a rate charged on every (other) country."""
    found: set[str] = set()
    for match in _AIMED_AT.finditer(text):
        if _SIDE.match(text, match.end()):
            continue  # "10% on the Korvanian side": whose rate it is, not whom it is aimed at
        words = [w for w in (match.group("a"), match.group("b")) if w]
        for name in (" ".join(words), words[0]):
            folded = fold(name).lower()
            if countries(folded):
                found.add(folded)
                break
    if _EVERY_COUNTRY.search(text):
        found.add(EVERY_COUNTRY)
    return frozenset(found)


def _cut(text: str, start: int, end: int) -> int:
    """Where the gap ``text[start:end]`` between two numbers turns to the second: at its first
    clause break, else at its end (the whole gap is the first number's)."""
    found = _BREAK.search(text, start, end)
    return found.start() if found else end


def rate_pieces(text: str, start: int, end: int,
                numbers: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The piece of the sentence ``text[start:end]`` that belongs to each number (its start and
    end, in the order given; ``numbers`` are spans inside the sentence)."""
    order = sorted(range(len(numbers)), key=lambda i: numbers[i])
    cuts = [_cut(text, numbers[a][1], numbers[b][0]) for a, b in pairwise(order)]
    bounds = [start, *cuts, end]
    pieces: list[tuple[int, int]] = [(0, 0)] * len(numbers)
    for rank, index in enumerate(order):
        pieces[index] = (bounds[rank], bounds[rank + 1])
    return pieces
