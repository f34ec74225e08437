"""Tests for date parsing, partial dates and dates in running text (clean/_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateMention,
    PartialDate,
    WrittenDate,
    find_dates,
    nearest_gap,
    parse_date,
    parse_partial,
    resolve_near,
)

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


# --- other languages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12 avril 2025", date(2025, 4, 12)),
        ("samedi 12 avril 2025", date(2025, 4, 12)),
        ("1er mai 2025", date(2025, 5, 1)),
        ("27. Juni 2025", date(2025, 6, 27)),
        ("Mittwoch, 19. März 2025", date(2025, 3, 19)),
        ("12 de abril de 2025", date(2025, 4, 12)),
        ("19 aprile 2025", date(2025, 4, 19)),
        ("27 de dezembro de 2025", date(2025, 12, 27)),
        ("12 апреля 2025", date(2025, 4, 12)),
        ("19 أبريل 2025", date(2025, 4, 19)),
        ("2025年4月12日", date(2025, 4, 12)),
        ("Sat, 28-Jun-2025", date(2025, 6, 28)),
        ("30 December,2025", date(2025, 12, 30)),
        ("Tuesday 9 Sep 2025", date(2025, 9, 9)),
        ("MONDAY, NOVEMBER 10, 2025", date(2025, 11, 10)),
        ("10 Eylül 2025", date(2025, 9, 10)),
        ("27 Juni 2025", date(2025, 6, 27)),
    ],
)
def test_parse_date_reads_other_languages(value: str, expected: date) -> None:
    assert parse_date(value) == expected


_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}


@given(st.sampled_from(sorted(_NAMES)), st.dates(min_value=date(MIN_YEAR, 1, 1),
                                                  max_value=date(MAX_YEAR, 12, 31)),
       st.sampled_from(["{d} {m} {y}", "{d}. {m} {y}", "{d} de {m} de {y}", "le {d} {m} {y}"]))
def test_parse_date_round_trips_month_names_of_other_languages(
    language: str, day: date, form: str
) -> None:
    text = form.format(d=day.day, m=_NAMES[language][day.month - 1], y=day.year)
    assert parse_date(text) == day
    assert parse_date(text.upper()) == day


# --- partial dates ---------------------------------------------------------------------------


def test_parse_partial_keeps_a_month_a_month() -> None:
    assert parse_partial("2025-05") == PartialDate(2025, 5)
    assert parse_partial("2025-05").iso == "2025-05"  # type: ignore[union-attr]
    assert parse_partial("2025-05-23") == PartialDate(2025, 5, 23)
    assert parse_partial("2025-13") is None
    assert parse_partial("Feb 2026") is None  # words around a month are not a crawler's month
    assert parse_partial(None) is None  # type: ignore[arg-type]


def test_partial_date_bounds_and_agreement() -> None:
    april = PartialDate(2025, 4)
    assert (april.first, april.last) == (date(2025, 4, 1), date(2025, 4, 30))
    assert PartialDate(2024, 2).last == date(2024, 2, 29)
    assert april.agrees(PartialDate(2025, 4, 19))
    assert not april.agrees(PartialDate(2025, 5, 1))
    assert PartialDate(2025, 4, 19).agrees(PartialDate(2025, 4, 20), slack_days=1)
    assert not PartialDate(2025, 4, 19).agrees(PartialDate(2025, 4, 21), slack_days=1)


def test_written_date_takes_its_year_from_the_reference() -> None:
    feb_17 = WrittenDate(None, 2, 17)
    assert feb_17.resolve(date(2026, 2, 20)) == PartialDate(2026, 2, 17)
    assert feb_17.resolve(date(2026, 12, 30)) == PartialDate(2027, 2, 17)
    assert feb_17.resolve(None) is None
    assert WrittenDate(2025, 2, 17).resolve(None) == PartialDate(2025, 2, 17)
    # A day without its month ("MADRID, 27 (…)") needs a reference known only to the month.
    assert WrittenDate(None, None, 27).resolve(PartialDate(2025, 12)) == PartialDate(2025, 12, 27)
    assert WrittenDate(None, None, 27).resolve(date(2025, 12, 20)) is None
    assert WrittenDate(None, 2, 30).resolve(date(2026, 2, 1)) is None


def test_resolve_near_takes_the_year_nearest_a_dated_neighbour() -> None:
    # A batch from April to the next February: "Feb. 17" is the February beside its last
    # articles, although the batch's middle lies nearer the February before it.
    batch = sorted([date(2025, 4, 12), date(2025, 4, 19), date(2025, 5, 11), date(2025, 6, 14),
                    date(2025, 9, 9), date(2026, 2, 6), date(2026, 2, 17)])
    assert resolve_near(WrittenDate(None, 2, 17), batch) == PartialDate(2026, 2, 17)
    assert resolve_near(WrittenDate(None, 5, 6), batch) == PartialDate(2025, 5, 6)
    assert resolve_near(WrittenDate(None, 5, 6), []) is None
    assert nearest_gap(date(2025, 5, 1), batch) == 10
    assert nearest_gap(date(2025, 5, 1), []) is None


# --- dates in running text -------------------------------------------------------------------


def test_find_dates_reads_every_full_date_once() -> None:
    text = ("The first round took place on Jan. 23, 2026. A second round followed on "
            "3 February 2026, and the third on Feb. 17, 2026 (2026-02-17), in Vienna. "
            "Talks resume on Feb. 20. The treaty of June 28, 1919 is history.")
    found = find_dates(text)
    assert [m.day for m in found] == [date(2026, 1, 23), date(2026, 2, 3), date(2026, 2, 17),
                                      date(2026, 2, 17)]
    assert all(text[m.start:m.end] for m in found)
    assert text[found[0].start:found[0].end] == "Jan. 23, 2026"


@given(st.text(max_size=500))
def test_find_dates_never_raises(text: str) -> None:
    for mention in find_dates(text):
        assert MIN_YEAR <= mention.day.year <= MAX_YEAR
        assert 0 <= mention.start < mention.end <= len(text)


@given(st.lists(st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)),
                min_size=1, max_size=6))
def test_find_dates_finds_generated_dates(days: list[date]) -> None:
    text = " Then, ".join(f"on {d:%B} {d.day}, {d.year} something happened" for d in days)
    assert [m.day for m in find_dates(text)] == days


def test_find_dates_reads_arabic_indic_and_persian_digits() -> None:
    persian = find_dates("نشست در ۱۵ ژوئن ۲۰۲۶ برگزار شد.")
    assert [m.day for m in persian] == [date(2026, 6, 15)]
    arabic = find_dates("عقد الاجتماع في ١٩ أبريل ٢٠٢٦ في ليندهافن.")
    assert [m.day for m in arabic] == [date(2026, 4, 19)]


def _numeric(text: str) -> list[DateMention]:
    return find_dates(text, numeric=True)


def test_find_dates_reads_numeric_dates_only_with_their_weekday() -> None:
    # Both orders are dates: the weekday written right before picks one.
    assert [m.day for m in _numeric("rapat digelar di Lindhaven pada Senin (3/2/2031).")] \
        == [date(2031, 2, 3)]
    assert [m.day for m in _numeric("on Saturday, 10/11/2025, in Lindhaven")] \
        == [date(2025, 10, 11)]
    assert [m.day for m in _numeric("on Sunday 26/10/2025 in Lindhaven")] == [date(2025, 10, 26)]
    # No weekday, or one that fits neither: unread (mostly a photo credit's old day).
    assert _numeric("talks on 10/11/2025 in Lindhaven") == []
    assert _numeric("photographed on 13/7/2021. Photo: Bohdan Kravel") == []
    assert _numeric("on Friday, 10/11/2025, in Lindhaven") == []
    # A path of a URL is no date in running text; and the story's readers leave them all out.
    assert _numeric("see korvania.example/news/Monday/28/12/2025/truce") == []
    assert find_dates("on Sunday 26/10/2025 in Lindhaven") == []


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_find_dates_reads_numeric_dates_by_their_weekday(day: date) -> None:
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
               "Sunday")[day.weekday()]
    for written in (f"{day.day}/{day.month}/{day.year}", f"{day.month}/{day.day}/{day.year}"):
        found = [m.day for m in _numeric(f"Veldra signed on {weekday}, {written}, a truce.")]
        other = date(day.year, day.day, day.month) if day.day <= 12 else None
        if other is not None and other != day and other.weekday() == day.weekday():
            assert found == []  # both readings fall on that weekday: nothing to pick
        else:
            assert found == [day]
