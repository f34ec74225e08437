"""The story event of one cluster of mentions: its place, dates, type, status, title and what
was signed, with the fields of :mod:`._event_fields`.

Apart from event coreference (:mod:`communique.merge.events`): choosing what an event is
reported as, once its mentions are known, is a concern of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from datetime import date

from communique.merge._ceasefire_places import border_place
from communique.merge._corpus import Corpus
from communique.merge._event_clusters import EventCluster, Mention
from communique.merge._event_fields import event_fields
from communique.merge._event_mentions import says_begin, says_end
from communique.merge._event_status import event_status
from communique.merge._intervals import Interval, stretch
from communique.merge._weekday_reports import on_reported_weekday
from communique.merge.entities import EntityIndex
from communique.model import content_id
from communique.model.annotations import EventStatus, EventType
from communique.model.story import StoryEvent, status_word

# A cluster is a signing when this share of its sources report the text signed.
_SIGNING_SHARE = 4
_REPORTED = (EventStatus.HELD, EventStatus.ONGOING)
# The longest planned range that can hold the days reports give (a meeting of a few days, not
# a month's "talks in March").
_PLAN_REACH_DAYS = 6


def _place_articles(cluster: EventCluster) -> dict[str, set[str]]:
    """Each place the mentions name, with the articles naming it."""
    found: dict[str, set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.mention.place:
            found[item.mention.place].add(item.doc_id)
    return found


def _hosts(cluster: EventCluster) -> frozenset[str]:
    """The countries the mentions place the event in (``Lindhaven, Veldra``: Veldra)."""
    found = {m.mention.place_country for m in cluster.mentions if m.mention.place_country}
    return frozenset(found | {m.block for m in cluster.mentions if m.block and m.located})


def _place(cluster: EventCluster) -> str | None:
    """The most specific place the mentions name (a city over its country)."""
    places = Counter({p: len(docs) for p, docs in _place_articles(cluster).items()})
    if not places:
        return None
    countries = _hosts(cluster)
    cities = {p: n for p, n in places.items() if p not in countries}
    pool = cities or dict(places)
    return max(pool, key=lambda p: (pool[p], p))


def _votes(cluster: EventCluster, corpus: Corpus) -> dict[tuple[date, date], set[str]]:
    """Exact dates of the mentions, each with the independent sources that give it.

    Reports of the event taking place outvote plans: a preview's dates ("over two days, either
    Saturday and Sunday or Sunday and Monday") are what was expected, not what happened, so
    they count only when no report of the event itself gives a date. A clause that leaves
    open what became of the event (no status) and says it begins reports its start when that
    day is no later than the article's ("начинают двухдневные переговоры" on the day).
    """
    dated = [m for m in cluster.mentions if m.when is not None and m.when.precise]
    reported = [m for m in dated if m.mention.status in _REPORTED or _begun(m, corpus)]
    votes: dict[tuple[date, date], set[str]] = defaultdict(set)
    for item in reported or dated:
        if item.when is not None:
            votes[(item.when.start, item.when.end)].add(corpus.source_key(item.doc_id))
    if reported:
        _add_fitting_plans(votes, [m for m in dated if m not in reported], corpus)
    return votes


def _add_fitting_plans(votes: dict[tuple[date, date], set[str]], plans: list[Mention],
                       corpus: Corpus) -> None:
    """Add the schedules, written once the event was under way, that hold every reported day.

    A source writing on the first day of a meeting "from the 28th to the 29th" tells what is
    happening, not a preview: a report of one of its days ("the trilateral meeting was held on
    the 29th") agrees with it and does not cut the meeting short. A preview written before the
    event began is what was expected, and reports outvote it.
    """
    if not votes:
        return
    first = min(a for a, _ in votes)
    last = max(b for _, b in votes)
    for item in plans:
        when, written = item.when, corpus.written(item.doc_id)
        if (when is not None and written is not None and when.start <= written
                and when.start <= first and last <= when.end
                and (when.end - when.start).days <= _PLAN_REACH_DAYS):
            votes[(when.start, when.end)].add(corpus.source_key(item.doc_id))


def _begun(item: Mention, corpus: Corpus) -> bool:
    """Whether a mention without a status says the event begins, on a day no later than its
    article's: the report of its start."""
    written = corpus.written(item.doc_id)
    return (item.mention.status is None and item.when is not None and written is not None
            and item.when.start <= written and says_begin(corpus, item.doc_id, item.mention))


def event_interval(cluster: EventCluster, corpus: Corpus) -> Interval | None:
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
    when = _lengthened(Interval(best[0], best[1], "range"), cluster, corpus)
    return on_reported_weekday(when, cluster, corpus)


# Most days a length stated apart from any date may add to an event's single day.
_LONGEST_STATED = 7
_LENGTH_SOURCES = 2


def _stated_length(cluster: EventCluster, corpus: Corpus) -> int | None:
    """The length in days ("two days of talks in X") that more independent sources give the
    event than any other length, when it is more than one day and at least two give it."""
    sources: dict[int, set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.mention.days and not item.shared:
            sources[item.mention.days].add(corpus.source_key(item.doc_id))
    if not sources:
        return None
    ranked = sorted(sources.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None  # sources disagree on how long it lasted
    days, said = ranked[0]
    # One source's length may be another thing's (a six-day visit around two-day talks).
    return days if 1 < days <= _LONGEST_STATED and len(said) >= _LENGTH_SOURCES else None


def _lengthened(when: Interval, cluster: EventCluster, corpus: Corpus) -> Interval:
    """A one-day event stretched to the length its sources state elsewhere.

    "Talks resumed in Lindhaven on Monday" and, in other sentences or articles, "after two days
    of negotiations in Lindhaven": the talks ran Monday to Tuesday. The day is the start when
    a mention giving it says the talks begin, the end when one says they ended; a day no
    mention places at either end stays as it is.
    """
    if when.start != when.end:
        return when
    days = _stated_length(cluster, corpus)
    if days is None:
        return when
    giving = [m for m in cluster.mentions if m.when is not None and m.when.precise
              and m.when.start == when.start and m.when.end == when.end]
    begins = any(says_begin(corpus, m.doc_id, m.mention) for m in giving)
    ends = any(says_end(corpus, m.doc_id, m.mention) for m in giving)
    if begins == ends:
        return when
    return stretch(Interval(when.start, when.end, "day"), days, ends=ends)


def _unparsed(item: Mention, corpus: Corpus) -> bool:
    """Whether a mention without a status was read without a parse (another language's)."""
    return (item.mention.status is None
            and corpus.documents[item.doc_id].language not in (None, "en"))


def _kind(cluster: EventCluster, corpus: Corpus) -> str:
    """The event's type: a signing when enough sources report a text signed, else the most
    common type of its mentions (talks over a meeting)."""
    signed = {
        corpus.source_key(m.doc_id)
        for m in cluster.mentions
        if m.mention.type is EventType.AGREEMENT and _reports_signing(m, corpus)
    }
    # A report read without a parse (another language's, from its word lists) gives its
    # mention no status: it tells neither way whether a text was signed.
    telling = {m.doc_id for m in cluster.mentions if not m.shared and not _unparsed(m, corpus)}
    if signed and len(signed) * _SIGNING_SHARE >= corpus.support(telling):
        return EventType.AGREEMENT.value
    kinds = Counter(
        m.mention.type.value for m in cluster.mentions if m.mention.type is not EventType.AGREEMENT
    ) or Counter(m.mention.type.value for m in cluster.mentions)
    kind = kinds.most_common(1)[0][0]
    if kind == "meeting" and kinds["talks"]:
        return "talks"
    return kind


def _reports_signing(item: Mention, corpus: Corpus) -> bool:
    """Whether an agreement mention reports the text signed: held or ongoing, or, in a report
    read without a parse, told in the past at its place (``ont signé … à Tirasol``), which is
    no plan. An English mention the status reader left open tells nothing (the parse found no
    signing verb of this event), and neither does a placeless one, which joined its event by
    the date alone (``firmaron el 28 de julio un alto el fuego``: what was signed is unsure)."""
    status = item.mention.status
    return status in (EventStatus.HELD, EventStatus.ONGOING) or (
        item.mention.tense == "past" and item.mention.place is not None
        and _unparsed(item, corpus))


def _signed(cluster: EventCluster, corpus: Corpus) -> str | None:
    """What was signed, in the words most sources use."""
    texts: dict[str, set[str]] = defaultdict(set)
    for item in cluster.mentions:
        if item.mention.signed:
            texts[item.mention.signed].add(corpus.source_key(item.doc_id))
    if not texts:
        return None
    return max(texts, key=lambda t: (len(texts[t]), -len(t), t))


# Events that name a text: what was signed, or what was suspended.
_SIGNED_KINDS = frozenset({"agreement", "ceasefire", "suspension"})
_TITLE_WORDS = {"agreement": "Signing", "ceasefire": "Ceasefire", "exchange": "Exchange"}


def _vague(when: Interval) -> str:
    """A vague date as a reader says it: ``2018`` for a whole year, else ``June 2018``."""
    whole_year = (when.start.month, when.start.day, when.end.month, when.end.day) == (
        1, 1, 12, 31) and when.start.year == when.end.year
    return str(when.start.year) if whole_year else when.start.strftime("%B %Y")


def _title(kind: str, place: str | None, when: Interval | None, status: str) -> str:
    """A readable event title: ``Talks in Lindhaven, 2026-02-17 – 2026-02-18``."""
    where = f" along the {place}" if place and place.endswith(" border") else f" in {place}"
    title = _TITLE_WORDS.get(kind, kind.capitalize()) + (where if place else "")
    if when is not None:
        span = (
            when.start.isoformat()
            if when.start == when.end
            else (f"{when.start.isoformat()} – {when.end.isoformat()}")
        )
        title += f", {span}" if when.precise else f", {_vague(when)}"
    if status not in ("held", "ongoing") or kind == EventType.DEADLINE.value:
        title += f" ({status_word(kind, status)})"
    return title


def story_event(
    cluster: EventCluster,
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
    fields = event_fields(pairs, corpus, entities, main_for, known, places, _hosts(cluster))
    if place is None and kind == EventType.CEASEFIRE.value:
        place = border_place(cluster, corpus, entities, fields.parties)
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
        signed=_signed(cluster, corpus) if kind in _SIGNED_KINDS else None,
    )


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
