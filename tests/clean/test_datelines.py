"""Tests for news datelines (clean/_datelines.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._datelines import first_dateline, parse_dateline, read_dateline
from communique.clean._dates import WrittenDate


@pytest.mark.parametrize(
    ("paragraph", "year", "expected"),
    [
        ("MUNICH, Feb. 14 – Leaders met on Saturday.", 2026, (date(2026, 2, 14), "Munich")),
        ("MUNICH, Feb. 14 – Leaders met on Saturday.", None, (None, "Munich")),
        ("KYIV (Reuters) - Officials said.", 2026, (None, "Kyiv")),
        ("VIENNA, Austria, February 17, 2026 — Talks began.", None,
         (date(2026, 2, 17), "Vienna, Austria")),
        ("Vienna, Feb 17 (Reuters) - Talks began.", 2026, (date(2026, 2, 17), "Vienna")),
        ("NEW YORK — The market fell.", 2026, (None, "New York")),
        ("WASHINGTON, D.C. — A bill passed.", 2026, (None, "Washington, D.C.")),
        ("DUBLIN, 17 February (AP) -- Ministers met.", 2025, (date(2025, 2, 17), "Dublin")),
        # Russian and Ukrainian agencies close the place and the day with full stops.
        ("Линдхавен. 7 августа. Переговоры завершились.", 2031, (date(2031, 8, 7), "Линдхавен")),
        ("Норвелл. 7 серпня 2030. Переговори тривають.", None, (date(2030, 8, 7), "Норвелл")),
        ("Lindhaven. 7 August. Talks ended.", 2031, (date(2031, 8, 7), "Lindhaven")),
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
        "Officials met on Tuesday in Vienna.",
        "BREAKING – Talks collapse.",
        "A – first point.",
        "Update - the story has changed.",
        "Vienna - a city of diplomats.",  # title case before a dash is a sentence, not a dateline
        "MUNICH, Blorbuary 14 – Something.",
        "He left. 7 May 2031 was the day.",  # a day that does not end its sentence
        "Мир. 7 человек погибли.",  # a number with no month
        "Lindhaven. Talks began on 7 August. Then they ended.",
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


@given(st.sampled_from(["PARIS", "NEW DELHI", "ST. LOUIS", "RIO DE JANEIRO", "Vienna"]),
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


@pytest.mark.parametrize(
    ("paragraph", "place", "written"),
    [
        ("Dubai, 19 aprile. / TASS/. Il secondo round", "Dubai", WrittenDate(None, 4, 19)),
        ("Roma, 19 apr. (askanews) - Il ministro", "Roma", WrittenDate(None, 4, 19)),
        ("WANA (Oct 13) – One month after the signing", "Wana", WrittenDate(None, 10, 13)),
        ("CAIRO – 10 September 2025: Egypt and the agency", "Cairo", WrittenDate(2025, 9, 10)),
        ("SEVILLA, 27 (EUROPA PRESS)", "Sevilla", WrittenDate(None, None, 27)),
        ("PORT LOUIS, Mauritius (Oct. 23, 2025) — The spokeswoman",
         "Port Louis, Mauritius", WrittenDate(2025, 10, 23)),
        ("Nairobi, Kenya – July 28: The two sides", "Nairobi, Kenya",
         WrittenDate(None, 7, 28)),
        ("Maputo, 27 dez (Xinhua) -- O ministro", "Maputo", WrittenDate(None, 12, 27)),
        ("VIENNA/CAIRO, Feb. 17 (Xinhua) -- The second round", "Vienna/Cairo",
         WrittenDate(None, 2, 17)),
        ("AMMAN, Jordan, June 15, 2025 (BSS/AFP) - A sixth round", "Amman, Jordan",
         WrittenDate(2025, 6, 15)),
        ("December 8, 2025 – A fragile ceasefire collapsed.", None, WrittenDate(2025, 12, 8)),
    ],
)
def test_read_dateline_reads_wire_forms(paragraph: str, place: str | None,
                                        written: WrittenDate) -> None:
    line = read_dateline(paragraph)
    assert line is not None
    assert (line.place, line.written) == (place, written)


@pytest.mark.parametrize(
    "paragraph",
    [
        "NEW YORK — 15 people died in the fire.",  # a number after a dash is no day
        "WARNING: the content below is graphic.",
        "Officials (AP) said the talks would go on.",
        "Amman, Jordan, 12 Apr. 2025",  # no dash, no agency: a stamp line, not a dateline
        "Last year – as everyone knows – was hard.",
    ],
)
def test_read_dateline_reads_no_date_into_ordinary_lines(paragraph: str) -> None:
    line = read_dateline(paragraph)
    assert line is None or line.written is None


def test_first_dateline_looks_past_kept_furniture() -> None:
    paragraphs = ["News Flash", "AMMAN, Jordan, June 15, 2025 (BSS/AFP) - A sixth round…",
                  "More text."]
    line = first_dateline(paragraphs)
    assert line is not None and line.written == WrittenDate(2025, 6, 15)
    assert first_dateline(["KYIV (Reuters) - Officials said.", "PARIS, May 2 – x"]) == \
        read_dateline("KYIV (Reuters) - Officials said.")
    assert first_dateline([]) is None


@given(st.text(max_size=200))
def test_read_dateline_never_raises(paragraph: str) -> None:
    line = read_dateline(paragraph)
    assert line is None or line.written is None or 1 <= line.written.day <= 39

