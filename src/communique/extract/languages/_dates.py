"""Dates in a language with a pack: found by the pack's words, normalized as English ones are.

Shapes are code, words are data: a day before a month name (``19. März 2031``, ``19 de marzo``,
``19 марта``), a range of days (``17–18 марта``), numeric dates (``19.03.2031``), a month alone
or with its year, a year, a weekday (anchored on the publication date: a ``last``/``next``
modifier from the pack steps strictly back or ahead, a future cue in the sentence points
ahead, otherwise the nearest such day), the pack's relative phrases (``vergangene Woche``,
``la semaine prochaine``, ``на этой неделе``), lengths (``15 Jahre``, ``30–50 лет``,
``zweitägigen``, ``двухдневных``) and lengths back from publication (``vor 15 Jahren``).

Values and TimeML parts are those of :mod:`communique.extract.temporal`, so the merge stage
uses them as it uses English dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from communique.extract.languages._words import (
    AFTER,
    BEFORE,
    DateWords,
    alternation,
    date_words,
    normal,
)
from communique.extract.temporal._calendar import (
    FUTURE,
    NEUTRAL,
    PAST,
    add_months,
    duration_value,
    iso_day,
    iso_month,
    iso_week,
    safe_date,
    shift_day,
    year_for_month,
    year_for_month_day,
)
from communique.extract.temporal._types import NO_DATE
from communique.lang import language_pack
from communique.model.temporal import TimeExpression, Timex3

_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")
_CLAUSE_END = re.compile(r"[.!?…]\s+|\n|[,;:()—–]")
# A short connector between a day and its month or a month and its year ("19 de marzo de 2031").
_LINK = r"(?:[^\W\d]{1,3}\s+)?"
_DASH = "–—-"
_EARLIEST_YEAR, _LATEST_YEAR = 1950, 2099
_PAST_WORD = 5
"""Shortest word whose ending may mark the past (shorter ones are too often other words)."""
_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_NEAR_DAYS = 7
"""A yearless day this close to publication is of that year whatever its clause's tense: a
truce agreed (past) "from midnight on 29 July" in a paper of 28 July is tomorrow's, not last
year's; talks that "will" open on the 27th in that paper were planned before it came out."""


_SHIFT_REACH = 400
"""Most characters back to the date that "two days earlier" counts from."""


@dataclass(frozen=True, slots=True)
class _Found:
    """One candidate: its extent and the value it resolves to (with TimeML parts)."""

    start: int
    end: int
    value: str | None
    granularity: str
    kind: str
    anchor: str | None
    parts: tuple[tuple[int, int, str, str], ...]
    """``(start, end, type, value)`` of each TIMEX3."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The compiled patterns of one language, in the order they are tried."""

    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    day_range: re.Pattern[str]
    day_month: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    duration: re.Pattern[str]
    compound: re.Pattern[str]
    vague: re.Pattern[str]
    ago_before: re.Pattern[str]
    ago_after: re.Pattern[str]
    shift_after: re.Pattern[str] | None = None
    """An adverb of earlier or later after a length, not followed by what it is counted from
    (``plus tôt,`` but not ``avant la signature``)."""
    weekday_part: re.Pattern[str] | None = None
    """A weekday compounded with a part of the day (German ``Donnerstagabend``)."""
    part_codes: dict[str, str] | None = None
    """Each lower-case compound part (``abend``) → its TimeML code (``EV``)."""
    vague_duration: re.Pattern[str] | None = None
    """A unit after a word of vague amount (``alcuni giorni``, ``останніх тижнів``)."""


@cache
def _patterns(code: str) -> _Patterns | None:
    words = date_words(code)
    if words is None:
        return None
    flags = re.IGNORECASE
    codes = _compound_parts(code)
    day = r"(\d{1,2})(?:\.|er|º|°)?"
    year = rf"(?:,?\s+{_LINK}(\d{{4}}))?"
    amount = rf"(\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+|{words.number})"
    between = rf"\s*(?:[{_DASH}]|\s(?:{words.range_word})\s)\s*"
    return _Patterns(
        numeric=re.compile(r"(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d.]\d)"),
        iso=re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
        day_range=re.compile(
            rf"{BEFORE}{day}{between}{day}\s+{_LINK}({words.month}){AFTER}{year}", flags),
        day_month=re.compile(rf"{BEFORE}{day}\s+{_LINK}({words.month}){AFTER}{year}", flags),
        month=re.compile(rf"{BEFORE}({words.month}){AFTER}{year}", flags),
        year=re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d|\s*%)"),
        weekday=re.compile(rf"{BEFORE}({words.weekday}){AFTER}", flags),
        relative=re.compile(rf"{BEFORE}({words.relative_phrase}){AFTER}", flags),
        duration=re.compile(
            rf"{BEFORE}{amount}(?:{between}{amount})?\s+({words.unit}){AFTER}", flags),
        compound=re.compile(
            rf"{BEFORE}(\d+-?|{words.number})\s*-?\s*({words.compound})[^\W\d]*", flags),
        vague=re.compile(rf"{BEFORE}({words.vague_phrase}){AFTER}", flags),
        ago_before=re.compile(rf"(?:{words.ago})\s+$", flags),
        ago_after=re.compile(rf"^\s+(?:{words.ago}){AFTER}", flags),
        shift_after=re.compile(
            rf"^\s+(?:(?P<earlier>{words.earlier})|(?P<later>{words.later})){AFTER}"
            rf"(?!\s+[^\W\d_]{{1,3}}\b)", flags),
        weekday_part=re.compile(
            rf"{BEFORE}({words.weekday})({alternation(codes)}){AFTER}", flags) if codes else None,
        part_codes=codes,
        vague_duration=re.compile(
            rf"{BEFORE}(?:{alternation(pack.vague_amounts)})\s+({words.unit}){AFTER}", flags)
        if (pack := language_pack(code)) is not None and pack.vague_amounts else None,
    )


def _compound_parts(code: str) -> dict[str, str]:
    """The pack's day parts that compound with a weekday (``abend`` → ``EV``)."""
    pack = language_pack(code)
    forms = (pack.day_part_compounds or {}) if pack else {}
    return {normal(f): k for k, rows in forms.items() for f in rows}


def find_dates(text: str, published: date | None, language: str) -> list[TimeExpression]:
    """Every date, length and relative time of ``text`` (in ``language``), in text order."""
    patterns = _patterns(language)
    words = date_words(language)
    if patterns is None or words is None:
        return []
    reader = _Reader(text, published, language, patterns, words)
    times = _times(language)
    candidates = [_timed(text, f, times) for f in reader.candidates()]
    candidates += _clock_times(text, published, times)
    # On a tie a clock time wins over a length (``um 14 Uhr`` is no duration).
    found = sorted(candidates, key=lambda f: (-(f.end - f.start), f.start,
                                              f.granularity != "time"))
    kept: list[_Found] = []
    for item in found:
        if all(item.end <= k.start or k.end <= item.start for k in kept):
            kept.append(item)
    kept = _weekday_dates(text, sorted(kept, key=lambda f: f.start), patterns)
    return [_expression(text, f) for f in kept]


def _weekday_dates(text: str, found: list[_Found], patterns: _Patterns) -> list[_Found]:
    """A weekday written right before the date it names is one expression with it
    (``domenica 19 gennaio 2020``, ``vendredi 27 juin``): the date's value, counted once."""
    out: list[_Found] = []
    for item in found:
        last = out[-1] if out else None
        if (last is not None and last.value is not None and item.value is not None
                and item.granularity in ("day", "time")
                and patterns.weekday.fullmatch(text, last.start, last.end)
                and not text[last.end:item.start].strip(" ,\u00a0")
                and _DAY_VALUE.match(item.value)
                and _weekday_of(item.value) == _weekday_of(last.value)):
            out[-1] = _Found(last.start, item.end, item.value, item.granularity, item.kind,
                             item.anchor, ((last.start, item.end, item.parts[0][2], item.value),))
            continue
        out.append(item)
    return out


def _weekday_of(value: str) -> int | None:
    """The weekday of a value's day (``2020-01-19…`` → 6), ``None`` if it names none."""
    day = _DAY_VALUE.match(value)
    if day is None:
        return None
    found = safe_date(*(int(x) for x in day.group().split("-")))
    return found.weekday() if found else None


@dataclass(frozen=True, slots=True)
class _Times:
    """The patterns of a language's times of day: parts after a day, parts of today, clock
    times after a date or after a clock preposition."""

    parts: dict[str, str]
    """Each lower-case part-of-day form → its TimeML code (``soir`` → ``EV``)."""
    part: re.Pattern[str]
    today: dict[str, str]
    today_part: re.Pattern[str]
    attached: re.Pattern[str]
    alone: re.Pattern[str]
    leading: dict[str, str]
    """Each lower-case phrase of a part of the day before its date (``mattinata del``,
    ``ніч на``) → its TimeML code."""
    lead: re.Pattern[str] | None


_CLOCK = r"([01]?\d|2[0-3])(?:(?:[:h]([0-5]\d)|h)(?![\d:])"
"""``16:56``, ``16h56``, ``14h``; :func:`_clock` adds ``14 Uhr``, ``14.30 Uhr``."""


def _clock(units: str | None) -> str:
    """The clock-time pattern: digits with ``:`` or ``h``, or an hour (and minutes after a
    dot or colon) before one of the pack's clock words (``14 Uhr``, ``9.30 Uhr``)."""
    if units is None:
        return _CLOCK + ")"
    return _CLOCK + rf"|(?:[.:]([0-5]\d))?\s+(?:{units}){AFTER})"
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEAD_CHARS = 30
"""Most characters of a part-of-day phrase before its date (``nella mattinata del``)."""


@cache
def _times(code: str) -> _Times:
    pack = language_pack(code)
    parts = {normal(f): k for k, forms in ((pack.day_parts or {}) if pack else {}).items()
             for f in forms}
    today = {normal(f): k for k, forms in ((pack.today_parts or {}) if pack else {}).items()
             for f in forms}
    leading = {normal(f): k for k, forms in ((pack.leading_parts or {}) if pack else {}).items()
               for f in forms}
    links = alternation(pack.clock_links) if pack else r"(?!x)x"
    clock = _clock(alternation(pack.clock_words) if pack and pack.clock_words else None)
    flags = re.IGNORECASE
    return _Times(
        parts=parts,
        part=re.compile(rf"\s+(?:\(\w+\)\s+)?({alternation(parts)}){AFTER}", flags),
        today=today,
        today_part=re.compile(rf"{BEFORE}({alternation(today)}){AFTER}", flags),
        attached=re.compile(rf"(?:\s*,\s*|\s+(?:{links})\s+|\s*[-–]\s*){clock}", flags),
        alone=re.compile(rf"{BEFORE}(?:{links})\s+{clock}", flags),
        leading=leading,
        lead=re.compile(rf"{BEFORE}({alternation(leading)})\s+$", flags) if leading else None,
    )


def _timed(text: str, found: _Found, times: _Times) -> _Found:
    """A day with the part of the day or the clock time written right after it
    (``mercredi soir`` → ``…TEV``, ``07/11/2017 à 16:56`` → ``…T16:56``)."""
    if found.value is None or not _DAY_VALUE.fullmatch(found.value):
        return found
    lead = times.lead.search(text, max(0, found.start - _LEAD_CHARS), found.start) \
        if times.lead else None
    if lead is not None:  # "nella mattinata del 29 marzo", "в ніч на 6 жовтня"
        value = f"{found.value}T{times.leading[normal(lead.group(1))]}"
        return _Found(lead.start(), found.end, value, "time", found.kind, found.anchor,
                      ((lead.start(), found.end, "TIME", value),))
    part = times.part.match(text, found.end) if times.parts else None
    if part is not None:
        return _extended(found, part.end(), f"{found.value}T{times.parts[normal(part.group(1))]}")
    clock = times.attached.match(text, found.end)
    if clock is not None:
        return _extended(found, clock.end(), f"{found.value}T{_hhmm(clock)}")
    return found


def _hhmm(match: re.Match[str]) -> str:
    return f"{int(match.group(1)):02d}:{match.group(2) or match.group(3) or '00'}"


def _extended(found: _Found, end: int, value: str) -> _Found:
    return _Found(found.start, end, value, "time", found.kind, found.anchor,
                  ((found.start, end, "TIME", value),))


def _clock_times(text: str, published: date | None, times: _Times) -> list[_Found]:
    """Parts of the publication day (``ce matin``, ``stasera``) and clock times after a clock
    preposition (``alle 14:00``, ``às 14h``) on that day; the preposition stays outside."""
    if published is None:
        return []
    day = iso_day(published)
    out = []
    for match in times.today_part.finditer(text) if times.today else ():
        value = f"{day}T{times.today[normal(match.group(1))]}"
        out.append(_Found(match.start(), match.end(), value, "time", "date", "published",
                          ((match.start(), match.end(), "TIME", value),)))
    for match in times.alone.finditer(text):
        value = f"{day}T{_hhmm(match)}"
        out.append(_Found(match.start(1), match.end(), value, "time", "date", "published",
                          ((match.start(1), match.end(), "TIME", value),)))
    return out


def _expression(text: str, found: _Found) -> TimeExpression:
    timex = tuple(Timex3(s, e, text[s:e], kind, value) for s, e, kind, value in found.parts)
    return TimeExpression(found.start, found.end, text[found.start:found.end], found.value,
                          found.granularity, found.kind, found.anchor, timex)


class _Reader:
    """The candidates of one text: every pattern's matches, each resolved to a value."""

    def __init__(self, text: str, published: date | None, language: str,
                 patterns: _Patterns, words: DateWords) -> None:
        self.text = text
        self.published = published
        self.patterns = patterns
        self.words = words
        pack = language_pack(language)
        self.future = frozenset(w.lower() for w in pack.future_cues) if pack else frozenset()
        self.past = frozenset(w.lower() for w in pack.past_cues) if pack else frozenset()
        self.past_endings = pack.past_suffixes if pack else ()
        # Where every noun is capitalized, month names are too: a lower-case "mai" is no month.
        self.capitalized_nouns = bool(pack and pack.noun_suffixes)

    def candidates(self) -> Iterator[_Found]:
        """All candidates, overlapping ones included (the caller keeps the longest)."""
        steps: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Found | None]]] = [
            (self.patterns.numeric, self._numeric),
            (self.patterns.iso, self._iso),
            (self.patterns.day_range, self._day_range),
            (self.patterns.day_month, self._day_month),
            (self.patterns.month, self._month),
            (self.patterns.year, self._year),
            (self.patterns.weekday, self._weekday),
            *([(self.patterns.weekday_part, self._weekday_part)]
              if self.patterns.weekday_part else []),
            (self.patterns.relative, self._relative),
            (self.patterns.duration, self._duration),
            (self.patterns.compound, self._compound),
            (self.patterns.vague, self._vague),
            *([(self.patterns.vague_duration, self._vague_duration)]
              if self.patterns.vague_duration else []),
        ]
        for pattern, resolve in steps:
            for match in pattern.finditer(self.text):
                found = resolve(match)
                if found is not None:
                    yield found

    # -- helpers -----------------------------------------------------------------------------

    def _tense(self, offset: int, *, clause: bool = False) -> str:
        """``future`` when the sentence around ``offset`` has one of the pack's future cues,
        else ``past`` when it has a past cue or a verb with a past ending, else neutral.
        ``clause`` looks only at the clause (between commas): a month's year follows its own
        clause (``die Frist im Juni, die Tirasol gesetzt hat`` is a June ahead)."""
        end = _CLAUSE_END if clause else _SENTENCE_END
        start = max((m.end() for m in end.finditer(self.text, 0, offset)), default=0)
        stop = end.search(self.text, offset)
        sentence = normal(self.text[start: stop.start() if stop else len(self.text)])
        tokens = set(re.findall(r"[\w']+", sentence))
        if tokens & self.future or any(" " in c and c in sentence for c in self.future):
            return FUTURE
        if tokens & self.past or any(" " in c and c in sentence for c in self.past) or any(
                len(t) >= _PAST_WORD and t.endswith(self.past_endings) for t in tokens
                if self.past_endings):
            return PAST
        return NEUTRAL

    def _day(self, match: re.Match[str], value: str | None, granularity: str = "day",
             anchor: str | None = None) -> _Found:
        kind = "DATE"
        return _Found(match.start(), match.end(), value, granularity, "date", anchor,
                      ((match.start(), match.end(), kind, value or "XXXX-XX-XX"),))

    def _marked_tense(self, start: int, end: int) -> str | None:
        """The tense a word of last or next right next to ``[start, end)`` gives it (``el
        pasado 21 de noviembre``, ``le 3 mars dernier``), or ``None``."""
        before = re.findall(r"[\w']+", self.text[max(0, start - 20):start])[-1:]
        after = re.findall(r"[\w']+", self.text[end:end + 20])[:1]
        near = {w.lower() for w in before + after}
        if near & self.words.last:
            return PAST
        return FUTURE if near & self.words.next else None

    def _calendar(self, year: int | None, month: int, day: int, offset: int,
                  tense: str | None = None) -> str | None:
        """A day's value; a yearless one takes the year nearest publication (or ``XXXX``),
        in ``tense`` where a word next to it gives one, else its clause's (unless it lies
        within :data:`_NEAR_DAYS` of publication: then that year)."""
        if year is None:
            if self.published is None:
                return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
            near = None if tense else _within_week(month, day, self.published)
            year = near if near is not None else year_for_month_day(
                month, day, self.published, tense or self._tense(offset, clause=True))
        found = safe_date(year, month, day)
        return iso_day(found) if found else None

    # -- resolvers ---------------------------------------------------------------------------

    def _numeric(self, match: re.Match[str]) -> _Found | None:
        day, month, year = (int(match.group(k)) for k in (1, 3, 4))
        value = self._calendar(year, month, day, match.start())
        return self._day(match, value) if value else None

    def _iso(self, match: re.Match[str]) -> _Found | None:
        year, month, day = (int(g) for g in match.groups())
        value = self._calendar(year, month, day, match.start())
        return self._day(match, value) if value else None

    def _day_month(self, match: re.Match[str]) -> _Found | None:
        month = self.words.months[normal(match.group(2))]
        year = int(match.group(3)) if match.group(3) else None
        value = self._calendar(year, month, int(match.group(1)), match.start(),
                               None if year else self._marked_tense(match.start(), match.end()))
        return self._day(match, value) if value else None

    def _day_range(self, match: re.Match[str]) -> _Found | None:
        first, last = int(match.group(1)), int(match.group(2))
        month = self.words.months[normal(match.group(3))]
        year = int(match.group(4)) if match.group(4) else None
        start = self._calendar(year, month, first, match.start())
        end = self._calendar(year, month, last, match.start())
        if start is None or end is None or end <= start:
            return None
        parts = ((match.start(1), match.end(1), "DATE", start),
                 (match.start(2), match.end(), "DATE", end))
        return _Found(match.start(), match.end(), f"{start}/{end}", "range", "date", None, parts)

    def _month(self, match: re.Match[str]) -> _Found | None:
        form = match.group(1)
        month = self.words.months[normal(form)]
        if match.group(2):
            value: str | None = iso_month(int(match.group(2)), month)
            anchor = None
        elif form.endswith(".") or (form[:1].islower() and self.capitalized_nouns):
            return None  # an abbreviation alone, or a German month word in lower case
        elif self.published is None:
            value, anchor = f"XXXX-{month:02d}", NO_DATE
        else:
            year = year_for_month(month, self.published,
                                  self._tense(match.start(), clause=True))
            value, anchor = iso_month(year, month), "published"
        return self._day(match, value, "month", anchor)

    def _year(self, match: re.Match[str]) -> _Found | None:
        year = int(match.group(1))
        if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
            return None
        following = self.text[match.end():match.end() + 2]
        if self.capitalized_nouns and following[:1] == " " and following[1:].isupper():
            return None  # "2000 Soldaten": where nouns are capitalized, a count of things
        return self._day(match, str(year), "year")

    def _weekday(self, match: re.Match[str]) -> _Found | None:
        if self.published is None:
            return self._day(match, None, anchor=NO_DATE)
        weekday = self.words.weekdays[normal(match.group(1))] - 1
        before = re.findall(r"[\w']+", self.text[max(0, match.start() - 30): match.start()])
        after = re.findall(r"[\w']+", self.text[match.end(): match.end() + 20])
        near = {w.lower() for w in before[-2:] + after[:1]}
        back = (self.published.weekday() - weekday) % 7
        forward = (weekday - self.published.weekday()) % 7
        if near & self.words.last:
            day = self.published - timedelta(days=back or 7)
        elif near & self.words.next:
            day = self.published + timedelta(days=forward or 7)
        elif (tense := self._tense(match.start())) == FUTURE:
            day = self.published + timedelta(days=forward)
        elif tense == PAST:
            day = self.published - timedelta(days=back)
        else:  # no cue: the nearest such day (news both reports and announces)
            day = self.published + (timedelta(days=forward) if forward < back
                                    else -timedelta(days=back))
        return self._day(match, iso_day(day), anchor="published")

    def _weekday_part(self, match: re.Match[str]) -> _Found | None:
        """A weekday compounded with a part of the day (``Donnerstagabend`` → ``…TEV``)."""
        found = self._weekday(match)
        if found is None or found.value is None or self.patterns.part_codes is None:
            return found
        code = self.patterns.part_codes[normal(match.group(2))]
        return _extended(found, found.end, f"{found.value}T{code}")

    def _relative(self, match: re.Match[str]) -> _Found | None:
        key = self.words.relative.get(normal(match.group(1)))
        if key is None:
            return None
        if self.published is None:
            return self._day(match, None, _relative_granularity(key), NO_DATE)
        value, granularity = _relative_value(key, self.published)
        return self._day(match, value, granularity, "published")

    def _amount(self, token: str) -> int | None:
        digits = "".join(token.split())
        if digits.isdigit():
            return int(digits)
        return self.words.numbers.get(normal(token))

    def _duration(self, match: re.Match[str]) -> _Found | None:
        first = self._amount(match.group(1))
        second = self._amount(match.group(2)) if match.group(2) else None
        unit = self.words.units[normal(match.group(3))]
        if first is None or (unit == "Y" and _EARLIEST_YEAR <= first <= _LATEST_YEAR
                             and match.group(1).isdigit()):
            return None  # "1991 года" is a year, not 1991 years
        ago = self._ago(match, first, unit)
        if ago is not None:
            return ago
        shifted = self._shifted(match, first, unit)
        if shifted is not None:
            return shifted
        if second is not None and second > first:
            low, high = duration_value(first, unit), duration_value(second, unit)
            parts = ((match.start(1), match.end(1), "DURATION", low),
                     (match.start(2), match.end(), "DURATION", high))
            return _Found(match.start(), match.end(), f"{low}/{high}", "duration", "duration",
                          None, parts)
        if second is not None:
            return None
        value = duration_value(first, unit)
        return _Found(match.start(), match.end(), value, "duration", "duration", None,
                      ((match.start(), match.end(), "DURATION", value),))

    def _ago(self, match: re.Match[str], amount: int, unit: str) -> _Found | None:
        """``vor 15 Jahren`` / ``2 года назад``: a point that far back from publication."""
        before = self.patterns.ago_before.search(self.text, max(0, match.start() - 12),
                                                 match.start())
        after = self.patterns.ago_after.match(self.text[match.end(): match.end() + 12])
        if before is None and after is None:
            return None
        start = before.start() if before else match.start()
        end = match.end() + (after.end() if after else 0)
        if self.published is None:
            value = None
        else:
            day = shift_day(self.published, -amount, unit)
            value = {"D": iso_day(day), "W": iso_week(day), "M": iso_month(day.year, day.month),
                     "Y": str(day.year)}[unit]
        return _Found(start, end, value, _GRANULARITY[unit], "date",
                      "published" if value else NO_DATE,
                      ((start, end, "DATE", value or "XXXX"),))

    def _shifted(self, match: re.Match[str], amount: int, unit: str) -> _Found | None:
        """``deux jours plus tôt`` / ``zwei Tage später``: a day that far from the last full
        date the text gave before it (not far back), else nothing."""
        pattern = self.patterns.shift_after
        after = pattern.match(self.text[match.end(): match.end() + 20]) if pattern else None
        if after is None or unit not in ("D", "W"):
            return None
        anchor = self._last_day(match.start())
        if anchor is None:
            return None
        offset, day = anchor
        step = -amount if after.group("earlier") else amount
        value = iso_day(shift_day(day, step, unit))
        end = match.end() + after.end()
        return _Found(match.start(), end, value, "day", "date", f"text:{offset}",
                      ((match.start(), end, "DATE", value),))

    def _last_day(self, before: int) -> tuple[int, date] | None:
        """The last full date (day, month, year) in the text before ``before``, within reach."""
        start = max(0, before - _SHIFT_REACH)
        found = None
        for pattern, resolve in ((self.patterns.day_month, self._day_month),
                                 (self.patterns.numeric, self._numeric),
                                 (self.patterns.iso, self._iso)):
            for match in pattern.finditer(self.text, start, before):
                hit = resolve(match)
                if hit is None or hit.value is None or len(hit.value) != len("2000-01-01"):
                    continue
                try:
                    day = date.fromisoformat(hit.value)
                except ValueError:
                    continue
                if found is None or match.start() > found[0]:
                    found = (match.start(), day)
        return found

    def _vague(self, match: re.Match[str]) -> _Found | None:
        value = self.words.vague.get(normal(match.group(1)))
        return None if value is None else self._day(match, value, "other")

    def _vague_duration(self, match: re.Match[str]) -> _Found | None:
        """``alcuni giorni``, ``quelques semaines``, ``останніх тижнів``: a length of that
        unit whose amount is not said (``PXD``, ``PXW``)."""
        value = f"PX{self.words.units[normal(match.group(1))]}"
        return _Found(match.start(), match.end(), value, "duration", "duration", None,
                      ((match.start(), match.end(), "DURATION", value),))

    def _compound(self, match: re.Match[str]) -> _Found | None:
        amount = self._amount(match.group(1).rstrip("-"))
        if amount is None:
            return None
        unit = self.words.compounds[normal(match.group(2))]
        value = duration_value(amount, unit)
        return _Found(match.start(), match.end(), value, "duration", "duration", None,
                      ((match.start(), match.end(), "DURATION", value),))


def _relative_granularity(key: str) -> str:
    for suffix, granularity in (("week", "week"), ("month", "month"), ("year", "year")):
        if key.endswith(suffix):
            return granularity
    return "day"


def _relative_value(key: str, published: date) -> tuple[str, str]:
    """The value of a relative phrase's meaning (``last_week``) seen from ``published``."""
    days = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2,
            "day_after_tomorrow": 2}
    if key in days:
        return iso_day(published + timedelta(days=days[key])), "day"
    step = {"last": -1, "this": 0, "next": 1}[key.split("_")[0]]
    granularity = _relative_granularity(key)
    if granularity == "week":
        return iso_week(published + timedelta(weeks=step)), "week"
    if granularity == "month":
        year, month = add_months(published.year, published.month, step)
        return iso_month(year, month), "month"
    return str(published.year + step), "year"


def _within_week(month: int, day: int, published: date) -> int | None:
    """The year whose ``month day`` lies within :data:`_NEAR_DAYS` of ``published``, if any."""
    for year in (published.year - 1, published.year, published.year + 1):
        found = safe_date(year, month, day)
        if found is not None and abs((found - published).days) <= _NEAR_DAYS:
            return year
    return None
