"""The quantity parser on plain text: no spaCy model needed."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as hst

from communique.extract.claims import _numbers
from communique.extract.claims._numbers import find_quantities
from communique.model.claims import Quantity


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit", "approximate"),
    [
        ("about 20 percent", 20.0, None, None, "percent", True),
        ("around 20%", 20.0, None, None, "percent", True),
        ("a $106 billion loan", 106e9, None, None, "USD", False),
        ("more than $1 billion", 1e9, 1e9, None, "USD", False),
        ("nearly four years", 4.0, None, 4.0, "year", True),
        ("15 years", 15.0, None, None, "year", False),
        ("30-50 years", 40.0, 30.0, 50.0, "year", False),
        ("tens of thousands", 1e4, 1e4, 1e5, "count", True),
        ("Two days of talks", 2.0, None, None, "day", False),
        ("about two and a half hours", 2.5, None, None, "hour", True),
        ("the two-and-a-half-hour talks", 2.5, None, None, "hour", False),
        ("one and a half million people", 1.5e6, None, None, "count", False),
        ("set a June deadline", 600.0, None, None, "date", False),
        ("in August 2025", 20250800.0, None, None, "date", False),
        ("on Feb. 3 and 4", 203.0, 203.0, 204.0, "date", False),
        ("a $10bn deal", 1e10, None, None, "USD", False),
        ("a £3m fund", 3e6, None, None, "GBP", False),
        ("more than 10m people", 1e7, 1e7, None, "count", False),
        ("tariffs exceeding 100%", 100.0, 100.0, None, "percent", False),
        ("12 million metric tons of grain", 1.2e7, None, None, "ton", False),
        ("a stock of 274.8 kg", 274.8, None, None, "kg", False),
        ("about 400 kilograms", 400.0, None, None, "kg", True),
    ],
)
def test_quantities(text: str, value: float, low: float | None, high: float | None, unit: str,
                    approximate: bool) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.low, q.high, q.unit, q.approximate) == (value, low, high, unit, approximate)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", ["the third round", "the 62nd conference", "you may go",
                                  "call 010-85061466", "licence 10120180008",
                                  "a 100m sprint"])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_offset_shifts_spans() -> None:
    (q,) = find_quantities("xx 20%", offset=100)
    assert (q.start, q.end) == (103, 106)


@given(hst.text(max_size=60))
def test_spans_always_point_at_their_text(text: str) -> None:
    found = find_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize(("text", "expected"), [
    ("a 90\u2011day truce", [(90.0, "day", "90\u2011day")]),  # a non-breaking hyphen
    ("a six\u2010metre crater", [(6.0, "meter", "six\u2010metre")]),
    ("On 14/9, Bohdan Kravel met 3 envoys.", [(3.0, "count", "3")]),  # a numeric date
    ("the ban set to expire on 17/09/2031", []),
    ("sources [12] said 40 died", [(40.0, "count", "40")]),  # a citation mark
    ("accepted it.:ref[cite:1]{index=1}", []),  # markup left in the text
])
def test_hyphens_numeric_dates_and_marks(text: str, expected: list[tuple[float, str, str]]
                                         ) -> None:
    assert [(q.value, q.unit, q.text) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "Officials from Korvania and Veldra met in the spring and agreed on a deal.",
    "Talks resumed on March 3, 2031 in Lindhaven, a week after the 2030 summit.",
    "Hundreds of delegates arrived by June, and dozens more before December.",
    "The envoy said since March that a third of the 1,200 troops would leave.",
    "Some two thousand people marched; nobody gave a figure for the cost.",
    "Someone often mentioned the tension, and an hour later a deal was done.",
    "A million people and a and three years, twomillion, tenyears.",
    "\u017fix ships, n\u0130ne boats, and \u212aorvania's TWELVE envoys.",
])
def test_skipping_patterns_without_their_words_changes_nothing(text: str) -> None:
    """A text without digits, month names or count words skips the patterns that need them:
    what is found is what every pattern run over the text finds."""
    every = sorted((q.start, q.end, q.value, q.unit) for q in _all_patterns(text))
    assert sorted((q.start, q.end, q.value, q.unit) for q in find_quantities(text)) == every


_PIECES = ["a", "an", " ", "-", ",", "$", "one", "ten", "twenty", "fif", "teen", "million",
           "bn", "dozens", "hundreds of", "about", "between", "and", "to", "years", "percent",
           "\u017f", "\u0130", "\u212a", "x", "[", "]", "March", "in", "1", "9"]


@given(hst.lists(hst.sampled_from(_PIECES), max_size=14).map("".join))
def test_skipping_never_loses_a_quantity(text: str) -> None:
    """Whatever the text, the shortcuts find exactly what every pattern finds."""
    every = sorted((q.start, q.end, q.value, q.unit) for q in _all_patterns(text))
    assert sorted((q.start, q.end, q.value, q.unit) for q in find_quantities(text)) == every


def _all_patterns(text: str) -> list[Quantity]:
    """:func:`find_quantities` with every pattern run (the digit and month tests forced on)."""
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _numbers._ID_LIKE.finditer(text)
                                    if not _numbers._ISO_DATE.fullmatch(m.group().strip())]
    taken.extend((m.start(), m.end()) for m in _numbers._NOT_AMOUNTS.finditer(text))
    found: list[Quantity] = []
    for quantity in _numbers._iter_all(text, True, True, True):
        if any(quantity.start < end and start < quantity.end for start, end in taken):
            continue
        taken.append((quantity.start, quantity.end))
        found.append(quantity)
    return found
