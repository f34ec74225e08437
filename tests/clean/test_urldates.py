"""Tests for publication dates read from URLs (clean/_urldates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import PartialDate
from communique.clean._urldates import url_date


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2026/02/07/envoys-met-in-muscat", PartialDate(2026, 2, 7)),
        ("https://news.example/world/2025/4/9/story.html", PartialDate(2025, 4, 9)),
        ("https://news.example/tajikistan/20250421/talks-optimism", PartialDate(2025, 4, 21)),
        ("https://news.example/20250414/round-two-1121868268.html", PartialDate(2025, 4, 14)),
        ("https://news.example/lri/talks_1_20260204-4148901.html", PartialDate(2026, 2, 4)),
        ("https://news.example/stories/202511170441.html", PartialDate(2025, 11, 17)),
        ("https://news.example/news/20260206033534882-talks", PartialDate(2026, 2, 6)),
        ("https://news.example/world/2026-02-27/detail-abc.shtml", PartialDate(2026, 2, 27)),
        ("https://news.example/story/talks-next-week-2025-06-27", PartialDate(2025, 6, 27)),
        ("https://news.example/n3/2025/1222/c90000-20405307.html", PartialDate(2025, 12, 22)),
        ("https://news.example/a/202512/27/WS694f4fada310d.html", PartialDate(2025, 12, 27)),
        ("https://news.example/mideast/6feb2026/mediator504.html", PartialDate(2026, 2, 6)),
        ("https://news.example/agencias/signing-nid14102025/", PartialDate(2025, 10, 14)),
        ("https://news.example/world/talks-1753617343071", PartialDate(2025, 7, 27)),
        ("https://news.example/search?date=2025-04-12&q=talks", PartialDate(2025, 4, 12)),
        ("news.example/2025/04/19/161680.html", PartialDate(2025, 4, 19)),
        # Only the month: a month, never a made-up first day.
        ("https://news.example/2025/04/news/third-round-held", PartialDate(2025, 4)),
        ("https://news.example/nachrichten-2025-04/65111722-talks.htm", PartialDate(2025, 4)),
        ("https://news.example/page/202602/1355418.shtml", PartialDate(2026, 2)),
        ("https://news.example/en/2025/12/336878", PartialDate(2025, 12)),
    ],
)
def test_url_date_reads_publishing_system_patterns(url: str, expected: PartialDate) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "not a url at all",
        "https://news.example/world/1972977",  # an id, not a date
        "https://news.example/161479-talks-going-well",
        "https://www.20250412.example/story",  # digits in the host are no date
        "https://news.example/2025/13/40/x",  # no such month
        "https://news.example/2025/story-about-the-2024-election",  # a year alone
        "https://news.example/2025/04/12/x?ref=2025-05-01",  # two days that disagree
        "https://news.example/archive/65111722",
        "https://news.example/" + "9" * 5000,
    ],
)
def test_url_date_reads_nothing_where_there_is_no_date(url: str | None) -> None:
    assert url_date(url) is None


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["/{y}/{m:02d}/{d:02d}/slug", "/{y}/{m}/{d}/slug", "/x/{y}{m:02d}{d:02d}/",
                        "/x/slug-{y}-{m:02d}-{d:02d}", "/x_{y}{m:02d}{d:02d}-123.html",
                        "/{y}/{m:02d}{d:02d}/c1.html"]),
       st.from_regex(r"[a-z][a-z-]{0,30}", fullmatch=True))
def test_url_date_reads_generated_day_urls(day: date, form: str, slug: str) -> None:
    path = form.format(y=day.year, m=day.month, d=day.day)
    assert url_date(f"https://{slug}.example{path}") == PartialDate.of(day)


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2099, 12, 31)),
       st.from_regex(r"[a-z][a-z-]{0,30}", fullmatch=True))
def test_url_date_reads_generated_month_urls(day: date, slug: str) -> None:
    found = url_date(f"https://news.example/{day.year}/{day.month:02d}/{slug}")
    assert found == PartialDate(day.year, day.month)


@given(st.text(max_size=300))
def test_url_date_never_raises(url: str) -> None:
    found = url_date(url)
    assert found is None or isinstance(found, PartialDate)


@given(st.from_regex(r"https://[a-z]{1,12}\.example(/[a-z-]{1,20}){0,4}/?", fullmatch=True))
def test_url_without_digits_has_no_date(url: str) -> None:
    assert url_date(url) is None
