"""Characters no later stage can store or write, replaced where they enter — and recorded.

A lone surrogate (``\\ud800``, which a JSON ``"\\ud800"`` escape or a non-UTF-8 file name
produces) cannot be encoded as UTF-8: writing the dossier or printing the name fails. A NUL
character cannot be stored in PostgreSQL text and ends C strings. Every article read — from a
file, a record, a URL or the API — passes through :func:`sanitize_article`: in its text and
metadata each such character becomes U+FFFD (the replacement character, visible to a reader and
the same length, so nothing else shifts), and a note says what was replaced. Sources (paths and
URLs) keep a readable, reversible spelling instead: an undecodable file-name byte is written
``\\xff``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from communique.model import RawArticle, Skipped

REPLACEMENT = "\ufffd"
_BAD = re.compile("[\x00\ud800-\udfff]")
_TEXT_FIELDS = ("text", "html", "url", "title", "published", "outlet", "author")


def scrub(text: str) -> tuple[str, int, int]:
    """``text`` with NUL and lone surrogates replaced by U+FFFD, and how many of each."""
    if not _BAD.search(text):
        return text, 0, 0
    nul = text.count("\x00")
    return _BAD.sub(REPLACEMENT, text), nul, len(_BAD.findall(text)) - nul


def printable_source(source: str) -> str:
    """A path or URL without lone surrogates: an escaped file-name byte reads ``\\xff``."""
    if not _BAD.search(source):
        return source
    return _BAD.sub(_escape, source)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code else "\\x00"


def sanitize_report(report: Skipped) -> Skipped:
    """A skip report whose source and reason can be printed and stored."""
    source, reason = printable_source(report.source), printable_source(report.reason)
    if (source, reason) == (report.source, report.reason):
        return report
    return replace(report, source=source, reason=reason)


def sanitize_article(item: RawArticle) -> RawArticle:
    """``item`` with storable, printable text (see the module docstring)."""
    source = printable_source(item.source)
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for name in _TEXT_FIELDS:
        value = getattr(item, name)
        if value is None:
            continue
        clean, nul, surrogates = scrub(value)
        if clean != value:
            changes[name] = clean
            counted = [f"{n} {what}" for n, what in ((nul, "NUL character(s)"),
                                                     (surrogates, "lone surrogate(s)")) if n]
            notes.append(f"replaced {' and '.join(counted)} in the {name} with U+FFFD")
    if source != item.source:
        changes["source"] = source
    if not changes:
        return item
    if notes:
        changes["notes"] = (*item.notes, *notes)
    return replace(item, **changes)
