"""communique.ingest: read what the user points at into ``RawArticle`` objects.

Inputs are file paths, directories, glob patterns, ``-`` for standard input, and http(s) URLs
(an article page or an RSS/Atom feed). Nothing is dropped silently: every input that cannot
be read comes out as a ``Skipped`` with a reason and an error code (see :data:`ERROR_CODES`),
and reading goes on with the rest. Two exceptions, both deliberate: a walk or glob passes over
hidden files and unknown extensions, and a file or URL already read in this batch is not read
again.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import BinaryIO

import httpx

from communique.errors import InputError, MissingExtraError
from communique.ingest._codes import (
    EMPTY,
    ERROR_CODES,
    NETWORK_OFF,
    READ_FAILED,
    TOO_LARGE,
    UNSUPPORTED,
)
from communique.ingest._decode import decode_bytes
from communique.ingest._feeds import read_url
from communique.ingest._files import Target, expand, read_file
from communique.ingest._formats import format_of, items_from_bytes, sniff_format
from communique.ingest._http import make_client
from communique.ingest._jsonl import Item
from communique.ingest._netguard import public_address
from communique.ingest._options import IngestOptions
from communique.ingest._sanitize import sanitize_article, sanitize_report
from communique.model import RawArticle, Skipped

__all__ = [
    "ERROR_CODES",
    "IngestOptions",
    "decode_bytes",
    "format_of",
    "public_address",
    "read_inputs",
    "sanitize_article",
    "sniff_format",
]

STDIN_SOURCE = "<stdin>"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_inputs(
    specs: Iterable[str],
    options: IngestOptions | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[RawArticle | Skipped]:
    """Yield an article or a ``Skipped`` for everything the specs point at, in a stable order.

    Specs are read in the order given; a directory or glob yields its files sorted by path.
    Each article gets ``order`` (0, 1, 2… across the batch) and ``fetched_at`` (UTC now).
    ``stdin`` replaces ``sys.stdin`` for the ``-`` spec (tests, embedding).
    """
    batch = _Batch(options or IngestOptions(), stdin)
    try:
        for spec in specs:
            for item in batch.read_spec(spec):
                finished = batch.finish(item)
                if finished is not None:
                    yield finished
    finally:
        batch.close()


class _Batch:
    """State shared by one ``read_inputs`` call: numbering, what was read, the HTTP client."""

    def __init__(self, options: IngestOptions, stdin: BinaryIO | None) -> None:
        self.options = options
        self.stdin = stdin
        self.order = 0
        self.files: set[str] = set()
        self.sources: set[str] = set()
        self.client: httpx.Client | None = None

    def read_spec(self, spec: str) -> Iterator[Item]:
        """Yield the items of one spec, with every failure turned into a ``Skipped``."""
        if spec == "-":
            yield from _guard(STDIN_SOURCE, self._read_stdin())
        elif _SCHEME.match(spec):
            yield from self._read_url(spec)
        else:
            for target in expand(spec, self.options):
                if isinstance(target, Skipped):
                    yield target
                elif self._first_time(target):
                    yield from _guard(target.path, read_file(target, self.options))

    def finish(self, item: Item) -> Item | None:
        """Number, stamp and sanitize an article; drop one whose source this batch already
        produced. Reports are sanitized too (their sources are printed and stored)."""
        if isinstance(item, Skipped):
            return sanitize_report(item)
        item = sanitize_article(item)
        if item.source in self.sources:
            return None
        self.sources.add(item.source)
        finished = replace(item, order=self.order, fetched_at=datetime.now(UTC))
        self.order += 1
        return finished

    def close(self) -> None:
        """Close the HTTP client if one was opened."""
        if self.client is not None:
            self.client.close()

    def _first_time(self, target: Target) -> bool:
        """True the first time a file (by its real path) comes up in this batch."""
        real = os.path.realpath(target.path)
        if real in self.files:
            return False
        self.files.add(real)
        return True

    def _read_url(self, url: str) -> Iterator[Item]:
        """Read a URL the user gave, if it is http(s) and the network is allowed."""
        if not url.lower().startswith(("http://", "https://")):
            yield Skipped(url, "only http and https URLs can be read", UNSUPPORTED)
        elif not self.options.allow_network:
            yield Skipped(url, "network access is disabled (allow_network is off)", NETWORK_OFF)
        elif url not in self.sources:
            if self.client is None:
                self.client = make_client(self.options)
            yield from _guard(url, read_url(self.client, url, self.options))

    def _read_stdin(self) -> Iterator[Item]:
        """Read standard input once, whole, and sniff what it holds."""
        if STDIN_SOURCE in self.files:
            yield Skipped(STDIN_SOURCE, "standard input was already read", EMPTY)
            return
        self.files.add(STDIN_SOURCE)
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        limit = self.options.max_bytes
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            yield Skipped(STDIN_SOURCE, f"could not be read: {error}", READ_FAILED)
            return
        if len(data) > limit:
            yield Skipped(STDIN_SOURCE, f"over the limit of {limit} bytes", TOO_LARGE)
            return
        if not data:
            yield Skipped(STDIN_SOURCE, "empty", EMPTY)
            return
        yield from items_from_bytes(data, STDIN_SOURCE, None, limit)


def _guard(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass items through; an error that ends the input becomes its ``Skipped`` report."""
    try:
        yield from items
    except InputError as error:
        yield Skipped(error.source or source, error.reason, error.code)
    except MissingExtraError as error:
        yield Skipped(source, str(error).split("] ", 1)[-1], error.code)
