"""Which reader a name or some content calls for, and bytes-to-articles for the simple ones."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace

from communique.errors import InputError
from communique.ingest._codes import BINARY, EMPTY, fail
from communique.ingest._decode import decode_declared, meta_charset, repair_notes
from communique.ingest._jsonl import Item, parse_json_text, read_jsonl
from communique.model import RawArticle

_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
_HTML_START = re.compile(
    r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)


def format_of(name: str) -> tuple[str | None, bool]:
    """Return ``(format, gzipped)`` for a file name; format ``None`` when the extension is unknown.

    ``x.warc.gz`` is plain ``warc`` (the WARC reader handles per-record gzip itself); any other
    ``x.<known>.gz`` is that format behind gzip.
    """
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    dot = lower.rfind(".")
    fmt = _EXTENSIONS.get(lower[dot:]) if dot > 0 else None
    if fmt == "warc":
        return fmt, False
    return fmt, gzipped


def known_extensions() -> list[str]:
    """The file extensions ingest reads, sorted (each may also end in ``.gz``)."""
    return sorted(_EXTENSIONS)


def sniff_format(text: str) -> str:
    """Guess ``html``, ``json``, ``jsonl`` or ``text`` for content that came without a name."""
    if _HTML_START.match(text[:4096]):
        return "html"
    head = text.lstrip()[:1]
    if head in ("{", "["):
        lines = [line for line in text.splitlines() if line.strip()]
        # Several lines that each open an object: JSON Lines, unless the whole parses as one.
        several = len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:3])
        if several and lines[0].rstrip().endswith("}"):
            return "jsonl"
        return "json"
    return "text"


def items_from_bytes(data: bytes, source: str, fmt: str | None, max_bytes: int,
                     *, declared: str | None = None) -> Iterator[Item]:
    """Decode ``data`` and yield what it holds; ``fmt`` ``None`` means sniff the content.

    ``declared`` is a charset the transport declared (an HTTP header); HTML also gets its
    ``<meta charset>`` looked at. Raises ``InputError`` for binary or blank content.
    """
    if fmt in (None, "html"):
        declared = declared or meta_charset(data)
    try:
        text, encoding = decode_declared(data, source, declared)
    except InputError as error:
        if fmt is None and error.code == BINARY:
            raise fail(source, f"{error.reason}; not a known text format", BINARY) from error
        raise
    if not text.strip():
        raise fail(source, "empty (only white space)", EMPTY)
    notes = repair_notes(data, text, encoding)
    fmt = fmt or sniff_format(text)
    if fmt == "json":
        yield from (replace(item, notes=(*notes, *item.notes))
                    if isinstance(item, RawArticle) and notes else item
                    for item in parse_json_text(text, source, encoding))
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), source, max_bytes)
    elif fmt == "html":
        yield RawArticle(source=source, html=text, encoding=encoding, format="html",
                         notes=notes)
    else:
        yield RawArticle(source=source, text=text, encoding=encoding, format=fmt, notes=notes)


_MIME_FORMATS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
}
UNSUPPORTED_MIME = "unsupported"


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """Split a ``Content-Type`` header into ``(mime type, charset or None)``."""
    if not header:
        return "", None
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return mime.strip().lower(), charset


def format_of_mime(mime: str) -> str | None:
    """Map a MIME type to a format, ``feed`` for XML; ``None`` when absent (sniff the content),
    :data:`UNSUPPORTED_MIME` for anything that is not text.
    """
    if not mime or mime in ("application/octet-stream", "binary/octet-stream"):
        # Servers send octet-stream when they do not know; the content decides.
        return None
    if mime in _MIME_FORMATS:
        return _MIME_FORMATS[mime]
    if mime.endswith("+xml"):
        return "feed"
    return UNSUPPORTED_MIME
