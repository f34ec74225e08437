"""Tests for the outlet and author cleaning (clean/_metadata.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._metadata import clean_author, outlet_from_url


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
