"""Every event mention of a corpus, placed for clustering: its family, its block (the country
its place lies in), its dates and its article's date.

The first step of event coreference (:mod:`communique.merge.events`): what blocks and dates a
mention, kept apart from how mentions are then clustered.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.lang import language_pack, spelling_key, to_latin
from communique.lang.inflect import base_forms
from communique.merge._corpus import Corpus
from communique.merge._event_clusters import Mention
from communique.merge._intervals import Interval, interval, stretch
from communique.merge._place_names import StoryPlaces
from communique.merge._written_dates import own_year, written_dates
from communique.merge.entities import EntityIndex
from communique.model.annotations import EventMention, EventStatus, EventType

# Talks, meetings and signings at one place and time are one event (a signing ceremony is a
# meeting); a ceasefire taking effect, an exchange and a deadline are events of their own.
_FAMILY = {EventType.TALKS: "talks", EventType.MEETING: "talks", EventType.AGREEMENT: "talks"}
_ENDS = ("ended", "end ", "concluded", "wrapped", "closed", "finished", "broke off")
# Past forms too: "opened a two-day round on Monday" starts on Monday as "opens" does.
_STARTS = ("starts", "start ", "begins", "begin ", "opens", "open ", "opened", "began",
           "started", "kicked off", "resumed", "resumes", "resume ")
_ONE_EVENT_DAYS = 1
_WORD = re.compile(r"[\w'’]+")


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


def _link_by_dates(items: list[Mention]) -> None:
    """Place a city of unknown country in the country an event of the same dates is in.

    "Talks in Lindhaven on Feb. 17-18" and "talks in Veldra on Feb. 17-18" are one event even
    when no article says "Lindhaven, Veldra": a city is linked to a country when every dated
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
    if says_end(corpus, doc_id, mention):
        return stretch(result, mention.days, ends=True)
    if says_begin(corpus, doc_id, mention):
        return stretch(result, mention.days, ends=False)
    return result


def says_end(corpus: Corpus, doc_id: str, mention: EventMention) -> bool:
    """Whether a mention's sentence says its talks ended (English end words)."""
    sentence = corpus.text(doc_id)[mention.start : mention.end].lower()
    return any(w in sentence for w in _ENDS)


def says_begin(corpus: Corpus, doc_id: str, mention: EventMention) -> bool:
    """Whether a mention's sentence says its talks begin (in English, or by its language
    pack's start words)."""
    sentence = corpus.text(doc_id)[mention.start : mention.end].lower()
    if any(w in sentence for w in _STARTS):
        return True
    language = corpus.documents[doc_id].language
    pack = language_pack(language) if language else None
    if pack is None or not pack.start_words:
        return False
    words = " " + " ".join(_WORD.findall(sentence)) + " "
    return any(f" {w} " in words for w in pack.start_words)


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


def _founds(mention: EventMention, language: str | None) -> bool:
    """Whether a mention may found an event: not a talks-family one without a place that
    was read without a parse (another language's signing word, whose clause no parser
    checked): it joins the event its date or its article places, or nothing."""
    return (language in (None, "en") or mention.place is not None
            or _FAMILY.get(mention.type) != "talks")


def collect_mentions(corpus: Corpus, entities: EntityIndex | None = None) -> list[Mention]:
    """Every event mention of the corpus with its family, block and dates."""
    links = corpus.place_countries()
    days = _article_days(corpus)
    english = _english_places(corpus)
    published = sorted(d.published for d in corpus.documents.values() if d.published)
    places = StoryPlaces(corpus, entities)
    items = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        language = corpus.documents[doc_id].language
        estimated = corpus.documents[doc_id].published is None
        month = interval(corpus.documents[doc_id].published_month) \
            if doc_id not in days else None
        for mention in annotations.events if annotations else ():
            if language not in (None, "en"):
                mention = _story_place(doc_id, mention, entities, english, language)
            if mention.place is not None and not places.is_place(doc_id, mention.place):
                # "signed in front of X", "agreed at the Extraordinary Meeting": no place.
                mention = replace(mention, place=None, place_country=None)
            if estimated:
                mention = written_dates(mention, published)
            else:
                mention = own_year(mention, corpus.documents[doc_id].published or date.min)
            if mention.status is EventStatus.HYPOTHETICAL and not (mention.place or mention.dates):
                continue  # "talks could resume": nothing to place or date, nothing happened
            family = _FAMILY.get(mention.type, mention.type.value)
            block, located = _block(mention, links)
            when = _when(corpus, doc_id, mention)
            items.append(
                Mention(doc_id, mention, family, block, when, located, days.get(doc_id),
                        month=month, founds=_founds(mention, language))
            )
    _link_by_dates(items)
    return items
