"""Main text and metadata from an HTML page, with trafilatura.

trafilatura is run in precision mode: a missed paragraph costs one piece of evidence, but a
navigation row, cookie banner or "related stories" list that slips in becomes a false quote or
claim attributed to the article. Comments are never kept. The text is rebuilt from trafilatura's
element tree (not its plain-text output) so that headings are known and each paragraph, list
item and table row becomes exactly one line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from communique.clean._metadata import outlet_from_url
from communique.clean._nesting import flatten
from communique.errors import CleanError
from communique.model.article import Removal

__all__ = ["HtmlExtract", "extract_html"]

_MAX_HTML = 20_000_000
"""Pages larger than this (20 MB) are not articles; refusing them keeps lxml's memory in check."""

_LANG_PATTERNS = (
    re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I),
    re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?"
               r"content\s*=\s*[\"']?([A-Za-z]{2,3})", re.I),
    re.compile(r"<meta\b[^>]*?property\s*=\s*[\"']?og:locale[\"']?[^>]*?"
               r"content\s*=\s*[\"']?([A-Za-z]{2,3})", re.I),
)
_SPACE = re.compile(r"\s+")
_HEADLINE_MIN_WORDS = 3
"""A leading heading shorter than this is a section label ("Opinion"), not the headline."""
_BLOCKS = frozenset({"p", "head", "quote", "code", "item"})


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What was read from one HTML page: main text (one paragraph per line) and metadata.

    Metadata values are raw, as the page states them (``published`` is an unparsed string, the
    author is not yet cleaned); cleaning decides what to believe.
    """

    text: str
    """Main text, one paragraph, heading, list item or table row per line."""
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """Publication date found in the page's metadata (usually ISO ``YYYY-MM-DD``)."""
    sitename: str | None = None
    language: str | None = None
    """Language the page declares (``<html lang>``, content-language, og:locale), lower case."""
    description: str | None = None
    url: str | None = None
    """The page's canonical URL (``<link rel=canonical>``, ``og:url``) when it states one."""
    headings: tuple[str, ...] = ()
    """Lines of ``text`` that are headings, in order."""
    removed: tuple[Removal, ...] = ()
    """Lines dropped from the text (the headline repeated as a leading heading)."""


def _norm(text: str) -> str:
    """Fold white space and normalise to NFC."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _declared_language(html: str) -> str | None:
    """Read the language the page declares about itself, if any."""
    head = html[:20_000]
    for pattern in _LANG_PATTERNS:
        match = pattern.search(head)
        if match:
            return match.group(1).lower()
    return None


def _lines(body: Any) -> list[tuple[str, bool]]:
    """Turn trafilatura's body tree into ``(line, is_heading)`` pairs.

    A block holding other blocks (a quote of several paragraphs, a nested list) is not a line
    itself; its innermost blocks are. A table row is one line, cells joined by `` | ``.
    """
    lines: list[tuple[str, bool]] = []
    for element in body.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "row" and not _has_ancestor(element, {"row"}):
            cells = [_norm("".join(cell.itertext())) for cell in element]
            line = " | ".join(cell for cell in cells if cell)
        elif tag in _BLOCKS and not _has_ancestor(element, {"row"}) and not _holds_blocks(element):
            line = _norm("".join(element.itertext()))
        else:
            continue
        if line:
            lines.append((line, tag == "head"))
    return lines


def _has_ancestor(element: Any, tags: set[str]) -> bool:
    """Tell whether an element sits inside one with one of ``tags``."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _holds_blocks(element: Any) -> bool:
    """Tell whether an element contains other blocks (it is then a container, not a line)."""
    return any(isinstance(d.tag, str) and (d.tag in _BLOCKS or d.tag == "row")
               for d in element.iterdescendants())


def _run_trafilatura(html: str, url: str | None) -> Any:
    """Call trafilatura with the precision-first settings; ``None`` if it found no main text."""
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # original_date: the first publication, not the last update, is the document's date.
        # max_date: pages dated after this machine's clock (archives, time zones, the fictional
        # example corpus) keep their date; htmldate would drop them as impossible.
        date_extraction_params={"extensive_search": False, "original_date": True,
                                "max_date": "2099-12-31"},
    )


def extract_html(html: str, url: str | None) -> HtmlExtract:
    """Extract the main text and metadata of an HTML page.

    Returns an :class:`HtmlExtract` whose ``text`` is empty when no main text was found (the
    caller reports the input as skipped). A leading heading before the first paragraph is the
    headline: it becomes the title when the page's metadata has none, and is dropped from the
    text (recorded in ``removed``) so that it is not read as a sentence of the body.

    Raises :class:`~communique.errors.CleanError` for pages too large to parse safely.
    """
    if len(html) > _MAX_HTML:
        raise CleanError(f"HTML page of {len(html):,} characters is too large to extract",
                         fix="split the input or pass the article text instead")
    language = _declared_language(html)
    html = flatten(html)
    document = _run_trafilatura(html, url) if html.strip() else None
    if document is None or document.body is None:
        return HtmlExtract(text="", language=language)
    lines = _lines(document.body)
    sitename = _clean_meta(document.sitename)
    title = _strip_site(_clean_meta(document.title), sitename, url)
    removed: list[Removal] = []
    if lines and lines[0][1] and len(lines[0][0].split()) >= _HEADLINE_MIN_WORDS:
        # The visible headline is what readers (and most gold sets) call the title; og:title
        # is often a shortened social-media variant.
        headline = lines.pop(0)[0]
        removed.append(Removal(text=headline, reason="title"))
        title = headline
    return HtmlExtract(
        text="\n".join(line for line, _ in lines),
        title=title,
        author=_restore_initials(_clean_meta(document.author), html),
        published=_clean_meta(document.date),
        sitename=sitename,
        language=language,
        description=_clean_meta(document.description),
        url=_clean_meta(document.url),
        headings=tuple(line for line, heading in lines if heading),
        removed=tuple(removed),
    )


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•:]|-{1,2}|::)\s+")


def _squash(text: str) -> str:
    """Lower-case letters and digits only, to compare site names loosely."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _strip_site(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """Drop a trailing " | The Site" from a title, when it names the site or its domain."""
    if not title:
        return title
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    names = {_squash(sitename or "")}
    outlet = outlet_from_url(url) if url else None
    if outlet:
        names.add(_squash(outlet.split(".")[0]))
        names.add(_squash(outlet))
    names.discard("")
    last = _squash(parts[-1])
    if last and (last in names or any(last == "the" + n for n in names)):
        return title[: title.rfind(parts[-1])].rstrip(" |–—·•:-")
    return title


_INITIAL = re.compile(r"^[A-Z]$")
_INITIALS_SEARCH_CHARS = 1_000_000
"""How much of the page is searched for the dotted spelling of an author's initials."""


def _restore_initials(author: str | None, html: str) -> str | None:
    """Put back the dots trafilatura drops from initials ("Leah C Stokes" -> "Leah C. Stokes")
    when the page itself spells the name that way; a name is never changed otherwise."""
    if not author:
        return author
    parts = []
    for name in author.split(";"):
        words = name.split()
        if not any(_INITIAL.match(word) for word in words):
            parts.append(name.strip())
            continue
        pattern = r"\s+".join(re.escape(w) + (r"\.?" if _INITIAL.match(w) else "") for w in words)
        found = re.search(rf"(?<![\w.]){pattern}(?!\w)", html[:_INITIALS_SEARCH_CHARS])
        parts.append(_norm(found.group(0)) if found else name.strip())
    return "; ".join(parts)


def _clean_meta(value: object) -> str | None:
    """Normalise a metadata string; empty becomes ``None``."""
    if not isinstance(value, str):
        return None
    text = _norm(value)
    return text or None
