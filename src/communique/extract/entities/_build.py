"""Assemble a document's entities: mentions grouped by canonical name, roles, affiliation.

Title-noun phrases (``the Ukrainian president``, ``the Ukrainian leader``) become mentions of
the person who holds that office in the same document, so a speaker introduced once by name
and then by office is one entity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from communique.extract._sentences import doc_text
from communique.extract.entities._fixer import FIXED_FLAG, fix_entities
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.entities._lexicon import (
    HEAD_OF_STATE,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_NOUN_PHRASES,
)
from communique.extract.entities._mentions import (
    common_words_out,
    expand_persons,
    merge_national_orgs,
    raw_mentions,
)
from communique.extract.entities._roles import read_roles
from communique.lang import language_pack
from communique.lang.names import honorific_length
from communique.model.entities import DocEntity, EntityLabel, EntityMention, Role

_MAX_TITLE_NOUN_WORDS = 2


class _Offsets(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_Spanned = TypeVar("_Spanned", bound=_Offsets)


def _title_only(mention: EntityMention, language: str) -> bool:
    """A "person" that is titles, honorifics and small words alone (``Président``, ``président
    de la``, ``Minister``)."""
    if mention.label is not EntityLabel.PERSON:
        return False
    pack = language_pack(language)
    return all(w.lower() in TITLE_HEADS or w.lower() in TITLE_MODIFIERS or w.islower()
               or honorific_length([w]) == 1 or (pack is not None and pack.is_title(w))
               for w in mention.canonical.split())


def _office_holder(country: str, title: str, roles: dict[str, list[Role]]) -> str | None:
    """The one person of the document holding ``title`` for ``country`` (``leader``: any
    head of state or government)."""
    wanted = HEAD_OF_STATE if title == "leader" else frozenset({title})
    holders = {person for person, held in roles.items()
               for r in held if r.of == country and r.title in wanted}
    return holders.pop() if len(holders) == 1 else None


def _title_noun_mentions(doc: Doc, roles: dict[str, list[Role]]) -> list[EntityMention]:
    """``the <demonym> <office>`` phrases resolved to the office holder of the document."""
    found: list[EntityMention] = []
    gaz = gazetteer()
    for token in doc[:-2]:
        if token.lower_ != "the":
            continue
        entry = gaz.lookup(doc[token.i + 1].text)
        if entry is None or entry.kind is not GazKind.DEMONYM or entry.country is None:
            continue
        for n in range(_MAX_TITLE_NOUN_WORDS, 0, -1):
            end = token.i + 2 + n
            title = doc[token.i + 2 : end].text.lower() if end <= len(doc) else ""
            if title not in TITLE_NOUN_PHRASES or (end < len(doc) and doc[end].pos_ == "PROPN"):
                continue
            holder = _office_holder(entry.country, title, roles)
            if holder is not None:
                span = doc[token.i : end]
                found.append(EntityMention(span.start_char, span.end_char, span.text,
                                           EntityLabel.PERSON, holder))
            break
    return found


def _affiliation(label: EntityLabel, canonical: str, mentions: list[EntityMention],
                 roles: list[Role]) -> str | None:
    """The party an entity speaks for: a country itself, a demonym's or seat's country, or
    the party of the first role held for a country, seat or institution."""
    if label is EntityLabel.COUNTRY:
        return canonical
    entry = gazetteer().lookup(mentions[0].text)
    if entry is None and label is EntityLabel.NATIONALITY:
        entry = gazetteer().lookup(canonical)  # "korvanien" stands for "Korvanian"
    if label is not EntityLabel.PERSON:
        keep = (GazKind.DEMONYM, GazKind.SEAT)
        return entry.country if entry is not None and entry.kind in keep else None
    for role in roles:
        party = gazetteer().lookup(role.of) if role.of else None
        if party is not None and party.kind is GazKind.ORGANIZATION:
            return party.canonical
        if party is not None and party.country:
            return party.country
    return None


def _person_affiliations(entities: list[DocEntity]) -> list[DocEntity]:
    """Persons whose role is held for another person take that person's party (an envoy)."""
    party = {e.canonical: e.affiliation for e in entities if e.label is EntityLabel.PERSON}
    out = []
    for entity in entities:
        if entity.label is EntityLabel.PERSON and entity.affiliation is None:
            for role in entity.roles:
                boss = party.get(role.of) if role.of else None
                if boss:
                    entity = DocEntity(entity.canonical, entity.label, entity.aliases,
                                       entity.mentions, entity.roles, boss)
                    break
        out.append(entity)
    return out


def _dedupe_roles(roles: list[Role]) -> tuple[Role, ...]:
    """One role per (title, of), the first evidence kept; a title without ``of`` is dropped
    when the same title is also read with one."""
    seen: dict[tuple[str, str | None], Role] = {}
    for role in roles:
        seen.setdefault((role.title, role.of), role)
    with_of = {title for title, of in seen if of is not None}
    return tuple(r for (title, of), r in seen.items() if of is not None or title not in with_of)


def extract_entities(doc: Doc) -> list[DocEntity]:
    """Every named entity of a parsed document, in order of first mention.

    Runs the entity fixer first if the pipeline did not (a plain ``spacy.load`` model).
    """
    if not doc._.get(FIXED_FLAG):
        fix_entities(doc)
    mentions = merge_national_orgs(expand_persons(raw_mentions(doc)))
    mentions = [m for m in common_words_out(mentions, doc_text(doc))
                if not _title_only(m, doc.lang_)]
    roles: dict[str, list[Role]] = defaultdict(list)
    for person, role in read_roles(doc, mentions):
        roles[person].append(role)
    mentions += _title_noun_mentions(doc, roles)
    groups: dict[tuple[EntityLabel, str], list[EntityMention]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups[(mention.label, mention.canonical)].append(mention)
    entities = []
    for (label, canonical), group in groups.items():
        held = list(roles.get(canonical, [])) if label is EntityLabel.PERSON else []
        aliases = tuple(dict.fromkeys(m.text for m in group))
        entities.append(DocEntity(canonical, label, aliases, tuple(group),
                                  _dedupe_roles(held),
                                  _affiliation(label, canonical, group, held)))
    return _person_affiliations(entities)


def outside_names(dates: Iterable[_Spanned], entities: Sequence[DocEntity]) -> list[_Spanned]:
    """``dates`` without those inside an organization's name: a group named after a date
    (``March 4 Movement``) is no date."""
    names = sorted((m.start, m.end) for e in entities if e.label is EntityLabel.ORGANIZATION
                   for m in e.mentions)
    return [d for d in dates
            if not any(s <= d.start and d.end <= e and (s, e) != (d.start, d.end)
                       for s, e in names)]
