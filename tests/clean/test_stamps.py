"""Tests for date stamps, JSON metadata and "today" dates (clean/_stamps.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import WrittenDate
from communique.clean._stamps import (
    Stamp,
    find_stamps,
    is_embedded_post,
    json_meta_date,
    stamp_date,
    today_date,
)


@pytest.mark.parametrize(
    ("line", "expected", "label"),
    [
        ("AFP Published April 15, 2025", date(2025, 4, 15), "published"),
        ("Published: Feb 16, 2026 08:24 AM", date(2026, 2, 16), "published"),
        ("Published in Dawn, September 10th, 2025", date(2025, 9, 10), "published"),
        ("Publié le 12 avril 2025 à 14h30", date(2025, 4, 12), "published"),
        ("Veröffentlicht am 27.06.2025, 09:15 Uhr", date(2025, 6, 27), "published"),
        ("Опубликовано 12 апреля 2025", date(2025, 4, 12), "published"),
        ("Updated: 30 December,2025", date(2025, 12, 30), "updated"),
        ("By bnm Lindhaven bureau June 4, 2025", date(2025, 6, 4), ""),
        ("Samar Al-Gamal , Tuesday 9 Sep 2025", date(2025, 9, 9), ""),
        ("06.02.2026 14:33", date(2026, 2, 6), ""),
        ("- 2025-06-04 05:32:07", date(2025, 6, 4), ""),
        ("Sat, 28-Jun-2025", date(2025, 6, 28), ""),
        ("3:08 PM – Thursday, December 4, 2025", date(2025, 12, 4), ""),
        ("New Straits Times·2025-08-07 20:00", date(2025, 8, 7), ""),
        ("Port Alcyne, Tirasol, 12 Apr. 2025", date(2025, 4, 12), ""),
        ("The Cradle, October 5, 2025 —", date(2025, 10, 5), ""),
        ("Mercredi 19 Mars 2025", date(2025, 3, 19), ""),
    ],
)
def test_stamp_lines_are_read(line: str, expected: date, label: str) -> None:
    assert find_stamps(["Headline of the story", line, "Body text starts here."]) == [
        Stamp(expected, label, 1)]


@pytest.mark.parametrize(
    "line",
    [
        "Talks on April 12, 2025",  # a headline: "on" before the date is prose
        "— Iran Nuances (@IranNuances) April 7, 2025",  # an embedded post's signature
        "- October 26, 2025: accord signed in the capital by both prime ministers",
        "The ministers agreed to meet again after talks that ended on 10 September 2025 in "
        "the border province, officials said on Wednesday evening.",
        "No date on this line at all",
    ],
)
def test_other_lines_are_no_stamps(line: str) -> None:
    assert find_stamps([line]) == []


def test_only_the_top_and_foot_of_a_page_hold_stamps() -> None:
    body = [f"Paragraph {i} of the article, written as prose." for i in range(20)]
    lines = ["Title", *body[:10], "Monday, March 3, 2025", *body[10:]]
    assert find_stamps(lines) == []
    assert find_stamps([*body, "Sat, 28-Jun-2025"]) == [Stamp(date(2025, 6, 28), "", 20)]


def test_the_earliest_publication_stamp_wins() -> None:
    page_date = Stamp(date(2025, 6, 6), "", 0)
    article = Stamp(date(2025, 6, 4), "", 3)
    update = Stamp(date(2025, 6, 2), "updated", 4)
    published = Stamp(date(2025, 6, 5), "published", 5)
    assert stamp_date([page_date, article]) == date(2025, 6, 4)
    # A labelled publication date beats unlabelled stamps; an update only counts alone.
    assert stamp_date([page_date, article, published]) == date(2025, 6, 5)
    assert stamp_date([update]) == date(2025, 6, 2)
    assert stamp_date([page_date, update]) == date(2025, 6, 6)
    assert stamp_date([]) is None


def test_embedded_posts() -> None:
    assert is_embedded_post("— Badr Albusaidi (@badralbusaidi) May 23, 2025")
    assert is_embedded_post("pic.twitter.com/abc – Some Magazine (@mag_en) April 13, 2025")
    assert not is_embedded_post("Published: May 23, 2025")


def test_json_metadata_printed_as_text() -> None:
    raw = ('{"id":7719,"date":"2025-05-23T14:22:29","date_gmt":"2025-05-23T21:22:29",'
           '"modified":"2025-05-23T14:25:37","title":{"rendered":"Talks"}}')
    assert json_meta_date(raw) == date(2025, 5, 23)
    assert json_meta_date('[{"datePublished": "2026-02-06T10:00:00Z"}]') == date(2026, 2, 6)
    # Prose that happens to contain a quoted key is no JSON document.
    assert json_meta_date('He wrote "date": "2025-05-23" in the file.') is None
    assert json_meta_date("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoy sábado 12 de abril se reúnen las delegaciones.", WrittenDate(None, 4, 12)),
        ("A ceasefire from 12pm today (December 27) has been agreed.",
         WrittenDate(None, 12, 27)),
        ("Les deux pays ont convenu aujourd'hui, 28 juillet, d'un cessez-le-feu.",
         WrittenDate(None, 7, 28)),
        ("The meeting held today, October 23, ended well.", WrittenDate(None, 10, 23)),
        ("اليوم السبت 19 أبريل 2025 10:13 صباحاً", WrittenDate(2025, 4, 19)),
        ("Today, Saturday, April 19, 2025, the talks began.", WrittenDate(2025, 4, 19)),
    ],
)
def test_today_dates(text: str, expected: WrittenDate) -> None:
    assert today_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Today, Monday, the minister said talks would resume.",  # no date beside it
        "Today, 3 people were hurt.",
        "Today, Friday, April 19, 2025, the talks began.",  # April 19, 2025 was a Saturday
        "Today, May 2, one side spoke; today, May 3, the other.",  # two "todays" disagree
        "The talks of 12 April were held in the capital.",
    ],
)
def test_no_today_date(text: str) -> None:
    assert today_date(text) is None


@given(st.lists(st.text(max_size=120), max_size=15))
def test_find_stamps_never_raises(lines: list[str]) -> None:
    for stamp in find_stamps(lines):
        assert isinstance(stamp.day, date)
        assert stamp.label in ("published", "updated", "")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["Published: {:%B %d, %Y}", "{:%d.%m.%Y %H:%M}", "Updated {:%d %b %Y}",
                        "{:%A, %B %d, %Y}", "By Jane Doe, {:%Y-%m-%d}", "{:%d %B %Y}"]))
def test_generated_stamps_are_read(day: date, form: str) -> None:
    assert [s.day for s in find_stamps([form.format(day)])] == [day]


@given(st.text(max_size=300))
def test_today_date_never_raises(text: str) -> None:
    found = today_date(text)
    assert found is None or found.month is not None
