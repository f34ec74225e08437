"""Dates, quotes and events in languages other than English, one interface for all of them.

Public API::

    reader = language_reader("de")          # None for English or a language without a pack
    reader.dates(text, published)            # TimeExpressions, normalized like English ones
    reader.quotes(text, sentences, entities) # Quotes with speakers (marked and reported)
    reader.events(text, sentences, entities, dates, skip=headings)  # EventMentions (talks)
    reader.claims(text, sentences, skip=headings)  # Claims: counts (killed ...) and lengths

The code is shared by every language; the words are the language's pack
(``communique/lang/<code>/words.json``: months, weekdays, relative phrases, numbers and units,
quotation marks, speech verbs, pronouns, meeting and round nouns, ordinals, future cues). A
new language is a new pack, not new code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from communique.extract.languages import _claims, _dates, _events, _quotes
from communique.lang import LanguagePack, language_pack
from communique.model import Span
from communique.model.annotations import EventMention
from communique.model.claims import Claim
from communique.model.entities import DocEntity
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression

__all__ = ["LanguageReader", "language_reader"]


@dataclass(frozen=True, slots=True)
class LanguageReader:
    """The date, quote and event extractors of one language, reading its pack."""

    pack: LanguagePack

    @property
    def language(self) -> str:
        """The ISO 639-1 code."""
        return self.pack.language

    def dates(self, text: str, published: date | None) -> list[TimeExpression]:
        """Dates, lengths and relative times of ``text``, normalized against ``published``."""
        return _dates.find_dates(text, published, self.pack.language)

    def quotes(self, text: str, sentences: Sequence[Span], entities: Sequence[DocEntity]
               ) -> list[Quote]:
        """Marked and reported quotes with their speakers, in text order."""
        return _quotes.find_quotes(text, sentences, entities, self.pack)

    def events(self, text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
               dates: Sequence[TimeExpression], skip: Sequence[Span] = ()
               ) -> list[EventMention]:
        """Talks, meetings and rounds the sentences mention, with place, dates and number."""
        return _events.find_events(text, sentences, entities, dates, self.pack, skip)

    def claims(self, text: str, sentences: Sequence[Span], skip: Sequence[Span] = ()
               ) -> list[Claim]:
        """Counts of what news tallies (killed, injured, displaced, detained) and lengths in
        hours, as claims the story stage compares with English ones."""
        return _claims.find_claims(text, sentences, self.pack, skip)


@cache
def language_reader(language: str | None) -> LanguageReader | None:
    """The reader of ``language``, or ``None`` when it has no pack (English among them)."""
    pack = language_pack(language) if language else None
    return None if pack is None else LanguageReader(pack)
