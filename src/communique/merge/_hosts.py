"""Host contradictions: an outlet that has one country host an event held in another.

"Veldra has agreed to host the next committee meeting" or "a meeting organised by Veldra",
for a meeting that other outlets place in a city of Korvania, is a ``place`` contradiction at
the precision of the country: a country hosts at home. The host is read from the sentences that
speak of the event alone (those the format finder reads,
:func:`communique.merge._modes.own_sentences`): a country the text names right before a hosting
verb (*Veldra to host*, *Veldra will host*, *Veldra has agreed to convene*) or right after a
hosting agent (*hosted by Veldra*, *organisée par la Veldra*). A sentence that names the
event's place itself says where the host held it (*Veldra hosted the talks in Lindhaven*: a
mediator hosting at a third place), and gives no side.

Only an event whose place is known, with its country (the place itself, or the country the
texts give it), is compared: the other side is the outlets whose own sentences about it name
that place. A host said of what is ahead (*will host*, *to host*) is labelled ``expected
host:``, a plan that changed rather than a report of the held event. Each outlet one side,
never two; an event that already has a place contradiction gets none here (its place is in
dispute, and the host would tell it twice).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from communique.clean._datewords import FUTURE_MARKER
from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._modes import listing, one_value_groups, own_sentences, sides_of
from communique.model import content_id
from communique.model.entities import EntityLabel
from communique.model.story import Contradiction, Evidence, StoryEvent

# A hosting verb a few words after the country ("Veldra has agreed to convene the meeting").
_HOSTS = re.compile(rf"^\W{{0,2}}(?:[\w'’-]+\s+){{0,3}}?(?:{alternation('host_verbs_after')})\b",
                    re.IGNORECASE)
# A hosting agent right before the country ("hosted by the Veldra", "organisée par le").
_HOSTED_BY = re.compile(rf"(?:{alternation('hosted_by')})\s+(?:\w+['’]|[\w'’]+\s+)?$",
                        re.IGNORECASE)
_BY_WINDOW = 30


def hosts_in(sentence: str, countries: Sequence[tuple[int, int, str]]) -> set[str]:
    """The countries a sentence says host its event, from the country mentions
    ``(start, end, name)`` (offsets into ``sentence``)."""
    found = set()
    for start, end, name in countries:
        if (_HOSTS.match(sentence[end:]) or _HOSTED_BY.search(
                sentence[max(0, start - _BY_WINDOW) : start])):
            found.add(name)
    return found


def host_contradictions(events: Sequence[StoryEvent], corpus: Corpus,
                        known: Sequence[Contradiction] = ()) -> list[Contradiction]:
    """For each placed event, outlets that have a country host it that its place is not in,
    set against the outlets that name its place."""
    disputed = {c.about for c in known if c.kind == "place"}
    place_countries = corpus.place_countries()
    found = []
    for event, sentences in own_sentences(events, corpus):
        if not event.place or event.id in disputed:
            continue
        country = place_countries.get(event.place, event.place)
        made = _contradiction(event, country, sentences, corpus)
        if made is not None:
            found.append(made)
    return found


def _country_mentions(corpus: Corpus, evidence: Evidence) -> list[tuple[int, int, str]]:
    """The country mentions of one sentence, with offsets into the sentence."""
    return sorted(
        (m.start - evidence.start, m.end - evidence.start, entity.canonical)
        for entity in corpus.annotations[evidence.article].entities
        if entity.label is EntityLabel.COUNTRY
        for m in entity.mentions if evidence.start <= m.start and m.end <= evidence.end)


def _contradiction(event: StoryEvent, country: str, sentences: Sequence[Evidence],
                   corpus: Corpus) -> Contradiction | None:
    """Hosts elsewhere against the outlets naming the event's place."""
    place = re.compile(rf"(?<!\w){re.escape(event.place or '')}(?!\w)", re.IGNORECASE)
    held = f"held: {event.place}"
    values: dict[str, set[str]] = defaultdict(set)
    evidence_of: dict[str, list[Evidence]] = defaultdict(list)
    ahead: set[str] = set()  # hosts some outlet says are to host
    for evidence in sentences:
        if place.search(evidence.text):
            values[evidence.article].add(held)
            evidence_of[evidence.article].append(evidence)
            continue
        hosts = hosts_in(evidence.text, _country_mentions(corpus, evidence)) - {country}
        if len(hosts) == 1:
            host = hosts.pop()
            values[evidence.article].add(host)
            evidence_of[evidence.article].append(evidence)
            if FUTURE_MARKER.search(evidence.text):
                ahead.add(host)
    groups = one_value_groups(values, corpus)
    if len(groups) < 2 or held not in groups:
        return None

    def label(value: str) -> str:
        if value == held:
            return value
        return f"{'expected host' if value in ahead else 'host'}: {value}"

    sides = sides_of(groups, evidence_of, corpus, label)
    note = (f"Outlets have {event.title} hosted by a country it was not held in: "
            f"{listing(sides)}.")
    return Contradiction(content_id("x_", "place", "host", event.id), "place", event.id, sides,
                         note)
