"""Publication months of still-undated articles, estimated where two kinds of evidence agree.

What an article states about its own date (crawler header, URL, metadata, byline, dateline,
"today") and what the weekdays of the story's events give (:mod:`._pubdates`) leave many crawled
pages undated. Five estimates of the month such a page was written in remain, each wrong too
often to be used alone (each gave the right month for 69% to 85% of the dev stories' articles
whose date was hidden):

* **the text**: the month of the latest day it reports as past — but a background paragraph
  ("the first round, on 12 April") can be the latest day a text writes out in full;
* **the story**: the month of the latest dated story event a sentence of it reports as held —
  but the event stage may tie a sentence to the wrong round;
* **what is ahead**: the month of the earliest day the text, or a story event it reports as
  planned, puts ahead (a preview is written in the days before) — but a deadline can lie
  months ahead;
* **the coverage**: the month of the batch's dated article most like it (the same news is
  covered in the same days) — but a recap can read like the report it recaps.
* **the weekday**: the month of the one held story event that a sentence names by its place
  and its weekday, in any language ("este sábado ... en Lindhaven"): news copy names the
  weekday of days in the week of writing — but another round at that place may fall on the
  same weekday, so the vote is only given when one month fits, and it rules nothing out
  (the writing may fall in the week after, in the next month).
* **the news**: the month of the one dated story event that the lead (title and first
  sentences) reports by its kind and its place or parties, in any language
  (:mod:`._news_events`) — but a recap's lead can report an old event. It is what a
  reader dates such a page by, so one month counts alone where no bound rules it out, and
  the most similar dated article does not veto it; two months (two signings at one place,
  two truces between the same sides) each need another estimate to agree; of three or four
  months, only an estimate of the text's or the story's own, not the coverage, picks one.
* **the preview**: where the lead's first sentence about a story event puts it ahead ("the two
  sides will meet in Lindhaven on Saturday"), the month of the week before that event (a
  preview is written in the days before); it counts like the news, and a month that needs the
  most similar dated article to reach two votes gives way to either of them.

They fail in different cases, so a month is used where at least two give it and none rules it
out. A day reported as past only bounds the writing from below (a text that reports 12 April
as past may be written in May), a day ahead only from above, so each rules out the months on
its wrong side alone; another article's month rules out every other month, unless the
text reports a day, or a story event, of a later month as past, or puts a day of an earlier
month ahead (the text is like that article, but was not written with it). Right 134 times in
137 over three dev stories' articles, every article's date hidden in turn. The month of the
dated article a page copies (as the duplicates stage marks it) counts twice: syndicated and
spun copies came out in their original's month 21 times in 21 on the dev stories. The result
is only a month, with the basis ``estimated`` (the least trusted) and a note naming the
evidence; never a day.

A day the text puts ahead, within the span of the batch's dated articles and more than two
months after the month agreed on, makes the vote unsafe: the votes rest on a preview's
background (the round it recaps, its lead's old event). The month of the week before that day
is used where the story holds news then and no bound rules it out, else none: a wrong month is
worse than none.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._bounds import TextBounds, completed_bounds
from communique.clean._dates import PartialDate, find_dates, iso_day, resolve_near
from communique.clean._datewords import WEEKDAY_ALT, WEEKEND_ALT, weekday_number
from communique.clean._sentences import sentences
from communique.extract.entities._world import city_names_in_other_scripts, other_script
from communique.merge._news_events import AMBIGUOUS, NewsVote, news_month, preview_month
from communique.merge._since_news import since_months
from communique.model.annotations import Annotations
from communique.model.article import Document, PublishedBasis
from communique.model.story import StoryEntity, StoryEvent

__all__ = ["SIMILAR", "Estimate", "estimate_months", "nearest_dated", "place_aliases",
           "weekday_month"]

SIMILAR = 0.2
"""The least cosine similarity at which the most similar dated article says anything."""
_TOKEN = re.compile(r"[^\W_]{3,}|\d+(?:[.,]\d+)?%?")
"""A word of three letters or more, or a number (with its decimals and a percent sign)."""
_QUERY_WORDS = 50
"""How many of an undated article's most telling words look for its candidate neighbours."""
_COMMON = 200
"""A word that this many dated articles use finds no candidates (it tells too few apart)."""
_CANDIDATES = 20
"""How many candidates, those sharing most telling words, are compared in full."""
_HELD = frozenset({"held", "ongoing"})
_AHEAD = frozenset({"planned"})
_CALLED_OFF = frozenset({"cancelled", "postponed"})


@dataclass(frozen=True, slots=True)
class Estimate:
    """An undated article's estimated publication month and the evidence, in words."""

    month: PartialDate
    evidence: str


def _month(day: date | None) -> PartialDate | None:
    return PartialDate(day.year, day.month) if day is not None else None


def _vectors(documents: Sequence[Document]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors of the documents, over the words that documents of at least two
    languages of the batch use (names, numbers, shared terms): words of one language alone
    would pair the batch's articles by language rather than by news."""
    bags = [Counter(t.casefold() for t in _TOKEN.findall(d.text)) for d in documents]
    seen_in: Counter[str] = Counter()
    languages: dict[str, set[str]] = defaultdict(set)
    for document, bag in zip(documents, bags, strict=True):
        seen_in.update(bag.keys())
        for token in bag:
            languages[token].add(document.language or "")
    total = len(documents)
    vectors = []
    for bag in bags:
        # A word of every document weighs nothing (its idf is 0): left out.
        weights = {t: (1 + math.log(n)) * math.log(total / seen_in[t]) for t, n in bag.items()
                   if total > seen_in[t] > 1 and len(languages[t]) > 1}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items()})
    return vectors


def _published_month(document: Document) -> PartialDate | None:
    """The month the document states or the events give; an estimate is none."""
    if document.published_basis is PublishedBasis.ESTIMATED:
        return None
    if document.published is not None:
        return _month(document.published)
    if document.published_month:
        year, _, month = document.published_month.partition("-")
        return PartialDate(int(year), int(month[:2]))
    return None


def nearest_dated(documents: Sequence[Document]) -> dict[str, tuple[PartialDate, float]]:
    """Undated document id → the publication month of the most similar dated document and
    the similarity, where that is at least :data:`SIMILAR` (the earlier one on a tie)."""
    months = [_published_month(d) for d in documents]
    if all(m is not None for m in months) or all(m is None for m in months):
        return {}
    vectors = _vectors(documents)
    # An inverted index of the dated vectors over their rarer words, so that an undated
    # article meets only the dated ones that share one of its most telling words: a batch of
    # thousands is not compared pair by pair.
    postings: dict[str, list[int]] = defaultdict(list)
    for index, (vector, month) in enumerate(zip(vectors, months, strict=True)):
        if month is not None:
            for token in vector:
                postings[token].append(index)
    found: dict[str, tuple[PartialDate, float]] = {}
    for document, vector, month in zip(documents, vectors, months, strict=True):
        if month is not None:
            continue
        shared: Counter[int] = Counter()
        for token in sorted(vector, key=lambda t: (-vector[t], t))[:_QUERY_WORDS]:
            if len(postings.get(token, ())) <= _COMMON:
                shared.update(postings.get(token, ()))
        scored = [(_cosine(vector, vectors[i]), -i) for i, _ in shared.most_common(_CANDIDATES)]
        if not scored:
            continue
        score, best = max(scored)
        best_month = months[-best]
        if score >= SIMILAR and best_month is not None:
            found[document.id] = (best_month, score)
    return found


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _event_days(document: Document, annotated: Annotations | None,
                by_sentence: Mapping[tuple[str, int], Sequence[StoryEvent]]
                ) -> tuple[list[date], list[date]]:
    """The start days of the dated story events the document reports as held, and of those
    it reports as ahead (a plan called off or moved counts as neither)."""
    held: list[date] = []
    ahead: list[date] = []
    for mention in annotated.events if annotated is not None else ():
        status = mention.status.value if mention.status is not None else None
        if status in _CALLED_OFF:
            continue
        for event in by_sentence.get((document.id, mention.start), ()):
            day = iso_day(event.start)
            if day is None or event.type == "deadline":
                # A deadline's status tells whether it ran out by the end of the story, not by
                # the writing: "before the 12 August deadline" is no day reported as past.
                continue
            if status in _HELD or (status is None and mention.tense == "past"):
                held.append(day)
            elif status in _AHEAD or (status is None and mention.tense == "future"):
                ahead.append(day)
    # A day ahead that is no later than one the text reports as held contradicts it; the
    # sentence that puts it ahead was tied to the wrong event ("a framework to implement the
    # consensus of the earlier round" is no plan of that round).
    latest = max(held, default=None)
    return held, [d for d in ahead if latest is None or d > latest]



_WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_WEEKEND = re.compile(rf"(?<!\w)(?:{WEEKEND_ALT})(?!\w)", re.IGNORECASE)
_WEEK = timedelta(days=6)


def _named_weekdays(sentence: str) -> frozenset[int]:
    """The weekday a sentence names (or Saturday and Sunday, for "this weekend"), without a
    full date beside it; nothing when it names two or none."""
    if find_dates(sentence):
        return frozenset()
    named = {weekday_number(m.group()) for m in _WEEKDAY.finditer(sentence)}
    if _WEEKEND.search(sentence):
        named.add(-1)
    if len(named) != 1 or None in named:
        return frozenset()
    return frozenset({5, 6}) if -1 in named else frozenset(d for d in named if d is not None)


def weekday_month(text: str, events: Sequence[StoryEvent], bounds: TextBounds,
                  aliases: Mapping[str, Sequence[str]] | None = None) -> PartialDate | None:
    """The month of the held story events that the text's sentences name by place and weekday,
    when all of them fall in one month.

    Works on any language: a sentence counts when it names exactly one weekday, no full date,
    and a story event's place as written ("este sábado ... en Lindhaven"), or as another
    language writes it (``aliases``: the place's other names the entity stage joined, such as
    "Port-Alcyne" or "Порт-Алсайн"). Only held or
    ongoing events of at most a week count, on a day of that weekday that the text's own
    dates leave open: a weekday names a day within a week of the writing, which lies after
    the latest day the text reports as past and before the earliest it puts ahead.
    """
    held = [(e, start, iso_day(e.end) or start) for e in events
            if e.place and e.status in _HELD and (start := iso_day(e.start)) is not None]
    places = {e.place for e, _, _ in held if e.place}
    found: set[PartialDate] = set()
    for paragraph in text.split("\n"):
        for _, sentence in sentences(paragraph):
            weekdays = _named_weekdays(sentence)
            if not weekdays:
                continue
            named = {p for p in places if any(
                re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE)
                for name in (p, *(aliases or {}).get(p, ())))}
            for event, start, end in held:
                if event.place not in named or end - start > _WEEK:
                    continue
                for k in range((end - start).days + 1):
                    day = start + timedelta(days=k)
                    if day.weekday() in weekdays and _open(day, bounds):
                        found.add(PartialDate(day.year, day.month))
    return found.pop() if len(found) == 1 else None


def place_aliases(entities: Iterable[StoryEntity]) -> dict[str, tuple[str, ...]]:
    """Place name → its other names, as the entity stage joined them ("Genf", "Ginebra")."""
    return {e.name: e.aliases for e in entities if e.type == "place" and e.aliases}


def _open(day: date, bounds: TextBounds) -> bool:
    """Whether the text's own dates leave ``day`` possible as the day a sentence reports."""
    return ((bounds.latest_past is None or day >= bounds.latest_past - _WEEK - timedelta(days=1))
            and (bounds.earliest_future is None or day <= bounds.earliest_future + _WEEK))


_NEWS = "the story event its lead reports"
_PREVIEW = "the week before the story event its lead puts ahead"
_NEWS_WIDE = "one of the story events its lead may report"
_SINCE = "the time its lead says has passed since a story event"
_SINCE_BOUND = "the earliest month that time allows"
_NEAREST = "the most similar dated article"
_PAST = "the latest day it reports as past"
_HELD_VOTE = "the latest story event it reports as held"
_COPY = "the article it copies"
_AFTER, _BEFORE, _AT, _NEAR = "after", "before", "at", "near"
"""How an estimate bounds the writing: after its month (a day reported as past), before it
(a day ahead), at it (another article's month), or not at all (a weekday's event)."""


@dataclass(frozen=True, slots=True)
class _Vote:
    name: str
    month: PartialDate
    side: str
    weight: int = 1
    yields: bool = False
    """Whether the vote's veto yields to the month of the event the lead reports: another
    article's month is the weakest evidence, and a recap reads like the report it recaps."""

    def rules_out(self, month: PartialDate) -> bool:
        """Whether the vote leaves no room for ``month``: a bound only rules out the months on
        its wrong side (a text reporting 12 April as past may be written in May), another
        article's month every other month."""
        if self.side == _AFTER:
            return month.first < self.month.first
        if self.side == _BEFORE:
            return month.first > self.month.first
        if self.side == _NEAR:
            return False
        return month != self.month


def _agreed(votes: Sequence[_Vote]) -> tuple[PartialDate, list[str]] | None:
    """The one month that at least two votes give and none rules out, with those votes'
    names; ``None`` when there is no such month or more than one."""
    found = []
    # Another article's month that the text's own bounds rule out is not this one's: the
    # text may be like that article, but it reports a day, or a story event, held after it,
    # or puts a day before it ahead.
    votes = [v for v in votes if v.name != _NEAREST or not any(
        b.side in (_AFTER, _BEFORE) and b.rules_out(v.month) for b in votes)]
    # The most similar dated article does not veto the months of the events the lead reports
    # (or puts ahead), even of many: there only the text's own estimates count (below).
    news = {v.month for v in votes if v.name in (_NEWS, _PREVIEW, _NEWS_WIDE)}
    # A copy came out in its original's month; the event a sentence of it is tied to may be
    # the wrong round, so that event's bound does not rule the original's month out.
    copied = {v.month for v in votes if v.name == _COPY}
    for month in {v.month for v in votes}:
        giving = [v for v in votes if v.month == month]
        if any(v.name == _NEWS_WIDE for v in giving):
            # One of many months the lead's events leave: the coverage does not pick it.
            giving = [v for v in giving if v.name != _NEAREST]
        if sum(v.weight for v in giving) >= 2 and not any(
                v.rules_out(month) and not (v.yields and month in news)
                and not (v.name == _HELD_VOTE and month in copied) for v in votes):
            found.append((month, [v.name for v in giving]))
    if len(found) > 1 and news:
        # Another article's month is the weakest evidence: a month that needs it to reach two
        # votes gives way to the month of the event the lead reports or puts ahead.
        found = [(month, names) for month, names in found if month in news or sum(
            v.weight for v in votes if v.month == month and v.name != _NEAREST) >= 2]
    return found[0] if len(found) == 1 else None


def _news_votes(news: NewsVote) -> list[_Vote]:
    """The votes of the story event the lead reports: one month alone is enough where no
    bound rules it out (:func:`_agreed`); each of two months that the events at the lead's
    place leave needs another estimate to agree."""
    if news.month is None:
        name = _NEWS if len(news.months) <= AMBIGUOUS else _NEWS_WIDE
        return [_Vote(name, month, _NEAR) for month in news.months]
    return [_Vote(_NEWS, news.month, _NEAR, 2)]


def _since_votes(months: frozenset[PartialDate]) -> list[_Vote]:
    """The votes of the time the lead says has passed since a story event ("signed last
    month"): each month it allows (at most :data:`AMBIGUOUS`) counts once, like one of two
    months of the lead's news, and the earliest rules out the months before it (the writing
    is that long after the event, whichever event it was)."""
    if not months or len(months) > AMBIGUOUS:
        return []
    return [*(_Vote(_SINCE, month, _NEAR) for month in sorted(months)),
            _Vote(_SINCE_BOUND, min(months), _AFTER, 0)]


def estimate_months(documents: Sequence[Document], annotations: Mapping[str, Annotations],
                    events: Sequence[StoryEvent],
                    aliases: Mapping[str, Sequence[str]] | None = None,
                    entities: Sequence[StoryEntity] = ()) -> dict[str, Estimate]:
    """Document id → the estimated publication month, for documents without any date where
    at least two of the estimates (past, held, ahead, coverage, weekday, news, copy) give one
    month and none rules it out; the one month of the news event counts as two. ``aliases``
    are the other names of the story's places (place name → names), for the weekday and news
    estimates; ``entities`` the story's entities, whose names find the parties of the event
    a lead reports."""
    places = {e.name: e.aliases for e in entities if e.type == "place"}
    places.update({name: tuple(more) for name, more in (aliases or {}).items()})
    if any(_published_month(d) is None and other_script(d.text) for d in documents):
        # An undated text in another script (Arabic, Persian) names the places in it.
        places = {name: (*more, *city_names_in_other_scripts(name))
                  for name, more in places.items()}
    party_names = {e.id: (e.name, *e.aliases) for e in entities}
    by_sentence: dict[tuple[str, int], list[StoryEvent]] = defaultdict(list)
    for event in events:
        for evidence in event.evidence:
            by_sentence[(evidence.article, evidence.start)].append(event)
    days = sorted(d.published for d in documents if d.published is not None)
    nearest = nearest_dated(documents)
    by_id = {d.id: d for d in documents}
    found: dict[str, Estimate] = {}
    for document in documents:
        if _published_month(document) is not None:
            continue
        bounds = completed_bounds(document.text.split("\n"),
                                  lambda written: resolve_near(written, days), document.captions,
                                  document.language)
        held, ahead = _event_days(document, annotations.get(document.id), by_sentence)
        high = min((d for d in (bounds.earliest_future, min(ahead, default=None)) if d),
                   default=None)
        near = nearest.get(document.id)
        copied = by_id.get(document.duplicate_of or "")
        news = news_month(document.text, document.title, document.language, events, places,
                          party_names, bounds)
        said = [
            (_PAST, _month(bounds.latest_past), _AFTER, 1),
            (_HELD_VOTE, _month(max(held, default=None)),
             _AFTER, 1),
            ("the earliest day it or the story puts ahead", _month(high), _BEFORE, 1),
            (_NEAREST, near[0] if near else None, _AT, 1),
            ("the story event it names by place and weekday",
             weekday_month(document.text, events, bounds, aliases), _NEAR, 1),
            # A copy's original counts twice: the copy is the same article, republished.
            (_COPY, _published_month(copied) if copied else None, _AT, 2)]
        votes = [_Vote(name, month, side, weight, name == _NEAREST)
                 for name, month, side, weight in said if month is not None]
        if news is not None:
            votes += _news_votes(news)
        elif (preview := preview_month(document.text, document.title, document.language,
                                       events, places, party_names, bounds)) is not None:
            votes.append(_Vote(_PREVIEW, preview, _NEAR, 2))
        votes += _since_votes(since_months(document.text, document.title, document.language,
                                           events, places, party_names, bounds))
        agreed = _agreed(votes)
        if agreed is not None:
            month, names = agreed
            estimate: Estimate | None = Estimate(
                month, f"{' and '.join(names)} give {month.iso}")
            if far_ahead(month, bounds.earliest_future, days):
                estimate = _preview(bounds.earliest_future, votes, events)
            if estimate is not None:
                found[document.id] = estimate
    return found


_FAR_MONTHS = 2
"""How many months a day the text puts ahead may lie after the voted month: a preview is
written in the days before what it announces, and an article may look a season ahead ("talks
are set for 3 September"), but not further within the story's own span."""
_PREVIEW_DAYS = 7
"""How many days before the day it announces a preview is written, at most."""


def far_ahead(month: PartialDate, ahead: date | None, days: Sequence[date]) -> bool:
    """Whether the text puts ahead a day, within the span of the batch's dated articles, that
    lies more than :data:`_FAR_MONTHS` months after ``month``: the article was written before
    that day, and the votes for a month so much earlier rest on its background (the latest day
    a recap writes out, the lead's old event) rather than on its news."""
    if ahead is None or not days or not days[0] <= ahead <= days[-1]:
        # A day beyond the story's span is a deadline or a horizon, not the next news.
        return False
    gap = (ahead.year - month.year) * 12 + ahead.month - month.month
    return gap > _FAR_MONTHS


def _preview(ahead: date | None, votes: Sequence[_Vote],
             events: Sequence[StoryEvent]) -> Estimate | None:
    """The month of the week before ``ahead`` (when that week lies in one month), where the
    story holds an event in that month and no vote's bound rules it out; else ``None``: a
    preview is written in the days before the day it announces, and a wrong month is worse
    than none."""
    if ahead is None:
        return None
    first, last = _month(ahead - timedelta(days=_PREVIEW_DAYS)), _month(ahead - timedelta(days=1))
    if first is None or first != last:
        return None
    held = {_month(d) for e in events if e.status in _HELD and (d := iso_day(e.start))}
    # Another article's month (the coverage, the copied original) gave the unsafe month
    # itself: only the text's and the story's bounds may rule the week before out.
    if first not in held or any(v.rules_out(first) and v.side != _AT for v in votes):
        return None
    return Estimate(first, f"the week before the day it puts ahead ({ahead.isoformat()}) "
                           f"gives {first.iso}")
