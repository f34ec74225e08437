"""find_dates on short sentences: each form the seeds and news use, and the look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract.temporal import find_dates

WED = date(2026, 2, 18)  # a Wednesday
SUN = date(2026, 2, 15)


def _only(text: str, published: date | None = WED) -> tuple[str, str | None, str]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0].text, found[0].value, found[0].granularity


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks were held on February 14, 2026, in the city.",
     ("February 14, 2026", "2026-02-14", "day")),
    ("They met on Feb. 14 in the city.", ("Feb. 14", "2026-02-14", "day")),
    ("Talks are scheduled for February 17-18.",
     ("February 17-18", "2026-02-17/2026-02-18", "range")),
    ("Talks took place on Jan. 23 and Jan. 24.",
     ("Jan. 23 and Jan. 24", "2026-01-23/2026-01-24", "range")),
    ("A second round took place on Feb. 3 and 4.",
     ("Feb. 3 and 4", "2026-02-03/2026-02-04", "range")),
    ("The summit will run March 3 to 5.", ("March 3 to 5", "2026-03-03/2026-03-05", "range")),
    ("The leaders met in August 2025.", ("August 2025", "2025-08", "month")),
    ("The region was seized in 2014.", ("2014", "2014", "year")),
    ("It has been occupied since 2022.", ("2022", "2022", "year")),
    ("The agency published it on 2026-02-17 at last.", ("2026-02-17", "2026-02-17", "day")),
    ("The talks ended on Wednesday.", ("Wednesday", "2026-02-18", "day")),
    ("The talks ended on Monday.", ("Monday", "2026-02-16", "day")),
    ("The meeting starts on Tuesday.", ("Tuesday", "2026-02-24", "day")),
    ("They will meet next week.", ("next week", "2026-W09", "week")),
    ("They met last week.", ("last week", "2026-W07", "week")),
    ("Ministers arrive this week.", ("this week", "2026-W08", "week")),
    ("Another round may follow later this month.", ("later this month", "2026-02", "month")),
    ("They met earlier this month.", ("earlier this month", "2026-02", "month")),
    ("He spoke yesterday.", ("yesterday", "2026-02-17", "day")),
    ("He speaks today.", ("today", "2026-02-18", "day")),
    ("He speaks tomorrow.", ("tomorrow", "2026-02-19", "day")),
    ("The envoy set a June deadline for a deal.", ("June", "2026-06", "month")),
    ("The ceasefire collapsed in June.", ("June", "2025-06", "month")),
    ("The vote will be held in June.", ("June", "2026-06", "month")),
    ("Talks were held at the end of January and beginning of February.",
     ("the end of January and beginning of February", "2026-01/2026-02", "range")),
    ("One side offers 15 years of guarantees.", ("15 years", "P15Y", "duration")),
    ("The other wants 30-50 years of guarantees.", ("30-50 years", "P30Y/P50Y", "duration")),
    ("Two days of talks ended.", ("Two days", "P2D", "duration")),
    ("The two-day negotiations ended.", ("two-day", "P2D", "duration")),
    ("The war is nearly four years old.", ("nearly four years", "P4Y", "duration")),
    ("It took two hours.", ("two hours", "PT2H", "duration")),
    ("Is that possible in the 21st century?", ("the 21st century", "20", "other")),
])
def test_forms_from_news(text: str, expected: tuple[str, str | None, str]) -> None:
    assert _only(text) == expected


def test_the_day_before_counts_from_the_day_just_named() -> None:
    text = "The session ended on Monday after a long meeting the day before."
    found = find_dates(text, WED)
    assert [(e.text, e.value) for e in found] == [
        ("Monday", "2026-02-16"), ("the day before", "2026-02-15")]
    assert found[1].anchor == f"text:{found[0].start}"


def test_anniversary_has_no_value_but_its_own_kind() -> None:
    found = find_dates("It came days before the fourth anniversary of the invasion.", WED)
    assert [(e.text, e.value, e.granularity, e.kind) for e in found] == [
        ("the fourth anniversary", None, "anniversary", "anniversary")]


def test_weekday_in_a_sunday_report_looks_back_for_past_verbs() -> None:
    assert _only("Talks ended on Friday.", SUN)[1] == "2026-02-13"


def test_relative_values_are_none_without_a_publication_date() -> None:
    found = find_dates("They met last week and will meet on Feb. 20.", None)
    # A day and month without a year keep what they state, the year unknown (TimeML's XXXX).
    assert [(e.text, e.value, e.anchor) for e in found] == [
        ("last week", None, "no publication date"),
        ("Feb. 20", "XXXX-02-20", "no publication date")]


def test_a_range_without_its_year_keeps_its_days_without_a_publication_date() -> None:
    found = find_dates("They meet October 30 - November 1 and December 30 - January 2.", None)
    # Across New Year the year of each end depends on the unknown year: no value.
    assert [(e.text, e.value) for e in found] == [
        ("October 30 - November 1", "XXXX-10-30/XXXX-11-01"),
        ("December 30 - January 2", None)]


def test_absolute_values_need_no_publication_date() -> None:
    assert _only("It happened on March 3, 2019.", None)[1] == "2019-03-03"


@pytest.mark.parametrize("text", [
    "Officials said it may take time.",
    "The forces control about 20 percent of the territory.",
    "The union agreed on a $106 billion loan.",
    "It was the 62nd conference.",
    "A second round of talks ended.",
    "He may visit 2000 troops.",
    "Call 010-85061466 for help.",
])
def test_look_alikes_are_not_dates(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Veldra and Korvania signed the truce on Saturday, February fourteenth, in Lindhaven.",
     ("Saturday, February fourteenth", "2026-02-14", "day")),
    ("The truce took effect on January twenty-seventh.",
     ("January twenty-seventh", "2026-01-27", "day")),
    ("The accord of October Thirty First still holds.",
     ("October Thirty First", "2025-10-31", "day")),
    ("Envoys met on the twenty-second of January 2026 in Lindhaven.",
     ("the twenty-second of January 2026", "2026-01-22", "day")),
    ("The Korvanian council met on January the ninth.", ("January the ninth", "2026-01-09", "day")),
])
def test_days_written_as_ordinal_words(text: str, expected: tuple[str, str | None, str]) -> None:
    assert _only(text) == expected


@pytest.mark.parametrize("text", [
    "It was the first March without fighting in Veldra.",
    "Korvania held its June second-round vote.",
])
def test_ordinal_words_beside_a_month_that_are_not_its_day(text: str) -> None:
    assert [e.granularity for e in find_dates(text, WED)] == ["month"]


def test_february_range_is_not_read_as_a_year() -> None:
    values = [e.value for e in find_dates("Talks set for February 17-18 in the city.", WED)]
    assert values == ["2026-02-17/2026-02-18"]


def test_two_dates_joined_by_and_stay_two() -> None:
    found = find_dates("Votes were held on March 3 and April 5.", WED)
    assert [(e.text, e.value) for e in found] == [
        ("March 3", "2025-03-03"), ("April 5", "2025-04-05")]


def test_vague_references_unless_left_out() -> None:
    text = "Talks are now under way."
    assert [e.value for e in find_dates(text, WED)] == ["PRESENT_REF"]
    assert find_dates(text, WED, vague=False) == []


def test_offsets_point_into_the_text() -> None:
    text = "On Feb. 14 and again last week, talks took 15 years."
    for e in find_dates(text, WED):
        assert text[e.start:e.end] == e.text


def test_a_later_relative_clause_does_not_set_the_tense() -> None:
    # The deadline belongs to the "where" clause; the January rounds are of this year.
    found = find_dates("These talks follow two rounds at the end of January, where the envoy "
                       "set a June deadline.", WED)
    assert [(e.text, e.value) for e in found] == [
        ("the end of January", "2026-01"), ("June", "2026-06")]


def test_a_participle_after_a_verb_of_wanting_looks_forward() -> None:
    assert _only("The mediator wants a framework agreement signed by June.") == (
        "June", "2026-06", "month")


def test_why_would_asks_about_the_past() -> None:
    found = find_dates("Why else would the talks end after two hours on Monday?", WED)
    assert [(e.text, e.value) for e in found][-1] == ("Monday", "2026-02-16")
