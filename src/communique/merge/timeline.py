"""The timeline: dated events, and the claims and quotes several outlets carry, in date order."""

from __future__ import annotations

from collections.abc import Sequence

from communique.model.story import StoryClaim, StoryEvent, StoryQuote, TimelineItem

_MAX_LABEL = 140


def _short(text: str) -> str:
    """A label cut to a readable length on a word boundary."""
    text = " ".join(text.split())
    if len(text) <= _MAX_LABEL:
        return text
    return text[:_MAX_LABEL].rsplit(" ", 1)[0] + "…"


def build_timeline(
    events: Sequence[StoryEvent],
    claims: Sequence[StoryClaim],
    quotes: Sequence[StoryQuote],
    published: dict[str, str],
) -> list[TimelineItem]:
    """Timeline items for dated events, corroborated claims and quotes found in several outlets.

    ``published`` maps article ids to ISO publication dates: a claim or quote is placed on the
    earliest date an article reported it.
    """
    items = [
        TimelineItem(e.start, e.end if e.end != e.start else None, "event", e.id, e.title)
        for e in events
        if e.start
    ]
    for claim in claims:
        if claim.support < 2:
            continue
        dates = sorted(published[e.article] for e in claim.evidence if e.article in published)
        if dates:
            items.append(TimelineItem(dates[0], None, "claim", claim.id, _short(claim.text)))
    for quote in quotes:
        # One entry per linked group: the copy with the smallest id stands for the others.
        if quote.also_in and quote.date and quote.id < min(quote.also_in):
            items.append(TimelineItem(quote.date, None, "quote", quote.id, _short(quote.text)))
    items.sort(key=lambda i: (i.date, i.kind != "event", i.ref))
    return items
