"""Typed data passed between the stages of communique.

Everything here is a frozen dataclass built only from the standard library, so that every stage
(ingest, clean, extract, merge, store, outputs) can import it without importing each other.
"""

from communique.model.article import (
    Document,
    PublishedBasis,
    RawArticle,
    Removal,
    Span,
)
from communique.model.ids import content_id, normalize_for_hash
from communique.model.report import Skipped

__all__ = [
    "Document",
    "PublishedBasis",
    "RawArticle",
    "Removal",
    "Skipped",
    "Span",
    "content_id",
    "normalize_for_hash",
]
