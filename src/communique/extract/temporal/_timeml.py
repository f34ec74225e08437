"""TimeML TIMEX3 parts of a resolved expression: type, value, modifier and extents.

Most expressions are one TIMEX3 with the expression's own extent. A range the text states as
one (``February 17-18``, ``between 2014 and 2016``, ``60 to 90 days``) is, in TimeML, one TIMEX3
per end; an anniversary is none (TimeML marks an event there, not a time). A value the text
and its date cannot fix is written with TimeML's ``X`` placeholders.
"""

from __future__ import annotations

import re

from communique.extract.temporal._types import Resolution
from communique.model.temporal import Timex3, is_timeml_value

# TimeML's placeholder for what cannot be known, by granularity.
_UNKNOWN = {"day": "XXXX-XX-XX", "range": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
            "year": "XXXX", "time": "XXXX-XX-XXTXX:XX", "other": "XXXX-XX-XX",
            "duration": "PXD"}
_MODS = (
    (re.compile(r"^(?:the\s+)?(?:very\s+)?(?:early|beginning|start)\b", re.I), "START"),
    (re.compile(r"^(?:the\s+)?(?:very\s+)?(?:mid|middle)\b", re.I), "MID"),
    (re.compile(r"^(?:the\s+)?(?:very\s+)?(?:late|end)\b", re.I), "END"),
    (re.compile(r"^(?:about|around|roughly|approximately|some)\b", re.I), "APPROX"),
    (re.compile(r"^(?:more\s+than|over|just\s+over)\b", re.I), "MORE_THAN"),
    (re.compile(r"^(?:less\s+than|fewer\s+than|nearly|almost|under|just\s+under)\b", re.I),
     "LESS_THAN"),
    (re.compile(r"^at\s+least\b", re.I), "EQUAL_OR_MORE"),
    (re.compile(r"^up\s+to\b", re.I), "EQUAL_OR_LESS"),
)
_DURATION_AMOUNT = re.compile(r"^P(?:T)?[\d.]+")
_SPACE = re.compile(r"\s")


def timex_type(resolution: Resolution) -> str:
    """DATE, TIME, DURATION or SET for a resolved expression."""
    if resolution.kind == "duration":
        return "DURATION"
    if resolution.kind == "set":
        return "SET"
    if resolution.granularity == "time":
        return "TIME"
    return "DATE"


def timex_parts(rule: str, match: re.Match[str], start: int, end: int, text: str,
                resolution: Resolution) -> tuple[Timex3, ...]:
    """The TIMEX3 expressions an expression at ``[start, end)`` stands for."""
    if resolution.kind == "anniversary":
        return ()
    kind = timex_type(resolution)
    value = resolution.value
    if value is not None and "/" in value:
        return _range_parts(rule, match, start, end, text, kind, value, resolution)
    return (Timex3(start, end, text[start:end], kind, _timeml_value(value, resolution),
                   _mod(text[start:end])),)


def _timeml_value(value: str | None, resolution: Resolution) -> str:
    """A value written as TimeML writes it (placeholders for what is unknown)."""
    if value is not None and is_timeml_value(value):
        return value
    return _UNKNOWN.get(resolution.granularity, "XXXX-XX-XX")


def _mod(surface: str) -> str | None:
    """TimeML's ``mod`` from the words that open an expression (``early``, ``nearly``…)."""
    for pattern, mod in _MODS:
        if pattern.search(surface):
            return mod
    return None


def _range_parts(rule: str, match: re.Match[str], start: int, end: int, text: str, kind: str,
                 value: str, resolution: Resolution) -> tuple[Timex3, ...]:
    """One TIMEX3 per end of a stated range, or one for the whole when its ends are not words."""
    first, _, last = value.partition("/")
    spans = _range_spans(rule, match, start, end, text)
    if spans is None:
        # "30-50 years": one word, so one expression; TimeML has no range of amounts.
        whole = _DURATION_AMOUNT.sub("PX" if not first.startswith("PT") else "PTX", first)
        return (Timex3(start, end, text[start:end], kind, _timeml_value(whole, resolution),
                       "APPROX"),)
    (s1, e1), (s2, e2) = spans
    return (Timex3(s1, e1, text[s1:e1], kind, _timeml_value(first, resolution), _mod(text[s1:e1])),
            Timex3(s2, e2, text[s2:e2], kind, _timeml_value(last, resolution), _mod(text[s2:e2])))


def _range_spans(rule: str, m: re.Match[str], start: int, end: int, text: str
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The extents of the two ends of a range match, or ``None`` when they share one word."""
    groups = m.re.groupindex
    # Calendar ends are two expressions even when a dash joins them ("February 17-18" is
    # "February 17" and "18"): each names its own day.
    if rule == "year_range":
        return _apart(text, m.span("y1"), m.span("y2"))
    if rule == "day_month":
        # "17-18 February": the first end is the bare day, the second carries the month.
        return _apart(text, m.span("d1"), (m.start("d2"), end))
    if rule == "month_day":
        first_end = m.end("y1") if m.group("y1") else m.end("d1")
        second = m.start("m2") if "m2" in groups and m.group("m2") else m.start("d2")
        return _apart(text, (start, first_end), (second, end))
    if rule == "month_edge":
        first_end = m.end("y1") if m.group("y1") else m.end("m1")
        second = m.end("sep")
        while second < end and text[second].isspace():
            second += 1
        return _apart(text, (start, first_end), (second, end))
    if rule == "duration" and "n2" in groups and m.group("n2"):
        # "60 to 90 days" is two amounts; "30-50 years" is one word with no unit of its own.
        return _apart(text, (start, m.end("n1")), (m.start("n2"), end), words=True)
    return None


def _apart(text: str, first: tuple[int, int], second: tuple[int, int], *, words: bool = False
           ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two spans, or ``None`` when they overlap or (``words``) no space separates them."""
    if first[1] > second[0] or first[0] >= first[1] or second[0] >= second[1]:
        return None
    if words and not _SPACE.search(text[first[1]:second[0]]):
        return None
    return first, second
