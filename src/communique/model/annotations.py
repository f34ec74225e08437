"""Everything the extract stage finds in one document, and the two mention types it adds.

Entities, dates, quotes and claims have their own modules; this one holds what is read from the
sentences around them — event mentions (talks, meetings, rounds, agreements, deadlines) and stance
mentions (a party demanding, offering or rejecting something) — and the :class:`Annotations`
bundle that the merge stage consumes. Offsets are half-open character offsets into the clean text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from communique.model.article import Span
from communique.model.claims import Claim
from communique.model.entities import DocEntity
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression


class EventType(StrEnum):
    """Coarse event types of the dossier contract.

    ``agreement`` is a text signed, initialled or adopted (a declaration, a framework, a peace
    accord); ``ceasefire`` a ceasefire taking effect; ``exchange`` a prisoner exchange or release;
    ``suspension`` a signed text suspended, withdrawn from or revoked by one of its parties;
    ``deadline`` a deadline set (``planned``), extended (``postponed``) or expired (``held``).
    """

    TALKS = "talks"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    CEASEFIRE = "ceasefire"
    EXCHANGE = "exchange"
    DEADLINE = "deadline"
    SUSPENSION = "suspension"
    STATEMENT = "statement"
    ATTACK = "attack"
    OTHER = "other"


class EventStatus(StrEnum):
    """What a mention says became of an event: only ``held`` and ``ongoing`` ones took place."""

    HELD = "held"
    ONGOING = "ongoing"
    PLANNED = "planned"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    HYPOTHETICAL = "hypothetical"
    HISTORICAL = "historical"


class Stance(StrEnum):
    """What a party does with respect to an issue."""

    DEMANDS = "demands"
    OFFERS = "offers"
    ACCEPTS = "accepts"
    REJECTS = "rejects"
    PROPOSES = "proposes"
    SUPPORTS = "supports"
    OPPOSES = "opposes"


@dataclass(frozen=True, slots=True)
class Delegate:
    """A person named as part of a party's delegation; ``head`` when said to lead it."""

    name: str
    party: str | None
    head: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Assessment:
    """How one side judged an event (``"difficult but business-like"``), with its speaker."""

    party: str | None
    speaker: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence's reference to an event, with whatever the sentence says about it.

    ``start``/``end`` delimit the sentence; ``trigger_*`` the word that names the event. Dates
    are the normalized values of the temporal expressions that the sentence ties to the event;
    ``tense`` is ``past``, ``future`` or ``present`` (scheduled and finished events of the same
    name are the same event, but the tense helps choose which earlier round a mention means).
    ``parties`` are who takes part (the subjects and objects of the meeting or signing, "talks
    between X and Y"), never a country merely named nearby; ``mediators`` who mediates, hosts or
    carries messages.
    """

    start: int
    end: int
    type: EventType
    trigger: str
    trigger_start: int
    trigger_end: int
    tense: str
    place: str | None = None
    place_country: str | None = None
    dates: tuple[TimeExpression, ...] = ()
    ordinal: int | None = None
    ordinal_text: str | None = None
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    delegates: tuple[Delegate, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    days: int | None = None
    """The length the sentence gives (``two-day talks`` is 2)."""
    status: EventStatus | None = None
    """What the clause says became of the event; ``None`` when it says nothing (``the talks``)."""
    signed: str | None = None
    """For an agreement: what was signed, in the text's words (``a framework agreement``); for a
    suspension, what was suspended."""
    inconsistency: str | None = None
    """A source's own inconsistency about the event (a weekday that does not match its date)."""


@dataclass(frozen=True, slots=True)
class StanceMention:
    """A party's stated position on something: ``Moscow is demanding full control of the area``.

    ``party`` is the canonical country (or organization) the subject speaks for; ``issue`` is the
    object phrase as written and ``issue_key`` its content words, lemmatized, used to group
    positions of different parties about the same thing.
    """

    start: int
    end: int
    party: str
    party_text: str
    stance: Stance
    cue: str
    issue: str
    issue_key: tuple[str, ...]
    issue_places: tuple[str, ...] = ()
    value: str | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Annotations:
    """All annotations of one document, each with offsets into ``Document.text``."""

    document_id: str
    sentences: tuple[Span, ...]
    entities: tuple[DocEntity, ...]
    dates: tuple[TimeExpression, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    events: tuple[EventMention, ...] = ()
    stances: tuple[StanceMention, ...] = ()
    places: tuple[tuple[str, str], ...] = ()
    """``(place, country)`` pairs the text states (``Lindhaven, Veldra``), to link places."""
