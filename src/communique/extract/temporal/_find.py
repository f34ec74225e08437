"""Finding temporal expressions: collect rule matches, settle overlaps, resolve in text order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from communique.extract._casefold import ASCII_FOLD
from communique.extract.temporal import _absolute, _amounts, _periods, _relative
from communique.extract.temporal._accept import accept
from communique.extract.temporal._holidays import holiday
from communique.extract.temporal._patterns import RULES, TRIGGERS, Rule
from communique.extract.temporal._same_period import same_period, shift_back
from communique.extract.temporal._timeml import timex_parts
from communique.extract.temporal._types import Context, Resolution
from communique.model.temporal import TimeExpression, Timex3

Resolver = Callable[[re.Match[str], Context], Resolution | None]

_RESOLVERS: dict[str, Resolver] = {
    "iso": _absolute.iso,
    "numeric": _absolute.numeric,
    "month_day": _absolute.month_day,
    "month_day_one": _absolute.month_day,
    "day_month": _absolute.month_day,
    "month_day_word": _absolute.month_day,
    "day_word_month": _absolute.month_day,
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
    "fiscal": _periods.fiscal,
    "same_period": same_period,
    "holiday": holiday,
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
    "later": _amounts.later,
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
    period: tuple[int, date, str] | None = None  # the last day, month or year named
    last_day: tuple[int, date] | None = None  # the last day named, anywhere
    for candidate in _settle(_candidates(text, vague=vague)):
        if previous is not None and "\n" in text[previous[0]:candidate.start]:
            previous = None  # a back-reference does not reach into an earlier paragraph
        if period is not None and "\n" in text[period[0]:candidate.start]:
            period = None
        # An anaphor ("by that time") may reach one paragraph back, no further.
        before = last_day if last_day is not None and text.count(
            "\n", last_day[0], candidate.start) <= 1 else None
        ctx = Context(text, candidate.start, candidate.end, published, previous, recent, period,
                      before)
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
        last_day = day or last_day
        period = _period_of(candidate.start, resolution) or period
        if day is not None and published is not None and abs((day[1] - published).days) <= 7:
            recent = day
    return shift_back(_clock_days(found, text))


# Between a clock time and the day written right after it ("at 16:15 UTC, June 1"), and
# between a clock time and the same time in another zone in brackets ("3 a.m. (0800 GMT)").
_CLOCK_THEN_DAY = re.compile(r"\)?,?\s*(?:on\s+)?")
_CLOCK_THEN_ZONE = re.compile(r"\s*\(\s*")


def _clock_days(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Give a clock time the day written right after it rather than the one before it.

    A clock time followed by the same time in another zone in brackets, then the day, gives
    the day to both ("at 3:40 a.m. (0740 GMT) on Sunday"). A day written right after the
    clock time, with nothing between, joins it ("12:00 UTC Monday").
    """
    absorbed: set[int] = set()
    for i, clock in enumerate(found):
        if clock.granularity != "time" or not clock.value or "T" not in clock.value:
            continue
        j = i + 1
        while (j < len(found) and found[j].granularity == "time"
               and _CLOCK_THEN_ZONE.fullmatch(text, found[j - 1].end, found[j].start)):
            j += 1
        if j >= len(found):
            continue
        day = found[j]
        if (day.granularity != "day" or not day.value
                or not _CLOCK_THEN_DAY.fullmatch(text, found[j - 1].end, day.start)):
            continue
        value = day.value[:10] + clock.value[clock.value.index("T"):]
        parts = tuple(replace(p, value=value) for p in clock.timex)
        found[i] = replace(clock, value=value, anchor=f"text:{day.start}", timex=parts)
        if j == i + 1 and _CLOCK_BY_DAY.fullmatch(text, clock.end, day.start):
            # "12:00 UTC Monday", "9 p.m. today": one point in time, one TIMEX3 (as TimeML
            # marks it); a comma or "on" between keeps two.
            found[i] = _joined(found[i], day, text)
            absorbed.add(j)
    return [e for k, e in enumerate(found) if k not in absorbed]


_CLOCK_BY_DAY = re.compile(r"[^\S\n]+")


def _joined(clock: TimeExpression, day: TimeExpression, text: str) -> TimeExpression:
    """A clock time and the day written right after it, as one expression."""
    whole = text[clock.start:day.end]
    value = clock.value or ""
    parts = (Timex3(clock.start, day.end, whole, "TIME", value,
                    clock.timex[0].mod if clock.timex else None),)
    return replace(clock, end=day.end, text=whole, timex=parts)


# How far a match may reach before and after the trigger word it contains ("the very
# beginning of the financial year", "February 17, 2026 and 18"); windows are cut at spaces.
_BEFORE = 60
_AFTER = 60


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, merged ``(start, end)`` stretches of text around its triggers.

    A stretch never crosses a line (no expression does) and starts and ends at a space or a
    line's end, so no rule sees half a word at its edges.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for trigger in TRIGGERS.finditer(text):
        kind = trigger.lastgroup or ""
        line_start = text.rfind("\n", 0, trigger.start()) + 1
        line_end = text.find("\n", trigger.end())
        line_end = len(text) if line_end < 0 else line_end
        lo = max(line_start, trigger.start() - _BEFORE)
        if lo > line_start:
            lo = max(line_start, text.rfind(" ", line_start, lo) + 1)
        hi = min(line_end, trigger.end() + _AFTER)
        if hi < line_end:
            space = text.find(" ", hi, line_end)
            hi = line_end if space < 0 else space
        spans = found.setdefault(kind, [])
        if spans and spans[-1][1] >= lo:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return found


def _lowered(text: str) -> str | None:
    """``text`` lower-cased as the rules' IGNORECASE reads it, one character for one, for the
    rules' word tests; ``None`` if lower-casing would move an offset (no test then)."""
    if not text.isascii():
        text = text.translate(ASCII_FOLD)
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _merged(windows: dict[str, list[tuple[int, int]]], kinds: frozenset[str]
            ) -> list[tuple[int, int]]:
    """The windows of several trigger classes, sorted and merged."""
    spans = sorted(span for kind in kinds for span in windows.get(kind, ()))
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and merged[-1][1] >= lo:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _candidates(text: str, *, vague: bool) -> list[_Candidate]:
    """Every accepted raw match of every rule (overlapping freely), found near its triggers."""
    out = []
    windows = _windows(text)
    lowered = _lowered(text)
    seen: set[tuple[str, int, int]] = set()
    for rule in RULES:
        if rule.vague and not vague:
            continue
        ranges = windows.get(next(iter(rule.needs)), []) if len(rule.needs) == 1 else _merged(
            windows, rule.needs)
        for a, b in ranges:
            if rule.words and lowered is not None and not any(
                    lowered.find(word, a, b) >= 0 for word in rule.words):
                continue
            for match in rule.regex.finditer(text, a, b):
                if not accept(rule.name, match, text):
                    continue
                start, end = _span(match)
                if end > start and (rule.name, start, end) not in seen:
                    seen.add((rule.name, start, end))
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


# Values that name a calendar day, month or year ("2009-03-02", "2009-03", "2009").
_PERIOD_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$")


def _period_of(start: int, resolution: Resolution) -> tuple[int, date, str] | None:
    """The day, month or year an expression names, for later narrative offsets."""
    if resolution.kind != "date" or resolution.value is None:
        return None
    part = _PART_OF_YEAR.match(resolution.value)
    if part is not None:
        # A quarter, half or season counts as its year ("the fourth quarter of 2005 … for the
        # entire year").
        return start, date(int(part.group(1)), 1, 1), "year"
    found = _PERIOD_VALUE.match(resolution.value[:10])
    if found is None:
        return None
    year, month, day = found.groups()
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return start, first, "day" if day else "month" if month else "year"


def _day_of(start: int, resolution: Resolution) -> tuple[int, date] | None:
    """The day an expression names, for later back-references, if it names one."""
    if resolution.granularity not in _DAY_LIKE or resolution.value is None:
        return None
    try:
        return start, date.fromisoformat(resolution.value[:10])
    except ValueError:
        return None
