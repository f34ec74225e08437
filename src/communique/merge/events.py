"""Event coreference: event mentions from many articles merged into events.

Mentions are blocked by event family (talks and meetings are one family; agreements and
deadlines their own) and by the country the place lies in (Geneva and "Switzerland" share a
block once any article says "Geneva, Switzerland"; a capital's country comes from the
gazetteer). Within a block, mentions with exact dates are swept in date order and merged when
their dates overlap; vaguer mentions ("next week", "earlier this month") join the events they
overlap; mentions with a place but no date join the event nearest to their article's date in
the direction their tense points; mentions with neither join the nearest anchored mention of
their own article. Nothing compares all pairs.

Each source's own round number is kept per source; two numbers for one event are a
contradiction, not two events. Two precise date ranges a few days apart for the same place and
kind, reported by disjoint sets of articles, are one event with a date contradiction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.merge._corpus import Corpus
from communique.merge._event_fields import event_fields
from communique.merge._intervals import Interval, interval, stretch
from communique.merge.entities import EntityIndex
from communique.model import content_id
from communique.model.annotations import EventMention, EventType
from communique.model.story import Contradiction, Evidence, Ordinal, Outcome, Side, StoryEvent

_FAMILY = {EventType.TALKS: "talks", EventType.MEETING: "talks"}
_ENDS = ("ended", "end ", "concluded", "wrapped", "closed", "finished", "broke off")
_STARTS = ("starts", "start ", "begins", "begin ", "opens", "open ")
_DATE_CONFLICT_DAYS = 3
_PAST_SLACK = 1


@dataclass
class _Mention:
    doc_id: str
    mention: EventMention
    family: str
    block: str | None
    when: Interval | None


@dataclass
class _Cluster:
    family: str
    block: str | None
    mentions: list[_Mention] = field(default_factory=list)
    when: Interval | None = None

    def add(self, item: _Mention) -> None:
        self.mentions.append(item)
        if item.when is None:
            return
        if self.when is None or (item.when.precise and not self.when.precise):
            self.when = item.when
        elif item.when.precise == self.when.precise:
            self.when = self.when.union(item.when)

    def articles(self) -> set[str]:
        return {m.doc_id for m in self.mentions}


def _place_country(corpus: Corpus) -> dict[str, str]:
    """Place → country links stated anywhere in the corpus (``Geneva, Switzerland``)."""
    links: dict[str, str] = {}
    for annotations in corpus.annotations.values():
        for place, country in annotations.places:
            links.setdefault(place, country)
    return links


def _block(mention: EventMention, links: dict[str, str]) -> str | None:
    """The country an event mention's place lies in (or the place itself when unknown)."""
    if mention.place is None:
        return None
    if mention.place_country:
        return mention.place_country
    if mention.place in links:
        return links[mention.place]
    entry = gazetteer().lookup(mention.place)
    if entry is not None and entry.kind in (GazKind.CAPITAL, GazKind.COUNTRY) and entry.country:
        return entry.country
    return mention.place


def _when(corpus: Corpus, doc_id: str, mention: EventMention) -> Interval | None:
    """The dates a mention gives its event, stretched by a stated length (``two-day``)."""
    found = [i for d in mention.dates if (i := interval(d.value)) is not None]
    precise = [i for i in found if i.precise]
    chosen = precise or found
    if not chosen:
        return None
    result = chosen[0]
    for item in chosen[1:]:
        result = result.union(item)
    sentence = corpus.text(doc_id)[mention.start:mention.end].lower()
    if any(w in sentence for w in _ENDS):
        return stretch(result, mention.days, ends=True)
    if any(w in sentence for w in _STARTS):
        return stretch(result, mention.days, ends=False)
    return result


def _collect(corpus: Corpus) -> list[_Mention]:
    """Every event mention of the corpus with its family, block and dates."""
    links = _place_country(corpus)
    items = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        for mention in annotations.events if annotations else ():
            family = _FAMILY.get(mention.type, mention.type.value)
            items.append(_Mention(doc_id, mention, family, _block(mention, links),
                                  _when(corpus, doc_id, mention)))
    return items


def _sweep(precise: list[_Mention]) -> list[_Cluster]:
    """Merge mentions with exact dates of one block whose dates overlap."""
    clusters: list[_Cluster] = []
    for item in sorted(precise, key=lambda m: (m.when.start if m.when else date.min)):
        current = clusters[-1] if clusters else None
        if current is not None and current.when and item.when and current.when.overlaps(item.when):
            current.add(item)
        else:
            clusters.append(_Cluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    return clusters


def _nearest_in_time(clusters: Sequence[_Cluster], day: date | None, tense: str) -> _Cluster | None:
    """The cluster a dateless mention most likely means, given its article's date and tense."""
    dated = [c for c in clusters if c.when is not None]
    if not dated:
        return clusters[0] if clusters else None
    if day is None:
        return max(dated, key=lambda c: len(c.mentions))
    if tense == "future":
        ahead = [c for c in dated if c.when and (c.when.end - day).days >= -_PAST_SLACK]
        dated = ahead or dated
    elif tense == "past":
        behind = [c for c in dated if c.when and (c.when.start - day).days <= _PAST_SLACK]
        dated = behind or dated
    return min(dated, key=lambda c: abs(((c.when.start if c.when else day) - day).days))


def _cluster_block(items: list[_Mention], corpus: Corpus) -> list[_Cluster]:
    """Cluster the anchored mentions (place and/or date) of one family and block."""
    precise = [m for m in items if m.when is not None and m.when.precise]
    vague = [m for m in items if m.when is not None and not m.when.precise]
    undated = [m for m in items if m.when is None]
    clusters = _sweep(precise)
    for item in vague:
        assert item.when is not None
        hits = [c for c in clusters if c.when is not None and c.when.overlaps(item.when)]
        if hits:
            for hit in hits:
                hit.mentions.append(item)
        else:
            clusters.append(_Cluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    for item in undated:
        target = _nearest_in_time(clusters, corpus.published(item.doc_id), item.mention.tense)
        if target is None:
            target = _Cluster(item.family, item.block)
            clusters.append(target)
        target.add(item)
    return clusters


def _attach_unanchored(loose: list[_Mention], clusters: list[_Cluster]) -> None:
    """Give mentions without place or date to the nearest anchored mention of their article."""
    where: dict[str, list[tuple[int, _Cluster]]] = defaultdict(list)
    for cluster in clusters:
        for item in cluster.mentions:
            where[item.doc_id].append((item.mention.start, cluster))
    for item in loose:
        options = [(abs(pos - item.mention.start), i, c)
                   for i, (pos, c) in enumerate(where.get(item.doc_id, ()))
                   if c.family == item.family]
        if options:
            min(options, key=lambda o: (o[0], o[1]))[2].mentions.append(item)


def _dateless_into_dated(placeless: list[_Mention], clusters: list[_Cluster]) -> list[_Mention]:
    """Put dated mentions without a place into the one placed event they overlap; return rest."""
    rest = []
    for item in placeless:
        hits = [c for c in clusters if c.family == item.family and c.when and item.when
                and c.when.precise and c.when.overlaps(item.when)]
        if len(hits) == 1:
            hits[0].mentions.append(item)
        else:
            rest.append(item)
    return rest


def _merge_date_conflicts(clusters: list[_Cluster]) -> tuple[list[_Cluster], list[tuple[_Cluster, _Cluster]]]:
    """Join same-place events a few days apart told by disjoint articles (a date conflict)."""
    merged: list[_Cluster] = []
    conflicts = []
    for cluster in sorted(clusters, key=lambda c: (c.family, c.block or "", c.when or Interval(date.min, date.min, "day"))):
        prev = merged[-1] if merged else None
        if (prev is not None and prev.block is not None and prev.block == cluster.block
                and prev.family == cluster.family and prev.when and cluster.when
                and prev.when.precise and cluster.when.precise
                and prev.when.overlaps(cluster.when, slack=_DATE_CONFLICT_DAYS)
                and not prev.articles() & cluster.articles()):
            conflicts.append((prev, cluster))
            snapshot = _Cluster(cluster.family, cluster.block, list(cluster.mentions), cluster.when)
            prev.mentions.extend(snapshot.mentions)
            continue
        merged.append(cluster)
    return merged, conflicts


def cluster_mentions(corpus: Corpus) -> tuple[list[_Cluster], list[tuple[_Cluster, _Cluster]]]:
    """All event clusters of the corpus, and the pairs merged despite differing dates."""
    items = _collect(corpus)
    anchored = [m for m in items if m.block is not None]
    placeless_dated = [m for m in items if m.block is None and m.when is not None]
    loose = [m for m in items if m.block is None and m.when is None]
    blocks: dict[tuple[str, str | None], list[_Mention]] = defaultdict(list)
    for item in anchored:
        blocks[(item.family, item.block)].append(item)
    clusters = [c for (_, _), group in sorted(blocks.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
                for c in _cluster_block(group, corpus)]
    rest = _dateless_into_dated(placeless_dated, clusters)
    extra: dict[str, list[_Mention]] = defaultdict(list)
    for item in rest:
        extra[item.family].append(item)
    for family in sorted(extra):
        clusters.extend(_sweep([m for m in extra[family] if m.when and m.when.precise]))
    clusters, conflicts = _merge_date_conflicts(clusters)
    _attach_unanchored(loose, clusters)
    return clusters, conflicts


@dataclass
class EventBuild:
    """The events of a story and the contradictions found while building them."""

    events: list[StoryEvent]
    contradictions: list[Contradiction]


def _place(cluster: _Cluster) -> str | None:
    """The most specific place the mentions name (a city over its country)."""
    places = Counter(m.mention.place for m in cluster.mentions if m.mention.place)
    if not places:
        return None
    cities = {p: n for p, n in places.items() if p != cluster.block}
    pool = cities or dict(places)
    return max(pool, key=lambda p: (pool[p], p))


def _interval(cluster: _Cluster, corpus: Corpus) -> Interval | None:
    """The event's dates: the precise dates most independent sources give."""
    votes: dict[tuple[date, date], set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.when is not None and item.when.precise:
            votes[(item.when.start, item.when.end)].add(corpus.source_key(item.doc_id))
    if not votes:
        return cluster.when
    ranked = sorted(votes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best = Interval(ranked[0][0][0], ranked[0][0][1], "range")
    for (start, end), _ in ranked[1:]:
        candidate = Interval(start, end, "range")
        if candidate.overlaps(best):
            best = best.union(candidate)
    return best


def _title(kind: str, place: str | None, when: Interval | None) -> str:
    """A readable event title: ``Talks in Geneva, 2026-02-17 – 2026-02-18``."""
    title = kind.capitalize() + (f" in {place}" if place else "")
    if when is not None:
        span = when.start.isoformat() if when.start == when.end else (
            f"{when.start.isoformat()} – {when.end.isoformat()}")
        title += f", {span}" if when.precise else f", {when.start.strftime('%B %Y')}"
    return title


def build_events(corpus: Corpus, entities: EntityIndex) -> EventBuild:
    """Merge the corpus's event mentions into events and find their contradictions."""
    clusters, conflicts = cluster_mentions(corpus)
    events: list[StoryEvent] = []
    contradictions: list[Contradiction] = []
    by_cluster: dict[int, StoryEvent] = {}
    for cluster in clusters:
        when = _interval(cluster, corpus)
        place = _place(cluster)
        kind = Counter(m.mention.type.value for m in cluster.mentions).most_common(1)[0][0]
        if kind == "meeting" and any(m.mention.type is EventType.TALKS for m in cluster.mentions):
            kind = "talks"
        fields = event_fields([(m.doc_id, m.mention) for m in cluster.mentions], corpus, entities)
        event_id = content_id("ev_", cluster.family, cluster.block or "", when.start.isoformat()
                              if when else "", place or "")
        event = StoryEvent(
            id=event_id, type=kind, title=_title(kind, place, when),
            start=when.start.isoformat() if when else None,
            end=when.end.isoformat() if when else None, place=place,
            parties=fields.parties, mediators=fields.mediators, delegations=fields.delegations,
            ordinals=fields.ordinals, outcomes=fields.outcomes, evidence=fields.evidence,
            support=corpus.support(cluster.articles()), outlets=corpus.outlets(cluster.articles()),
        )
        events.append(event)
        by_cluster[id(cluster)] = event
        contradictions.extend(_ordinal_conflict(event, corpus))
    for first, second in conflicts:
        event = by_cluster.get(id(first))
        if event is not None:
            contradictions.append(_date_conflict(event, first, second, corpus))
    events.sort(key=lambda e: (e.start or "9999", -e.support, e.id))
    return EventBuild(events, contradictions)


def _ordinal_conflict(event: StoryEvent, corpus: Corpus) -> list[Contradiction]:
    """Sources numbering the same event differently (``third round`` vs ``second round``)."""
    by_value: dict[int, list[Evidence]] = defaultdict(list)
    for ordinal in event.ordinals:
        by_value[ordinal.value].append(ordinal.evidence)
    if len(by_value) < 2:
        return []
    sides = tuple(
        Side(str(value), tuple(ev), corpus.outlets(e.article for e in ev))
        for value, ev in sorted(by_value.items())
    )
    note = "; ".join(f"{', '.join(s.outlets)}: round {s.value}" for s in sides)
    return [Contradiction(content_id("x_", "ordinal", event.id), "ordinal", event.id, sides,
                          f"Sources number this event differently — {note}.")]


def _date_conflict(event: StoryEvent, first: _Cluster, second: _Cluster,
                   corpus: Corpus) -> Contradiction:
    """Two sets of sources giving the same event different dates."""
    sides = []
    for cluster in (first, second):
        precise = [m for m in cluster.mentions if m.when and m.when.precise]
        when = precise[0].when if precise else None
        value = (f"{when.start.isoformat()}/{when.end.isoformat()}" if when and when.start != when.end
                 else when.start.isoformat() if when else "?")
        evidence = tuple(corpus.evidence(m.doc_id, m.mention.start, m.mention.end) for m in precise)
        sides.append(Side(value, evidence, corpus.outlets(m.doc_id for m in precise)))
    return Contradiction(content_id("x_", "date", event.id), "date", event.id, tuple(sides),
                         f"Sources give different dates for {event.title}.")
