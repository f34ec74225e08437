"""Hypothesis: find_dates never raises and its offsets always point at its own text."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from communique.extract.temporal import find_dates
from communique.model.temporal import GRANULARITIES, KINDS

# Words that drive the rules, so random text hits them often rather than almost never.
_WORDS = st.sampled_from([
    "Feb.", "February", "May", "may", "on", "Wednesday", "last", "next", "week", "the", "day",
    "before", "14", "17-18", "2026", "2014", "and", "4", "years", "two-day", "30-50", "percent",
    "$106", "62nd", "anniversary", "fourth", "21st", "century", "ago", "earlier", "this", "month",
    "June", "deadline", "3:15", "p.m.", "UTC", ",", ".", "\n", "-", "to", "of", "end", "summer",
    "Q3", "1990s", "every", "yesterday", "will", "ended", "1/2/03", "2026-02-17",
])
_TEXTS = st.one_of(st.text(max_size=200),
                   st.lists(_WORDS, max_size=40).map(" ".join),
                   st.lists(st.one_of(_WORDS, st.text(max_size=4)), max_size=30).map("".join))
_DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@given(_TEXTS, _DATES, st.booleans())
def test_offsets_are_valid_and_spans_match(text: str, published: date | None, vague: bool) -> None:
    found = find_dates(text, published, vague=vague)
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end  # in order, no overlaps
        previous_end = e.end
        assert e.granularity in GRANULARITIES
        assert e.kind in KINDS


@given(_TEXTS)
def test_without_a_date_relative_values_say_why(text: str) -> None:
    for e in find_dates(text, None):
        if e.value is None:
            assert e.anchor
