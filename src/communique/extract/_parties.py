"""Which party (country or institution) a mention in one document speaks for.

Negotiations are between parties, but articles name them in many ways: the country ("Russia"),
its capital acting ("Moscow is demanding"), a seat of power ("the Kremlin"), a nationality
("Ukrainian negotiators"), or a person whose affiliation is known. This module maps any of those
to one canonical party name using the document's entities and the bundled gazetteer. Countries
the gazetteer does not know (new states, fictional ones in the example corpus) are still found:
a nationality word is linked to a country of the document whose name it extends
("Veldran" → "Veldra", as "Ukrainian" → "Ukraine").
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from importlib import resources

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model.entities import DocEntity, EntityLabel, EntityMention

# Suffixes that turn a country name into a nationality word; stripping one and comparing the
# stem is how unknown demonyms are linked ("Korvanian" → "Korvania", "Tirasolan" → "Tirasol").
_DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "")


def demonym_stem_match(word: str, country: str) -> bool:
    """Whether ``word`` reads as the nationality of ``country`` (``Veldran`` ~ ``Veldra``)."""
    w, c = word.lower(), country.lower()
    if len(c) < 4 or not w.startswith(c[:4]):
        return False
    for suffix in _DEMONYM_SUFFIXES:
        if suffix and not w.endswith(suffix):
            continue
        stem = w[: len(w) - len(suffix)] if suffix else w
        if stem and (c == stem or c.startswith(stem) or stem.startswith(c.rstrip("aeiouy"))):
            return True
    return False


def _demonym_words(entities: Sequence[DocEntity]) -> set[str]:
    """Words a document uses as nationalities: nationality mentions and the "of" of titles."""
    words = {e.canonical for e in entities if e.label is EntityLabel.NATIONALITY}
    words |= {r.of for e in entities for r in e.roles if r.of and " " not in r.of}
    # The tagger sometimes calls a lone nationality word a person or an organization.
    words |= {
        e.canonical
        for e in entities
        if e.label in (EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.PLACE)
        and " " not in e.canonical
        and gazetteer().lookup(e.canonical) is None
        and e.canonical.lower().endswith(("an", "ian", "ese", "ish", "i"))
    }
    return words


def shared_country_names() -> dict[str, frozenset[str]]:
    """The forms that may mean more than one country (read once per process)."""
    return _namesakes()


@cache
def _namesakes() -> dict[str, frozenset[str]]:
    """Country names and nationality words that may mean more than one country.

    "Congo" names one country and ends another's name ("Democratic Republic of the Congo");
    "Congolese" is both countries' nationality. Read once from the bundled gazetteer data.
    """
    raw = resources.files("communique.data").joinpath("gazetteer.json").read_text("utf-8")
    rows = json.loads(raw).get("countries", [])
    names = {str(r["name"]): [str(r["name"]), *r.get("variants", [])] for r in rows}
    forms: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        country = str(row["name"])
        for form in (*names[country], *row.get("demonyms", []), *row.get("plurals", [])):
            forms[str(form)].add(country)
    for form in list(forms):
        for country in names:
            if country.endswith(" " + form):
                forms[form].add(country)  # "Congo" ends "Democratic Republic of the Congo"
    # A country's own name means that country ("Sudan" is Sudan, not South Sudan).
    return {form: frozenset(c) for form, c in forms.items() if len(c) > 1 and form not in names}


@cache
def namesake_rivals() -> dict[str, frozenset[str]]:
    """Each country that shares a name or nationality word with another, with those others."""
    found: dict[str, set[str]] = defaultdict(set)
    for countries in _namesakes().values():
        for country in countries:
            found[country] |= countries - {country}
    return {country: frozenset(others) for country, others in found.items()}


@cache
def _spelling(name: str) -> str | None:
    """A country's canonical name for a spelling the gazetteer lacks only by an article
    ("Democratic Republic of Congo" for "… of the Congo")."""
    for variant in (name.replace(" of the ", " of "), name.replace(" of ", " of the ")):
        entry = gazetteer().lookup(variant)
        if variant != name and entry is not None and entry.kind is GazKind.COUNTRY:
            return entry.country
    return None


def unknown_countries(entities: Sequence[DocEntity]) -> set[str]:
    """Places the gazetteer does not know that the text treats as countries.

    A place is a country when the document also uses its nationality word ("Veldra" and
    "Veldran", as "Ukraine" and "Ukrainian") — how new or fictional states become parties.
    """
    demonyms = _demonym_words(entities)
    found = set()
    for entity in entities:
        # The small model tags unfamiliar country names as people or organizations too.
        if (
            entity.label not in (EntityLabel.PLACE, EntityLabel.ORGANIZATION, EntityLabel.PERSON)
            or " " in entity.canonical
        ):
            continue
        if gazetteer().lookup(entity.canonical) is not None:
            continue
        if any(d != entity.canonical and demonym_stem_match(d, entity.canonical) for d in demonyms):
            found.add(entity.canonical)
    # "Korvanian" matches "Korvanians" too: drop names that are nationalities of another one.
    return {
        c for c in found if not any(len(c) > len(o) and demonym_stem_match(c, o) for o in found)
    }


class Parties:
    """Party lookups over one document's entities."""

    def __init__(self, entities: Sequence[DocEntity]) -> None:
        self._entity_of: dict[tuple[int, int], DocEntity] = {}
        mentions: list[EntityMention] = []
        for entity in entities:
            for mention in entity.mentions:
                self._entity_of[(mention.start, mention.end)] = entity
                mentions.append(mention)
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._mentions]
        self._countries = sorted(
            {e.canonical for e in entities if e.label is EntityLabel.COUNTRY}
            | unknown_countries(entities)
        )
        self._by_name = {e.canonical: e for e in entities}
        self._distinct = self._distinct_countries(mentions)

    @staticmethod
    def _distinct_countries(mentions: Sequence[EntityMention]) -> set[str]:
        """Countries the document names by a form no other country shares."""
        found = set()
        for mention in mentions:
            if mention.text in _namesakes():
                continue
            entry = gazetteer().lookup(mention.text)
            country = entry.country if entry is not None and entry.kind in (
                GazKind.COUNTRY, GazKind.DEMONYM
            ) else _spelling(mention.text)
            if country:
                found.add(country)
        return found

    def country(self, text: str, default: str | None) -> str | None:
        """The country an ambiguous name means in this document, else ``default``.

        "Congo" and "Congolese" mean the Democratic Republic of the Congo in a document that
        names it and not its neighbour, and the other way round.
        """
        spelled = _spelling(text)
        if spelled:
            return spelled
        options = _namesakes().get(text)
        if not options:
            return default
        named = options & self._distinct
        return next(iter(named)) if len(named) == 1 else default

    def mentions_in(self, start: int, end: int) -> list[EntityMention]:
        """Entity mentions inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].end <= end:
                found.append(self._mentions[i])
            i += 1
        return found

    def entity(self, mention: EntityMention) -> DocEntity | None:
        """The document entity a mention belongs to."""
        return self._entity_of.get((mention.start, mention.end))

    def entity_named(self, name: str) -> DocEntity | None:
        """The document entity with canonical name ``name``, or one having it as an alias."""
        if name in self._by_name:
            return self._by_name[name]
        for entity in self._by_name.values():
            if name in entity.aliases:
                return entity
        return None

    def party_of_name(self, text: str) -> str | None:
        """The party a bare name stands for, from the gazetteer or the document's countries."""
        entry = gazetteer().lookup(text)
        if entry is not None:
            if entry.kind in (GazKind.COUNTRY, GazKind.DEMONYM):
                return self.country(text.split("'")[0].split("’")[0], entry.country)
            if entry.kind in (GazKind.CAPITAL, GazKind.SEAT):
                return entry.country
            if entry.kind is GazKind.ORGANIZATION:
                return entry.canonical
        spelled = _spelling(text)
        if spelled:
            return spelled
        for country in self._countries:
            if text == country or demonym_stem_match(text.split()[-1], country):
                return country
        return None

    def party(self, mention: EntityMention, *, persons: bool = True) -> str | None:
        """The party ``mention`` speaks for, or ``None`` (places that are only locations)."""
        if mention.stands_for:
            return mention.stands_for
        entity = self.entity(mention)
        if mention.label is EntityLabel.COUNTRY:
            return self.country(mention.text, self.country(mention.canonical, mention.canonical))
        if mention.canonical in self._countries:
            return mention.canonical
        if mention.label is EntityLabel.PERSON:
            if not persons or entity is None:
                return None
            return self.affiliation(entity)
        if mention.canonical in self._countries:
            return mention.canonical
        if mention.label in (EntityLabel.NATIONALITY, EntityLabel.ORGANIZATION):
            if entity is not None and entity.affiliation:
                return self.in_context(entity.affiliation)
            return self.party_of_name(mention.text)
        if mention.label is EntityLabel.PLACE:
            entry = gazetteer().lookup(mention.text)
            if entry is not None and entry.kind in (GazKind.CAPITAL, GazKind.SEAT):
                return entry.country
        return None

    def is_country(self, name: str) -> bool:
        """Whether ``name`` is a country of this document (gazetteer or nationality-backed)."""
        return name in self._countries

    def affiliation(self, entity: DocEntity) -> str | None:
        """The party a person speaks for: their affiliation, else the country of a title."""
        if entity.affiliation:
            found = self.party_of_name(entity.affiliation) or entity.affiliation
            return self.in_context(found)
        for role in entity.roles:
            if role.of and (party := self.party_of_name(role.of)):
                return self.in_context(party)
        return None

    def in_context(self, country: str) -> str:
        """A country read off a shared nationality word, as the document means it.

        "Congolese President X" was read as one of the two Congos; when the document names
        the other one by a name of its own and never this one, the other one is meant.
        """
        if country in self._distinct:
            return country
        named = namesake_rivals().get(country, frozenset()) & self._distinct
        return next(iter(named)) if len(named) == 1 else country

    def party_of_person(self, name: str) -> str | None:
        """The affiliation of the person called ``name`` in this document."""
        entity = self.entity_named(name)
        return self.affiliation(entity) if entity is not None else None
