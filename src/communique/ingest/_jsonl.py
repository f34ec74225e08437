"""JSON and JSON Lines inputs: one article per object.

A record needs ``text`` or ``html`` (when both are there ``text`` wins: it is the body someone
already extracted); metadata fields are taken under their common names. ``source`` of a
record is ``path#N``: the 1-based line for JSON Lines, the 1-based index for a JSON array.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import IO

from communique.errors import InputError
from communique.ingest._codes import BAD_RECORD, EMPTY, TOO_LARGE, fail
from communique.ingest._decode import decode_bytes, repair_notes
from communique.model import RawArticle, Skipped

Item = RawArticle | Skipped

_URL_KEYS = ("url", "link")
_TITLE_KEYS = ("title", "headline")
_PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date")
_OUTLET_KEYS = ("outlet", "source", "site_name")
_AUTHOR_KEYS = ("author", "authors", "byline")


def parse_json_text(
    text: str, source: str, encoding: str | None, fmt: str = "json"
) -> Iterator[Item]:
    """Yield the articles of a whole JSON document: an object, an array, or ``{"articles": []}``."""
    value = _loads(text, source)
    if isinstance(value, Mapping) and not _has_body_key(value) and "articles" in value:
        value = value["articles"]
        if not isinstance(value, list):
            raise fail(source, "'articles' is not a JSON array", BAD_RECORD)
    if isinstance(value, Mapping):
        yield _guarded(value, source, encoding, fmt)
    elif isinstance(value, list):
        if not value:
            raise fail(source, "the JSON array holds no records", EMPTY)
        for index, record in enumerate(value, start=1):
            yield _guarded(record, f"{source}#{index}", encoding, fmt)
    else:
        raise fail(source, f"a JSON {type(value).__name__} is not an article or a list of them",
                   BAD_RECORD)


def read_jsonl(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Item]:
    """Yield one article per line of a JSON Lines stream; a bad line is skipped, not fatal.

    Lines are read one at a time with a bound, so a corpus far larger than ``max_bytes`` can be
    streamed while no single line may exceed it.
    """
    records = 0
    for number, line in enumerate(_bounded_lines(stream, max_bytes), start=1):
        where = f"{source}#{number}"
        if line is None:
            yield Skipped(where, f"line longer than {max_bytes} bytes", TOO_LARGE)
            continue
        if not line.strip():
            continue
        records += 1
        try:
            text, encoding = _decode_line(line, where, first=number == 1)
            record = _loads(text, where)
        except InputError as error:
            yield Skipped(where, error.reason, error.code)
            continue
        item = _guarded(record, where, encoding, "jsonl")
        notes = repair_notes(line, text, encoding)
        if notes and isinstance(item, RawArticle):
            item = replace(item, notes=notes)
        yield item
    if records == 0:
        raise fail(source, "no JSON records (only blank lines)", EMPTY)


def record_to_article(record: object, source: str, encoding: str | None, fmt: str) -> RawArticle:
    """Turn one decoded JSON record into a ``RawArticle``; raise ``InputError`` if unusable."""
    if not isinstance(record, Mapping):
        raise fail(source, f"record is a JSON {type(record).__name__}, not an object", BAD_RECORD)
    text = _body_field(record, "text", source)
    html = _body_field(record, "html", source)
    if text is None and html is None:
        if "text" in record or "html" in record:
            raise fail(source, "the record's text is empty", EMPTY)
        raise fail(source, "the record has neither 'text' nor 'html'", BAD_RECORD)
    return RawArticle(
        source=source,
        text=text,
        html=None if text is not None else html,
        url=_first(record, _URL_KEYS),
        title=_first(record, _TITLE_KEYS),
        published=_first(record, _PUBLISHED_KEYS),
        outlet=_first(record, _OUTLET_KEYS),
        author=_first(record, _AUTHOR_KEYS),
        encoding=encoding,
        format=fmt,
    )


def _guarded(record: object, source: str, encoding: str | None, fmt: str) -> Item:
    """Like :func:`record_to_article`, but a bad record becomes a ``Skipped``."""
    try:
        return record_to_article(record, source, encoding, fmt)
    except InputError as error:
        return Skipped(source, error.reason, error.code)


def _loads(text: str, source: str) -> object:
    """Parse JSON, turning every parser failure into an ``InputError``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise fail(source, f"invalid JSON: {error.msg} (line {error.lineno}, column "
                   f"{error.colno})", BAD_RECORD) from error
    except (ValueError, RecursionError) as error:
        # Pathological nesting or numbers too long to convert; not an article either way.
        raise fail(source, f"invalid JSON: {error}", BAD_RECORD) from error


def _has_body_key(record: Mapping[str, object]) -> bool:
    """True when the object is itself a record rather than a wrapper."""
    return "text" in record or "html" in record


def _body_field(record: Mapping[str, object], key: str, source: str) -> str | None:
    """Return the non-blank string under ``key``, ``None`` when absent or blank."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(source, f"'{key}' is a JSON {type(value).__name__}, not a string", BAD_RECORD)
    return value if value.strip() else None


def _first(record: Mapping[str, object], keys: tuple[str, ...]) -> str | None:
    """Return the first usable metadata value under any of ``keys``, as a string."""
    for key in keys:
        value = _as_text(record.get(key))
        if value:
            return value
    return None


def _as_text(value: object) -> str | None:
    """Flatten the shapes metadata takes in the wild: strings, numbers, names, lists of names."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        # e.g. {"source": {"id": "x", "name": "Outlet"}} as news APIs return it.
        return _as_text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_as_text(item) for item in value) if name]
        return ", ".join(names) or None
    return None


def _decode_line(line: bytes, source: str, *, first: bool) -> tuple[str, str]:
    """Decode one JSON line: UTF-8 as JSON Lines requires, else whatever it really is."""
    if first and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_bytes(line, source)


def _bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Yield lines of at most ``max_bytes`` bytes; ``None`` for a line that was longer."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield None
        else:
            yield line


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    """Consume the stream up to and including the next newline, in bounded chunks."""
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return
