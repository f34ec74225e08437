"""Helpers to build synthetic documents and annotations for merge tests (no NLP involved)."""

from __future__ import annotations

from datetime import date

from communique.model import Document, Span
from communique.model.annotations import Annotations, EventMention, EventType
from communique.model.claims import Claim, Quantity
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.temporal import TimeExpression


def doc(
    doc_id: str,
    text: str,
    outlet: str,
    published: str | None = None,
    duplicate_of: str | None = None,
) -> Document:
    """A clean document."""
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        text=text,
        outlet=outlet,
        published=date.fromisoformat(published) if published else None,
        duplicate_of=duplicate_of,
        language="en",
    )


def person(name: str, text: str, *, affiliation: str | None = None) -> DocEntity:
    """A person entity with one mention of each alias found in ``text``."""
    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, EntityLabel.PERSON, name)
    return DocEntity(name, EntityLabel.PERSON, (name,), (mention,), (), affiliation)


def country(name: str, text: str) -> DocEntity:
    """A country entity mentioned once in ``text``."""
    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, EntityLabel.COUNTRY, name)
    return DocEntity(name, EntityLabel.COUNTRY, (name,), (mention,))


def when(text: str, surface: str, value: str, granularity: str = "day") -> TimeExpression:
    """A date expression found in ``text``."""
    start = text.index(surface)
    return TimeExpression(start, start + len(surface), surface, value, granularity, "date", None)


def talks(
    text: str,
    *,
    place: str | None,
    dates: tuple[TimeExpression, ...] = (),
    ordinal: int | None = None,
    tense: str = "past",
    country_of_place: str | None = None,
    parties: tuple[str, ...] = (),
) -> EventMention:
    """A talks mention covering the whole of ``text``."""
    trigger = text.index("talks") if "talks" in text else 0
    return EventMention(
        0,
        len(text),
        EventType.TALKS,
        "talks",
        trigger,
        trigger + 5,
        tense,
        place=place,
        place_country=country_of_place,
        dates=dates,
        ordinal=ordinal,
        parties=parties,
    )


def claim(
    text: str,
    *,
    subject: str,
    predicate: str,
    key: str,
    value: float,
    unit: str,
    surface: str,
    approximate: bool = False,
) -> Claim:
    """A number-bearing claim covering the whole of ``text``."""
    start = text.index(surface)
    quantity = Quantity(value, None, None, unit, surface, start, start + len(surface), approximate)
    return Claim(
        0,
        len(text),
        text,
        subject,
        None,
        None,
        predicate,
        key,
        quantity,
        False,
        approximate,
        None,
        "none",
        object_key=key,
    )


def annotations(doc_id: str, text: str, **parts: object) -> Annotations:
    """Annotations of one document, one sentence per line."""
    sentences, offset = [], 0
    for line in text.split("\n"):
        sentences.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    fields = {"entities": (), "dates": (), "quotes": (), "claims": ()} | parts
    return Annotations(doc_id, tuple(sentences), **fields)  # type: ignore[arg-type]
