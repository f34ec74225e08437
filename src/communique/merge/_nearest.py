"""Which event a mention without place or date continues: the one its article has just named.

An article reports an event ("The border committee met on 25 August in Korvania.") and goes on
about it without repeating where or when ("The Korvanian delegation was led by Ana Tavares.").
Who led whose delegation is told of the event named right before — not of the event most of
the story is about, which the article may name in passing a paragraph later or earlier.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection, Iterable

from communique.model.annotations import EventMention

NEAR_CHARS = 400
"""Most characters between the end of the sentence naming an event and a mention continuing it
(a sentence or two)."""


class ArticleEvents:
    """Where each article names each event: sentence spans of anchored mentions, per article."""

    def __init__(self, named: Iterable[tuple[str, int, int, str, int]]) -> None:
        """``named``: (article, sentence start, sentence end, family, event index) per mention."""
        self._spans: dict[str, list[tuple[int, int, str, int]]] = defaultdict(list)
        for doc_id, start, end, family, index in named:
            self._spans[doc_id].append((end, start, family, index))
        for spans in self._spans.values():
            spans.sort()

    def just_before(self, doc_id: str, start: int, family: str) -> int | None:
        """The event of ``family`` the article names last before ``start``, when that is at
        most :data:`NEAR_CHARS` away and no event of another family lies between."""
        spans = self._spans.get(doc_id, [])
        cut = bisect.bisect_right(spans, (start, start, "\uffff", 1 << 30))
        for end, _, kind, index in reversed(spans[:cut]):
            if start - end > NEAR_CHARS:
                return None
            if kind == family:
                return index
        return None


def sides_fit(mention: EventMention, parties: Collection[str]) -> bool:
    """Whether every delegate a mention names is of a side the event has: "the participants
    also met the agency's chief" tells of a meeting beside it, not of who led its sides."""
    return all(d.party is not None and d.party in parties for d in mention.delegates)
