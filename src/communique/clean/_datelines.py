"""News datelines: the place and date that open a wire story's first paragraph.

``MUNICH, Feb. 14 –``, ``KYIV (Reuters) -``, ``GENEVA, Switzerland, February 17, 2026 —``,
``Roma, 19 apr. (askanews) -``, ``Dubai, 19 aprile. / TASS/.``, ``CAIRO – 10 September 2025:``,
``WANA (Oct 13) –``, ``MADRID, 27 (EUROPA PRESS)``, the full stops of Russian and Ukrainian
agencies (``Москва. 7 августа. …``) and a full date alone before a dash
(``December 8, 2025 – …``). A dateline often lacks its year (and a few wire services write only
the day); :meth:`Dateline.resolve` completes it from a reference date, e.g. the month of the
page's URL or the rest of the batch. Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from communique.clean._dates import WrittenDate, make_date, parse_date
from communique.clean._datewords import MONTH_ABBR_ALT, MONTH_NAME_ALT, month_number
from communique.clean._lexicon import words

__all__ = ["Dateline", "first_dateline", "parse_dateline", "read_dateline", "written_date"]

_MAX_INPUT = 400
_CAPS_WORD = r"(?:[A-Z][A-Z.'’\-/]*[A-Z.]|[A-Z])(?![A-Za-z])"
_TITLE_WORD = r"[A-Z][a-zA-Z.'’\-]*(?![A-Za-z])"
_PLACE_CAPS = rf"(?P<caps>(?:{_CAPS_WORD})(?:[ \t]+(?:{_CAPS_WORD})){{0,3}})"
_PLACE_TITLE = rf"(?P<title>(?:{_TITLE_WORD})(?:[ \t]+(?:{_TITLE_WORD})){{0,2}})"
_NOT_MONTH = rf"(?!(?i:{MONTH_NAME_ALT}|{MONTH_ABBR_ALT})\b)"
_REGION = (rf"(?P<region>{_NOT_MONTH}(?:{_TITLE_WORD})"
           rf"(?:[ \t]+{_NOT_MONTH}(?:{_TITLE_WORD})){{0,2}})")
_DASH = r"(?:--|[-–—‒―])"
_WORD = r"[^\W\d_]{3,12}"
_DATE_PART = (
    rf"(?P<date>(?<![^\W\d_]){_WORD}\.?,?\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|[0-3]?\d\.?\s+(?:de\s+)?{_WORD}\.?(?:,?\s+(?:de\s+)?\d{{4}})?"
    r"|[0-3]?\d(?=[ \t]*\())"
)
_AGENCY = (r"(?:\((?P<agency>[^()\n]{1,40})\)"
           r"|/[ \t]*(?P<slash>[A-Z][\w.&' -]{0,30}?)[ \t]*/\.?)")

_HEAD = (rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE})(?:,[ \t]*{_REGION})?"
         rf"(?:(?:,?[ \t]*|[ \t]*{_DASH}[ \t]*){_DATE_PART})?\.?(?:[ \t]*{_AGENCY})?")
_DATELINE = re.compile(rf"{_HEAD}(?P<end>[ \t]*(?:{_DASH}|:)[ \t]*(?=\S))")
# "Dubai, 19 aprile. / TASS/. Il secondo…", "MADRID, 27 (EUROPA PRESS)": a date and an agency
# end the dateline without a dash.
_AGENCY_ENDED = re.compile(rf"{_HEAD}(?P<end>[ \t.]*(?:$|\s))")
_DATE_FIRST = re.compile(rf"^\s*(?P<date>[^\n]{{6,40}}?\d{{4}})[ \t]*{_DASH}[ \t]*(?=\S)")
# "Москва. 7 августа. …", "Kyiv. 7 August. …": a place and a day with its month, each closed by a
# full stop. Both parts are required: a capitalised word and a full stop alone is a sentence.
_DOTTED = re.compile(r"^\s*(?P<place>[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]*){0,2})"
                     rf"\.[ \t]+(?P<date>[0-3]?\d[ \t]+{_WORD}(?:[ \t]+\d{{4}})?)\.(?=\s|$)")
_MONTH_DAY = re.compile(rf"^(?P<name>{_WORD})\.?,?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                        r"(?:,?\s+(?P<year>\d{4}))?$")
_DAY_MONTH = re.compile(rf"^(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<name>{_WORD})\.?"
                        r"(?:,?\s+(?:de\s+)?(?P<year>\d{4}))?$")

# Capitalised words that open a paragraph before a dash without being places.
_NOT_PLACES = words(
    "breaking exclusive update updated watch live opinion analysis editorial video photos "
    "photo file comment review correction advisory listen read note warning urgent flash "
    "alert sponsored advertisement exclusive: factbox explainer"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says: its place and as much of the date as it writes."""

    place: str | None
    written: WrittenDate | None = None
    """The date part, ``None`` when the dateline has none (``KYIV (Reuters) -``)."""


def _place_name(name: str) -> str:
    """Title-case an all-capitals place ("NEW YORK" -> "New York"); keep mixed case as is."""
    if any(ch.islower() for ch in name):
        return name
    return " ".join(w if "." in w and len(w) <= 5 else w.title() for w in name.split())


def written_date(text: str) -> WrittenDate | None:
    """A short date as datelines write it (``Feb. 14``, ``19 aprile``, ``27``), else ``None``."""
    text = text.strip()
    if text.isdigit():
        return WrittenDate(None, None, int(text)) if len(text) <= 2 else None
    full = parse_date(text)
    if full is not None:
        return WrittenDate(full.year, full.month, full.day)
    match = _MONTH_DAY.match(text) or _DAY_MONTH.match(text)
    if match is None:
        return None
    month = month_number(match.group("name"))
    if month is None:
        return None
    year = match.group("year")
    return WrittenDate(int(year) if year else None, month, int(match.group("day")))


def _date_first(paragraph: str) -> Dateline | None:
    """``December 8, 2025 – …``: a full date with its year, alone before a dash."""
    match = _DATE_FIRST.match(paragraph)
    if match is None:
        return None
    written = written_date(match.group("date"))
    if written is None or written.year is None or len(match.group("date").split()) > 5:
        return None
    return Dateline(None, written)


def _dotted(paragraph: str) -> Dateline | None:
    """``Москва. 7 августа. …``: a place and a day whose month is known, each ending a sentence."""
    match = _DOTTED.match(paragraph)
    if match is None:
        return None
    written = written_date(match.group("date"))
    if written is None or written.month is None:
        return None
    return Dateline(match.group("place"), written)


def read_dateline(paragraph: str) -> Dateline | None:
    """Read the dateline opening ``paragraph``, or ``None`` when it has none.

    A place in capitals needs only the dash after it; a place in ordinary title case must be
    followed by a date or an agency, because a title-case word before a dash is usually just a
    sentence. A dateline whose date part is not a date ("MUNICH, Blorbuary 14 –") is none.
    """
    if not isinstance(paragraph, str) or not paragraph:
        return None
    head = paragraph[:_MAX_INPUT]
    dotted = _dotted(head)
    if dotted is not None:
        return dotted
    match = _DATELINE.match(head) or _AGENCY_ENDED.match(head)
    if match is None:
        return _date_first(head)
    dash_ended = match.re is _DATELINE
    agency = match.group("agency")
    written: WrittenDate | None = None
    if match.group("date"):
        written = written_date(match.group("date"))
        if written is None:
            return _date_first(head)
    elif agency and (inner := written_date(agency)) is not None and inner.month is not None:
        written, agency = inner, None  # "WANA (Oct 13) –": the parentheses hold the date
    has_date = written is not None
    if not dash_ended and not (has_date and (agency or match.group("slash"))):
        return _date_first(head)
    if match.group("end").strip() == ":" and not has_date:
        return None  # "WARNING: …": a colon ends a dateline only after its date
    if written is not None and written.month is None and not (agency or match.group("slash")):
        return None  # a bare number after a place is not a day
    caps = match.group("caps")
    if caps is None and not (has_date or agency or match.group("slash")):
        return None
    if caps is not None and (len(caps.replace(".", "")) < 2
                             or caps.split()[0].lower() in _NOT_PLACES):
        return None
    place = _place_name(caps if caps is not None else match.group("title"))
    region = match.group("region")
    if region and month_number(region.split()[0]) is None:
        place = f"{place}, {_place_name(region)}"
    return Dateline(place, written)


def parse_dateline(paragraph: str, reference_year: int | None) -> tuple[date | None, str | None]:
    """Read a news dateline at the start of a body paragraph: ``(date or None, place or None)``.

    The year comes from the dateline, else from ``reference_year`` (the one that puts the day
    nearest the middle of that year is not guessed: the reference year itself is used); without
    either the date is ``None``. The place is returned with its region ("Vienna,
    Austria"), capitals turned into title case.
    """
    line = read_dateline(paragraph)
    if line is None:
        return None, None
    day: date | None = None
    written = line.written
    if written is not None and written.month is not None:
        year = written.year if written.year is not None else reference_year
        if isinstance(year, int):
            day = make_date(year, written.month, written.day)
    return day, line.place


_DATELINE_PARAGRAPHS = 3
"""Page furniture the cleaner kept ("News Flash") may push the dateline down a paragraph or two."""


def first_dateline(paragraphs: Sequence[str]) -> Dateline | None:
    """The dateline of the first opening paragraph that has one (``None`` when none has).

    The first paragraph's own dateline wins even without a date; a later paragraph's counts
    only after paragraphs that have none (a "News Flash" label the cleaner kept).
    """
    for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]:
        line = read_dateline(paragraph)
        if line is not None:
            return line
    return None
