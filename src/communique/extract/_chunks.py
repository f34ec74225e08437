"""Long documents in bounded pieces: cut the text, annotate each piece, join the annotations.

Why: spaCy refuses texts over ``nlp.max_length`` (one million characters) and, below that, its
memory and several per-sentence steps grow faster than the text (a 950 KB article took two
minutes and 2.9 GB). A document longer than :data:`PIECE_CHARS` is therefore cut at paragraph
breaks (a sentence end or a space when one paragraph is longer still) into pieces of at most that
many characters; each piece is annotated on its own and the pieces' annotations are shifted back
onto the document's offsets and joined. Time and memory are then linear in the length of a
document. Articles shorter than a piece, which is nearly all of them, are not touched.

Shifting is generic over the model's dataclasses: an ``int`` field named ``start``/``end`` or
ending in ``_start``/``_end`` is an offset; every other ``int`` field must be listed in
:data:`NOT_OFFSETS` (a test enumerates the annotation types so that a new field cannot be
forgotten). The one offset written inside a string is a date's ``anchor`` (``"text:<start>"``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from communique.model import Document, Span
from communique.model.annotations import Annotations
from communique.model.entities import DocEntity

PIECE_CHARS = 50_000
"""Longest piece handed to spaCy. Extraction time per character is flat up to about this size
and grows beyond it; a real article is rarely longer, so ordinary articles are never cut."""

NOT_OFFSETS = frozenset({"ordinal", "paragraphs", "priority", "days"})
"""``int`` fields of annotation types that are counts or values, not character offsets."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_ANCHOR_PREFIX = "text:"

T = TypeVar("T")


def piece_bounds(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` ranges covering ``text`` in order, each at most ``limit``
    (default :data:`PIECE_CHARS`) long.

    A cut falls after the last line break inside the limit, else after the last sentence end,
    else after the last white space, else at the limit itself (one unbroken run of characters).
    """
    limit = PIECE_CHARS if limit is None else limit
    if limit <= 0:
        raise ValueError("limit must be positive")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that begins at ``start`` and may not reach past ``stop``."""
    newline = text.rfind("\n", start, stop)
    if newline > start:
        return newline + 1
    ends = [match.end() for match in _SENTENCE_END.finditer(text, start, stop)]
    if ends and ends[-1] > start:
        return ends[-1]
    space = max(text.rfind(" ", start, stop), text.rfind("\t", start, stop))
    if space > start:
        return space + 1
    return stop


def pieces(document: Document, limit: int | None = None) -> list[tuple[int, Document]]:
    """``document`` as ``(offset, piece)`` pairs; a short document is its own single piece.

    Each piece is the document with the text of its range and the headings that fall inside it,
    moved onto the piece's offsets. The line break a piece ends at is left out of it, so that
    its last paragraph reads as it does in the whole text.
    """
    bounds = piece_bounds(document.text, limit)
    if len(bounds) == 1:
        return [(0, document)]
    result = []
    for start, end in bounds:
        if end - start > 1 and document.text[end - 1] == "\n":
            end -= 1
        headings = tuple(Span(max(h.start, start) - start, min(h.end, end) - start)
                         for h in document.headings if h.start < end and start < h.end)
        result.append((start, dataclasses.replace(document, text=document.text[start:end],
                                                  headings=headings)))
    return result


def shift(value: T, offset: int) -> T:
    """``value`` (an annotation dataclass, a tuple of them, or a plain value) moved by
    ``offset`` characters."""
    if offset == 0:
        return value
    return _shift(value, offset, "")  # type: ignore[no-any-return]


def _shift(value: Any, offset: int, name: str) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value + offset if is_offset(name) else value
    if isinstance(value, tuple):
        return tuple(_shift(item, offset, name) for item in value)
    if isinstance(value, str):
        if name == "anchor" and value.startswith(_ANCHOR_PREFIX):
            number = value[len(_ANCHOR_PREFIX):]
            if number.isdigit():
                return f"{_ANCHOR_PREFIX}{int(number) + offset}"
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _shift(getattr(value, f.name), offset, f.name)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def is_offset(name: str) -> bool:
    """Whether an ``int`` field of this name holds a character offset."""
    return name in ("start", "end") or name.endswith(("_start", "_end"))


def join(document_id: str, parts: Sequence[tuple[int, Annotations]]) -> Annotations:
    """One document's annotations from its pieces' ``(offset, annotations)``, in text order."""
    if len(parts) == 1 and parts[0][0] == 0:
        return dataclasses.replace(parts[0][1], document_id=document_id)
    moved = [shift(annotations, offset) for offset, annotations in parts]
    return Annotations(
        document_id=document_id,
        sentences=_concat(a.sentences for a in moved),
        entities=_entities(_concat(a.entities for a in moved)),
        dates=_concat(a.dates for a in moved),
        quotes=_concat(a.quotes for a in moved),
        claims=_concat(a.claims for a in moved),
        events=_concat(a.events for a in moved),
        stances=_concat(a.stances for a in moved),
        places=tuple(dict.fromkeys(_concat(a.places for a in moved))),
    )


def _concat(groups: Iterable[tuple[T, ...]]) -> tuple[T, ...]:
    return tuple(item for group in groups for item in group)


def _entities(entities: Sequence[DocEntity]) -> tuple[DocEntity, ...]:
    """One entity per (name, label) across pieces, as a single pass over the text gives."""
    joined: dict[tuple[str, str], DocEntity] = {}
    for entity in entities:
        key = (entity.canonical, entity.label)
        seen = joined.get(key)
        if seen is None:
            joined[key] = entity
            continue
        joined[key] = dataclasses.replace(
            seen,
            aliases=tuple(dict.fromkeys((*seen.aliases, *entity.aliases))),
            mentions=(*seen.mentions, *entity.mentions),
            roles=(*seen.roles, *entity.roles),
            affiliation=seen.affiliation or entity.affiliation,
        )
    return tuple(joined.values())
