"""Quotes found in one article: what was said, how it was marked, and who said it.

Offsets are half-open ``[start, end)`` character offsets into the article's clean text, as
everywhere in communique (see :mod:`communique.model.article`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class QuoteKind(StrEnum):
    """How the reported words appear in the article."""

    DIRECT = "direct"
    """Whole clauses or sentences between quotation marks: ``“We will win,” she said.``"""
    PARTIAL = "partial"
    """A quoted fragment embedded in the reporter's sentence: ``described it as “difficult”``."""
    INDIRECT = "indirect"
    """Reported speech without marks: the clause after ``said (that)``, ``according to`` …"""


class SpeakerKind(StrEnum):
    """What the article's own wording for the speaker was (before any resolution)."""

    NAME = "name"
    """A proper name of a person (or a name the parser could not tell from one)."""
    PRONOUN = "pronoun"
    """``he``, ``she``, ``they``: resolved to a preceding person where one fits."""
    ROLE_NOUN = "role_noun"
    """A description such as ``the spokesman`` or ``the Ukrainian president``."""
    ORGANIZATION = "organization"
    """An organization, outlet, country or capital speaking as an institution."""
    NONE = "none"
    """No speaker could be found."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation (or reported statement) and its attribution.

    ``start``/``end`` cover the quoted words without the quotation marks; a quote that runs
    over several paragraphs spans all of them (``paragraphs`` says how many) and ``text`` joins
    its paragraph pieces with one space, leaving out the marks that reopen each paragraph.
    ``speaker_text`` is always ``text[speaker_start:speaker_end]`` of the article: for a
    pronoun or role noun resolved to a person it is that person's fullest earlier mention,
    and ``speaker_kind`` keeps what the attribution itself said (``pronoun``, ``role_noun``).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: SpeakerKind = SpeakerKind.NONE
    cue: str | None = None
    """The cue's lemma (``say``, ``tell``, ``write``, ``point out``, ``according to`` …)."""
    channel: str | None = None
    """Where it was said, as written: ``on X``, ``in his nightly video address`` …"""
    relay: str | None = None
    """An outlet or body that reported the words, when the speaker is someone else."""
    paragraphs: int = 1

    @property
    def resolved(self) -> bool:
        """Whether a speaker was found (named directly or resolved from a pronoun/role)."""
        return self.speaker_text is not None
