"""Which event a sentence reports: read off the events the events stage built.

The events stage keeps, as each event's evidence, the sentences that mention it. A claim or a
format word in one of those sentences is about that event; a sentence that mentions no event
falls back on the article's main event (the one it mentions most often, when that is clear).
Claims and contradictions are then ``about`` the event ids the events stage produced, so the
two stages never disagree on what an event is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from communique.model.story import StoryEvent


class EventAnchors:
    """Sentence → event ids, and each article's main event."""

    def __init__(self, events: Sequence[StoryEvent] = ()) -> None:
        self._at: dict[tuple[str, int], set[str]] = defaultdict(set)
        per_article: dict[str, Counter[str]] = defaultdict(Counter)
        for event in events:
            for evidence in event.evidence:
                self._at[(evidence.article, evidence.start)].add(event.id)
                per_article[evidence.article][event.id] += 1
        self._main: dict[str, str] = {}
        for article, counts in per_article.items():
            ranked = counts.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                self._main[article] = ranked[0][0]

    def of_sentence(self, article: str, start: int) -> str | None:
        """The one event the sentence at ``start`` mentions (``None``: none, or several)."""
        found = self._at.get((article, start), set())
        return next(iter(found)) if len(found) == 1 else None

    def mentions_several(self, article: str, start: int) -> bool:
        """Whether the sentence mentions more than one event (a list of rounds, say)."""
        return len(self._at.get((article, start), ())) > 1

    def main(self, article: str) -> str | None:
        """The event an article mentions most often, when one stands out."""
        return self._main.get(article)
