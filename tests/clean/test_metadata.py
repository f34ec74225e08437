"""Tests for outlet, author and publication-date choice (clean/_metadata.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._metadata import PRIORITY, choose_published, clean_author, outlet_from_url
from communique.model.article import PublishedBasis


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/world/story-1", "example.com"),
        ("http://m.example.com/a", "example.com"),
        ("https://amp.example.org/a?x=1#y", "example.org"),
        ("https://edition.example.com/a", "example.com"),
        ("https://news.example.co.uk/world", "example.co.uk"),
        ("https://www.example.com.au/a", "example.com.au"),
        ("https://deep.sub.example.co.jp/a", "example.co.jp"),
        ("https://example.gov.uk", "example.gov.uk"),
        ("https://world.example.news/x", "example.news"),
        ("example.com/path/to/story", "example.com"),
        ("www.example.com", "example.com"),
        ("HTTPS://WWW.EXAMPLE.COM/A", "example.com"),
        ("https://user:pw@www.example.com:8080/a", "example.com"),
        ("https://example.com./a", "example.com"),
    ],
)
def test_outlet_from_url(url: str, expected: str) -> None:
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["", "   ", "localhost", "http://localhost:8000/a", "http://127.0.0.1/a", "http://[::1]/a",
     "file:///home/x/story.html", "/home/x/story.html", "./story.txt", "mailto:a@example.com",
     "ftp://example.com/a", "http://[bad", "not a url at all"],
)
def test_outlet_from_url_refuses_non_outlets(url: str) -> None:
    assert outlet_from_url(url) is None


@given(st.text(max_size=200))
def test_outlet_from_url_never_raises(url: str) -> None:
    found = outlet_from_url(url)
    assert found is None or ("." in found and not found.startswith("www."))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Post By Emmie", "Emmie"),
        ("- Post By Emmie", "Emmie"),
        ("By Jane Doe", "Jane Doe"),
        ("by JANE DOE, Reuters", "Jane Doe"),
        ("Written by Jean DUPONT", "Jean Dupont"),
        ("Author: Jane Doe", "Jane Doe"),
        ("Jane Doe | Staff Writer", "Jane Doe"),
        ("Senior correspondent Jane Doe", "Jane Doe"),
        ("Jane Doe; John Roe", "Jane Doe and John Roe"),
        ("Jane Doe; Editing by John Roe", "Jane Doe"),
        ("  Jane   Doe  ", "Jane Doe"),
        ("AP", "AP"),
        ("Mary-Jane O'Neil", "Mary-Jane O'Neil"),
    ],
)
def test_clean_author(value: str, expected: str) -> None:
    assert clean_author(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "admin", "Staff", "By Staff", "No Author", "Editorial Team", "jane@example.com",
     "https://example.com/authors/jane", "12345", "<script>x</script>", "---",
     "This is a long sentence that someone put into the author field by mistake oh no"],
)
def test_clean_author_refuses_non_names(value: str) -> None:
    assert clean_author(value) is None


def test_clean_author_drops_the_outlet_when_a_person_is_named() -> None:
    assert clean_author("Jane Doe; Example News", outlet="examplenews.com") == "Jane Doe"
    # Only the outlet: better than nothing, kept.
    assert clean_author("Example News", outlet="examplenews.com") == "Example News"


@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_author_never_raises(value: str, outlet: str | None) -> None:
    found = clean_author(value, outlet)
    assert found is None or (found.strip() == found and found)


# --- publication date ------------------------------------------------------------------------

D1, D2, D3, D4, D5 = (date(2026, 2, day) for day in (11, 12, 13, 14, 15))


def test_choose_published_follows_priority() -> None:
    candidates = [
        (PublishedBasis.INFERRED, D5),
        (PublishedBasis.DATELINE, D4),
        (PublishedBasis.BYLINE, D3),
        (PublishedBasis.META, D2),
        (PublishedBasis.HEADER, D1),
    ]
    assert choose_published(candidates) == (D1, PublishedBasis.HEADER)
    for drop in range(1, len(PRIORITY)):
        remaining = [c for c in candidates if c[0] in PRIORITY[drop:]]
        assert choose_published(remaining) == (candidates[-1 - drop][1], PRIORITY[drop])


def test_choose_published_skips_unusable_values() -> None:
    found = choose_published({
        PublishedBasis.HEADER: None,
        PublishedBasis.META: "not a date",
        PublishedBasis.BYLINE: "1066-10-14",
        "dateline": datetime(2026, 2, 14, 23, 0),
        PublishedBasis.INFERRED: D1,
    })
    assert found == (D4, PublishedBasis.DATELINE)


def test_choose_published_first_readable_value_within_a_basis_wins() -> None:
    pairs = [("meta", "garbage"), ("meta", "2026-02-12"), ("meta", "2026-02-13")]
    assert choose_published(pairs) == (D2, PublishedBasis.META)


def test_choose_published_rejects_future_dates() -> None:
    pairs = [(PublishedBasis.HEADER, date(2030, 1, 1)), (PublishedBasis.INFERRED, D3)]
    assert choose_published(pairs, not_after=D5) == (D3, PublishedBasis.INFERRED)


def test_choose_published_unknown() -> None:
    assert choose_published([]) == (None, PublishedBasis.UNKNOWN)
    assert choose_published({"bogus": D1, PublishedBasis.UNKNOWN: D2}) == (
        None, PublishedBasis.UNKNOWN)


@given(st.lists(st.tuples(st.sampled_from([*PublishedBasis, "bogus"]),
                          st.one_of(st.none(), st.dates(), st.text(max_size=30))),
                max_size=8))
def test_choose_published_never_raises(pairs: list[tuple[PublishedBasis | str, object]]) -> None:
    found, basis = choose_published(pairs)  # type: ignore[arg-type]
    assert (found is None) == (basis is PublishedBasis.UNKNOWN)
