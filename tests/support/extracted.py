"""Helpers for extract tests that run the real extractor over one synthetic English text."""

from __future__ import annotations

from datetime import date

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import EventMention


def events_of(extractor: Extractor, text: str, published: date) -> list[EventMention]:
    """The event mentions the extractor finds in ``text``, an English article of ``published``."""
    doc = Document(id="a_0000000000000000", source="x", text=text, language="en",
                   published=published)
    (annotations,) = extractor.annotate_all([doc])
    return list(annotations.events)
