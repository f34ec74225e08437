"""Articles as read (``RawArticle``) and as cleaned (``Document``).

Offsets: every span in communique is a half-open ``[start, end)`` pair of character offsets into
``Document.text``, the clean text, so that evidence can always be cut out and shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class PublishedBasis(StrEnum):
    """Where a document's publication date came from, most to least trustworthy."""

    HEADER = "header"
    """A crawler header line such as `` date 2026-02-17`` or a JSON ``published`` field."""
    URL = "url"
    """The page's URL, e.g. ``/2026/02/07/slug`` or ``/20260207/`` (or only ``/2026/02/``)."""
    META = "meta"
    """HTML metadata (``article:published_time``, JSON-LD, ``<time>``) or a feed's entry date."""
    BYLINE = "byline"
    """A date stamp printed on the page, e.g. ``Published: Feb 16, 2026 08:24 AM``."""
    DATELINE = "dateline"
    """A news dateline opening the body, e.g. ``MUNICH, Feb. 14 –``."""
    INFERRED = "inferred"
    """Read from the text: the day it calls "today" ("hoy sábado 12 de abril")."""
    ESTIMATED = "estimated"
    """A month only, where at least two of the text's latest past day, the latest story event
    it reports as held, the earliest day ahead and the most similar dated article of the batch
    agree: no source's word."""
    UNKNOWN = "unknown"
    """Nothing to go on."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input as ingest read it: decoded text or HTML plus what the source told us.

    Exactly one of ``text`` and ``html`` is set. Metadata fields hold what the *source* said
    (a JSON field, a feed entry, an HTTP header); cleaning decides what to believe.
    """

    source: str
    """Where it came from: a path, ``path#N`` for the N-th record of a JSON(L) file, a URL, or
    ``<stdin>``."""
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    """A publication date or timestamp as the source gave it (unparsed)."""
    outlet: str | None = None
    author: str | None = None
    encoding: str | None = None
    """The character encoding the bytes were decoded from, when ingest decoded bytes."""
    format: str = "text"
    """``text``, ``markdown``, ``html``, ``json``, ``jsonl``, ``url``, ``feed`` or ``warc``."""
    fetched_at: datetime | None = None
    """Timezone-aware time the input was read."""
    order: int = 0
    """Position in the batch, used to break ties when choosing the earliest copy."""
    notes: tuple[str, ...] = ()
    """What reading changed (characters replaced, bytes that did not decode); cleaning passes
    them on to :attr:`Document.notes`."""

    @property
    def body(self) -> str:
        """The text or HTML, whichever is set."""
        return self.text if self.text is not None else (self.html or "")


@dataclass(frozen=True, slots=True)
class Removal:
    """A line (or part of one) that cleaning removed from the body, and why.

    ``reason`` is a short machine code (``share_buttons``, ``licence_footer``, ``hotline``,
    ``language_menu``, ``comment_prompt``, ``photo_caption``, ``photo_credit``,
    ``contributor_note``, ``byline``, ``date_header``, ``title``, ``cookie_notice``,
    ``newsletter``, ``related_links``, ``navigation``, ``advertisement``, ``blank``…);
    ``line`` is its 0-based line number in the input text, or -1 for HTML input.
    """

    text: str
    reason: str
    line: int = -1


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's clean text."""

    start: int
    end: int

    def cut(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: the clean body text, its metadata, and what was removed.

    The clean text keeps one paragraph per line (``\\n``-separated). Headings are kept as lines
    of their own (a heading that a crawler glued onto a paragraph is split off onto its own
    line) and listed in ``headings`` so that later stages can treat them as non-sentences.
    """

    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    language: str | None = None
    published: date | None = None
    """The day of publication, when known to the day."""
    published_basis: PublishedBasis = PublishedBasis.UNKNOWN
    published_month: str | None = None
    """``YYYY-MM`` when only the month of publication is known (``published`` is then
    ``None``): a month is never turned into a made-up first day."""
    estimated_date: date | None = None
    """When the publication day is unknown, the day the text's relative dates ("on Tuesday",
    "next week") are read against: the latest day the text reports as past. A reading aid for
    the later stages, never shown as the publication date."""
    removed: tuple[Removal, ...] = ()
    headings: tuple[Span, ...] = ()
    captions: tuple[str, ...] = ()
    """Photo captions removed from the body, kept as evidence-only text."""
    duplicate_of: str | None = None
    """Id of the earliest copy of which this is an exact or near duplicate, else ``None``."""
    duplicate_kind: str | None = None
    """``exact`` or ``near`` when ``duplicate_of`` is set."""
    content_hash: str = ""
    """Hash of the normalized clean text (exact-duplicate key)."""
    format: str = "text"
    fetched_at: datetime | None = None
    order: int = 0
    notes: tuple[str, ...] = field(default=())
    """Human-readable remarks from cleaning (e.g. why a language was not detected)."""

    @property
    def reference_date(self) -> date | None:
        """The day to read relative dates against: the publication day, else the estimate."""
        return self.published or self.estimated_date

    @property
    def words(self) -> int:
        """Number of white-space separated words in the clean text."""
        return len(self.text.split())
