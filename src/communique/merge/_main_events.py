"""Which event an article is about, and which sentences the events stage gave to an event.

Several contradiction finders read an article's sentences only for the event the article is
about (its *main event*) and only where no other event claims the sentence: the month slips,
the expected spans and the cities given in sentences linked to nothing. They share these two
readings of the built events.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from communique.merge._numbered_rounds import Built


def main_events(built: Sequence[Built], types: Collection[str] | None = None
                ) -> dict[str, str]:
    """Each article's main event: the held, exactly dated event it has most mentions of
    (among events of ``types``, when given)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event, items, when in built:
        if when is None or not when.precise or event.status not in ("held", "ongoing"):
            continue
        if types is not None and event.type not in types:
            continue
        for item in items:
            counts[item.doc_id][event.id] += 1
    return {doc: found.most_common(1)[0][0] for doc, found in counts.items()}


def claimed_sentences(built: Sequence[Built]) -> dict[tuple[str, int], set[str]]:
    """The events whose mentions each (article, start) holds."""
    claimed: dict[tuple[str, int], set[str]] = defaultdict(set)
    for event, items, _ in built:
        for item in items:
            claimed[(item.doc_id, item.mention.start)].add(event.id)
    return claimed
