"""Venue contradictions: outlets that put one event in different buildings of one city.

The city of an event is the events stage's (its place conflicts are found there); the
building is read here from the sentences that speak of the event alone (those the format
finder reads, :func:`communique.merge._modes.own_sentences`): a location word (*at*, *in*,
*inside*) and, within a few words, a kind of venue — a residence (someone's house or home
too), an embassy, a palace, a
hotel, headquarters, a ministry (the State Department too), an institute, the White House; and
in French, Spanish, Portuguese, Italian and German after their own location words (*à la
résidence*, *en la embajada*, *in der Botschaft*).
Whose residence or which embassy is left aside: "the ambassador's residence" and "the Veldran
embassy" are two venues, "Veldra's embassy" and "the Veldran Embassy" one. Where someone spoke,
briefed or arrived is no venue of the event (*speaking at the White House*, *arrived at the
residence*). Each article gets one venue, and none when it names two (a signing at one place
and a reception at another); each outlet one side, never two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.lang._phrases import alternation, grouped, others
from communique.merge._corpus import Corpus
from communique.merge._modes import listing, one_value_groups, sides_of, values_by_article
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

_EN = ("en",)
# The kinds of venue by name (``venue_kinds`` of lang/<code>/conflict_phrases.json): English
# after its own location words and articles, the other languages after theirs ("at one of the
# Veldran residences", "à la résidence du ministre", "en la embajada", "in der Botschaft").
_KINDS = tuple(grouped("venue_kinds", _EN).items())
# Someone's house or home is their residence ("at the ambassador's house"); a house of no one
# ("Government House", "the House") is a seat of power or a chamber, not a residence.
_HOUSE = alternation("venue_own_house", languages=_EN)
_OWN_HOUSE = rf"(?<=['’]s\s){_HOUSE}"
_VENUE = re.compile(
    rf"\b{alternation('venue_prepositions', languages=_EN)}\s+(?:one\s+of\s+)?"
    rf"{alternation('venue_articles', languages=_EN)}?\s*"
    r"(?:[\w'’.-]+\s+){0,4}?(?P<venue>" + "|".join(f"(?:{'|'.join(p)})" for _, p in _KINDS)
    + rf"|{_OWN_HOUSE})\b",
    re.IGNORECASE)
_KINDS_OTHER = tuple(grouped("venue_kinds", others()).items())
_VENUE_OTHER = re.compile(
    rf"(?<!\w){alternation('venue_prepositions', languages=others())}\s+"
    rf"(?:{alternation('venue_articles', languages=others())}\s*)?"
    r"(?:[\w'’.-]+\s+){0,3}?(?P<venue>"
    + "|".join(f"(?:{'|'.join(p)})" for _, p in _KINDS_OTHER) + r")(?!\w)",
    re.IGNORECASE)

# Where someone spoke about the event is not where it was held.
_SPEAKING = re.compile(rf"\b{alternation('venue_speaking_words')}\W+(?:\w+\W+){{0,2}}$",
                       re.IGNORECASE)
_SPEAKING_WINDOW = 40


def venues_in(sentence: str) -> set[str]:
    """The kinds of venue a sentence puts something in (``a residence``, ``the White House``)."""
    found: set[str] = set()
    for venue, kinds in ((_VENUE, _KINDS), (_VENUE_OTHER, _KINDS_OTHER)):
        for match in venue.finditer(sentence):
            if _SPEAKING.search(
                    sentence[max(0, match.start() - _SPEAKING_WINDOW) : match.start()]):
                continue  # "The president, speaking at the White House, said ...": no venue
            word = match.group("venue")
            if venue is _VENUE and re.fullmatch(_HOUSE, word, re.I):
                found.add("a residence")  # only after a possessive: see _OWN_HOUSE
                continue
            found.update(name for name, patterns in kinds
                         if re.fullmatch("|".join(patterns), word, re.I))
    return found


def venue_contradictions(events: Sequence[StoryEvent], corpus: Corpus) -> list[Contradiction]:
    """For each dated event, outlets that put it in different venues."""
    made = (_contradiction(*values, corpus)
            for values in values_by_article(events, corpus, venues_in))
    return [contradiction for contradiction in made if contradiction is not None]


def _contradiction(event: StoryEvent, per_article: dict[str, set[str]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus
                   ) -> Contradiction | None:
    """One contradiction from each article's venue, an outlet never against itself."""
    sides = one_value_groups(per_article, corpus)
    if len(sides) < 2:
        return None
    made = sides_of(sides, evidence_of, corpus)
    note = f"Outlets put {event.title} in different venues: {listing(made)}."
    return Contradiction(content_id("x_", "place", "venue", event.id), "place", event.id, made,
                         note)
