"""The fields of one merged event: parties, mediators, delegations, round numbers, outcomes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from communique.merge._corpus import Corpus
from communique.merge.entities import EntityIndex
from communique.model.annotations import EventMention
from communique.model.entities import EntityLabel
from communique.model.story import Evidence, Ordinal, Outcome

# Role titles that make a person the head of their side's delegation.
_HEAD_ROLE = re.compile(
    r"\b(?:(?:lead|chief|head|top)\s+negotiator|head\s+of\s+(?:the\s+)?delegation|"
    r"led\s+.*delegation|delegation\s+(?:head|leader|chief))\b",
    re.IGNORECASE,
)


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


def _delegations(
    mentions: Sequence[tuple[str, EventMention]],
    corpus: Corpus,
    entities: EntityIndex,
    main_for: set[str],
) -> dict[str, dict[str, list[str]]]:
    """Party → heads and members, from delegation sentences and negotiator roles.

    A negotiator role ("chief negotiator X") makes X a head only for the event the article is
    mainly about (``main_for``), not for every earlier round it names in passing.
    """
    heads: dict[str, list[str]] = defaultdict(list)
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, mention in mentions:
        for delegate in mention.delegates:
            party = _party(entities, doc_id, delegate.party) or "unknown"
            person = _ref(entities, doc_id, delegate.name)
            # A country or nationality word mistaken for a person by the tagger is not a
            # delegate ("Veldra", "Korvanian").
            if person and entities.countries.country_of(entities.name_of(person) or person) is None:
                (heads if delegate.head else members)[party].append(person)
    for doc_id in dict.fromkeys(d for d, _ in mentions if d in main_for):
        for entity in corpus.annotations[doc_id].entities:
            if entity.label is not EntityLabel.PERSON:
                continue
            for role in entity.roles:
                if _HEAD_ROLE.search(role.title):
                    party = _party(entities, doc_id, entity.affiliation or role.of) or "unknown"
                    person = _ref(entities, doc_id, entity.canonical)
                    if person:
                        heads[party].append(person)
    _settle_unknown(heads, members, entities)
    result: dict[str, dict[str, list[str]]] = {}
    for party in sorted(set(heads) | set(members)):
        head_list = list(dict.fromkeys(heads.get(party, [])))
        member_list = [p for p in dict.fromkeys(members.get(party, [])) if p not in head_list]
        result[party] = {"heads": head_list, "members": member_list}
    return result


def _settle_unknown(
    heads: dict[str, list[str]], members: dict[str, list[str]], entities: EntityIndex
) -> None:
    """Give delegates of unknown party their story-wide affiliation, or drop duplicates."""
    for table in (heads, members):
        unknown = table.pop("unknown", [])
        placed = {p for people in (*heads.values(), *members.values()) for p in people}
        for person in unknown:
            party = entities.affiliation_of(person)
            if party is not None:
                table.setdefault(entities.party_ref("", party) or party, []).append(person)
            elif person not in placed:
                table.setdefault("unknown", []).append(person)


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


def event_fields(
    mentions: Sequence[tuple[str, EventMention]],
    corpus: Corpus,
    entities: EntityIndex,
    main_for: Collection[str] = (),
) -> EventFields:
    """Read the fields of one event from its mentions."""
    parties: Counter[str] = Counter()
    mediators: Counter[str] = Counter()
    ordinals: dict[tuple[str, int], Ordinal] = {}
    evidence: dict[tuple[str, int], Evidence] = {}
    for doc_id, mention in mentions:
        for party in mention.parties:
            parties[_party(entities, doc_id, party) or party] += 1
        for mediator in mention.mediators:
            mediators[_ref(entities, doc_id, mediator) or mediator] += 1
        sentence = corpus.evidence(doc_id, mention.start, mention.end)
        evidence.setdefault((doc_id, mention.start), sentence)
        if mention.ordinal is not None:
            ordinals.setdefault((doc_id, mention.ordinal), Ordinal(mention.ordinal, sentence))
    delegations = _delegations(mentions, corpus, entities, set(main_for))
    for party in delegations:
        if party != "unknown":
            parties[party] += 1
    return EventFields(
        parties=tuple(p for p, _ in parties.most_common()),
        mediators=tuple(m for m, _ in mediators.most_common()),
        delegations=delegations,
        ordinals=tuple(ordinals.values()),
        outcomes=_outcomes(mentions, corpus, entities),
        evidence=tuple(evidence.values()),
    )
