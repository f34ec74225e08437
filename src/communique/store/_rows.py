"""Documents and annotations as table rows, and the small helpers every table shares."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from communique.errors import StoreError
from communique.model import Document
from communique.model.annotations import Annotations
from communique.store import _codec

DOCUMENT_COLUMNS = ("source", "url", "outlet", "title", "language", "published",
                    "duplicate_of", "content_hash")
"""Document fields copied into indexed columns (besides ``id`` and ``text``)."""


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC (second precision)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def column_text(value: object) -> object:
    """A value as stored in an indexed *copy* column: ``str`` without NUL, else unchanged.

    PostgreSQL text cannot hold NUL; the JSON copy (where json escapes it as ``\\u0000``) keeps
    the exact value, so dropping it from the filter column loses nothing.
    """
    if isinstance(value, str):
        return value.replace("\x00", "")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def document_row(document: Document) -> dict[str, Any]:
    """The ``documents`` row of ``document`` (without ``seq`` and ``added_at``)."""
    if "\x00" in document.text or "\x00" in document.id:
        # The id (a key) and the clean text (stored once, in its own column, see _schema) must
        # be storable as they are on both backends, and PostgreSQL text cannot hold NUL.
        # Ingest already refuses inputs with NUL bytes; ids are hex digests.
        raise StoreError(f"article {document.id!r} has a NUL character in its id or clean text",
                         fix="remove control characters when cleaning")
    data = _codec.encode(document)
    if not isinstance(data, dict):  # pragma: no cover - a dataclass encodes to an object
        raise StoreError("a document did not encode to a JSON object")
    del data["text"]
    row = {name: column_text(getattr(document, name)) for name in DOCUMENT_COLUMNS}
    row.update(id=document.id, text=document.text,
               data=json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return row


def document_from_row(text: str, data: str) -> Document:
    """Rebuild a :class:`Document` from its ``text`` column and JSON ``data``."""
    try:
        fields = json.loads(data)
    except ValueError as exc:
        raise StoreError(f"a stored document is not valid JSON: {exc}") from exc
    fields["text"] = text
    return _codec.decode(Document, fields)


def annotations_data(annotations: Annotations) -> str:
    """The JSON stored for one document's annotations."""
    return _codec.dumps(annotations)
