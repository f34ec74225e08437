"""Deadlines stated as a length counted from a day."""

from __future__ import annotations

from communique.extract._event_offsets import offset_dates
from communique.model.temporal import TimeExpression

_AFTER = frozenset({"after", "following", "from"})


def _expr(text: str, part: str, value: str, kind: str, granularity: str) -> TimeExpression:
    start = text.index(part)
    return TimeExpression(start, start + len(part), part, value, granularity, kind, None)


def _dates(text: str, *exprs: TimeExpression) -> list[str | None]:
    return [d.value for d in offset_dates(text, (0, len(text)), exprs, _AFTER)]


def test_hours_after_a_day() -> None:
    text = "Veldra has 48 hours after the signing on May 4 to withdraw."
    assert _dates(text, _expr(text, "48 hours", "PT48H", "duration", "duration"),
                  _expr(text, "May 4", "2031-05-04", "date", "day")) == ["2031-05-06"]


def test_weeks_from_a_day() -> None:
    text = "Veldra was given two weeks from March 2 to reply."
    assert _dates(text, _expr(text, "two weeks", "P2W", "duration", "duration"),
                  _expr(text, "March 2", "2031-03-02", "date", "day")) == ["2031-03-16"]


def test_a_length_before_the_day_without_an_offset_word_dates_nothing() -> None:
    text = "A 90-day truce was signed on May 4."
    assert _dates(text, _expr(text, "90-day", "P90D", "duration", "duration"),
                  _expr(text, "May 4", "2031-05-04", "date", "day")) == []


def test_a_part_of_a_day_dates_nothing() -> None:
    text = "Veldra has 36 hours after the signing on May 4 to withdraw."
    assert _dates(text, _expr(text, "36 hours", "PT36H", "duration", "duration"),
                  _expr(text, "May 4", "2031-05-04", "date", "day")) == []
