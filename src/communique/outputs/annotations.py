"""Per-article annotations (``communique annotate``, schema ``communique.annotations/1``).

One JSON object per article: its metadata, its clean ``text`` and every annotation the extract
stage found in it, each with half-open character offsets into that ``text``. The layout is
described in ``docs/annotations.md`` and by ``outputs/schema/annotations.schema.json``.

Dates carry their TimeML TIMEX3 ``type`` (DATE, TIME, DURATION, SET) beside the normalized
``value``; quotes carry their speaker's span, the form the article used for the speaker
(``name``, ``pronoun``, ``role_noun``, ``organization``) and the canonical entity it resolves
to within the article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.claims import Claim
from communique.model.entities import DocEntity
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression
from communique.outputs.dossier import plain

SCHEMA = "communique.annotations/1"


def timex_type(expr: TimeExpression) -> str:
    """The TimeML TIMEX3 type of an expression: its first TIMEX3 part's, else from its kind."""
    if expr.timex:
        return expr.timex[0].type
    if expr.kind == "duration":
        return "DURATION"
    if expr.kind == "set":
        return "SET"
    return "TIME" if expr.granularity == "time" else "DATE"


def _date(expr: TimeExpression) -> dict[str, Any]:
    """One temporal expression as a record, with the TimeML TIMEX3 parts it is made of."""
    return {"start": expr.start, "end": expr.end, "text": expr.text, "type": timex_type(expr),
            "value": expr.value, "granularity": expr.granularity, "kind": expr.kind,
            "anchor": expr.anchor, "timex3": plain(expr.timex)}


def _entity(entity: DocEntity) -> dict[str, Any]:
    """One entity with its mentions and roles."""
    return {
        "name": entity.canonical,
        "type": entity.label.value,
        "aliases": list(entity.aliases),
        "affiliation": entity.affiliation,
        "roles": plain(entity.roles),
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "stands_for": m.stands_for}
                     for m in entity.mentions],
    }


class _EntityAt:
    """Which entity a character span belongs to: the one with a mention overlapping it."""

    def __init__(self, entities: tuple[DocEntity, ...]) -> None:
        self._spans = sorted((m.start, m.end, e.canonical) for e in entities
                             for m in e.mentions)

    def __call__(self, start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        # The longest overlapping mention names the entity: a full name beats a title.
        best: tuple[int, str] | None = None
        for s, e, name in self._spans:
            if s >= end:
                break
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, name)
        return best[1] if best else None


def _quote(quote: Quote, entity_at: _EntityAt) -> dict[str, Any]:
    """One quote with its speaker (span, form as written, entity resolved to)."""
    speaker = None
    if quote.speaker_text is not None:
        speaker = {"text": quote.speaker_text, "start": quote.speaker_start,
                   "end": quote.speaker_end, "form": quote.speaker_kind.value,
                   "entity": entity_at(quote.speaker_start, quote.speaker_end)}
    return {"start": quote.start, "end": quote.end, "text": quote.text,
            "kind": quote.kind.value, "speaker": speaker,
            "speaker_form": quote.speaker_kind.value, "cue": quote.cue,
            "channel": quote.channel, "relay": quote.relay, "paragraphs": quote.paragraphs}


def _claim(claim: Claim) -> dict[str, Any]:
    """One claim; ``quantity`` keeps its value, bounds, unit and words."""
    return plain(claim)  # type: ignore[no-any-return]


def annotation_record(document: Document, annotations: Annotations) -> dict[str, Any]:
    """The ``communique.annotations/1`` object of one article."""
    entity_at = _EntityAt(annotations.entities)
    return {
        "schema": SCHEMA,
        "id": document.id,
        "source": document.source,
        "url": document.url,
        "outlet": document.outlet,
        "title": document.title,
        "author": document.author,
        "language": document.language,
        "published": document.published.isoformat() if document.published else None,
        "published_basis": document.published_basis.value,
        "text": document.text,
        "headings": [{"start": s.start, "end": s.end} for s in document.headings],
        "sentences": [{"start": s.start, "end": s.end} for s in annotations.sentences],
        "dates": [_date(d) for d in annotations.dates],
        "entities": [_entity(e) for e in annotations.entities],
        "quotes": [_quote(q, entity_at) for q in annotations.quotes],
        "claims": [_claim(c) for c in annotations.claims],
        "events": plain(annotations.events),
        "stances": plain(annotations.stances),
    }


def annotation_line(document: Document, annotations: Annotations) -> str:
    """One JSON Lines line (with its newline) for one article."""
    return json.dumps(annotation_record(document, annotations), ensure_ascii=False) + "\n"


def load_annotations_schema() -> dict[str, Any]:
    """The published JSON Schema of one annotations line."""
    path = Path(__file__).with_name("schema") / "annotations.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema
