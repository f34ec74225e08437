"""Finding temporal expressions: collect rule matches, settle overlaps, resolve in text order."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from communique.extract.temporal import _absolute, _amounts, _periods, _relative
from communique.extract.temporal._accept import accept
from communique.extract.temporal._patterns import RULES, Rule
from communique.extract.temporal._timeml import timex_parts
from communique.extract.temporal._types import Context, Resolution
from communique.model.temporal import TimeExpression

Resolver = Callable[[re.Match[str], Context], Resolution | None]

_RESOLVERS: dict[str, Resolver] = {
    "iso": _absolute.iso,
    "numeric": _absolute.numeric,
    "month_day": _absolute.month_day,
    "month_day_one": _absolute.month_day,
    "day_month": _absolute.month_day,
    "month_edge": _absolute.month_edge,
    "month_year": _absolute.month_year,
    "month_week": _absolute.month_week,
    "month": _absolute.month,
    "month_rel_year": _absolute.month_rel_year,
    "year": _absolute.year,
    "year_range": _absolute.year_range,
    "decade": _periods.decade,
    "short_year": _periods.short_year,
    "century": _periods.century,
    "quarter": _periods.quarter,
    "quarter_code": _periods.quarter_code,
    "half": _periods.half,
    "season": _periods.season,
    "weekday": _relative.weekday,
    "rel_day": _relative.rel_day,
    "part_day": _relative.part_day,
    "rel_period": _relative.rel_period,
    "ref_unit": _relative.ref_unit,
    "streak": _relative.streak,
    "edge_unit": _relative.edge_unit,
    "rel_offset": _relative.rel_offset,
    "duration": _amounts.duration,
    "vague_duration": _amounts.vague_duration,
    "set": _amounts.set_,
    "clock": _amounts.clock,
    "anniversary": _amounts.anniversary,
    "vague": _amounts.vague,
}
# Granularities whose value starts with a day that later back-references can count from.
_DAY_LIKE = frozenset({"day", "range", "time"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def find_expressions(text: str, published: date | None, *, vague: bool) -> list[TimeExpression]:
    """Every temporal expression in ``text``, in text order, without overlaps."""
    found: list[TimeExpression] = []
    previous: tuple[int, date] | None = None
    recent: tuple[int, date] | None = None  # the last day named near publication, anywhere
    for candidate in _settle(_candidates(text, vague=vague)):
        if previous is not None and "\n" in text[previous[0]:candidate.start]:
            previous = None  # a back-reference does not reach into an earlier paragraph
        ctx = Context(text, candidate.start, candidate.end, published, previous, recent)
        resolution = _RESOLVERS[candidate.rule.name](candidate.match, ctx)
        if resolution is None:
            continue
        parts = timex_parts(candidate.rule.name, candidate.match, candidate.start,
                            candidate.end, text, resolution)
        found.append(TimeExpression(candidate.start, candidate.end,
                                    text[candidate.start:candidate.end], resolution.value,
                                    resolution.granularity, resolution.kind, resolution.anchor,
                                    parts))
        day = _day_of(candidate.start, resolution)
        previous = day or previous
        if day is not None and published is not None and abs((day[1] - published).days) <= 7:
            recent = day
    return _clock_days(found, text)


# Between a clock time and the day written right after it ("at 16:15 UTC, June 1").
_CLOCK_THEN_DAY = re.compile(r",?\s*(?:on\s+)?")


def _clock_days(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Give a clock time the day written right after it rather than the one before it."""
    for i, (clock, day) in enumerate(itertools.pairwise(found)):
        if (clock.granularity != "time" or day.granularity != "day" or not clock.value
                or not day.value or "T" not in clock.value
                or not _CLOCK_THEN_DAY.fullmatch(text, clock.end, day.start)):
            continue
        value = day.value[:10] + clock.value[clock.value.index("T"):]
        parts = tuple(replace(p, value=value) for p in clock.timex)
        found[i] = replace(clock, value=value, anchor=f"text:{day.start}", timex=parts)
    return found


# Every temporal expression contains a digit or one of these word beginnings (a month, a
# weekday, a unit, a deictic or vague time word). Paragraphs with none of them cannot hold an
# expression, so the rules do not scan them; matching stays over the whole text's offsets.
_WORTH_SCANNING = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|day|week|fortnight"
    r"|month|year|decade|centur|millenni|quarter|half|hour|minute|second|spring|summer"
    r"|autumn|fall|winter|anniversar|now|current|present|time|recent|former|previous|future"
    r"|soon|annual|daily|weekly|monthly|yearly|q[1-4]|once|ago|lately|past|period|era|term"
    r"|point|shortly)",
    re.IGNORECASE,
)


def _scan_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of consecutive paragraphs worth scanning (end includes ``\n``)."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _WORTH_SCANNING.search(line):
            stop = min(end + 1, len(text))
            if ranges and ranges[-1][1] >= start:
                ranges[-1] = (ranges[-1][0], stop)
            else:
                ranges.append((start, stop))
        start = end + 1
    return ranges


def _candidates(text: str, *, vague: bool) -> list[_Candidate]:
    """Every accepted raw match of every rule (overlapping freely)."""
    out = []
    ranges = _scan_ranges(text)
    for rule in RULES:
        if rule.vague and not vague:
            continue
        for match in (m for a, b in ranges for m in rule.regex.finditer(text, a, b)):
            if not accept(rule.name, match, text):
                continue
            start, end = _span(match)
            if end > start:
                out.append(_Candidate(start, end, rule, match))
    return out


def _span(match: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the expression: group ``t`` when the rule marks one."""
    if "t" in match.re.groupindex and match.group("t") is not None:
        return match.span("t")
    return match.span()


def _settle(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then by rule priority; a candidate overlapping a kept one is dropped."""
    kept: list[_Candidate] = []
    order = sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start))
    for candidate in order:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _day_of(start: int, resolution: Resolution) -> tuple[int, date] | None:
    """The day an expression names, for later back-references, if it names one."""
    if resolution.granularity not in _DAY_LIKE or resolution.value is None:
        return None
    try:
        return start, date.fromisoformat(resolution.value[:10])
    except ValueError:
        return None
