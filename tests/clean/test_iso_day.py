"""One reading of an ISO day (``iso_day``) for event bounds and date values in every stage."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import iso_day

_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _reference(text: str | None) -> date | None:
    """What the day is, spelled out: ten ASCII characters ``YYYY-MM-DD`` that name a calendar
    day, whatever follows them."""
    if text is None or not _SHAPE.match(text):
        return None
    year, month, day = (int(part) for part in text[:10].split("-"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Strings near the edges: ISO-like characters, other digits, the basic and week forms.
_NEAR = st.text(alphabet="0123456789-WT:/+Z ٠١٢", max_size=16)
_SUFFIXES = st.sampled_from(["", "T14:00", "TEV", "T09:30+02:00", "/2031-05-11", "Z", " "])


@given(_NEAR)
def test_any_text_reads_as_the_spelled_out_day(text: str) -> None:
    assert iso_day(text) == _reference(text)


@given(st.dates(), _SUFFIXES)
def test_a_day_with_a_time_a_part_or_a_range_after_it_is_that_day(day: date, after: str) -> None:
    assert iso_day(day.isoformat() + after) == day


@given(st.dates())
def test_event_bounds_give_a_day_only_at_day_precision(day: date) -> None:
    # Event bounds are written at the sources' precision: a day, a month or a year.
    assert iso_day(day.isoformat()) == day
    assert iso_day(day.strftime("%Y-%m")) is None
    assert iso_day(f"{day.year:04d}") is None


def test_other_iso_forms_and_no_calendar_day_are_none() -> None:
    # date.fromisoformat reads these too; no event bound or TimeML day is written so.
    assert iso_day("20310509") is None
    assert iso_day("2031-W19-1") is None
    assert iso_day("2031-02-30") is None
    assert iso_day("٢٠٣١-٠٥-٠٩") is None
    assert iso_day(None) is None
    assert iso_day("") is None
