"""Reworded copies recognised against a group of copies rather than one of them.

A wire story reaches the batch in several copies, each cut at another point or reworded in
another way. A further rewrite of that story may keep too few sentences of any *one* copy to
pass the pair test of :mod:`communique.clean._rewrites` (three aligned sentences), yet tell
different sentences of each: two with one copy, two others with the next. Pooled over the
group, its aligned sentences add up to what a pair would need. An independent report of the
same event shares the event's few salient facts with every copy, so what it aligns with each
member is mostly the *same* sentences of its own, and the pooled count stays where the pair
count was.

So a document joins a group of copies when

1. at least :data:`MIN_MEMBERS` members each align some of its sentences in order (each pair
   on its own, as :func:`communique.clean._rewrites.aligned_pairs` finds them, none of them a
   series by the caller's test),
2. the distinct sentences of the document aligned with one member or another number at least
   :data:`communique.clean._rewrites.MIN_ALIGNED`, and
3. they are at least :data:`MIN_POOLED_SHARE` of the document's sentences.

Measured on the three real dev stories (342 crawled page openings, 41 gold copy pairs; groups
as the pair tests leave them): the two rewrites of a copied wire story that no pair test
marks pool 3 and 4 distinct aligned sentences (a quarter and a half of their sentences), while
no independent report pools more than 2 with any group (at the sentence match of 0.4 instead
of 0.45, two independent reports would reach 3: the margin is one sentence). Pooling adds no
pair test and no threshold of its own beyond the share, which only keeps a long text from
joining on three sentences of dozens.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from communique.clean._rewrites import MIN_ALIGNED

__all__ = ["MIN_MEMBERS", "MIN_POOLED_SHARE", "Partial", "pooled_links"]

MIN_MEMBERS = 2
"""Members of the group that must align some sentences of the document each: with one member
alone this is the pair test, which the pair has failed."""
MIN_POOLED_SHARE = 0.2
"""Share of the document's sentences that the pooled alignments must cover."""


@dataclass(frozen=True, slots=True)
class Partial:
    """Sentences two documents tell in the same order, too few to make them copies alone."""

    first: int
    second: int
    in_first: frozenset[int]
    """Positions of the aligned sentences in ``first``."""
    in_second: frozenset[int]
    """Positions of the aligned sentences in ``second``."""


def pooled_links(partials: Iterable[Partial], group_of: Callable[[int], int],
                 sentence_counts: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs ``(document, member)`` whose union makes the document a copy of the member's
    group (see the module doc); ``group_of`` names each document's group as it stands."""
    # (document, group) -> member -> the document's sentences that member aligns
    evidence: defaultdict[tuple[int, int], dict[int, frozenset[int]]] = defaultdict(dict)
    for partial in partials:
        first, second = group_of(partial.first), group_of(partial.second)
        if first == second:
            continue
        if partial.in_second:
            evidence[(partial.second, first)][partial.first] = partial.in_second
        if partial.in_first:
            evidence[(partial.first, second)][partial.second] = partial.in_first
    links = []
    for (document, _), members in sorted(evidence.items()):
        if len(members) < MIN_MEMBERS:
            continue
        pooled = frozenset().union(*members.values())
        if (len(pooled) >= MIN_ALIGNED
                and len(pooled) >= MIN_POOLED_SHARE * sentence_counts[document]):
            links.append((document, min(members)))
    return links
