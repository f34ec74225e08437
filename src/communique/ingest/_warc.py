"""WARC archives (``.warc``, ``.warc.gz``): the HTML pages among their response records.

A crawl archive holds much besides articles (requests, metadata, images, scripts), so records
that are not HTML or text responses are passed over quietly; an HTML response that is an HTTP
error, too large or undecodable is reported as ``path#N`` (N = the record's 1-based position
in the file). ``warcio`` is an optional dependency (the ``warc`` extra).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from communique.errors import InputError, MissingExtraError
from communique.ingest._codes import (
    BAD_WARC,
    HTTP_STATUS,
    TOO_LARGE,
    fail,
)
from communique.ingest._formats import format_of_mime, items_from_bytes, parse_content_type
from communique.ingest._jsonl import Item
from communique.ingest._open import open_regular
from communique.model import RawArticle, Skipped

_PAGE_FORMATS = frozenset({"html", "text", "markdown"})


@dataclass(frozen=True, slots=True)
class _Page:
    """What one response record holds, read out of warcio before any of our parsing runs."""

    url: str | None
    fmt: str
    charset: str | None
    status: int
    data: bytes


def read_warc(path: str, max_bytes: int) -> Iterator[Item]:
    """Yield one article per HTML or text response record of the WARC file at ``path``."""
    archive_iterator, load_failed = _import_warcio()
    # warcio reports a damaged archive with whatever its parsing code happens to raise (seen by
    # fuzzing: ArchiveLoadFailed, ValueError, binascii.Error, TypeError, AttributeError), so
    # these are caught around warcio calls only, never around our own code.
    corrupt = (OSError, EOFError, zlib.error, ValueError, TypeError, AttributeError, load_failed)
    produced = False
    with open_regular(path) as stream:
        records = archive_iterator(stream)
        number = 0
        while True:
            try:
                record = next(records, None)
                if record is None:
                    break
                number += 1
                page = _page_of(record, max_bytes)
            except corrupt as error:
                reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
                raise fail(path, f"corrupt WARC: {reason or type(error).__name__}",
                           BAD_WARC) from error
            if page is not None:
                for item in _page_items(page, f"{path}#{number}", max_bytes):
                    produced = True
                    yield item
    if not produced:
        raise fail(path, "no HTML or text response records in the WARC file", BAD_WARC)


def _import_warcio() -> tuple[Any, type[Exception]]:
    """Import warcio on first use, or explain how to install it."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as error:
        raise MissingExtraError("WARC input", "warcio", "warc") from error
    return ArchiveIterator, ArchiveLoadFailed


def _page_of(record: Any, max_bytes: int) -> _Page | None:
    """Read an HTML or text response out of a record; ``None`` for every other kind of record.

    The body of an error response or an oversize one is not read (``data`` stays empty).
    """
    if record.rec_type != "response" or record.http_headers is None:
        return None
    mime, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    fmt = format_of_mime(mime)
    if fmt not in _PAGE_FORMATS:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = _status(record.http_headers.get_statuscode())
    data = b"" if status >= 400 else record.content_stream().read(max_bytes + 1)
    return _Page(url, fmt, charset, status, data)


def _page_items(page: _Page, source: str, max_bytes: int) -> Iterator[Item]:
    """Yield the article in one page, or a ``Skipped`` saying why it is not one."""
    if page.status >= 400:
        yield Skipped(source, f"archived HTTP {page.status} response for {page.url}",
                      HTTP_STATUS)
        return
    if len(page.data) > max_bytes:
        yield Skipped(source, f"record over the limit of {max_bytes} bytes", TOO_LARGE)
        return
    try:
        for item in items_from_bytes(page.data, source, page.fmt, max_bytes,
                                     declared=page.charset):
            if isinstance(item, RawArticle):
                item = replace(item, url=page.url, format="warc")
            yield item
    except InputError as error:
        yield Skipped(source, error.reason, error.code)


def _status(code: str | None) -> int:
    """The HTTP status of a record as a number (0 when missing or malformed)."""
    try:
        return int(code or 0)
    except ValueError:
        return 0
