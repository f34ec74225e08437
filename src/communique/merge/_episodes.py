"""A bounded episode named by its length in any language the phrase files read.

The English reader of :func:`communique.merge._claim_facts.episode_of` takes *the five-day
border conflict* and *five days of fighting*; this one takes the same in the other languages
(*cinco días de conflicto armado*, *conflit de cinq jours*, *16 дней ожесточенных
столкновений*) and, in every language, a count given over the last weeks of its tally (*47
personnes ont été tuées au cours des trois dernières semaines*, *over the past three weeks*).
The number is digits or a number word of any language (:func:`number_words`), the unit a word
of ``episode_units`` (day, week, month), the fighting a word of ``fighting_nouns`` or
``episode_nouns``, and *last* a word of ``last_span_words``: at most three words between the
length and the fighting.

A count given for an episode's length is settled whenever it is written (see
:mod:`communique.merge._value_conflicts`): that is what lets the counts of undated articles be
set against each other.
"""

from __future__ import annotations

import re
from functools import cache

from communique.lang._phrases import (
    alternation,
    cardinal_group,
    cardinal_value,
    grouped,
    number_words,
)

_MOST = 31
_BETWEEN = r"(?:\W+[\w'’-]+){0,3}?\W+"


@cache
def _patterns() -> tuple[dict[str, int], list[tuple[str, re.Pattern[str]]]]:
    numbers = number_words(_MOST)
    number = cardinal_group(numbers)
    fighting = alternation("fighting_nouns", "episode_nouns")
    last = alternation("last_span_words")
    found: list[tuple[str, re.Pattern[str]]] = []
    for unit, forms in grouped("episode_units").items():
        words = "(?:" + "|".join(forms) + ")"
        for shape in (
            rf"(?<![\w-]){number}[\s-]+{words}{_BETWEEN}{fighting}(?!\w)",
            rf"(?<!\w){fighting}(?:\W+[\w'’-]+){{0,2}}?\W+{number}[\s-]+{words}(?!\w)",
            rf"(?<!\w){last}\s+{number}\s+{words}(?!\w)",
            rf"(?<![\w-]){number}\s+{last}\s+{words}(?!\w)",
        ):
            found.append((unit, re.compile(shape, re.IGNORECASE)))
    return numbers, found


def any_language_episode(sentence: str) -> str | None:
    """The episode a sentence names by its length, as ``3-week``, else ``None``."""
    numbers, patterns = _patterns()
    for unit, pattern in patterns:
        match = pattern.search(sentence)
        if match is not None:
            value = cardinal_value(match.group("n"), numbers)
            if value:
                return f"{value}-{unit}"
    return None
