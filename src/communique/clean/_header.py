"""Crawler header fields at the very top of a plain-text article.

Some crawlers write ``` key value``` lines (a leading space, a lower-case key) before the body,
one per line, or glue them onto the first paragraph (`` date 2026-02-17 Senior officials …``).
:func:`split_header` takes them off and returns them raw; parsing dates is another module's job.
"""

from __future__ import annotations

import re

from communique.clean import _lexicon as lex
from communique.model import Removal

_DATE_KEYS = frozenset({"date", "published"})
_TOKEN_KEYS = frozenset({"url", "lang", "language"})
_TEXT_KEYS = frozenset({"title", "author", "outlet", "source"})

_KEY = re.compile(r"[ \t]*(?P<key>date|published|url|title|author|outlet|source|language|lang)"
                  r"(?::[ \t]*|[ \t]+)(?=\S)")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# Date shapes a crawler writes; a glued value must be one of these so that the body that
# follows is never eaten.
_DATE_VALUE = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2}| ?UTC| ?GMT)?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    rf"|\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}"
    # A crawler that knows only the month writes "2025-05": kept as a month, never a day.
    r"|\d{4}-(?:0?[1-9]|1[0-2]))"
    r"(?=\s|$)",
    re.IGNORECASE,
)
_URL_VALUE = re.compile(r"(?:https?://|www\.)\S+(?=\s|$)", re.IGNORECASE)
_LANG_VALUE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?(?=\s|$)")
_MAX_TEXT_VALUE = 300
_MAX_NAME_WORDS = 8
"""An author, outlet or source value longer than this is prose."""
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"'”’]?\s+[A-Z]")


def _value(key: str, text: str, start: int, line_end: int) -> tuple[str, int] | None:
    """Read the value of ``key`` starting at ``start``; return it and where it ends.

    Free-text keys (title, author…) take the whole rest of the line: their end cannot be told
    from a glued body, so they only count on a line of their own.
    """
    segment = text[start:line_end]
    if key in _TEXT_KEYS:
        value = segment.strip()
        ok = 0 < len(value) <= _MAX_TEXT_VALUE and not _prose_value(key, value)
        return (value, line_end) if ok else None
    pattern = _DATE_VALUE if key in _DATE_KEYS else _URL_VALUE if key == "url" else _LANG_VALUE
    match = pattern.match(segment)
    if match is None:
        return None
    if key not in _DATE_KEYS and key != "url" and segment[match.end():].strip():
        # Two- and three-letter codes are also English words ("lang is …"): never glued.
        return None
    return match.group(0), start + match.end()


def _prose_value(key: str, value: str) -> bool:
    """Whether a free-text value reads as a sentence rather than a field value.

    ``author of the plan said …`` and ``source close to the talks …`` start lines of prose; a
    field value is a name or a headline, never several sentences nor a long one with a full stop.
    """
    words = value.split()
    if _SENTENCE_BREAK.search(value) or (value.endswith(".") and len(words) > _MAX_NAME_WORDS):
        return True
    if key == "title":
        return False
    first = words[0].lower()
    return (len(words) > _MAX_NAME_WORDS or first in lex.FUNCTION_WORDS
            or any(w.lower().strip(",.") in lex.REPORTING_VERBS for w in words))


def _marked(text: str, pos: int, match: re.Match[str]) -> bool:
    """Whether a free-text key is written as a field: indented or followed by a colon.

    Prose rarely starts a line in lower case, but "source close to the talks…" can: the mark
    keeps such a line in the body.
    """
    return text[pos] in " \t" or ":" in match.group(0)


def _reason(key: str) -> str:
    """The removal reason for a header field (dates are recorded apart: they date the article)."""
    return "date_header" if key in _DATE_KEYS else "header"


def _field_key(key: str) -> str:
    """The field name a header key is returned under (``lang`` and ``language`` are one field)."""
    return "language" if key == "lang" else key


def _read_line(text: str, pos: int, line_end: int, line_no: int, fields: dict[str, str],
               removals: list[Removal]) -> int | None:
    """Read the header fields of one line into ``fields`` and ``removals``.

    Returns where the body starts on this line (``line_end`` when the line held only fields),
    or ``None`` when the line is not a header line at all (nothing is recorded then).
    """
    found_fields: list[tuple[str, str, Removal]] = []
    while pos < line_end:
        match = _KEY.match(text, pos, line_end)
        if match is None:
            break
        key = match.group("key")
        name = _field_key(key)
        if key in _TEXT_KEYS and not _marked(text, pos, match):
            break
        if name in fields or any(name == f for f, _, _ in found_fields):
            break
        found = _value(key, text, match.end(), line_end)
        if found is None:
            break
        value, value_end = found
        found_fields.append((name, value, Removal(text[pos:value_end].strip(), _reason(key),
                                                  line_no)))
        pos = value_end
        while pos < line_end and text[pos] in " \t\r":
            pos += 1
    if not found_fields:
        return None
    for name, value, removal in found_fields:
        fields[name] = value
        removals.append(removal)
    return pos


def split_header(text: str) -> tuple[dict[str, str], list[Removal], str]:
    """Take crawler header fields off the top of ``text``.

    Returns ``(fields, removals, rest)``: the raw field values by key (``date``, ``published``,
    ``url``, ``title``, ``author``, ``outlet``, ``source``, ``language``), one :class:`Removal`
    per field (reason ``date_header`` for dates, ``header`` otherwise, with its 0-based line
    number), and the rest of the text. ``rest`` is always a suffix of ``text``; when a field is
    glued onto the first paragraph the paragraph keeps its body. Never raises.
    """
    fields: dict[str, str] = {}
    removals: list[Removal] = []
    pos = 0
    line_no = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if not text[pos:line_end].strip():
            if line_end == len(text):
                break
            # Blank lines inside the header block belong to it.
            pos, line_no = line_end + 1, line_no + 1
            continue
        glued_at = _read_line(text, pos, line_end, line_no, fields, removals)
        if glued_at is None:
            break
        if glued_at < line_end:
            # A glued field: the rest of this line is the first paragraph's body.
            return fields, removals, text[glued_at:]
        pos = line_end + 1 if line_end < len(text) else line_end
        line_no += 1
    if not removals:
        return fields, removals, text
    return fields, removals, text[pos:]
