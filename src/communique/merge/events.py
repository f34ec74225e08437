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

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.lang import language_pack, spelling_key, to_latin
from communique.lang.inflect import base_forms
from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import (
    Stated,
    date_conflict,
    inconsistencies,
    ordinal_conflict,
    overlap_conflict,
    place_conflict,
)
from communique.merge._event_fields import event_fields, story_places, story_sides
from communique.merge._event_status import event_status
from communique.merge._intervals import Interval, interval, stretch
from communique.merge._nearest import ArticleEvents, sides_fit
from communique.merge._numbered_rounds import Built, numbered_round_conflicts
from communique.merge._self_conflicts import date_slips, place_slips
from communique.merge.entities import EntityIndex
from communique.model import content_id
from communique.model.annotations import EventMention, EventStatus, EventType
from communique.model.entities import EntityLabel
from communique.model.story import Contradiction, StoryEvent
from communique.model.temporal import TimeExpression

# Talks, meetings and signings at one place and time are one event (a signing ceremony is a
# meeting); a ceasefire taking effect, an exchange and a deadline are events of their own.
_FAMILY = {EventType.TALKS: "talks", EventType.MEETING: "talks", EventType.AGREEMENT: "talks"}
# A cluster is a signing when this share of its sources report the text signed.
_SIGNING_SHARE = 4
_ENDS = ("ended", "end ", "concluded", "wrapped", "closed", "finished", "broke off")
_STARTS = ("starts", "start ", "begins", "begin ", "opens", "open ")
_DATE_CONFLICT_DAYS = 3
# Articles two datings of one event may share (an article that dates it two ways).
_SHARED_REPORTS = 1
_TOOK_PLACE = ("held", "ongoing")
_REPORTED = (EventStatus.HELD, EventStatus.ONGOING)
# How far from an article's date an event may be for a dateless mention to mean it.
_ATTACH_DAYS = 21
_ONE_EVENT_DAYS = 1
_PAST_SLACK = 1
_SHARED_PARTIES = 2
_OTHER_EVENT = re.compile(
    r"\b(?:another|next|new|further|future|previous|earlier|prior|last)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:rounds?|set|talks|meetings?|sessions?)$",
    re.IGNORECASE,
)


@dataclass
class _Mention:
    doc_id: str
    mention: EventMention
    family: str
    block: str | None
    when: Interval | None
    located: bool = True
    """Whether ``block`` is a known country (else it is a place whose country is unknown)."""
    day: date | None = None
    """The article's date, or the middle of the exact dates its event mentions give."""
    shared: bool = False
    """Joined to several events its vague date fits: it places them, it says nothing else."""


_Conflict = tuple["_Cluster", list["_Mention"], list["_Mention"]]
"""An event joined from two sets of mentions that date it differently: (event, side, side)."""


@dataclass
class _Cluster:
    family: str
    block: str | None
    mentions: list[_Mention] = field(default_factory=list)
    when: Interval | None = None
    consecutive: bool = False
    """Joined from day-level reports of consecutive days: its dates are their span."""

    def add(self, item: _Mention) -> None:
        self.mentions.append(item)
        if item.when is None:
            return
        if self.when is None or (item.when.precise and not self.when.precise):
            self.when = item.when
        elif item.when.precise == self.when.precise:
            self.when = self.when.union(item.when)

    def articles(self) -> set[str]:
        """The articles that report this event (not those whose vague date fits others too)."""
        return {m.doc_id for m in self.mentions if not m.shared}


def _block(mention: EventMention, links: dict[str, str]) -> tuple[str | None, bool]:
    """The country an event mention's place lies in, and whether that country is known."""
    if mention.place is None:
        return None, True
    if mention.place_country:
        return mention.place_country, True
    if mention.place in links:
        return links[mention.place], True
    entry = gazetteer().lookup(mention.place)
    if entry is not None and entry.kind in (GazKind.CAPITAL, GazKind.COUNTRY) and entry.country:
        return entry.country, True
    return mention.place, False


def _link_by_dates(items: list[_Mention]) -> None:
    """Place a city of unknown country in the country an event of the same dates is in.

    "Talks in Geneva on Feb. 17-18" and "talks in Switzerland on Feb. 17-18" are one event even
    when no article says "Geneva, Switzerland": a city is linked to a country when every dated
    event of the same kind at the same time is in that one country.
    """
    located = sorted(
        (m for m in items if m.located and m.block and m.when and m.when.precise),
        key=lambda m: m.when.start if m.when else date.min,
    )
    starts = [m.when.start for m in located if m.when]
    longest = max(((m.when.end - m.when.start).days for m in located if m.when), default=0)
    links: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item.located or item.block is None or item.when is None or not item.when.precise:
            continue
        # Only mentions starting within reach of this one can overlap it: a window, not a scan.
        first = bisect.bisect_left(starts, item.when.start - timedelta(days=longest))
        stop = bisect.bisect_right(starts, item.when.end)
        for other in located[first:stop]:
            if other.family == item.family and other.when and other.when.overlaps(item.when):
                links[item.block].add(other.block or "")
    for item in items:
        if not item.located and item.block in links and len(links[item.block]) == 1:
            item.block = next(iter(links[item.block]))
            item.located = True


_OR = re.compile(r"\b(?:or|either|ou|oder)\b", re.IGNORECASE)
_OR_REACH = 40


def _alternatives(text: str, mention: EventMention) -> bool:
    """Whether a mention's dates are alternatives ("either Saturday and Sunday or Sunday and
    Monday"): different days joined by "or" date nothing yet."""
    ordered = sorted(mention.dates, key=lambda d: d.start)
    return any(
        a.value != b.value
        and b.start - a.end <= _OR_REACH
        and _OR.search(text[a.end : b.start]) is not None
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
    )


def _when(corpus: Corpus, doc_id: str, mention: EventMention) -> Interval | None:
    """The dates a mention gives its event, stretched by a stated length (``two-day``)."""
    if _alternatives(corpus.text(doc_id), mention):
        return None
    near = sorted(mention.dates, key=lambda d: abs(d.start - mention.trigger_start))
    found = [i for d in near if (i := interval(d.value)) is not None]
    precise = [i for i in found if i.precise]
    chosen = precise or found
    if not chosen:
        return None
    result = chosen[0]
    for item in chosen[1:]:
        joined = result.union(item)
        # "on Saturday and Sunday" is one event; dates further apart in one sentence are two
        # events' dates, and the one nearest the event word is this one's.
        if (joined.end - joined.start).days - (
            (result.end - result.start).days + (item.end - item.start).days
        ) <= _ONE_EVENT_DAYS:
            result = joined
    sentence = corpus.text(doc_id)[mention.start : mention.end].lower()
    if any(w in sentence for w in _ENDS):
        return stretch(result, mention.days, ends=True)
    if any(w in sentence for w in _STARTS):
        return stretch(result, mention.days, ends=False)
    return result


def _article_days(corpus: Corpus) -> dict[str, date]:
    """Each article's date: its publication date, else the median exact date it mentions."""
    days: dict[str, date] = {}
    for doc_id in corpus.order:
        published = corpus.published(doc_id)
        if published is not None:
            days[doc_id] = published
            continue
        annotations = corpus.annotations.get(doc_id)
        found = [
            i
            for m in (annotations.events if annotations else ())
            for d in m.dates
            if (i := interval(d.value)) is not None and i.granularity != "year"
        ]
        # Exact dates first; a month or a week still places the article in time.
        stated = sorted(i.start for i in found if i.precise) or sorted(i.start for i in found)
        if stated:
            days[doc_id] = stated[len(stated) // 2]
    return days


def _story_place(doc_id: str, mention: EventMention, entities: EntityIndex | None,
                 known: dict[str, str], language: str | None) -> EventMention:
    """The mention with its place under the story's name for it: an article in another
    language may only ever write the place inflected (``в Линдхавене``), which the entity
    merge joins to the English name by its spelling key; failing that, a dictionary form of
    the inflected name (``Ліндгавені`` → ``Ліндгавен``) whose spelling key is that of a place
    the English reports' events name."""
    if mention.place is None:
        return mention
    name = entities.name_of(entities.id_of(doc_id, mention.place)) if entities else None
    if name and name != mention.place:
        return replace(mention, place=name)
    pack = language_pack(language) if language else None
    for form in base_forms(mention.place, pack):
        # The language's own transliteration first (Ukrainian ``г`` is ``h``).
        for key in (spelling_key(to_latin(form, language or "")), spelling_key(form)):
            found = known.get(key)
            if found is not None and found != mention.place:
                return replace(mention, place=found)
    return mention


def _english_places(corpus: Corpus) -> dict[str, str]:
    """Spelling key → place name, for the places of English articles' event mentions."""
    places: dict[str, str] = {}
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is None or corpus.documents[doc_id].language not in (None, "en"):
            continue
        for mention in annotations.events:
            if mention.place:
                places.setdefault(spelling_key(mention.place), mention.place)
    return places


_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_YEARS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _add_years(years: int, match: re.Match[str]) -> str:
    return str(int(match.group(0)) + years)


def _batch_year(value: str, published: Sequence[date]) -> str | None:
    """A value moved to the year (the one before, the same, the one after) that puts it
    nearest to a day some article of the batch was published."""
    if not published:
        return value
    best: tuple[int, str] | None = None
    for shift in (0, -1, 1):
        moved = _YEARS.sub(partial(_add_years, shift), value)
        found = interval(moved)
        if found is None:
            continue
        i = bisect.bisect_left(published, found.start)
        gap = min(abs((p - found.start).days) for p in published[max(0, i - 1) : i + 1])
        if best is None or gap < best[0]:
            best = (gap, moved)
    return best[1] if best else None


def _written_dates(mention: EventMention, published: Sequence[date]) -> EventMention:
    """A mention of an article without a publication day, with the dates it can stand by.

    Such an article's relative dates ("on Sunday", "today") were read against a day guessed
    from its text, which is a week or a year off as often as not: they date nothing. A day
    or a month written without its year ("May 23", "end of January") takes the year that puts
    it nearest the batch's dated articles. Dates that state their year, or lean on one that
    does, stay as they are.
    """
    kept = []
    for expression in mention.dates:
        if expression.anchor != "published":
            kept.append(_yearless(expression, published))
            continue
        if not expression.value or not (
            _DAY_NUMBER.search(expression.text) or _MONTHS.search(expression.text)
        ):
            continue
        value = _batch_year(expression.value, published)
        if value is not None:
            kept.append(replace(expression, value=value))
    return mention if kept == list(mention.dates) else replace(mention, dates=tuple(kept))


_YEARLESS = re.compile(r"XXXX(-\d\d-\d\d)")


def _yearless(expression: TimeExpression, published: Sequence[date]) -> TimeExpression:
    """A day written without its year in an article without a date (``XXXX-12-27``), in the
    year that puts it nearest the given publication days; other expressions as they are."""
    found = _YEARLESS.fullmatch(expression.value or "")
    if found is None or not published:
        return expression
    middle = published[len(published) // 2]
    value = _batch_year(f"{middle.year}{found.group(1)}", published)
    return expression if value is None else replace(expression, value=value)


def _own_year(mention: EventMention, published: date) -> EventMention:
    """A mention of an article dated after extraction (by the events it reports), its
    year-less days placed by that date."""
    dates = tuple(_yearless(d, [published]) for d in mention.dates)
    return mention if dates == mention.dates else replace(mention, dates=dates)


def _collect(corpus: Corpus, entities: EntityIndex | None = None) -> list[_Mention]:
    """Every event mention of the corpus with its family, block and dates."""
    links = corpus.place_countries()
    days = _article_days(corpus)
    english = _english_places(corpus)
    published = sorted(d.published for d in corpus.documents.values() if d.published)
    items = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        language = corpus.documents[doc_id].language
        estimated = corpus.documents[doc_id].published is None
        for mention in annotations.events if annotations else ():
            if language not in (None, "en"):
                mention = _story_place(doc_id, mention, entities, english, language)
            if estimated:
                mention = _written_dates(mention, published)
            else:
                mention = _own_year(mention, corpus.documents[doc_id].published or date.min)
            if mention.status is EventStatus.HYPOTHETICAL and not (mention.place or mention.dates):
                continue  # "talks could resume": nothing to place or date, nothing happened
            family = _FAMILY.get(mention.type, mention.type.value)
            block, located = _block(mention, links)
            when = _when(corpus, doc_id, mention)
            items.append(
                _Mention(doc_id, mention, family, block, when, located, days.get(doc_id))
            )
    _link_by_dates(items)
    return items


def _sweep(precise: list[_Mention]) -> list[_Cluster]:
    """Merge mentions with exact dates of one block whose dates overlap."""
    clusters: list[_Cluster] = []
    for item in sorted(precise, key=lambda m: m.when.start if m.when else date.min):
        current = clusters[-1] if clusters else None
        if current is not None and current.when and item.when and current.when.overlaps(item.when):
            current.add(item)
        else:
            clusters.append(_Cluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    return clusters


def _tense_fits(when: Interval, day: date | None, tense: str, family: str = "talks") -> bool:
    """Whether an event at ``when`` can be what a mention in this tense on ``day`` speaks of.

    Deadlines are exempt: a deadline is set (past tense) for a date to come.
    """
    if day is None or family == "deadline":
        return True
    if tense == "future":
        return (when.end - day).days >= -_PAST_SLACK
    if tense == "past":
        return (when.start - day).days <= _PAST_SLACK
    return True


def _nearest_in_time(
    clusters: Sequence[_Cluster], item: _Mention, day: date | None
) -> _Cluster | None:
    """The cluster a dateless mention most likely means, given its article's date and tense.

    Events at the mention's own city come first; an event further than a few weeks from the
    article's date is not what the article means ("the talks in Muscat" in a story written
    months after an earlier round there), so none is chosen.
    """
    place, tense = item.mention.place, item.mention.tense
    same = [c for c in clusters if any(m.mention.place == place for m in c.mentions)]
    pool = same or list(clusters)
    dated = [c for c in pool if c.when is not None]
    if not dated:
        return pool[0] if pool else None
    if day is None:
        # Without the article's date only the one event at the mention's own city will do.
        return dated[0] if same and len(dated) == 1 else None
    if tense == "future":
        ahead = [c for c in dated if c.when and (c.when.end - day).days >= -_PAST_SLACK]
        dated = ahead or dated
    elif tense == "past":
        behind = [c for c in dated if c.when and (c.when.start - day).days <= _PAST_SLACK]
        dated = behind or dated
    best = min(dated, key=lambda c: abs(((c.when.start if c.when else day) - day).days))
    if best.when is not None and min(
        abs((best.when.start - day).days), abs((best.when.end - day).days)
    ) > _ATTACH_DAYS:
        return None
    return best


def _cluster_block(items: list[_Mention], corpus: Corpus) -> list[_Cluster]:
    """Cluster the anchored mentions (place and/or date) of one family and block."""
    precise = [m for m in items if m.when is not None and m.when.precise]
    vague = [m for m in items if m.when is not None and not m.when.precise]
    undated = [m for m in items if m.when is None]
    clusters = _sweep(precise)
    for item in vague:
        assert item.when is not None
        day = item.day
        hits = [
            c
            for c in clusters
            if c.when is not None
            and c.when.overlaps(item.when)
            and _tense_fits(c.when, day, item.mention.tense, item.family)
        ]
        if len(hits) == 1:
            hits[0].mentions.append(item)
        elif hits:
            # "the 2025 talks", "talks there this month": several events fit, so the mention
            # says where they were, but not that any one of them was held, nor who took part.
            for hit in hits:
                hit.mentions.append(replace(item, shared=True))
        else:
            clusters.append(_Cluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    undated_at: dict[str | None, _Cluster] = {}
    for item in undated:
        target = _nearest_in_time(clusters, item, item.day)
        if target is None:
            target = undated_at.get(item.mention.place)
        if target is None:
            target = _Cluster(item.family, item.block)
            undated_at[item.mention.place] = target
            clusters.append(target)
        target.add(item)
    return clusters


def _cluster_placeless(items: list[_Mention]) -> list[_Cluster]:
    """Events for dated mentions that name no place and fit no placed event.

    Exact dates are swept like a block; vaguer ones (a month, a week) are grouped by their
    interval, because without a place nothing else says which of many events they mean.
    """
    clusters = _sweep([m for m in items if m.when is not None and m.when.precise])
    vague: dict[tuple[date, date], _Cluster] = {}
    for item in items:
        if item.when is not None and not item.when.precise:
            key = (item.when.start, item.when.end)
            if key not in vague:
                vague[key] = _Cluster(item.family, None)
            vague[key].add(item)
    return clusters + list(vague.values())


def _attach_unanchored(loose: list[_Mention], clusters: list[_Cluster], corpus: Corpus) -> None:
    """Give mentions without place or date ("the talks") to their article's main event; one
    that names delegates goes to the event the article named just before it
    (:mod:`communique.merge._nearest`).

    The main event of an article is, among the events it names with a place or a date, the one
    most articles report (then the one it names most). A mention of *another* or the *next*
    round is a different event and is left out rather than guessed.
    """
    named: dict[str, Counter[int]] = defaultdict(Counter)
    numbered: dict[tuple[int, str], set[int]] = defaultdict(set)
    for index, cluster in enumerate(clusters):
        for item in cluster.mentions:
            named[item.doc_id][index] += 1
            if item.mention.ordinal is not None:
                numbered[(index, item.doc_id)].add(item.mention.ordinal)
    reach = [len(c.articles()) for c in clusters]
    near = ArticleEvents((m.doc_id, m.mention.start, m.mention.end, c.family, i)
                         for i, c in enumerate(clusters) for m in c.mentions)
    for item in loose:
        mention = item.mention
        lead = corpus.text(item.doc_id)[
            max(mention.start, mention.trigger_start - 30) : mention.trigger_end
        ]
        if _OTHER_EVENT.search(lead):
            continue
        options = [i for i in named.get(item.doc_id, {}) if clusters[i].family == item.family]
        if options:
            # Who led whose delegation is told of the event just reported; other loose
            # mentions ("the talks were indirect") recall the article's main event.
            main = near.just_before(item.doc_id, mention.start, item.family) \
                if mention.delegates else None
            if main is not None and not sides_fit(mention, _parties_of(clusters[main])):
                main = None
            if main is None:
                main = max(options, key=lambda i: (named[item.doc_id][i], reach[i], -i))
            when = clusters[main].when
            day = item.day
            own = numbered.get((main, item.doc_id), set())
            if item.mention.ordinal is not None and own - {item.mention.ordinal}:
                continue  # one article does not number one event two ways: another round
            if when is None or _tense_fits(when, day, item.mention.tense, item.family):
                clusters[main].mentions.append(item)


class _DatedIndex:
    """Clusters with exact dates, sorted by start, for overlap lookups without a full scan."""

    def __init__(self, clusters: Sequence[_Cluster]) -> None:
        dated = [c for c in clusters if c.when is not None and c.when.precise]
        self.clusters = sorted(dated, key=lambda c: c.when.start if c.when else date.min)
        self.starts = [c.when.start for c in self.clusters if c.when]
        self.longest = max(
            ((c.when.end - c.when.start).days for c in self.clusters if c.when), default=0
        )

    def overlapping(self, when: Interval, family: str) -> list[_Cluster]:
        """Clusters of ``family`` whose exact dates overlap ``when``."""
        first = bisect.bisect_left(self.starts, when.start - timedelta(days=self.longest))
        stop = bisect.bisect_right(self.starts, when.end)
        return [
            c
            for c in self.clusters[first:stop]
            if c.family == family and c.when is not None and c.when.overlaps(when)
        ]


def _dateless_into_dated(placeless: list[_Mention], clusters: list[_Cluster]) -> list[_Mention]:
    """Put dated mentions without a place into the one placed event they overlap; return rest."""
    rest = []
    index = _DatedIndex(clusters)
    for item in placeless:
        hits = index.overlapping(item.when, item.family) if item.when else []
        if len(hits) == 1:
            hits[0].mentions.append(item)
        else:
            rest.append(item)
    return rest


def _parties_of(cluster: _Cluster) -> set[str]:
    """Parties named in a cluster's mentions."""
    return {p for m in cluster.mentions for p in m.mention.parties}


def _merge_same_parties(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join events at differently named places with the same parties at the same time.

    The same delegations cannot negotiate in two places at once, so "talks in Lindhaven on
    March 18-19" and "talks in Norvell on March 18-19" between the same two or more parties are
    one event whose place is named at two levels (a city and its country).
    """
    return _join_overlapping(
        clusters, lambda a, b: len(_parties_of(a) & _parties_of(b)) >= _SHARED_PARTIES)


def _join_overlapping(clusters: list[_Cluster], joins: Callable[[_Cluster, _Cluster], bool]
                      ) -> list[_Cluster]:
    """Join each precisely dated cluster into the earlier one of its family, from another
    block, whose days overlap it and that ``joins`` accepts; the others stay as they are."""
    dated = sorted(
        (c for c in clusters if c.when is not None and c.when.precise),
        key=lambda c: c.when.start if c.when else date.min,
    )
    absorbed: set[int] = set()
    for i, first in enumerate(dated):
        if id(first) in absorbed:
            continue
        for second in dated[i + 1 :]:
            if first.when is None or second.when is None or second.when.start > first.when.end:
                break
            if (
                id(second) in absorbed
                or second.family != first.family
                or second.block == first.block
                or not first.when.overlaps(second.when)
                or not joins(first, second)
            ):
                continue
            for item in second.mentions:
                first.add(item)
            absorbed.add(id(second))
    return [c for c in clusters if id(c) not in absorbed]


# Words for an administrative unit that a place's name may carry or drop ("Ostra Province",
# "Ostra"); canonical place names are English.
_UNIT_WORDS = frozenset({"province", "region", "prefecture", "district", "state", "county",
                         "oblast", "governorate", "department", "municipality"})


def _place_key(name: str) -> str:
    """A place name without its unit word, for comparing "X Province" with "X"."""
    words = [w for w in name.lower().split() if w not in _UNIT_WORDS]
    return " ".join(words) or name.lower()


def _nested_places(corpus: Corpus) -> set[tuple[str, str]]:
    """``(inner, outer)`` place keys the texts state as ``Place, Larger place`` (``Lindhaven,
    Ostra Province``, ``Ban X, Y district``): the first lies inside the second."""
    pairs: set[tuple[str, str]] = set()
    for doc_id, annotated in corpus.annotations.items():
        text = corpus.text(doc_id)
        mentions = sorted(
            ((m.start, m.end, e.canonical) for e in annotated.entities for m in e.mentions
             if m.label is EntityLabel.PLACE),
        )
        for (_, end, inner), (start, _, outer) in itertools.pairwise(mentions):
            if text[end:start].strip() == "," and _place_key(inner) != _place_key(outer):
                pairs.add((_place_key(inner), _place_key(outer)))
    return pairs


def _places_of(cluster: _Cluster) -> set[str]:
    return {_place_key(m.mention.place) for m in cluster.mentions if m.mention.place}


def _nested(first: _Cluster, second: _Cluster, pairs: set[tuple[str, str]]) -> bool:
    """Whether one cluster's place lies inside the other's, or both name one place."""
    one, two = _places_of(first), _places_of(second)
    return bool(one & two) or any(
        (a, b) in pairs or (b, a) in pairs for a in one for b in two)


def _merge_nested_places(clusters: list[_Cluster], pairs: set[tuple[str, str]]
                         ) -> list[_Cluster]:
    """Join events of one family at a place and at a place inside it whose exact dates overlap.

    "Talks in Ostra on March 17-18" and "the meeting held in Lindhaven on March 18", with
    some article writing "Lindhaven, Ostra Province", are one event named at two levels (a
    province and its city), as a city and its country are.
    """
    return _join_overlapping(clusters, lambda a, b: _nested(a, b, pairs))


def _signing(cluster: _Cluster) -> bool:
    return any(
        m.mention.type is EventType.AGREEMENT and m.mention.status is EventStatus.HELD
        for m in cluster.mentions
    )


def _city(cluster: _Cluster) -> str | None:
    places = Counter(
        m.mention.place for m in cluster.mentions if m.mention.place and m.mention.place != m.block
    )
    return places.most_common(1)[0][0] if places else None


def _alike(first: _Cluster, second: _Cluster) -> bool:
    """Whether two nearby clusters can be one event told with different dates.

    Not when they are at different cities, when one is a signing and the other is not, or
    when they carry different round numbers: those are two events days apart.
    """
    cities = (_city(first), _city(second))
    numbers = (_numbers(first), _numbers(second))
    return (
        (None in cities or cities[0] == cities[1])
        and _signing(first) == _signing(second)
        and not (all(numbers) and not numbers[0] & numbers[1])
    )


def _independent(first: set[str], second: set[str]) -> bool:
    """Whether two sets of articles tell of an event separately: disjoint, or sharing one
    article that gives both dates (a source that dates one event two ways) while each side
    has reports of its own."""
    shared = first & second
    return not shared or (len(shared) <= _SHARED_REPORTS and bool(first - shared)
                          and bool(second - shared))


def _merge_date_conflicts(
    clusters: list[_Cluster],
) -> tuple[list[_Cluster], list[_Conflict]]:
    """Join same-place events a few days apart told by disjoint articles (a date conflict)."""
    merged: list[_Cluster] = []
    conflicts = []
    for cluster in sorted(
        clusters,
        key=lambda c: (c.family, c.block or "", c.when or Interval(date.min, date.min, "day")),
    ):
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.block is not None
            and prev.block == cluster.block
            and prev.family == cluster.family
            and prev.when
            and cluster.when
            and prev.when.precise
            and cluster.when.precise
            and prev.when.overlaps(cluster.when, slack=_DATE_CONFLICT_DAYS)
            and _independent(prev.articles(), cluster.articles())
            and _alike(prev, cluster)
        ):
            # Keep each side's own mentions for the contradiction, then join the two.
            conflicts.append((prev, list(prev.mentions), list(cluster.mentions)))
            prev.mentions.extend(cluster.mentions)
            continue
        merged.append(cluster)
    return merged, conflicts


def _held(cluster: _Cluster) -> bool:
    """Whether some mention of a cluster reports it as taking place (not planned, not off)."""
    return any(
        m.mention.status in (EventStatus.HELD, EventStatus.ONGOING, None) for m in cluster.mentions
    )


def _numbers(cluster: _Cluster) -> set[int]:
    return {m.mention.ordinal for m in cluster.mentions if m.mention.ordinal is not None}


def _lasting(cluster: _Cluster) -> bool:
    """Whether some mention says the event lasts more than a day ("two-day talks", "March
    17-18", "talks continued for a second day")."""
    return any(
        (m.mention.days or 0) > 1
        or (m.when is not None and m.when.precise and m.when.end > m.when.start)
        for m in cluster.mentions
    )


def _consecutive(first: _Cluster, second: _Cluster) -> bool:
    """Whether two clusters are one event reported day by day.

    The same place (block), the second starting the day after the first ends, both reported as
    taking place, some report of it lasting more than a day, the same parties (two shared, or
    the same one) and no two round numbers.
    """
    if (
        first.family != second.family
        or first.block is None
        or first.block != second.block
        or first.when is None
        or second.when is None
        or not (first.when.precise and second.when.precise)
        or (second.when.start - first.when.end).days != 1
        or not (_held(first) and _held(second))
    ):
        return False
    numbers = (_numbers(first), _numbers(second))
    if all(numbers) and numbers[0] != numbers[1]:
        return False
    if not (_lasting(first) or _lasting(second)):
        return False  # one day each: two dates for one event (a contradiction), or two events
    shared = _parties_of(first) & _parties_of(second)
    return len(shared) >= _SHARED_PARTIES or (
        bool(shared) and _parties_of(first) == _parties_of(second)
    )


def _join_consecutive(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join day-level reports of consecutive days at one place by the same parties."""
    ordered = sorted(
        clusters,
        key=lambda c: (c.family, c.block or "", c.when.start if c.when else date.max),
    )
    joined: list[_Cluster] = []
    for cluster in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and _consecutive(previous, cluster):
            for item in cluster.mentions:
                previous.add(item)
            previous.consecutive = True
            continue
        joined.append(cluster)
    return joined


def cluster_mentions(corpus: Corpus, entities: EntityIndex | None = None
                     ) -> tuple[list[_Cluster], list[_Conflict]]:
    """All event clusters of the corpus, and the pairs merged despite differing dates
    (``entities`` gives places written in other languages the story's name)."""
    items = _collect(corpus, entities)
    anchored = [m for m in items if m.block is not None]
    placeless_dated = [m for m in items if m.block is None and m.when is not None]
    loose = [m for m in items if m.block is None and m.when is None]
    blocks: dict[tuple[str, str | None], list[_Mention]] = defaultdict(list)
    for item in anchored:
        blocks[(item.family, item.block)].append(item)
    clusters = [
        c
        for (_, _), group in sorted(blocks.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
        for c in _cluster_block(group, corpus)
    ]
    clusters = _join_consecutive(
        _merge_nested_places(_merge_same_parties(clusters), _nested_places(corpus)))
    rest = _dateless_into_dated(placeless_dated, clusters)
    extra: dict[str, list[_Mention]] = defaultdict(list)
    for item in rest:
        extra[item.family].append(item)
    for family in sorted(extra):
        clusters.extend(_cluster_placeless(extra[family]))
    clusters, conflicts = _merge_date_conflicts(clusters)
    _attach_unanchored(loose, clusters, corpus)
    return clusters, conflicts


@dataclass
class EventBuild:
    """The events of a story and the contradictions found while building them."""

    events: list[StoryEvent]
    contradictions: list[Contradiction]


def _place_articles(cluster: _Cluster) -> dict[str, set[str]]:
    """Each place the mentions name, with the articles naming it."""
    found: dict[str, set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.mention.place:
            found[item.mention.place].add(item.doc_id)
    return found


def _place(cluster: _Cluster) -> str | None:
    """The most specific place the mentions name (a city over its country)."""
    places = Counter({p: len(docs) for p, docs in _place_articles(cluster).items()})
    if not places:
        return None
    countries = {m.mention.place_country for m in cluster.mentions if m.mention.place_country}
    countries |= {m.block for m in cluster.mentions if m.block and m.located}
    cities = {p: n for p, n in places.items() if p not in countries}
    pool = cities or dict(places)
    return max(pool, key=lambda p: (pool[p], p))


def _votes(cluster: _Cluster, corpus: Corpus) -> dict[tuple[date, date], set[str]]:
    """Exact dates of the mentions, each with the independent sources that give it.

    Reports of the event taking place outvote plans: a preview's dates ("over two days, either
    Saturday and Sunday or Sunday and Monday") are what was expected, not what happened, so
    they count only when no report of the event itself gives a date.
    """
    dated = [m for m in cluster.mentions if m.when is not None and m.when.precise]
    reported = [m for m in dated if m.mention.status in _REPORTED]
    votes: dict[tuple[date, date], set[str]] = defaultdict(set)
    for item in reported or dated:
        if item.when is not None:
            votes[(item.when.start, item.when.end)].add(corpus.source_key(item.doc_id))
    return votes


def _interval(cluster: _Cluster, corpus: Corpus) -> Interval | None:
    """The event's dates: the stated dates that the most independent sources agree with.

    A source agrees with a candidate when its own dates lie inside it ("ended on Wednesday"
    agrees with "Tuesday to Wednesday"), so a single day never outvotes the range it is in.
    """
    votes = _votes(cluster, corpus)
    if not votes or cluster.consecutive:
        return cluster.when

    def agreeing(candidate: tuple[date, date]) -> int:
        return len(
            {
                s
                for (a, b), sources in votes.items()
                if candidate[0] <= a and b <= candidate[1]
                for s in sources
            }
        )

    best = max(votes, key=lambda c: (agreeing(c), (c[1] - c[0]).days, c))
    return Interval(best[0], best[1], "range")


def _kind(cluster: _Cluster, corpus: Corpus) -> str:
    """The event's type: a signing when enough sources report a text signed, else the most
    common type of its mentions (talks over a meeting)."""
    signed = {
        corpus.source_key(m.doc_id)
        for m in cluster.mentions
        if m.mention.type is EventType.AGREEMENT
        and m.mention.status in (EventStatus.HELD, EventStatus.ONGOING)
    }
    if signed and len(signed) * _SIGNING_SHARE >= corpus.support(cluster.articles()):
        return EventType.AGREEMENT.value
    kinds = Counter(
        m.mention.type.value for m in cluster.mentions if m.mention.type is not EventType.AGREEMENT
    ) or Counter(m.mention.type.value for m in cluster.mentions)
    kind = kinds.most_common(1)[0][0]
    if kind == "meeting" and kinds["talks"]:
        return "talks"
    return kind


def _signed(cluster: _Cluster, corpus: Corpus) -> str | None:
    """What was signed, in the words most sources use."""
    texts: dict[str, set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.mention.signed:
            texts[item.mention.signed].add(corpus.source_key(item.doc_id))
    if not texts:
        return None
    return max(texts, key=lambda t: (len(texts[t]), -len(t), t))


_TITLE_WORDS = {"agreement": "Signing", "ceasefire": "Ceasefire", "exchange": "Exchange"}


def _title(kind: str, place: str | None, when: Interval | None, status: str) -> str:
    """A readable event title: ``Talks in Geneva, 2026-02-17 – 2026-02-18``."""
    title = _TITLE_WORDS.get(kind, kind.capitalize()) + (f" in {place}" if place else "")
    if when is not None:
        span = (
            when.start.isoformat()
            if when.start == when.end
            else (f"{when.start.isoformat()} – {when.end.isoformat()}")
        )
        title += f", {span}" if when.precise else f", {when.start.strftime('%B %Y')}"
    if status not in ("held", "ongoing"):
        title += f" ({status})"
    return title


def _stated(cluster: _Cluster) -> list[Stated]:
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
        when = _interval(cluster, corpus)
        event = _event(cluster, when, corpus, entities, main_docs[id(cluster)], known, places)
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
                merged, _stated(_Cluster("", None, first)), _stated(_Cluster("", None, second)),
                corpus,
            )
    # Last: a round's place contradiction with its undated numbered mentions holds the one
    # found from its own mentions (same id, kept once).
    contradictions += numbered_round_conflicts(built, corpus)
    events.sort(key=lambda e: (e.start or "9999", -e.support, e.id))
    return EventBuild(events, list({c.id: c for c in contradictions}.values()))


def _event(
    cluster: _Cluster,
    when: Interval | None,
    corpus: Corpus,
    entities: EntityIndex,
    main_for: set[str],
    known: Mapping[str, str],
    places: Collection[str] = (),
) -> StoryEvent:
    """The story event of one cluster of mentions; ``known``: each delegate's story side;
    ``places``: where the story holds events."""
    place = _place(cluster)
    kind = _kind(cluster, corpus)
    pairs = [(m.doc_id, m.mention) for m in cluster.mentions if not m.shared]
    status = event_status(pairs, corpus, when)
    fields = event_fields(pairs, corpus, entities, main_for, known, places)
    event_id = content_id(
        "ev_",
        cluster.family,
        cluster.block or "",
        when.start.isoformat() if when else "",
        place or "",
    )
    return StoryEvent(
        id=event_id,
        type=kind,
        title=_title(kind, place, when, status),
        start=_bound(when, when.start) if when else None,
        end=_bound(when, when.end) if when else None,
        place=place,
        parties=fields.parties,
        mediators=fields.mediators,
        delegations=fields.delegations,
        ordinals=fields.ordinals,
        outcomes=fields.outcomes,
        evidence=fields.evidence,
        support=corpus.support(cluster.articles()),
        outlets=corpus.outlets(cluster.articles()),
        status=status,
        signed=_signed(cluster, corpus) if kind in ("agreement", "ceasefire") else None,
    )


def _main_clusters(clusters: Sequence[_Cluster]) -> dict[str, _Cluster]:
    """Each article's main event: the talks or meeting it names most, then the most reported."""
    best: dict[str, tuple[tuple[int, int], _Cluster]] = {}
    for cluster in clusters:
        if cluster.family != "talks":
            continue
        reach = len(cluster.articles())
        for doc_id, count in Counter(m.doc_id for m in cluster.mentions).items():
            score = (count, reach)
            if doc_id not in best or score > best[doc_id][0]:
                best[doc_id] = (score, cluster)
    return {doc_id: cluster for doc_id, (_, cluster) in best.items()}


def _bound(when: Interval, day: date) -> str:
    """An event bound at the precision the sources give (``2025-08`` for "August 2025").

    A week ("this past week") is no day: its bounds are the months it lies in, never its
    Monday and Sunday, which would read as exact dates no source gave.
    """
    if when.granularity in ("month", "week"):
        return day.strftime("%Y-%m")
    if when.granularity == "year":
        return str(day.year)
    return day.isoformat()
