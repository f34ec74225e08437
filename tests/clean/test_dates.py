"""Tests for publication-date parsing, datelines and date inference (clean/_dates.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import MAX_YEAR, MIN_YEAR, infer_published, parse_date, parse_dateline

FEB_18 = date(2026, 2, 18)


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-18",
        "2026-02-18T10:00:00Z",
        "2026-02-18T23:30:00+05:00",
        "20260218",
        "2026/02/18",
        "18.02.2026",
        "February 18, 2026",
        "Feb. 18, 2026",
        "Feb 18 2026",
        "Wednesday, February 18th, 2026",
        "18 February 2026",
        "18 Feb, 2026",
        "Wed, 18 Feb 2026 10:00:00 GMT",
        "Wed, 18 Feb 26 10:00:00 +0000",
        "Published: February 18, 2026 at 10:00",
        "  2026-02-18  ",
        "02/18/2026",
        "18/02/2026",
    ],
)
def test_parse_date_reads_common_forms(value: str) -> None:
    assert parse_date(value) == FEB_18


def test_parse_date_keeps_the_calendar_day_as_written() -> None:
    # A late-evening local timestamp is the publisher's day, not the UTC day after it.
    assert parse_date("2026-02-18T23:59:00-08:00") == FEB_18


def test_parse_date_takes_the_later_day_of_a_range() -> None:
    assert parse_date("February 17-18, 2026") == FEB_18
    assert parse_date("17–18 February 2026") == FEB_18


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "no date here",
        "03/04/2026",  # March 4 or April 3: ambiguous, refused
        "2026-02-30",
        "February 30, 2026",
        "2026-13-01",
        "9999-01-01",
        "0000-00-00",
        "Feb 2026",
        "18 February",
        "1066-10-14",  # before any plausible archive date
        "x" * 10_000,
        "\x00\ud800",
    ],
)
def test_parse_date_refuses_what_is_not_a_date(value: str) -> None:
    assert parse_date(value) is None


def test_parse_date_rejects_non_strings() -> None:
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert parse_date(20260218) is None  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_parse_date_never_raises(value: str) -> None:
    found = parse_date(value)
    assert found is None or isinstance(found, date)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(MAX_YEAR, 12, 31)))
def test_parse_date_round_trips_iso_and_long_forms(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day:%B} {day.day}, {day.year}") == day
    assert parse_date(f"{day.day} {day:%b} {day.year}") == day


# --- datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "year", "expected"),
    [
        ("MUNICH, Feb. 14 – Leaders met on Saturday.", 2026, (date(2026, 2, 14), "Munich")),
        ("MUNICH, Feb. 14 – Leaders met on Saturday.", None, (None, "Munich")),
        ("KYIV (Reuters) - Officials said.", 2026, (None, "Kyiv")),
        ("GENEVA, Switzerland, February 17, 2026 — Talks began.", None,
         (date(2026, 2, 17), "Geneva, Switzerland")),
        ("Geneva, Feb 17 (Reuters) - Talks began.", 2026, (date(2026, 2, 17), "Geneva")),
        ("NEW YORK — The market fell.", 2026, (None, "New York")),
        ("WASHINGTON, D.C. — A bill passed.", 2026, (None, "Washington, D.C.")),
        ("LONDON, 17 February (AP) -- Ministers met.", 2025, (date(2025, 2, 17), "London")),
    ],
)
def test_parse_dateline_reads_datelines(
    paragraph: str, year: int | None, expected: tuple[date | None, str | None]
) -> None:
    assert parse_dateline(paragraph, year) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "",
        "The talks – which began on Tuesday – ended.",
        "Officials met on Tuesday in Geneva.",
        "BREAKING – Talks collapse.",
        "A – first point.",
        "Update - the story has changed.",
        "Geneva - a city of diplomats.",  # title case before a dash is a sentence, not a dateline
        "MUNICH, Blorbuary 14 – Something.",
    ],
)
def test_parse_dateline_refuses_ordinary_sentences(paragraph: str) -> None:
    assert parse_dateline(paragraph, 2026) == (None, None)


def test_parse_dateline_rejects_impossible_day() -> None:
    found, place = parse_dateline("MUNICH, Feb. 30 – Leaders met.", 2026)
    assert found is None
    assert place == "Munich"


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(-10_000, 10_000)))
def test_parse_dateline_never_raises(paragraph: str, year: int | None) -> None:
    found, place = parse_dateline(paragraph, year)
    assert found is None or isinstance(found, date)
    assert place is None or isinstance(place, str)


@given(st.sampled_from(["PARIS", "NEW DELHI", "ST. LOUIS", "RIO DE JANEIRO", "Geneva"]),
       st.sampled_from(["Jan.", "Feb", "March", "Sept.", "October"]),
       st.integers(1, 31),
       st.sampled_from(["-", "–", "—", "--"]),
       st.one_of(st.none(), st.integers(1, 3000)))
def test_parse_dateline_reads_generated_datelines(
    place: str, month: str, day: int, dash: str, year: int | None
) -> None:
    found, read_place = parse_dateline(f"{place}, {month} {day} (AP) {dash} Officials said.", year)
    assert read_place is not None
    assert read_place.upper() == place.upper()
    assert found is None or (found.day == day and found.year == year)


# --- inference from the body -----------------------------------------------------------------


def test_infer_published_takes_the_latest_full_date() -> None:
    text = ("The first round took place on Jan. 23, 2026. A second round followed on "
            "3 February 2026, and the third on Feb. 17, 2026, in Geneva. The war began in 2022.")
    assert infer_published(text) == date(2026, 2, 17)


def test_infer_published_ignores_partial_dates_and_implausible_years() -> None:
    text = ("Talks resume on Feb. 20. The treaty of June 28, 1919 is history. "
            "Order number 2150-01-01 is no date.")
    assert infer_published(text) is None


def test_infer_published_empty_and_non_text() -> None:
    assert infer_published("") is None
    assert infer_published(None) is None  # type: ignore[arg-type]


@given(st.text(max_size=500))
def test_infer_published_never_raises(text: str) -> None:
    found = infer_published(text)
    assert found is None or MIN_YEAR <= found.year <= MAX_YEAR


@given(st.lists(st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)),
                min_size=1, max_size=6))
def test_infer_published_is_the_maximum_of_mentioned_dates(days: list[date]) -> None:
    text = " Then, ".join(f"on {d:%B} {d.day}, {d.year} something happened" for d in days)
    assert infer_published(text) == max(days)


@pytest.mark.parametrize("prefix", ["000_", "001_"])
def test_infer_published_on_seed_articles(seeds_dir: Path, prefix: str) -> None:
    # The raw seed files include their photo captions; those carry the only full dates.
    path = next(seeds_dir.glob(f"{prefix}*.txt"))
    found = infer_published(path.read_text(encoding="utf-8"))
    assert found is not None
    assert date(2026, 2, 14) <= found <= date(2026, 2, 16)
