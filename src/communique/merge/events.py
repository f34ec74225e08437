"""Event coreference: event mentions from many articles merged into events.

Mentions are blocked by event family (talks and meetings are one family; agreements and
deadlines their own) and by the country the place lies in (Lindhaven and "Veldra" share a
block once any article says "Lindhaven, Veldra"; a capital's country comes from the
gazetteer). Within a block, mentions with exact dates are swept in date order and merged when
their dates overlap; vaguer mentions ("next week", "earlier this month") join the events they
overlap; mentions with a place but no date join the event nearest to their article's date in
the direction their tense points; mentions with neither join the nearest anchored mention of
their own article. Nothing compares all pairs.

Each source's own round number is kept per source; two numbers for one event are a
contradiction, not two events. Two precise date ranges a few days apart for the same place and
kind, reported by disjoint sets of articles, are one event with a date contradiction.

The steps live in private modules: :mod:`._event_mentions` (family, block and dates of each
mention), :mod:`._event_blocks` (clustering within a block), :mod:`._event_joins` (joins
across blocks and days, date conflicts) and :mod:`._story_event` (the event a cluster
becomes); this module runs them and collects the contradictions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from communique.merge._corpus import Corpus
from communique.merge._event_blocks import (
    attach_unanchored,
    cluster_block,
    cluster_placeless,
    dateless_into_dated,
)
from communique.merge._event_clusters import Conflict, EventCluster, Mention
from communique.merge._event_conflicts import (
    Stated,
    date_conflict,
    inconsistencies,
    ordinal_conflict,
    overlap_conflict,
    place_conflict,
)
from communique.merge._event_fields import story_places, story_sides
from communique.merge._event_joins import (
    join_consecutive,
    merge_date_conflicts,
    merge_nested_places,
    merge_same_parties,
    nested_places,
)
from communique.merge._event_mentions import collect_mentions
from communique.merge._expected_spans import expected_span_contradictions
from communique.merge._month_slips import month_slip_contradictions
from communique.merge._numbered_rounds import Built, numbered_round_conflicts
from communique.merge._placeholders import resolve_placeholders
from communique.merge._self_conflicts import date_slips, place_slips
from communique.merge._sentence_places import sentence_place_conflicts
from communique.merge._story_event import event_interval, story_event
from communique.merge._year_slips import year_slips
from communique.merge.entities import EntityIndex
from communique.model.story import Contradiction, StoryEvent

_TOOK_PLACE = ("held", "ongoing")


def cluster_mentions(corpus: Corpus, entities: EntityIndex | None = None
                     ) -> tuple[list[EventCluster], list[Conflict]]:
    """All event clusters of the corpus, and the pairs merged despite differing dates
    (``entities`` gives places written in other languages the story's name)."""
    items = collect_mentions(corpus, entities)
    anchored = [m for m in items if m.block is not None]
    placeless_dated = [m for m in items if m.block is None and m.when is not None]
    loose = [m for m in items if m.block is None and m.when is None]
    blocks: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for item in anchored:
        blocks[(item.family, item.block)].append(item)
    clusters = [
        c
        for (_, _), group in sorted(blocks.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
        for c in cluster_block(group, corpus)
    ]
    clusters = join_consecutive(
        merge_nested_places(merge_same_parties(clusters), nested_places(corpus)))
    rest = dateless_into_dated(placeless_dated, clusters)
    # A mention that may not found an event and fits no placed one by its date is left to
    # its article's events, as one without a date is.
    loose += [item for item in rest if not item.founds]
    extra: dict[str, list[Mention]] = defaultdict(list)
    for item in rest:
        if item.founds:
            extra[item.family].append(item)
    for family in sorted(extra):
        clusters.extend(cluster_placeless(extra[family]))
    clusters, conflicts = merge_date_conflicts(clusters)
    clusters = resolve_placeholders(clusters, corpus)
    attach_unanchored(loose, clusters, corpus)
    return clusters, conflicts


@dataclass
class EventBuild:
    """The events of a story and the contradictions found while building them."""

    events: list[StoryEvent]
    contradictions: list[Contradiction]


def _stated(cluster: EventCluster) -> list[Stated]:
    return [Stated(m.doc_id, m.mention, m.when, m.block if m.located else None)
            for m in cluster.mentions]


def build_events(corpus: Corpus, entities: EntityIndex) -> EventBuild:
    """Merge the corpus's event mentions into events and find their contradictions."""
    clusters, conflicts = cluster_mentions(corpus, entities)
    main = _main_clusters(clusters)
    main_docs: dict[int, set[str]] = defaultdict(set)
    for doc_id, cluster in main.items():
        main_docs[id(cluster)].add(doc_id)
    events: list[StoryEvent] = []
    contradictions: list[Contradiction] = []
    by_cluster: dict[int, StoryEvent] = {}
    built: list[Built] = []
    known = story_sides(corpus, entities)
    places = story_places(corpus, entities)
    for cluster in clusters:
        when = event_interval(cluster, corpus)
        event = story_event(cluster, when, corpus, entities, main_docs[id(cluster)], known, places)
        events.append(event)
        by_cluster[id(cluster)] = event
        stated = _stated(cluster)
        built.append((event, stated, when))
        contradictions += inconsistencies(event, stated, corpus)
        if event.status in (*_TOOK_PLACE, "planned"):
            contradictions += ordinal_conflict(event, stated, when, corpus)
        if event.status not in _TOOK_PLACE:
            continue  # a plan's date and place change as plans do: no contradiction
        contradictions += overlap_conflict(event, stated, when, corpus)
        contradictions += place_conflict(event, stated, corpus)
        contradictions += place_slips(event, stated, corpus) + date_slips(event, stated, corpus)
    for joined, first, second in conflicts:
        merged = by_cluster.get(id(joined))
        if merged is not None and merged.status in _TOOK_PLACE:
            contradictions += date_conflict(
                merged,
                _stated(EventCluster("", None, first)),
                _stated(EventCluster("", None, second)),
                corpus,
            )
    # Last: a round's place contradiction with its undated numbered mentions holds the one
    # found from its own mentions (same id, kept once).
    contradictions += numbered_round_conflicts(built, corpus)
    # A city read from a sentence linked to no event, only where no place contradiction of
    # the event was found from its mentions (same id: it would replace that one).
    found_ids = {c.id for c in contradictions}
    contradictions += [c for c in sentence_place_conflicts(built, corpus)
                       if c.id not in found_ids]
    contradictions += year_slips(built, corpus)
    contradictions += expected_span_contradictions(built, corpus)
    contradictions += month_slip_contradictions(built, corpus)
    events.sort(key=lambda e: (e.start or "9999", -e.support, e.id))
    return EventBuild(events, list({c.id: c for c in contradictions}.values()))


def _main_clusters(clusters: Sequence[EventCluster]) -> dict[str, EventCluster]:
    """Each article's main event: the talks or meeting it names most, then the most reported."""
    best: dict[str, tuple[tuple[int, int], EventCluster]] = {}
    for cluster in clusters:
        if cluster.family != "talks":
            continue
        reach = len(cluster.articles())
        for doc_id, count in Counter(m.doc_id for m in cluster.mentions).items():
            score = (count, reach)
            if doc_id not in best or score > best[doc_id][0]:
                best[doc_id] = (score, cluster)
    return {doc_id: cluster for doc_id, (_, cluster) in best.items()}
