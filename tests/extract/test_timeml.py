"""TimeML TIMEX3 output, one expression kind at a time, on synthetic sentences.

Publication date throughout: Wednesday 18 February 2026 (ISO week 8).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.eval.heideltime import parse_timeml
from communique.extract.temporal import find_dates, find_timex
from communique.model.temporal import TIMEX_MODS, TIMEX_TYPES, is_timeml_value

WED = date(2026, 2, 18)


def _timex(text: str, published: date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timex(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks are now under way.", ("now", "DATE", "PRESENT_REF")),
    ("Russia currently controls the east.", ("currently", "DATE", "PRESENT_REF")),
    ("At the time, he was the envoy.", ("the time", "DATE", "PAST_REF")),
    ("In the past, they met in Vienna.", ("the past", "DATE", "PAST_REF")),
    ("Growth looks weak in the near term.", ("the near term", "DATE", "FUTURE_REF")),
    ("In the long run, the deal helps.", ("the long run", "DATE", "FUTURE_REF")),
    ("At the moment, talks are stalled.", ("the moment", "DATE", "PRESENT_REF")),
    ("These days the border is calm.", ("These days", "DATE", "PRESENT_REF")),
    ("Nobody has won since then, up to the present.", ("the present", "DATE", "PRESENT_REF")),
])
def test_vague_references(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_most_recent_ranks_things_and_names_no_time() -> None:
    assert _timex("Its most recent model sold well.") == []
    assert _timex("The recent downturn hurt sales.") == [("recent", "DATE", "PAST_REF")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister will decide later.", [("later", "DATE", "FUTURE_REF")]),
    ("Details follow at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
    # After an earlier event in the past: some day after it, not one after publication.
    ("He fell ill in 2004 and later revealed a transplant.",
     [("2004", "DATE", "2004"), ("later", "DATE", "XXXX-XX-XX")]),
    ("Its later models sold well.", []),
    ("The vote came much later than planned.", []),
    ("Weeks later, the deal collapsed.", []),
    ("The talks resume later this week.", [("later this week", "DATE", "2026-W08")]),
])
def test_later_is_a_time_only_as_an_adverb(text: str, expected: list[tuple[str, str, str]]
                                           ) -> None:
    assert _timex(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rally lasted minutes.", ("minutes", "DURATION", "PTXM")),
    ("They talked for days.", ("days", "DURATION", "PXD")),
    ("It took a month to agree.", ("a month", "DURATION", "P1M")),
    ("The talks lasted two hours.", ("two hours", "DURATION", "PT2H")),
    ("It was the worst single-day fall.", ("single-day", "DURATION", "P1D")),
    ("A decades-long dispute ended.", ("decades-long", "DURATION", "PXDE")),
    ("The talks lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("He will return in half a year.", ("half a year", "DURATION", "P6M")),
])
def test_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_an_annual_amount_lasts_a_year_and_an_annual_event_recurs() -> None:
    assert _timex("The firm posted its first annual loss.") == [("annual", "DURATION", "P1Y")]
    assert _timex("She spoke at the annual conference.") == [("annual", "SET", "P1Y")]


def test_a_second_term_is_no_duration() -> None:
    assert _timex("He won a second term in 2024.") == [("2024", "DATE", "2024")]


def test_two_amounts_of_a_range_are_two_durations() -> None:
    assert _timex("The process would take between 60 and 90 days.") == [
        ("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")]


@pytest.mark.parametrize(("text", "expected"), [
    ("They meet each season.", ("each season", "SET", "P3M")),
    ("The report is published annually.", ("annually", "SET", "P1Y")),
    ("He runs every morning.", ("every morning", "SET", "XXXX-XX-XXTMO")),
    ("The council sits every Sunday.", ("every Sunday", "SET", "XXXX-WXX-7")),
])
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_weekdays_follow_the_tense() -> None:
    assert _timex("The ministers agreed Thursday to meet again.") == [
        ("Thursday", "DATE", "2026-02-12")]
    assert _timex("The ministers will meet on Friday.") == [("Friday", "DATE", "2026-02-20")]
    assert _timex("They meet again next Monday.") == [("next Monday", "DATE", "2026-02-23")]
    assert _timex("Markets fell in Asia Monday, with fears of a slowdown.") == [
        ("Monday", "DATE", "2026-02-16")]
    # A weekday written with its date picks the year in which they agree.
    assert _timex("Talks reopen on Monday, March 3.") == [
        ("Monday, March 3", "DATE", "2025-03-03")]
    assert _timex("Talks reopen on Monday, March 2.") == [("Monday, March 2", "DATE", "2026-03-02")]
    # A deadline that expires is still to come; one that expired is past.
    assert _timex("The offer expires on Friday.") == [("Friday", "DATE", "2026-02-20")]
    assert _timex("The offer expired on Friday.") == [("Friday", "DATE", "2026-02-13")]


def test_a_future_date_is_not_put_in_the_past_year() -> None:
    assert _timex("The summit will be held on January 10.") == [
        ("January 10", "DATE", "2027-01-10")]


def test_a_year_that_opens_its_sentence_is_a_year() -> None:
    assert _timex("Talks stalled. 2014 was a hard year.") == [("2014", "DATE", "2014")]
    assert _timex("Some 1800 had fled.") == []


def test_bare_years_and_two_years_joined_by_and_stay_two() -> None:
    assert _timex("Elections were held in 2010 and 2011.") == [
        ("2010", "DATE", "2010"), ("2011", "DATE", "2011")]
    assert _timex("The Russell 2000 Index fell.") == []


def test_a_range_stated_as_one_keeps_its_range_value_and_two_parts() -> None:
    [expression] = find_dates("Talks are set for February 17-18.", WED)
    assert expression.value == "2026-02-17/2026-02-18"
    assert [(t.text, t.value) for t in expression.timex] == [
        ("February 17", "2026-02-17"), ("18", "2026-02-18")]


def test_weekday_with_a_part_of_day_is_a_time() -> None:
    assert _timex("They met Tuesday morning.") == [("Tuesday morning", "TIME", "2026-02-17TMO")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It landed at 6:40 p.m. (GMT +8) after a long flight.",
     ("6:40 p.m. (GMT +8)", "TIME", "2026-02-18T18:40+08")),
    ("Polls close at 18:00 UTC+5:30.", ("18:00 UTC+5:30", "TIME", "2026-02-18T18:00+05:30")),
    ("The summit opens at 14:00 CET.", ("14:00 CET", "TIME", "2026-02-18T14:00+01")),
    ("Trading opened at 9:30 a.m. ET.", ("9:30 a.m. ET", "TIME", "2026-02-18T09:30")),
    ("The truce began at 0600 local time.", ("0600 local time", "TIME", "2026-02-18T06:00")),
    ("It starts at 1400 GMT+3.", ("1400 GMT+3", "TIME", "2026-02-18T14:00+03")),
])
def test_a_zone_after_a_clock_time_is_its_offset(text: str, expected: tuple[str, str, str]
                                                 ) -> None:
    # ISO 8601 offsets, as TimeML writes them; a zone that names two offsets leaves local time.
    assert _timex(text) == [expected]


def test_that_time_points_back_one_paragraph_at_most() -> None:
    published = date(2026, 5, 29)
    assert _timex("The sale closes by June 10.\nIf no price is agreed by that time, a bank "
                  "sets it.", published)[1] == ("that time", "DATE", "2026-06-10")
    assert _timex("Troops entered the town on March 3.\nThat day, the army withdrew.",
                  published)[1] == ("That day", "DATE", "2026-03-03")
    assert _timex("He arrived.\nBy that time, talks were over.", published) == [
        ("that time", "DATE", "PAST_REF")]
    assert _timex("Troops left on March 3.\nTalks went on.\nBy that time, it was calm.",
                  published)[1] == ("that time", "DATE", "PAST_REF")


def test_clock_time_with_a_zone_and_a_weekday() -> None:
    # Nothing between the clock time and its day: one point in time, one TIMEX3 (TimeML).
    assert _timex("The round starts at 3 p.m. EST Thursday.") == [
        ("3 p.m. EST Thursday", "TIME", "2026-02-19T15:00-05")]
    assert _timex("The round starts at 3 p.m. EST on Thursday.") == [
        ("3 p.m. EST", "TIME", "2026-02-19T15:00-05"), ("Thursday", "DATE", "2026-02-19")]
    assert _timex("At 0800 UTC the banks acted.") == [("0800 UTC", "TIME", "2026-02-18T08:00Z")]
    assert _timex("A press conference at 16:15 UTC, June 1st, followed.")[0] == (
        "16:15 UTC", "TIME", "2025-06-01T16:15Z")


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
    ("Cars of the '80s were boxy.", ("the '80s", "DATE", "198")),
    ("Its lowest level since '82.", ("'82", "DATE", "1982")),
    ("The 2020s began badly.", ("The 2020s", "DATE", "202")),
])
def test_decades_and_short_years(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_the_day_a_market_report_is_about() -> None:
    text = "Stocks fell on Monday.\nThe index ended the day down 2%."
    assert _timex(text)[-1] == ("the day", "DATE", "2026-02-16")


def test_streaks_and_weeks_of_a_month() -> None:
    assert _timex("Trading was halted for a second consecutive day.") == [
        ("a second consecutive day", "DATE", "2026-02-18")]
    assert _timex("Sales rebounded in the last week of January.") == [
        ("the last week of January", "DATE", "2026-W05")]


def test_modifiers() -> None:
    found = find_timex("The plant closes in early 2027 after nearly four years.", WED)
    assert [(t.text, t.mod) for t in found] == [("early 2027", "START"),
                                                ("nearly four years", "LESS_THAN")]
    found = find_timex("Orders rose at the very end of the fiscal year.", WED)
    assert [(t.text, t.mod) for t in found] == [("the very end of the fiscal year", "END")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales have slowed in recent years.", ("recent years", "DURATION", "PXY")),
    ("Prices rose in recent months.", ("recent months", "DURATION", "PXM")),
    ("It fell over the past few weeks.", ("the past few weeks", "DURATION", "PXW")),
])
def test_recent_units_are_durations_of_unknown_length(text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_an_edge_of_a_year_is_inside_the_expression() -> None:
    found = find_timex("The mill shut at the end of 2024 and reopens at the start of 2027.", WED)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("the end of 2024", "2024", "END"), ("the start of 2027", "2027", "START")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Revenue rose in fiscal 2025.", ("fiscal 2025", "DATE", "FY2025")),
    ("The outlook for fiscal year 2027 is weak.", ("fiscal year 2027", "DATE", "FY2027")),
    ("The brewer's 2024 fiscal year was weak.", ("2024 fiscal year", "DATE", "FY2024")),
    ("Its FY24 results were weak.", ("FY24", "DATE", "FY2024")),
    ("Costs fall in the second half of fiscal 2026.",
     ("the second half of fiscal 2026", "DATE", "FY2026-H2")),
    ("Sales should grow this fiscal year.", ("this fiscal year", "DATE", "FY2026")),
    ("Last fiscal year was weak.", ("Last fiscal year", "DATE", "FY2025")),
    ("Orders rose at the very start of the financial year.",
     ("the very start of the financial year", "DATE", "FY2026")),
])
def test_fiscal_years(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text) == [expected]


def test_a_half_of_the_year_is_the_year_of_publication() -> None:
    assert _timex("Hiring should pick up in the second half of the year.") == [
        ("the second half of the year", "DATE", "2026-H2")]


def test_a_part_of_the_day_the_report_is_about() -> None:
    text = "The fund said on Monday that it sold shares.\nThe shares rose in morning trading."
    assert _timex(text)[-1] == ("morning", "TIME", "2026-02-16TMO")
    assert _timex("The ferry left in the afternoon.") == [
        ("the afternoon", "TIME", "2026-02-18TAF")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose in January compared with the same month a year ago.",
     ("the same month a year ago", "DATE", "2025-01")),
    ("Profit fell in the third quarter of 2025; in the same period a year earlier it rose.",
     ("the same period a year earlier", "DATE", "2024-Q3")),
    ("Income rose in the second quarter of 2025 from the year-earlier quarter.",
     ("the year-earlier quarter", "DATE", "2024-Q2")),
    ("Costs rose compared with the same period last year.",
     ("the same period last year", "DATE", "2025")),
])
def test_the_same_period_a_year_back(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The club was founded a decade ago.", ("a decade ago", "DATE", "2016")),
    ("The lease ends four years from now.", ("four years from now", "DATE", "2030")),
    ("Fog lifted on Monday and the ferry sailed the next morning.",
     ("the next morning", "TIME", "2026-02-17TMO")),
    ("The fair closed this past weekend.", ("this past weekend", "DATE", "2026-W07-WE")),
    ("The council voted late Monday.", ("late Monday", "DATE", "2026-02-16")),
])
def test_offsets_and_edges_of_days(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The shop was shut on Christmas Day.", [("Christmas Day", "DATE", "2025-12-25")]),
    ("The truce should hold until Easter.", [("Easter", "DATE", "2026-04-05")]),
    ("Fares rose at Thanksgiving 2024.", [("Thanksgiving 2024", "DATE", "2024-11-28")]),
    ("He flew to Christmas Island.", []),
    ("Weak Christmas sales hurt the grocer.", []),
])
def test_named_days_of_the_calendar(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _timex(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill opened in March 2009 and was sold two years later.",
     ("two years later", "DATE", "2011")),
    ("The dam was built in 1990. That year, floods hit the valley.",
     ("That year", "DATE", "1990")),
    ("Costs fell last year, less than the year previous.", ("the year previous", "DATE", "2024")),
    ("The bakery lost money in the third quarter of 2023 and for the entire year.",
     ("the entire year", "DATE", "2023")),
])
def test_offsets_count_from_the_year_the_paragraph_names(text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert _timex(text)[-1] == expected


def test_a_clock_time_and_its_time_in_another_zone_take_the_day_after_them() -> None:
    assert _timex("The quake struck at 3:40 a.m. (0740 GMT) on Sunday.") == [
        ("3:40 a.m.", "TIME", "2026-02-15T03:40"), ("0740 GMT", "TIME", "2026-02-15T07:40Z"),
        ("Sunday", "DATE", "2026-02-15")]


def test_a_season_every_year_is_a_set() -> None:
    assert _timex("The pier closes each winter.") == [("each winter", "SET", "XXXX-WI")]


def test_a_rate_after_an_amount_of_time_is_a_set() -> None:
    assert _timex("The bakery runs 20 hours a day, six days a week.") == [
        ("20 hours", "DURATION", "PT20H"), ("a day", "SET", "P1D"), ("six days", "DURATION", "P6D"),
        ("a week", "SET", "P1W")]


def test_the_latest_quarter_and_a_financial_year() -> None:
    assert _timex("Profit rose in the latest quarter of the financial year 2025.") == [
        ("the latest quarter", "DATE", "2025-Q4"), ("the financial year 2025", "DATE", "FY2025")]


def test_without_a_publication_date_values_use_placeholders() -> None:
    assert _timex("They met on Friday.", None) == [("Friday", "DATE", "XXXX-XX-XX")]


def test_heideltime_timeml_is_placed_in_its_text() -> None:
    text = "AT&T said <now> on Monday, 5 > 3.\n\nThen  on 1 May."
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              'AT&T said <now> on <TIMEX3 tid="t1" type="DATE" value="2026-02-16">Monday'
              '</TIMEX3>, 5 > 3.\n\nThen  on <TIMEX3 tid="t2" type="DATE" value="2026-05-01">'
              '1 May</TIMEX3>.\n</TimeML>\n')
    found = parse_timeml(timeml, text)
    assert [(text[t.start:t.end], t.type, t.value) for t in found] == [
        ("Monday", "DATE", "2026-02-16"), ("1 May", "DATE", "2026-05-01")]


# Properties: whatever the text, TIMEX3 parts cut their own text and carry TimeML values.

_WORDS = st.sampled_from([
    "Feb.", "February", "May", "on", "Wednesday", "Sundays", "every", "each", "last", "next",
    "week", "the", "day", "ended", "before", "14", "17-18", "2026", "and", "between", "60", "90",
    "days", "years", "two-day", "30-50", "now", "currently", "at", "time", "past", "'82", "80s",
    "3:15", "p.m.", "UTC", "0800", "morning", "quarter", "third-quarter", "single-day", "ago",
    "will", "in", "early", "mid-2025", "decades-long", "minutes", ",", ".", "\n", "-", "to",
    "fiscal", "FY25", "half", "of", "end", "recent", "trading", "afternoon", "first",
    "same", "period", "year-earlier", "a", "year", "Christmas", "Easter", "Good", "Friday",
    "late", "decade", "from", "next", "Thanksgiving", "this", "weekend",
])
_TEXTS = st.one_of(st.text(max_size=120), st.lists(_WORDS, max_size=40).map(" ".join))
_DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@given(_TEXTS, _DATES)
def test_timex_parts_cut_their_text_and_are_valid_timeml(text: str, published: date | None
                                                         ) -> None:
    for expression in find_dates(text, published):
        for part in expression.timex:
            assert expression.start <= part.start < part.end <= expression.end
            assert text[part.start:part.end] == part.text
            assert part.type in TIMEX_TYPES
            assert is_timeml_value(part.value), part
            assert part.mod is None or part.mod in TIMEX_MODS


@pytest.mark.parametrize("value", ["2013-03-22", "2013-W11", "2013-W11-WE", "2013-SU", "2013-Q1",
                                   "PRESENT_REF", "P3D", "PT2H", "PXD", "XXXX-WXX-7", "202",
                                   "2013-03-22T15:00Z", "XXXX-XX-XXTMO", "P1DE", "FY2013",
                                   "FY2013-H2"])
def test_timeml_values_are_recognised(value: str) -> None:
    assert is_timeml_value(value)


@pytest.mark.parametrize("value", ["2013-02-17/2013-02-18", "P30Y/P50Y", "", "March", "P", "2013-"])
def test_non_timeml_values_are_not(value: str) -> None:
    assert not is_timeml_value(value)
