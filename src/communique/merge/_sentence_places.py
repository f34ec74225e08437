"""A city an article gives its event in a sentence the events stage linked to nothing.

"Talks held in Veldra" is all the mention of an event says in one article, while another of
its sentences reads "after peace talks held in the Veldran capital, Port Alcyne": the article
places the event in Port Alcyne. When the event is held in another city of Veldra by the other
outlets' account (Lindhaven), that is a ``place`` contradiction, which the mention alone,
naming the country, cannot show. Read only where nothing else can be meant:

* the article's main gathering is this one (the held, exactly dated talks, meeting or signing
  it names most), and none of its mentions of it names a city (a city named there is read by
  the events stage);
* no event's mention reads a place from the sentence, and it names no date, nothing past or
  ahead (*earlier*, *last*, *will*), so it speaks of the news of the article, not of another
  meeting;
* an event word (*talks*, *pourparlers*) stands a few words before the city, which follows a
  location word or a comma (*held in Port Alcyne*, *tenus dans la capitale …, Port Alcyne*);
* the city is one the texts place in the country the article's mention or the event lies in,
  and is not the event's own city, nor a district or province (a unit word in its name), nor
  written inside the event's place or around it (``X, Y district``).

The sentence joins the event's other mentions and the place contradiction is worked out from
all of them as the events stage does (:func:`~communique.merge._event_conflicts.place_conflict`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence

from communique.clean._datewords import FUTURE_MARKER, MONTH_NAME_ALT
from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, place_conflict
from communique.merge._event_joins import nested_places, place_key
from communique.merge._main_events import main_events
from communique.merge._numbered_rounds import Built
from communique.model.story import Contradiction

_EVENT = re.compile(rf"(?<!\w){alternation('event_nouns', 'city_event_nouns')}(?!\w)",
                    re.IGNORECASE)
_EVENT_REACH = 80
_GATHERINGS = frozenset({"talks", "meeting", "agreement"})
# A location word or an apposition's comma right before the city.
_LOCATED = re.compile(rf"(?<!\w){alternation('city_prepositions')},?\s*$|,\s*$", re.IGNORECASE)
_DATED = re.compile(rf"\d|(?<!\w)(?:{MONTH_NAME_ALT})(?!\w)", re.IGNORECASE)
_ELSEWHEN = re.compile(rf"(?<!\w){alternation('elsewhen_words')}(?!\w)", re.IGNORECASE)

def sentence_place_conflicts(built: Sequence[Built], corpus: Corpus) -> list[Contradiction]:
    """Place contradictions of held events with the cities their articles give them in
    sentences linked to no event."""
    # The article's main gathering: a ceasefire it reports more often is agreed at it, and
    # does not make a sentence about the talks another event's.
    main = main_events(built, _GATHERINGS)
    # A sentence an event's mention reads a place from is that event's; one a mention without
    # a place claims (a ceasefire agreed "after talks held in …") still places the talks.
    claimed = {(i.doc_id, i.mention.start) for _, items, _ in built for i in items
               if i.mention.place}
    countries = corpus.place_countries()
    nested = nested_places(corpus)
    found: list[Contradiction] = []
    for event, items, when in built:
        if when is None or not event.place or event.status not in ("held", "ongoing"):
            continue
        home = countries.get(event.place) or next(
            (i.country for i in items if i.mention.place == event.place and i.country), None)
        if home is None:
            continue
        cities = sorted((p for p, c in countries.items()
                         if c == home and p not in (home, event.place)
                         and _apart(p, event.place, nested)), key=len, reverse=True)
        extra = [item for doc_id in sorted({i.doc_id for i in items})
                 if main.get(doc_id) == event.id
                 for item in _placed(doc_id, event.id, items, cities, home, claimed, corpus)]
        if extra:
            found += place_conflict(event, [*items, *extra], corpus)
    return found


def _apart(place: str, other: str, nested: set[tuple[str, str]]) -> bool:
    """Whether a place is a city of its own, apart from ``other``: not a district or province
    (a unit word in its name), and not written inside ``other`` or around it."""
    key, other_key = place_key(place), place_key(other)
    return key == place.lower() and key != other_key and (
        (key, other_key) not in nested and (other_key, key) not in nested)


def _placed(doc_id: str, event_id: str, items: Sequence[Stated], cities: Sequence[str],
            home: str, claimed: Collection[tuple[str, int]], corpus: Corpus) -> list[Stated]:
    """The article's sentences that place the event in another city of its country, as
    mentions of it (none when the article's own mentions name a city)."""
    own = [i for i in items if i.doc_id == doc_id]
    if any(i.mention.place and i.mention.place != home for i in own) or not cities:
        return []
    text = corpus.text(doc_id)
    found = []
    for span in corpus.annotations[doc_id].sentences:
        if (doc_id, span.start) in claimed:
            continue
        sentence = text[span.start : span.end]
        if _DATED.search(sentence) or _ELSEWHEN.search(sentence) or (
                FUTURE_MARKER.search(sentence)):
            continue
        city = _city_in(sentence, cities)
        if city is not None:
            mention = dataclasses.replace(own[0].mention, start=span.start, end=span.end,
                                          place=city, place_country=home, status=None,
                                          dates=(), ordinal=None)
            found.append(Stated(doc_id, mention, None, home))
    return found


def _city_in(sentence: str, cities: Sequence[str]) -> str | None:
    """The one city a sentence puts an event in, after an event word and a location word."""
    named = set()
    for city in cities:
        for match in re.finditer(rf"(?<!\w){re.escape(city)}(?!\w)", sentence):
            before = sentence[max(0, match.start() - _EVENT_REACH) : match.start()]
            if _EVENT.search(before) and _LOCATED.search(before):
                named.add(city)
    return named.pop() if len(named) == 1 else None
