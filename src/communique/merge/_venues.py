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
from collections import defaultdict
from collections.abc import Sequence

from communique.merge._corpus import Corpus
from communique.merge._modes import by_outlet, listing, sides_of, values_by_article
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

_KINDS = (
    ("the White House", r"white\s+house"),
    # A foreign or defence ministry, under whatever name a government gives it ("the State
    # Department", "the Ministry of Foreign Affairs"); any institute (a think tank hosting).
    ("a ministry", r"ministry|(?:state|foreign(?:\s+affairs)?|defen[cs]e)\s+department|"
                   r"department\s+of\s+(?:state|foreign\s+affairs|defen[cs]e)"),
    ("an institute", r"institute"),
    ("an embassy", r"embass(?:y|ies)"),
    ("a residence", r"residence"),
    ("a palace", r"palace"),
    ("a hotel", r"hotel"),
    ("headquarters", r"headquarters"),
)
# Someone's house or home is their residence ("at the ambassador's house"); a house of no one
# ("Government House", "the House") is a seat of power or a chamber, not a residence.
_OWN_HOUSE = r"(?<=['’]s\s)(?:house|home)"
_VENUE = re.compile(
    r"\b(?:at|in|inside|within)\s+(?:one\s+of\s+)?(?:the|a|an|his|her|its|their)?\s*"
    r"(?:[\w'’.-]+\s+){0,4}?(?P<venue>" + "|".join(f"(?:{p})" for _, p in _KINDS)
    + rf"|{_OWN_HOUSE})\b",
    re.IGNORECASE)

# The same kinds in French, Spanish, Portuguese, Italian and German, after their location words
# ("à la résidence du ministre", "en la embajada", "in der Botschaft", "no palácio").
_KINDS_OTHER = (
    ("the White House", r"maison[\s-]+blanche|casa[\s-]+blanca|wei(?:ß|ss)en\s+haus"),
    ("a ministry", r"minist[èe]re|ministerio|minist[ée]rio|ministero|ministerium"),
    ("an institute", r"institut|instituto|istituto"),
    ("an embassy", r"ambassade|embajada|embaixada|ambasciata|botschaft"),
    ("a residence", r"r[ée]sidence|residencia|resid[êe]ncia|residenza|residenz"),
    ("a palace", r"palais|palacio|pal[áa]cio|palazzo|palast"),
    ("a hotel", r"h[ôo]tel"),
)
_VENUE_OTHER = re.compile(
    r"(?<!\w)(?:à|au|aux|dans|en|no|na|nos|nas|nel|nella|presso|im|in|am)\s+"
    r"(?:(?:l['’]|la|le|les|el|los|las|o|os|a|as|der|dem|den|lo|gli)\s*)?"
    r"(?:[\w'’.-]+\s+){0,3}?(?P<venue>"
    + "|".join(f"(?:{p})" for _, p in _KINDS_OTHER) + r")(?!\w)",
    re.IGNORECASE)

# Where someone spoke about the event is not where it was held.
_SPEAKING = re.compile(r"\b(?:speak\w*|spoke|told|remarks|briefing|interview|reporters|press|"
                       r"statement|arriv\w*|depart\w*|fl(?:ew|y|ies|ying)|"
                       r"d[ée]clar\w*|arriv[ée]\w*|lleg\w*|cheg\w*|anku\w*|eintr\w*|"
                       r"conf[ée]rence|rueda|coletiva|pressekonferenz)\W+(?:\w+\W+){0,2}$",
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
            if venue is _VENUE and word.lower() in ("house", "home"):
                found.add("a residence")  # only after a possessive: see _OWN_HOUSE
                continue
            found.update(name for name, pattern in kinds if re.fullmatch(pattern, word, re.I))
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
    by_source = by_outlet(per_article, corpus)
    sides: dict[str, list[str]] = defaultdict(list)
    for article, venues in per_article.items():
        if len(by_source[corpus.source_key(article)]) == 1:
            sides[next(iter(venues))].append(article)
    if len(sides) < 2:
        return None
    made = sides_of(sides, evidence_of, corpus)
    note = f"Outlets put {event.title} in different venues: {listing(made)}."
    return Contradiction(content_id("x_", "place", "venue", event.id), "place", event.id, made,
                         note)
