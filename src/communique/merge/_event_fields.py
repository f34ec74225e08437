"""The fields of one merged event: parties, mediators, delegations, round numbers, outcomes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from communique.extract._event_lexicon import ENGLISH, is_forum
from communique.merge._corpus import Corpus
from communique.merge.entities import EntityIndex
from communique.model.annotations import EventMention, EventStatus
from communique.model.entities import EntityLabel
from communique.model.story import Evidence, Ordinal, Outcome

# Role titles that make a person the head of their side's delegation.
_HEAD_ROLE = re.compile(
    r"\b(?:(?:lead|chief|head|top)\s+negotiator|head\s+of\s+(?:the\s+)?delegation|"
    r"led\s+.*delegation|delegation\s+(?:head|leader|chief))\b",
    re.IGNORECASE,
)


# A party named by fewer than a third as many sources as the strongest is a country merely
# named near the event.
_PARTY_SHARE = 3
_HELD = (EventStatus.HELD, EventStatus.ONGOING)
_AHEAD = (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)


@dataclass(frozen=True, slots=True)
class EventFields:
    """Everything about an event that is read off its mentions."""

    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    delegations: dict[str, dict[str, list[str]]]
    ordinals: tuple[Ordinal, ...]
    outcomes: tuple[Outcome, ...]
    evidence: tuple[Evidence, ...]


def _ref(entities: EntityIndex, doc_id: str, name: str | None) -> str | None:
    """An entity id for a person's name when the story knows it, else the name itself."""
    if name is None:
        return None
    return entities.id_of(doc_id, name) or name


def _party(entities: EntityIndex, doc_id: str, name: str | None) -> str | None:
    """An entity id for a party's name when the story knows it, else the name itself."""
    if name is None:
        return None
    return entities.party_ref(doc_id, name) or name


def story_places(corpus: Corpus, entities: EntityIndex) -> frozenset[str]:
    """Places the story gives as where an event is or locates in a country: entity ids (or
    names) of places that are no country.

    A province named in a list of participants ("between X's army and Y, Ostra, and Vell
    Province command") is such a place when any article says an event was held there; a
    country, a capital standing for its government and an organization never are.
    """
    found: set[str] = set()
    for doc_id, annotated in corpus.annotations.items():
        names = [m.place for m in annotated.events if m.place]
        names += [place for place, _ in annotated.places]
        for name in names:
            ref = entities.id_of(doc_id, name) or name
            if entities.type_of(ref) == "place":
                found.add(ref)
    return frozenset(found)


def _side_ref(entities: EntityIndex, doc_id: str, name: str,
              places: Collection[str]) -> str | None:
    """The party a participant name stands for, or ``None`` when it is no side.

    A person is never a party: they stand for their affiliation (a name the tagger took for a
    country or a group in one article is a person the story knows); a place where the story
    holds events is where, not who.
    """
    ref = _party(entities, doc_id, name) or name
    kind = entities.type_of(ref)
    if kind == "person":
        return _party(entities, "", entities.affiliation_of(ref))
    if kind == "place" and ref in places:
        return None
    return ref


def story_sides(corpus: Corpus, entities: EntityIndex) -> dict[str, str]:
    """Each delegate's side across the whole story: the one most event mentions give them.

    An article that names a head without saying whose (a list of participants in another
    language, "co-chaired by X and Y") leaves the side to the rest of the story.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, found in corpus.annotations.items():
        for mention in found.events:
            for delegate in mention.delegates:
                person = _ref(entities, doc_id, delegate.name)
                party = _party(entities, doc_id, delegate.party)
                if person and party:
                    votes[person][party] += 1
    return {person: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            for person, c in votes.items()}


def _known_side(person: str | None, entities: EntityIndex, known: Mapping[str, str]
                ) -> str | None:
    """A person's side when an article does not say: their affiliation, else the story's."""
    if person is None:
        return None
    return entities.affiliation_of(person) or known.get(person)


@dataclass
class _People:
    """Delegates of one event: each person's votes for a side, and whether they lead it."""

    sides: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    heads: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)

    def add(self, person: str, party: str, head: bool) -> None:
        self.sides[person][party] += 1
        if head:
            self.heads.add(person)
        if person not in self.order:
            self.order.append(person)


def _gather(
    mentions: Sequence[tuple[str, EventMention]],
    corpus: Corpus,
    entities: EntityIndex,
    main_for: set[str],
    known: Mapping[str, str],
) -> _People:
    """Every delegate the mentions name, and negotiator roles of the articles' main event.

    A negotiator role ("chief negotiator X") makes X a head only for the event the article is
    mainly about (``main_for``), not for every earlier round it names in passing.
    """
    people = _People()
    for doc_id, mention in mentions:
        for delegate in mention.delegates:
            party = _party(entities, doc_id, delegate.party) or "unknown"
            person = _ref(entities, doc_id, delegate.name)
            if party == "unknown":
                party = _party(entities, doc_id, known.get(person or "")) or party
            if party == "unknown" and not entities.affiliation_of(person):
                continue  # nobody says whose side they are on
            # A country or nationality word mistaken for a person by the tagger is not a
            # delegate ("Veldra", "Korvanian").
            if person and entities.countries.country_of(entities.name_of(person) or person) is None:
                people.add(person, party, delegate.head)
    for doc_id in dict.fromkeys(d for d, _ in mentions if d in main_for):
        for entity in corpus.annotations[doc_id].entities:
            if entity.label is not EntityLabel.PERSON:
                continue
            for role in entity.roles:
                if _HEAD_ROLE.search(role.title):
                    party = _party(entities, doc_id, entity.affiliation or role.of) or "unknown"
                    person = _ref(entities, doc_id, entity.canonical)
                    if person:
                        people.add(person, party, True)
    return people


def _side(person: str, votes: Counter[str], entities: EntityIndex) -> str:
    """The one side a person belongs to.

    Their affiliation across the whole story, when it is one of the sides this event's
    mentions give them (one article's slip does not move a negotiator to the other side);
    else the side most mentions give; else the affiliation alone.
    """
    known = Counter({p: n for p, n in votes.items() if p != "unknown"})
    affiliation = entities.affiliation_of(person)
    own = affiliation and (entities.party_ref("", affiliation) or affiliation)
    if own and (own in known or not known):
        return own
    if known:
        top = known.most_common(1)[0][1]
        return sorted(p for p, n in known.items() if n == top)[0]
    return "unknown"


def _delegations(
    people: _People, entities: EntityIndex, mediators: Collection[str],
    parties: Collection[str],
) -> dict[str, dict[str, list[str]]]:
    """Party → heads and members; each person on exactly one side, mediators on none.

    A mediator (a host's ruler, a go-between) heads no delegation; nor does a person whose
    side is none of the event's parties (the leaders of another meeting a sentence names with
    this one: "the accord signed in X follows the meeting between Presidents A and B").
    """
    heads: dict[str, list[str]] = defaultdict(list)
    members: dict[str, list[str]] = defaultdict(list)
    for person in people.order:
        if person in mediators:
            continue
        side = _side(person, people.sides[person], entities)
        if side in mediators or side not in parties:
            continue
        (heads if person in people.heads else members)[side].append(person)
    result: dict[str, dict[str, list[str]]] = {}
    for party in sorted(set(heads) | set(members)):
        result[party] = {"heads": heads.get(party, []), "members": members.get(party, [])}
    return result


def _outcomes(
    mentions: Sequence[tuple[str, EventMention]], corpus: Corpus, entities: EntityIndex
) -> tuple[Outcome, ...]:
    """Each side's assessments, one per (party, wording)."""
    seen: set[tuple[str | None, str]] = set()
    found = []
    for doc_id, mention in mentions:
        for item in mention.assessments:
            speaker = _ref(entities, doc_id, item.speaker)
            party = _party(entities, doc_id, item.party or entities.affiliation_of(speaker))
            key = (party, " ".join(item.text.lower().split()))
            if key in seen:
                continue
            seen.add(key)
            found.append(
                Outcome(party, speaker, item.text, corpus.evidence(doc_id, item.start, item.end))
            )
    return tuple(found)


def _sides_and_mediators(
    mentions: Sequence[tuple[str, EventMention]],
    corpus: Corpus,
    entities: EntityIndex,
    people: _People,
    known: Mapping[str, str],
    places: Collection[str] = (),
    hosts: Collection[str] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The event's parties and mediators, by the independent sources naming each.

    A name more sources call a mediator than a participant is a mediator only (the host is not
    a party); one named about as often in each role is both (a mediator that joins trilateral
    talks); a party a third as strong as the strongest is kept, weaker ones are a country
    named nearby. A person who heads a delegation is that side's, never a mediator. The
    country the event is held in (``hosts``) is a party only where a source names it meeting
    another side, or a head of its delegation: alone, it is what a sentence about the host
    (its own talks with one of the visitors, its officials) names.
    """
    parties: dict[str, set[str]] = defaultdict(set)
    joint: dict[str, set[str]] = defaultdict(set)
    mediators: dict[str, set[str]] = defaultdict(set)
    held = {side for doc_id, mention in mentions if mention.status in _HELD
            for party in mention.parties
            if (side := _side_ref(entities, doc_id, party, places)) is not None}
    for doc_id, mention in mentions:
        source = corpus.source_key(doc_id)
        named = {side for party in mention.parties
                 if (side := _side_ref(entities, doc_id, party, places)) is not None}
        if held and mention.status in _AHEAD and not named & held:
            # A preview naming none of the sides that reports of the held event name speaks
            # of another gathering at the place and time (a summit around a signing).
            named = set()
        for side in named:
            parties[side].add(source)
        for mediator in mention.mediators:
            mediators[_ref(entities, doc_id, mediator) or mediator].add(source)
        for delegate in mention.delegates:
            # A head whose side this article leaves open is their side's all the same when
            # the story knows whose they are.
            side = delegate.party or (
                _known_side(_ref(entities, doc_id, delegate.name), entities, known)
                if delegate.head else None)
            if delegate.head and side:
                parties[_party(entities, doc_id, side) or side].add(source)
                named.add(_party(entities, doc_id, side) or side)
        if len(named) > 1:
            for side in named:
                joint[side].add(source)
    kept_mediators = [
        m for m in sorted(mediators, key=lambda m: (-len(mediators[m]), m))
        if len(mediators[m]) * 2 >= len(parties.get(m, ())) and m not in people.heads
    ]
    # A name as often a participant as a mediator is both ("trilateral talks" a mediator joins).
    # A forum is where the sides meet, never a side, also when an article named it by an
    # acronym the story spells out elsewhere ("RBC").
    host_refs = {_party(entities, "", host) or host for host in hosts}
    sides = {p: v for p, v in parties.items() if len(v) > len(mediators.get(p, ()))
             and not is_forum(entities.name_of(p) or p, ENGLISH)
             and (p not in host_refs or joint.get(p))}
    strongest = max((len(v) for v in sides.values()), default=0)
    kept = [
        p for p in sorted(sides, key=lambda p: (-len(sides[p]), p))
        if len(sides[p]) * _PARTY_SHARE >= strongest
    ]
    return tuple(kept), tuple(kept_mediators)


def event_fields(
    mentions: Sequence[tuple[str, EventMention]],
    corpus: Corpus,
    entities: EntityIndex,
    main_for: Collection[str] = (),
    known: Mapping[str, str] | None = None,
    places: Collection[str] = (),
    hosts: Collection[str] = (),
) -> EventFields:
    """Read the fields of one event from its mentions; ``known`` is :func:`story_sides`,
    ``places`` :func:`story_places`, ``hosts`` the countries the event is held in."""
    known = known or {}
    ordinals: dict[tuple[str, int], Ordinal] = {}
    evidence: dict[tuple[str, int], Evidence] = {}
    for doc_id, mention in mentions:
        sentence = corpus.evidence(doc_id, mention.start, mention.end)
        evidence.setdefault((doc_id, mention.start), sentence)
        if mention.ordinal is not None:
            ordinals.setdefault((doc_id, mention.ordinal), Ordinal(mention.ordinal, sentence))
    people = _gather(mentions, corpus, entities, set(main_for), known)
    parties, mediators = _sides_and_mediators(mentions, corpus, entities, people, known,
                                              places, hosts)
    delegations = _delegations(people, entities, mediators, parties)
    return EventFields(
        parties=parties,
        mediators=mediators,
        delegations=delegations,
        ordinals=tuple(ordinals.values()),
        outcomes=_outcomes(mentions, corpus, entities),
        evidence=tuple(evidence.values()),
    )
