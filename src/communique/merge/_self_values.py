"""A source against itself on a number: one article that gives one attribute two values.

"More than 260,000 displaced" in one paragraph and "the 300,000 evacuated villagers" further
down, both of one conflict and both stated as fact, is the article's ``inconsistency``: which of
the two it meant cannot be told from the text. The two values must be rivals by the same test
two outlets are held to (:func:`communique.merge._value_conflicts.rival_values`: the same
measure, unit and scope, plain single-valued statements, a shared context, no reading of the
wording that lets both be true), with what an article's one moment of writing settles: two
counts are of the same occasion unless their sentences report different events, two lengths
only when both sentences report the same one (a meeting's hours and a truce's are two).

Only two different sentences count: one sentence giving two values of one measure states a
change (*rose from 30 to 35*) or a comparison. A sentence that says the figure was updated
(*rose*, *earlier*, *initially*: ``tally_update_words``) tells a tally's history, not a slip.
Each inconsistency has two sides, both from the one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._fact import Fact
from communique.model import content_id
from communique.model.story import Contradiction, Side


@cache
def _updated() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation('tally_update_words')}(?!\w)", re.IGNORECASE)


Rival = Callable[[Fact, Fact], bool]


def self_value_contradictions(blocks: Iterable[Sequence[Fact]], corpus: Corpus,
                              rival: Rival) -> list[Contradiction]:
    """The articles that give one attribute two rival values, one contradiction per article
    and attribute. ``blocks`` are the facts of one attribute each; ``rival(a, b, same)`` tells
    rival values given whether they are of one occasion (see :mod:`_value_conflicts`)."""
    found: list[Contradiction] = []
    updated = _updated()
    for members in blocks:
        by_article: dict[str, list[Fact]] = {}
        for fact in members:
            by_article.setdefault(fact.doc_id, []).append(fact)
        for doc_id, facts in by_article.items():
            pair = _first_pair(facts, rival, updated, corpus)
            if pair is not None:
                found.append(_contradiction(doc_id, pair, corpus))
    return found


def _first_pair(facts: Sequence[Fact], rival: Rival, updated: re.Pattern[str],
                corpus: Corpus) -> tuple[Fact, Fact] | None:
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            if a.claim.start == b.claim.start:
                continue  # one sentence with two values: a change or a comparison
            texts = (corpus.sentence(a.doc_id, a.claim.start).text,
                     corpus.sentence(b.doc_id, b.claim.start).text)
            if any(updated.search(text) for text in texts):
                continue
            if rival(a, b):
                return a, b
    return None


def _contradiction(doc_id: str, pair: tuple[Fact, Fact], corpus: Corpus) -> Contradiction:
    outlets = corpus.outlets([doc_id])
    sides = tuple(
        Side(f.claim.quantity.text if f.claim.quantity else str(f.value),
             (corpus.evidence(doc_id, f.claim.start, f.claim.end),), outlets)
        for f in pair)
    note = (f"{corpus.outlet(doc_id)} gives two values for what one figure counts: "
            + " and ".join(f"“{side.value}”" for side in sides) + ".")
    return Contradiction(content_id("x_", "inconsistency", "value", doc_id,
                                    *(str(f.claim.start) for f in pair)),
                         "inconsistency", doc_id, sides, note)
