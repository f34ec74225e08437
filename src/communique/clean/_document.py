"""Turn one :class:`RawArticle` into a clean :class:`Document`.

This is the only place that knows in which order the cleaners run and which metadata source
wins; each cleaner is a pure function over strings in its own module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from communique.clean._boilerplate import strip_boilerplate
from communique.clean._bounds import TextBounds, text_bounds
from communique.clean._dates import PartialDate, parse_date, parse_partial
from communique.clean._header import split_header
from communique.clean._headings import recover_headings
from communique.clean._html import extract_html
from communique.clean._language import detect_language
from communique.clean._markdown import strip_markdown
from communique.clean._metadata import clean_author, outlet_from_url
from communique.clean._published import (
    DateCandidate,
    Published,
    choose_published,
    text_candidates,
)
from communique.clean._stamps import Stamp, find_stamps, json_meta_date, stamp_date
from communique.clean._urldates import url_date
from communique.clean._window import estimate_date
from communique.model import (
    Document,
    PublishedBasis,
    RawArticle,
    Removal,
    Span,
    content_id,
    normalize_for_hash,
)


@dataclass(frozen=True, slots=True)
class _Body:
    """The body of an article after the format-specific cleaners, before metadata is chosen."""

    paragraphs: list[str]
    headings: list[int]
    removed: list[Removal]
    captions: tuple[str, ...]
    fields: dict[str, str]
    """Metadata the page or header itself carries (title, author, date, outlet, url)."""
    meta_date: str | None = None
    byline_date: str | None = None
    stamps: tuple[Stamp, ...] = ()
    """Date stamps printed near the top or the foot of the page (before boilerplate removal)."""


def _clean_text_body(text: str, marked_headings: Sequence[str] = ()) -> _Body:
    """Clean crawled plain text: header fields, boilerplate lines, glued headings.

    ``marked_headings`` are lines the input itself marks as headings (Markdown ``##``).
    """
    fields, header_removed, rest = split_header(text)
    # Removals below count lines from the start of ``rest``; shift them back onto the input.
    shift = text.count("\n", 0, len(text) - len(rest)) if rest and text.endswith(rest) else 0
    cleaned = strip_boilerplate(rest)
    removed = list(header_removed) + [
        Removal(r.text, r.reason, r.line + shift if r.line >= 0 else r.line)
        for r in cleaned.removed
    ]
    paragraphs, headings = recover_headings(cleaned.paragraphs)
    if marked_headings:
        marked = set(marked_headings)
        headings = sorted(set(headings) | {i for i, p in enumerate(paragraphs) if p in marked})
    found = dict(fields)
    if cleaned.title and "title" not in found:
        found["title"] = cleaned.title
    if cleaned.byline_author and "author" not in found:
        found["author"] = cleaned.byline_author
    json_date = json_meta_date(rest)
    return _Body(paragraphs, headings, removed, cleaned.captions, found,
                 meta_date=json_date.isoformat() if json_date else None,
                 byline_date=cleaned.byline_date, stamps=tuple(find_stamps(rest.split("\n"))))


def _without_first(body: _Body) -> _Body:
    """``body`` without its first paragraph (a Markdown title line), headings shifted."""
    return replace(body, paragraphs=body.paragraphs[1:],
                   headings=[i - 1 for i in body.headings if i > 0])


def _clean_html_body(html: str, url: str | None) -> _Body:
    """Extract an HTML page's main text and metadata, then clean its lines like plain text."""
    page = extract_html(html, url)
    body = _clean_text_body(page.text)
    fields = dict(body.fields)
    for key, value in (("title", page.title), ("author", page.author),
                       ("outlet", page.sitename), ("url", page.url)):
        if value:
            fields[key] = value
    return replace(body, fields=fields, meta_date=page.published or body.meta_date)


def _join(paragraphs: Sequence[str], headings: Sequence[int]) -> tuple[str, tuple[Span, ...]]:
    """Join paragraphs one per line and compute the heading spans in the joined text."""
    heading_set = set(headings)
    spans: list[Span] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        if index in heading_set:
            spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return "\n".join(paragraphs), tuple(spans)


def _published(raw: RawArticle, body: _Body, url: str | None, bounds: TextBounds) -> Published:
    """Collect every publication-date candidate and let the cross-checked policy choose."""
    header_value = raw.published or body.fields.get("date") or body.fields.get("published")
    meta = parse_date(body.meta_date) if body.meta_date else None
    byline = stamp_date(body.stamps) or (parse_date(body.byline_date) if body.byline_date
                                         else None)
    found: list[DateCandidate] = []
    for basis, value in (
        (PublishedBasis.HEADER, parse_partial(header_value) if header_value else None),
        (PublishedBasis.URL, url_date(url)),
        (PublishedBasis.META, PartialDate.of(meta) if meta else None),
        (PublishedBasis.BYLINE, PartialDate.of(byline) if byline else None),
    ):
        if value is not None:
            found.append(DateCandidate(basis, value))
    reference = found[0].value if found else None
    found += text_candidates(body.paragraphs, lambda written: written.resolve(reference))
    return choose_published(found, bounds)


def clean_article(raw: RawArticle) -> Document:
    """Clean ``raw`` into a :class:`Document` with metadata and recorded removals."""
    if raw.html is not None:
        body = _clean_html_body(raw.html, raw.url)
    elif raw.format == "markdown":
        plain, marked, title = strip_markdown(raw.text or "")
        body = _clean_text_body(plain, marked)
        if title and "title" not in body.fields:
            body.fields["title"] = title
            body.removed.insert(0, Removal(title, "title", 0))
            if body.paragraphs and body.paragraphs[0] == title:
                body = _without_first(body)
    else:
        body = _clean_text_body(raw.text or "")
    text, heading_spans = _join(body.paragraphs, body.headings)
    url = raw.url or body.fields.get("url")
    language, _confidence = detect_language(text)
    bounds = text_bounds([*body.paragraphs, *body.captions], language)
    published = _published(raw, body, url, bounds)
    value = published.value
    author_raw = raw.author or body.fields.get("author")
    outlet = raw.outlet or body.fields.get("outlet") or (outlet_from_url(url) if url else None)
    normalized = normalize_for_hash(text)
    return Document(
        id=content_id("a_", normalized, url),
        source=raw.source,
        text=text,
        url=url,
        outlet=outlet,
        title=raw.title or body.fields.get("title"),
        author=clean_author(author_raw, outlet) if author_raw else None,
        language=language,
        published=value.first if value is not None and value.is_day else None,
        published_month=value.iso if value is not None and not value.is_day else None,
        estimated_date=estimate_date(value, bounds),
        published_basis=published.basis,
        removed=tuple(body.removed),
        headings=heading_spans,
        captions=body.captions,
        content_hash=content_id("h_", normalized),
        format=raw.format,
        fetched_at=raw.fetched_at,
        order=raw.order,
        notes=(*raw.notes, *published.notes),
    )
