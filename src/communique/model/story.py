"""The merged story: what many articles say together, each item with its evidence.

These are the types of the dossier contract (see ``docs/dossier.md``): the merge stage builds
them, the outputs only read them. Every id is content-derived so a rebuild gives the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    """A supporting passage: ``text == article_text[start:end]`` of article ``article``."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class StoryRole:
    """A title an entity holds (``lead negotiator`` of ``Ukraine``) with its evidence."""

    title: str
    of: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class StoryEntity:
    """One person, organization, country or place across all articles."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[StoryRole, ...]
    affiliation: str | None
    mentions: int
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ordinal:
    """One source's own number for an event (``third round`` → 3)."""

    value: int
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one party judged an event."""

    party: str | None
    speaker: str | None
    assessment: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """Talks, a meeting, a signing, a ceasefire, an exchange, a suspension or a deadline, merged
    from mentions."""

    id: str
    type: str
    title: str
    start: str | None
    end: str | None
    place: str | None
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    delegations: dict[str, dict[str, list[str]]]
    """``{party id: {"heads": [entity ids], "members": [entity ids]}}``."""
    ordinals: tuple[Ordinal, ...]
    outcomes: tuple[Outcome, ...]
    evidence: tuple[Evidence, ...]
    support: int
    outlets: tuple[str, ...] = ()
    status: str = "held"
    """``held``, ``ongoing``, ``planned``, ``postponed``, ``cancelled``, ``hypothetical`` or
    ``historical``, as the latest reports have it."""
    signed: str | None = None
    """For an agreement: what was signed, in the words most sources use; for a suspension, what
    was suspended."""


# A deadline does not take place: it runs out, or is pushed back.
_DEADLINE_STATUS = {"held": "expired", "ongoing": "running", "planned": "set",
                    "postponed": "extended"}


def status_word(event_type: str, status: str) -> str:
    """How a reader says an event's status (a deadline ``held`` has ``expired``)."""
    if event_type == "deadline":
        return _DEADLINE_STATUS.get(status, status)
    return status


def signed_word(event_type: str) -> str:
    """What :attr:`StoryEvent.signed` holds for this type of event: what was signed, or
    suspended."""
    return "suspended" if event_type == "suspension" else "signed"


@dataclass(frozen=True, slots=True)
class StoryQuote:
    """A quotation with its speaker; ``also_in`` links the same words in other articles."""

    id: str
    speaker: str | None
    speaker_text: str | None
    text: str
    kind: str
    cue: str | None
    channel: str | None
    relay: str | None
    date: str | None
    evidence: tuple[Evidence, ...]
    also_in: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """A statement of fact with the independent outlets that make it."""

    id: str
    text: str
    subject: str
    predicate: str
    object: str | None
    value: float | None
    unit: str | None
    value_text: str | None
    attributed_to: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    support: int
    status: str
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Issue:
    """An issue of the negotiation, found by grouping the objects of positions."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class StoryPosition:
    """What one party demands, offers, accepts or rejects on one issue, and when."""

    id: str
    party: str
    issue: Issue
    stance: str
    summary: str
    value: str | None
    date: str | None
    """The earliest day an article reported the position."""
    evidence: tuple[Evidence, ...]
    until: str | None = None
    """The latest day an article reported it: a party's positions read in time order."""
    negated: bool = False
    """Stated as a negation or denial (``does not support``, ``denies backing``): ``stance``
    then holds the reversed stance, and ``summary`` says what was denied."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a contradiction: a value and where it is stated."""

    value: str
    evidence: tuple[Evidence, ...]
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Sources that state different values for the same thing."""

    id: str
    kind: str
    about: str
    sides: tuple[Side, ...]
    note: str


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One dated entry of the timeline, pointing at an event, claim or quote."""

    date: str
    end: str | None
    kind: str
    ref: str
    label: str


@dataclass(frozen=True, slots=True)
class Story:
    """Everything the merge stage produces."""

    entities: tuple[StoryEntity, ...] = ()
    events: tuple[StoryEvent, ...] = ()
    quotes: tuple[StoryQuote, ...] = ()
    claims: tuple[StoryClaim, ...] = ()
    positions: tuple[StoryPosition, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    timeline: tuple[TimelineItem, ...] = ()
    digest: str = ""
    timings: dict[str, float] = field(default_factory=dict)
