"""Lag contradictions: outlets that date one event a different time after the same thing.

"The signing comes 48 hours after a joint communiqué" in one outlet and "three days after a
communiqué" in another, both about one event, disagree on when it happened relative to the
communiqué: a ``date`` contradiction at the precision of the lag. Read from the sentences
about one dated event that roles are read from
(:func:`communique.merge._role_sentences.role_sentences`): a number (digits or a number word
of any language) and a unit (an hour: ``lag_hour_units``; a day or a week: ``episode_units``),
then an *after* word (``lag_after_words``) and what it is counted from, whose words within the
next few are compared: two lags are of the same thing when those words share one of at least
six letters (*communiqué*, *ceasefire*; not *talks*, which may be another round). Lags of
one thing are compared in hours (48 hours and two days agree);
a sentence giving two lags of one thing takes no side, and each outlet has one value (its
articles pooled), never two sides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from communique.lang._phrases import (
    alternation,
    cardinal_group,
    cardinal_value,
    grouped,
    number_words,
)
from communique.merge._corpus import Corpus
from communique.merge._modes import listing, one_value_groups, sides_of
from communique.merge._role_sentences import each_once, role_sentences
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

_MOST = 31
_HOURS = {"hour": 1, "day": 24, "week": 24 * 7}
# What the lag is counted from: this many words after the *after* word.
_FROM_WORDS = 5
# A word that names what a lag is counted from, not an article or a preposition.
_TELLING_LETTERS = 6


@cache
def _patterns() -> tuple[dict[str, int], list[tuple[int, re.Pattern[str]]]]:
    numbers = number_words(_MOST)
    number = cardinal_group(numbers)
    after = alternation("lag_after_words")
    units = {"hour": alternation("lag_hour_units")}
    days = grouped("episode_units")
    units.update({unit: "(?:" + "|".join(days[unit]) + ")" for unit in ("day", "week")
                  if unit in days})
    found = [(_HOURS[unit], re.compile(
        rf"(?<![\w-]){number}[\s-]+{words}\s+{after}\s+"
        rf"(?=(?P<what>(?:\W*[\w'’-]+){{1,{_FROM_WORDS}}}))",
        re.IGNORECASE)) for unit, words in units.items()]
    return numbers, found


def lags_in(sentence: str) -> set[tuple[str, int]]:
    """Each telling word of what a lag is counted from, with the lag in hours; none for a
    word given two lags in the sentence."""
    numbers, patterns = _patterns()
    found: dict[str, set[int]] = defaultdict(set)
    for hours, pattern in patterns:
        for match in pattern.finditer(sentence):
            value = cardinal_value(match.group("n"), numbers)
            if not value:
                continue
            for word in re.findall(r"[^\W\d_]+", match.group("what").lower()):
                if len(word) >= _TELLING_LETTERS:
                    found[word].add(value * hours)
    return {(word, next(iter(lags))) for word, lags in found.items() if len(lags) == 1}


def lag_contradictions(events: Sequence[StoryEvent], corpus: Corpus) -> list[Contradiction]:
    """For each dated event, outlets that put it a different time after the same thing."""
    made: list[Contradiction] = []
    for event, sentences in role_sentences(events, corpus):
        per_word: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        evidence_of: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for evidence in each_once(sentences):
            for word, lag in lags_in(evidence.text):
                per_word[word][evidence.article].add(lag)
                evidence_of[word][evidence.article].append(evidence)
        for word in sorted(per_word):
            found = _contradiction(event, word, per_word[word], evidence_of[word], corpus)
            if found is not None:
                made.append(found)
                break  # one lag contradiction an event: its other words name the same thing
    return made


def _contradiction(event: StoryEvent, word: str, per_article: dict[str, set[int]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus
                   ) -> Contradiction | None:
    # In hours: 48 hours and two days are one lag.
    groups = one_value_groups(per_article, corpus)
    if len(groups) < 2:
        return None
    sides = sides_of(groups, evidence_of, corpus, _label)
    note = (f"Outlets put {event.title} a different time after the {word}: "
            f"{listing(sides)}.")
    return Contradiction(content_id("x_", "date", "lag", event.id, word), "date", event.id,
                         sides, note)


def _label(hours: int) -> str:
    if hours % 24 == 0:
        return f"{hours // 24} days after"
    return f"{hours} hours after"
