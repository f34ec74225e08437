"""Local inputs: expanding paths, directories and globs, and reading one file.

Files found by walking a directory or matching a glob are filtered quietly (hidden names and
unknown extensions are not inputs the user meant); a file the user named is always read or
reported, so a named file with an unknown extension is reported (E106) rather than guessed at:
the extension decides the reader, and a silent guess would hide a typo such as ``a.txt~``.
Content without a name (standard input) is sniffed instead.
"""

from __future__ import annotations

import glob
import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from communique.ingest._codes import (
    EMPTY,
    GLOB_EMPTY,
    MISSING,
    READ_FAILED,
    TOO_LARGE,
    UNREADABLE,
    UNSUPPORTED,
    fail,
)
from communique.ingest._formats import format_of, items_from_bytes, known_extensions
from communique.ingest._jsonl import Item, read_jsonl
from communique.ingest._open import open_regular
from communique.ingest._options import IngestOptions
from communique.ingest._warc import read_warc
from communique.model import Skipped

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Target:
    """A file to read, and whether the user named it (rather than a walk or glob finding it)."""

    path: str
    explicit: bool


def is_glob(spec: str) -> bool:
    """True when ``spec`` has glob characters and is not itself an existing path."""
    return not _GLOB_CHARS.isdisjoint(spec) and not os.path.lexists(spec)


def expand(spec: str, options: IngestOptions) -> Iterator[Target | Skipped]:
    """Turn one path-like spec into the files to read, in sorted order, or report it."""
    if is_glob(spec):
        yield from _expand_glob(spec, options)
    elif os.path.isdir(spec):
        found = list(_walk(spec, options))
        if not any(isinstance(item, Target) for item in found):
            found.append(Skipped(spec, "directory holds no file with a known extension", EMPTY))
        yield from found
    elif os.path.lexists(spec):
        yield Target(spec, explicit=True)
    else:
        yield Skipped(spec, "no such file or directory", MISSING)


def read_file(target: Target, options: IngestOptions) -> Iterator[Item]:
    """Yield the article(s) in one file; raise ``InputError`` when the whole file is unusable."""
    source = target.path
    with open_regular(source) as stream:
        size = os.fstat(stream.fileno()).st_size
        fmt, gzipped = format_of(os.path.basename(source))
        if fmt is None:
            raise fail(source, f"unknown file extension (known: {', '.join(known_extensions())})",
                       UNSUPPORTED)
        if fmt == "warc":
            yield from read_warc(source, options.max_bytes)
            return
        if size == 0:
            raise fail(source, "empty file", EMPTY)
        if fmt == "jsonl":
            try:
                with _decompressed(stream, gzipped) as lines:
                    yield from read_jsonl(lines, source, options.max_bytes)
            except (OSError, EOFError, zlib.error) as error:
                raise fail(source, f"could not be read: {error}", READ_FAILED) from error
            return
        if size > options.max_bytes and not gzipped:
            raise fail(source, f"{size} bytes is over the limit of {options.max_bytes}",
                       TOO_LARGE)
        data = _read_bounded(stream, source, gzipped, options.max_bytes)
    yield from items_from_bytes(data, source, fmt, options.max_bytes)


def _expand_glob(pattern: str, options: IngestOptions) -> Iterator[Target | Skipped]:
    """Expand a glob (``**`` recurses); matched directories are walked like named ones."""
    found: list[Target | Skipped] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            found.extend(_walk(match, options))
        elif _wanted(os.path.basename(match)):
            found.append(Target(match, explicit=False))
    if not any(isinstance(item, Target) for item in found):
        found.append(Skipped(pattern, "glob pattern matched no file with a known extension",
                             GLOB_EMPTY))
    yield from found


def _walk(top: str, options: IngestOptions) -> Iterator[Target | Skipped]:
    """Yield the wanted files under ``top`` sorted by path, and unreadable directories."""
    found: list[tuple[tuple[str, ...], Target | Skipped]] = []

    def report(error: OSError) -> None:
        where = error.filename or top
        found.append((Path(where).parts, Skipped(str(where), _os_reason(error), UNREADABLE)))

    for root, dirs, files in os.walk(top, onerror=report):
        dirs[:] = [name for name in dirs if not name.startswith(".")] if options.recursive else []
        for name in files:
            if _wanted(name):
                path = os.path.join(root, name)
                found.append((Path(path).parts, Target(path, explicit=False)))
    found.sort(key=lambda pair: pair[0])
    for _, item in found:
        yield item


def _wanted(name: str) -> bool:
    """True for a file a walk should read: not hidden, with a known extension."""
    return not name.startswith(".") and format_of(name)[0] is not None


def _decompressed(stream: IO[bytes], gzipped: bool) -> IO[bytes]:
    """``stream`` itself, or read through gzip when the file's name says so."""
    # GzipFile reads like any binary file; typeshed just does not declare it an IO.
    return cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb")) if gzipped else stream


def _read_bounded(stream: IO[bytes], source: str, gzipped: bool, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` (after decompression); raise when there is more."""
    try:
        data = _decompressed(stream, gzipped).read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        if isinstance(error, PermissionError):
            raise fail(source, "permission denied", UNREADABLE) from error
        raise fail(source, f"could not be read: {error}", READ_FAILED) from error
    if len(data) > max_bytes:
        raise fail(source, f"over the limit of {max_bytes} bytes", TOO_LARGE)
    if not data:
        raise fail(source, "empty file", EMPTY)
    return data


def _os_reason(error: OSError) -> str:
    """A short reason for an operating-system error, without the repeated file name."""
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)
