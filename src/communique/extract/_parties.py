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
from collections.abc import Sequence

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model.entities import DocEntity, EntityLabel, EntityMention

# Suffixes that turn a country name into a nationality word; stripping one and comparing the
# stem is how unknown demonyms are linked ("Korvanian" → "Korvania", "Tirasolan" → "Tirasol").
_DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "")


def _demonym_stem_match(word: str, country: str) -> bool:
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
        )
        self._by_name = {e.canonical: e for e in entities}

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
            if entry.kind in (GazKind.COUNTRY, GazKind.CAPITAL, GazKind.SEAT, GazKind.DEMONYM):
                return entry.country
            if entry.kind is GazKind.ORGANIZATION:
                return entry.canonical
        for country in self._countries:
            if text == country or _demonym_stem_match(text.split()[-1], country):
                return country
        return None

    def party(self, mention: EntityMention, *, persons: bool = True) -> str | None:
        """The party ``mention`` speaks for, or ``None`` (places that are only locations)."""
        if mention.stands_for:
            return mention.stands_for
        entity = self.entity(mention)
        if mention.label is EntityLabel.COUNTRY:
            return mention.canonical
        if mention.label is EntityLabel.PERSON:
            return entity.affiliation if persons and entity is not None else None
        if mention.label in (EntityLabel.NATIONALITY, EntityLabel.ORGANIZATION):
            if entity is not None and entity.affiliation:
                return entity.affiliation
            return self.party_of_name(mention.text)
        if mention.label is EntityLabel.PLACE:
            entry = gazetteer().lookup(mention.text)
            if entry is not None and entry.kind in (GazKind.CAPITAL, GazKind.SEAT):
                return entry.country
        return None

    def party_of_person(self, name: str) -> str | None:
        """The affiliation of the person called ``name`` in this document."""
        entity = self.entity_named(name)
        return entity.affiliation if entity is not None else None
