"""Dates written without their year in running text (clean._yearless)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.clean._dates import WrittenDate
from communique.clean._yearless import find_yearless


def _written(text: str) -> list[tuple[int | None, int | None, int]]:
    return [(m.written.year, m.written.month, m.written.day) for m in find_yearless(text)]


def test_month_first_and_day_first_in_several_languages() -> None:
    assert _written("The envoys met on March 3 and again on 9th March.") == [
        (None, 3, 3), (None, 3, 9)]
    assert _written("La réunion du 12 avril suit celle du 1er avril.") == [
        (None, 4, 12), (None, 4, 1)]
    assert _written("Se reunieron el 5 de julio en la capital.") == [(None, 7, 5)]


def test_dates_with_their_year_and_the_verb_may_are_left_out() -> None:
    assert _written("Signed on October 3, 2024 in the port city.") == []
    assert _written("Le traité du 3 octobre 2024 reste en vigueur.") == []
    assert _written("The sides may 2 times a year review it.") == []
    assert _written("They meet again on May 2.") == [(None, 5, 2)]


def test_a_date_that_names_a_group_is_no_day() -> None:
    # "Mouvement du 4 mars": a group or a historic event named after a date, before or after.
    assert _written("Le Mouvement du 4 mars a signé le 12 avril à Lindhaven.") == [
        (None, 4, 12)]
    assert _written("The March 4 Movement met the Veldran envoy on May 3.") == [(None, 5, 3)]
    assert _written("Depuis la révolution du 9 juin, rien n'a changé.") == []
    # A date after an ordinary noun stays a date.
    assert _written("La réunion du 4 mars a eu lieu à Lindhaven.") == [(None, 3, 4)]


def test_a_range_gives_both_its_days() -> None:
    assert sorted(_written("The committee sits from August 4 to 7 in the port.")) == [
        (None, 8, 4), (None, 8, 7)]
    assert sorted(_written("Le comité siège du 4 au 7 août.")) == [(None, 8, 4), (None, 8, 7)]


def test_a_weekday_beside_the_date_is_kept() -> None:
    found = find_yearless("The council met on Tuesday, April 15 in the old hall.")
    assert [(m.written, m.weekday) for m in found] == [(WrittenDate(None, 4, 15), 1)]
    found = find_yearless("Leaders met on Monday afternoon (July 28) at the residence.")
    assert [(m.written, m.weekday) for m in found] == [(WrittenDate(None, 7, 28), 0)]
    assert find_yearless("Nothing dated here.") == []


@given(st.text(max_size=200))
def test_any_text_is_read_without_raising(text: str) -> None:
    for mention in find_yearless(text):
        assert mention.written.month is not None and 1 <= mention.written.day <= 31
        assert 0 <= mention.start < mention.end <= len(text)


def test_a_group_named_after_a_date_without_a_preposition_is_no_day() -> None:
    assert _written("El Movimiento 9 de Abril firmó el 12 de mayo en Lindhaven.") == [
        (None, 5, 12)]
    assert _written("Движение 9 апреля подписало соглашение 12 мая.") == [(None, 5, 12)]
    # A date after an ordinary noun is still a day.
    assert _written("The talks 9 April in Port Alcyne failed.") == [(None, 4, 9)]


def test_ranges_and_times_of_day_are_read_in_other_languages() -> None:
    # Range words and times of day from every language's calendar words ("dal 4 al 7 agosto",
    # "de 4 a 7 de agosto", "с 4 по 7 августа", "4. und 5. August", "martedì sera 15 aprile").
    for text in ("dal 4 al 7 agosto", "de 4 a 7 de agosto", "с 4 по 7 августа",
                 "am 4. und 7. August"):
        assert {(y.written.month, y.written.day) for y in find_yearless(text)} == {
            (8, 4), (8, 7)}, text
    evening = find_yearless("martedì sera 15 aprile")
    assert [(y.written.day, y.weekday) for y in evening] == [(15, 1)]
