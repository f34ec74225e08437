"""Named entities found in one article: mentions, the entities they add up to, and roles.

Offsets are half-open ``[start, end)`` character offsets into the article's clean text, as
everywhere in communique (see :mod:`communique.model.article`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityLabel(StrEnum):
    """The coarse entity types communique works with."""

    PERSON = "person"
    ORGANIZATION = "organization"
    """Institutions, companies, outlets, alliances, seats of power acting as institutions."""
    COUNTRY = "country"
    """A sovereign state (bundled gazetteer), the usual parties of a negotiation."""
    PLACE = "place"
    """Cities, capitals, regions, facilities and other locations that are not countries."""
    NATIONALITY = "nationality"
    """Demonyms and adjectives (``Ukrainian``, ``Americans``); their country is the affiliation."""
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One occurrence of an entity in the text.

    ``canonical`` is the document-level name of the entity the mention belongs to (titles and
    possessives stripped, a surname expanded to the full name). ``stands_for`` is set only for
    metonymy: a capital or seat of power that is the subject of an action verb (``Kyiv has
    refused``) stands for its country (``Ukraine``).
    """

    start: int
    end: int
    text: str
    label: EntityLabel
    canonical: str
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A title or function an article gives an entity, e.g. ``lead negotiator`` of ``Ukraine``.

    ``of`` is the canonical name of what the title is held in or for (a country, an
    organization, a seat of power, a person for ``son-in-law``/``adviser``), or ``None``.
    ``start``/``end`` cover the evidence: the phrase the role was read from.
    """

    title: str
    of: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocEntity:
    """One entity of a document with every mention of it, its roles and its affiliation.

    ``aliases`` are the distinct surface forms seen (without titles and possessives);
    ``affiliation`` is the party the entity speaks for when one can be read off its roles, its
    nationality or the gazetteer (``Kremlin`` → ``Russia``).
    """

    canonical: str
    label: EntityLabel
    aliases: tuple[str, ...]
    mentions: tuple[EntityMention, ...]
    roles: tuple[Role, ...] = ()
    affiliation: str | None = None

    @property
    def count(self) -> int:
        """Number of mentions."""
        return len(self.mentions)
