"""The merge stage: one cross-checked story from the annotations of many documents.

Public API::

    story = merge(documents, annotations)
    # or in two steps, stopping once the events stand (what a settle dates articles from)
    merged = merge_events(documents, annotations)
    story = finish(merged)
    # undated documents dated by the weekdays of the story events they report
    dated = dates_from_events(documents, {a.document_id: a for a in annotations}, story.events)
    # months of the rest, where the text, the story and the coverage agree
    months = estimate_months(documents, {a.document_id: a for a in annotations}, story.events)

Steps, each blocking by entities, dates, places or numbers so that nothing compares all pairs:
entity resolution, event coreference (rounds, delegations, outcomes, numbering conflicts),
claim clustering with corroboration and contradiction, quote linking, the positions matrix,
the timeline and the digest.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from communique.merge._accord_kinds import accord_contradictions
from communique.merge._attackers import attacker_contradictions
from communique.merge._corpus import Corpus
from communique.merge._event_weekdays import weekday_contradictions
from communique.merge._hosts import host_contradictions
from communique.merge._lags import lag_contradictions
from communique.merge._lead_reports import join_lead_reports
from communique.merge._modes import mode_contradictions
from communique.merge._offices import office_contradictions
from communique.merge._pubdates import dates_from_events
from communique.merge._pubmonths import Estimate, estimate_months, place_aliases
from communique.merge._role_conflicts import role_contradictions
from communique.merge._start_times import start_time_contradictions
from communique.merge._truce_starts import truce_start_contradictions
from communique.merge._turning_points import resumption_contradictions
from communique.merge._venues import venue_contradictions
from communique.merge._weekdays import weekday_slips
from communique.merge.claims import build_claims
from communique.merge.digest import build_digest
from communique.merge.entities import EntityIndex, resolve_entities
from communique.merge.events import EventBuild, build_events
from communique.merge.positions import build_positions
from communique.merge.quotes import build_quotes
from communique.merge.timeline import build_timeline
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.memo import TextMemo
from communique.model.story import Contradiction, Story, StoryEvent

__all__ = ["Corpus", "EntityIndex", "Estimate", "EventsMerged", "TextMemo", "dates_from_events",
           "estimate_months", "finish", "merge", "merge_events", "place_aliases"]


def merge(documents: Sequence[Document], annotations: Sequence[Annotations],
          memo: TextMemo | None = None) -> Story:
    """Merge per-document annotations into one story (documents in dossier order).

    ``memo`` keeps what is read from each article's text alone between runs (see
    :class:`TextMemo`): the story is the same with it or without."""
    return finish(merge_events(documents, annotations, memo))


@dataclass(frozen=True, slots=True)
class EventsMerged:
    """A merge stopped once its events stand: what :func:`finish` goes on from.

    A settle first asks only which undated articles the story's events date, and merges
    again when some are: stopping here spares the rest of a merge whose story would be
    thrown away (see :func:`communique.pipeline.merge_dated`)."""

    documents: Sequence[Document]
    corpus: Corpus
    entities: EntityIndex
    built: EventBuild
    timings: dict[str, float]

    @property
    def events(self) -> tuple[StoryEvent, ...]:
        """The story's events (as :func:`finish` puts them in the story)."""
        return tuple(self.built.events)


def merge_events(documents: Sequence[Document], annotations: Sequence[Annotations],
                 memo: TextMemo | None = None) -> EventsMerged:
    """The first steps of :func:`merge`: entity resolution and event coreference."""
    corpus = Corpus(documents, annotations, memo)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    entities = resolve_entities(corpus)
    timings["entities"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    built = build_events(corpus, entities)
    # Articles no dated event cites join the event their lead reports (another language
    # without an event reader, a report whose reader placed nothing).
    built = EventBuild(join_lead_reports(built.events, corpus, entities), built.contradictions)
    timings["events"] = time.perf_counter() - t0
    return EventsMerged(documents, corpus, entities, built, timings)


def finish(merged: EventsMerged) -> Story:
    """The rest of :func:`merge` from its events: claims, quotes, positions,
    contradictions, the timeline and the digest. Call it once per :func:`merge_events`: the
    steps share the merge's corpus and its scratch results."""
    corpus, entities, built = merged.corpus, merged.entities, merged.built
    timings = dict(merged.timings)
    t0 = time.perf_counter()
    claims, claim_conflicts = build_claims(corpus, entities.countries, built.events,
                                            entities.entities)
    timings["claims"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    quotes = build_quotes(corpus, entities)
    timings["quotes"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    positions = build_positions(corpus, entities)
    timings["positions"] = time.perf_counter() - t0
    modes = mode_contradictions(built.events, corpus)
    modes += role_contradictions(built.events, corpus, entities.countries,
                                 lambda doc, name: entities.name_of(entities.id_of(doc, name)))
    modes += accord_contradictions(built.events, corpus)
    modes += attacker_contradictions(
        built.events, corpus, entities.countries,
        lambda doc, name: entities.name_of(entities.id_of(doc, name)))
    venues = venue_contradictions(built.events, corpus)
    venues += start_time_contradictions(built.events, corpus)
    venues += weekday_contradictions(built.events, corpus, built.contradictions)
    venues += host_contradictions(built.events, corpus, built.contradictions)
    venues += _new_dates(truce_start_contradictions(built.events, corpus), venues)
    venues += resumption_contradictions(corpus)
    venues += lag_contradictions(built.events, corpus)
    offices = office_contradictions(entities.entities, corpus, entities.countries.country_of)
    contradictions = [*built.contradictions, *claim_conflicts, *modes, *venues, *offices]
    contradictions += _new_slips(weekday_slips(corpus, events=built.events), contradictions)
    published = {d.id: d.published.isoformat() for d in merged.documents if d.published}
    timeline = build_timeline(built.events, claims, quotes, published)

    def name(ref: str) -> str:
        return entities.name_of(ref) or ref

    digest = build_digest(
        built.events, claims, contradictions, positions, quotes, name, corpus.order, published
    )
    return Story(
        entities=tuple(entities.entities),
        events=tuple(built.events),
        quotes=tuple(quotes),
        claims=tuple(claims),
        positions=tuple(positions),
        contradictions=tuple(contradictions),
        timeline=tuple(timeline),
        digest=digest,
        timings=timings,
    )


def _new_dates(found: Sequence[Contradiction],
               known: Sequence[Contradiction]) -> list[Contradiction]:
    """Truce start times read from sentences that no start-time contradiction of an event
    already sets against each other (the same articles on its sides)."""
    seen = [{e.article for side in c.sides for e in side.evidence}
            for c in known if c.kind == "date"]
    return [c for c in found
            if {e.article for side in c.sides for e in side.evidence} not in seen]


def _new_slips(slips: Sequence[Contradiction],
               found: Sequence[Contradiction]) -> list[Contradiction]:
    """Weekday slips the events stage has not already reported with an event."""
    seen = {(e.article, e.start) for c in found if c.kind == "inconsistency"
            for side in c.sides for e in side.evidence}
    return [c for c in slips if (c.sides[0].evidence[0].article,
                                 c.sides[0].evidence[0].start) not in seen]
