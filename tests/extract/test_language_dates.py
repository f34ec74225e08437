"""Dates in other languages: found by each pack's words, normalized as English dates are."""

from datetime import date

import pytest

from communique.extract.languages import language_reader
from communique.extract.temporal._types import NO_DATE
from communique.model.temporal import is_timeml_value

WEDNESDAY = date(2026, 3, 18)


def _values(language: str, text: str, published: date | None = WEDNESDAY
            ) -> dict[str, str | None]:
    reader = language_reader(language)
    assert reader is not None
    found = reader.dates(text, published)
    for expression in found:
        assert text[expression.start:expression.end] == expression.text
        for part in expression.timex:
            assert text[part.start:part.end] == part.text
            assert is_timeml_value(part.value), part
    return {e.text: e.value for e in found}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Gespräche begannen am 17. März 2026 in Wien.", {"17. März 2026": "2026-03-17"}),
    ("de", "Vergangene Woche trafen sich die Delegationen.", {"Vergangene Woche": "2026-W11"}),
    ("de", "Am Freitag wird die nächste Runde beginnen.", {"Freitag": "2026-03-20"}),
    ("de", "Am Montag hatte der Minister abgesagt.", {"Montag": "2026-03-16"}),
    ("de", "Die zweitägigen Gespräche sollen ein Abkommen für 30 bis 50 Jahre bringen.",
     {"zweitägigen": "P2D", "30 bis 50 Jahre": "P30Y/P50Y"}),
    ("de", "Der Konflikt begann vor 15 Jahren.", {"vor 15 Jahren": "2011"}),
    ("fr", "La semaine prochaine, les délégations se retrouveront.",
     {"La semaine prochaine": "2026-W13"}),
    ("fr", "Un accord a été signé le 3 avril 2026, puis mardi dernier.",
     {"3 avril 2026": "2026-04-03", "mardi": "2026-03-17"}),
    ("fr", "La trêve a été rompue il y a deux ans.", {"il y a deux ans": "2024"}),
    ("es", "La cumbre del 19 de marzo de 2026 fue breve.", {"19 de marzo de 2026": "2026-03-19"}),
    ("es", "El próximo lunes habrá una nueva ronda.", {"lunes": "2026-03-23"}),
    ("es", "Actualmente no hay fecha.", {"Actualmente": "PRESENT_REF"}),
    ("it", "La settimana scorsa i negoziati sono durati due giorni.",
     {"La settimana scorsa": "2026-W11", "due giorni": "P2D"}),
    ("pt", "Na próxima semana, os ministros voltam a reunir-se, como em 5 de maio de 2025.",
     {"Na próxima semana": "2026-W13", "5 de maio de 2025": "2025-05-05"}),
    ("pt", "A reunião termina nesta quarta-feira.", {"quarta-feira": "2026-03-18"}),
    ("ru", "Встреча прошла 17–18 марта, трёхдневные консультации завершились в среду.",
     {"17–18 марта": "2026-03-17/2026-03-18", "трёхдневные": "P3D", "среду": "2026-03-18"}),
    ("ru", "На прошлой неделе стороны вспомнили договор 1991 года.",
     {"На прошлой неделе": "2026-W11", "1991": "1991"}),
    ("uk", "Наступного тижня у вівторок відбудеться зустріч.",
     {"Наступного тижня": "2026-W13", "вівторок": "2026-03-24"}),
    ("uk", "Історія міста налічує 3 000 років, угоду підписали 19.03.2026.",
     {"3 000 років": "P3000Y", "19.03.2026": "2026-03-19"}),
])
def test_dates_in_each_language(language: str, text: str, expected: dict[str, str]) -> None:
    found = _values(language, text)
    for words, value in expected.items():
        assert found.get(words) == value, (words, found)


def test_a_month_takes_the_year_its_own_clause_points_to() -> None:
    # The past verb belongs to another clause: a June deadline seen in March is ahead.
    found = _values("de", "Auf die Frist im Juni angesprochen, die man gesetzt hat, schwieg er.")
    assert found["Juni"] == "2026-06"


def test_relative_dates_without_a_publication_date_have_no_value() -> None:
    reader = language_reader("ru")
    assert reader is not None
    (weekday,) = reader.dates("Переговоры начнутся в среду.", None)
    assert weekday.value is None and weekday.anchor == NO_DATE


def test_look_alikes_are_no_dates() -> None:
    assert _values("de", "Im mai wurde nichts entschieden; 2000 Soldaten blieben.") == {}
    assert language_reader("en") is None and language_reader("zz") is None


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les deux ministres se sont parlé mardi soir.", {"mardi soir": "2026-03-17TEV"}),
    ("fr", "Publié le 07/11/2026 à 16:56.", {"07/11/2026 à 16:56": "2026-11-07T16:56"}),
    ("fr", "Ce matin, la délégation est arrivée.", {"Ce matin": "2026-03-18TMO"}),
    ("fr", "Il l’a dit aujourd’hui.", {"aujourd’hui": "2026-03-18"}),
    ("it", "I lavori cominceranno alle 14:00.", {"14:00": "2026-03-18T14:00"}),
    ("it", "Lo ha detto ieri sera.", {"ieri sera": "2026-03-17TEV"}),
    ("it", "Roma, 18-3-2026.", {"18-3-2026": "2026-03-18"}),
    ("ru", "Министры встретились вчера вечером.", {"вчера вечером": "2026-03-17TEV"}),
    ("de", "Die Minister hatten sich am Dienstagabend getroffen.",
     {"Dienstagabend": "2026-03-17TEV"}),
    ("de", "Die Sitzung beginnt um 14 Uhr.", {"14 Uhr": "2026-03-18T14:00"}),
    ("de", "Die Sitzung beginnt um 9.30 Uhr.", {"9.30 Uhr": "2026-03-18T09:30"}),
    ("de", "Sie sprachen gestern Abend.", {"gestern Abend": "2026-03-17TEV"}),
])
def test_times_of_day_and_clock_times(language: str, text: str, expected: dict[str, str]
                                      ) -> None:
    assert _values(language, text) == expected


def test_a_weekday_before_its_date_is_one_expression() -> None:
    assert _values("it", "Di domenica 15 marzo 2026 si è parlato poco.") == {
        "domenica 15 marzo 2026": "2026-03-15"}
    # a weekday that is not the date's day stays apart
    assert len(_values("it", "Lunedì 15 marzo 2026 si è parlato poco.")) == 2


@pytest.mark.parametrize(("language", "text", "shifted", "value"), [
    ("fr", "L'accord a été signé le 10 mars 2026. Deux jours plus tôt, les rebelles avaient "
           "annoncé une trêve.", "Deux jours plus tôt", "2026-03-08"),
    ("de", "Das Abkommen wurde am 10. März 2026 unterzeichnet. Zwei Tage zuvor hatten die "
           "Rebellen eine Waffenruhe verkündet.", "Zwei Tage zuvor", "2026-03-08"),
    ("es", "El acuerdo se firmó el 10 de marzo de 2026. Tres días después, las partes se "
           "reunieron.", "Tres días después", "2026-03-13"),
])
def test_a_length_earlier_or_later_counts_from_the_last_date(language: str, text: str,
                                                             shifted: str, value: str) -> None:
    assert _values(language, text)[shifted] == value


def test_a_length_before_what_it_counts_from_is_not_shifted_from_the_last_date() -> None:
    # "deux jours avant la signature": counted from the signing, not from the last date.
    values = _values("es", "El 10 de marzo de 2026 hubo combates. Dos días antes de la firma, "
                           "las partes se reunieron.")
    assert "2026-03-08" not in values.values()


def test_without_an_earlier_date_a_shift_dates_nothing() -> None:
    assert "2026-03-16" not in _values("fr", "Deux jours plus tôt, les rebelles avaient "
                                             "annoncé une trêve.").values()


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Le trattative sono riprese dopo alcuni giorni di tregua.", {"alcuni giorni": "PXD"}),
    ("it", "Negli ultimi anni il conflitto si è allargato.", {"ultimi anni": "PXY"}),
    ("uk", "Протягом останніх тижнів сторони зустрічалися.", {"останніх тижнів": "PXW"}),
    ("fr", "Les pourparlers dureront quelques semaines.", {"quelques semaines": "PXW"}),
    ("ru", "Переговоры шли несколько месяцев.", {"несколько месяцев": "PXM"}),
])
def test_a_length_whose_amount_is_not_said(language: str, text: str,
                                           expected: dict[str, str]) -> None:
    assert _values(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "I colloqui si sono conclusi nella mattinata del 17 marzo.",
     {"mattinata del 17 marzo": "2026-03-17TMO"}),
    ("uk", "Удари тривали в ніч на 17 березня.", {"ніч на 17 березня": "2026-03-17TNI"}),
    ("fr", "Les délégués sont arrivés dans la soirée du 17 mars.",
     {"soirée du 17 mars": "2026-03-17TEV"}),
    ("it", "Il ministro partirà in serata per Lindhaven.", {"in serata": "2026-03-18TEV"}),
])
def test_a_part_of_the_day_written_before_its_date(language: str, text: str,
                                                   expected: dict[str, str]) -> None:
    assert _values(language, text) == expected



@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les deux ministres auront un tête-à-tête lundi à Lindhaven.", "2026-03-23"),
    ("es", "Los negociadores tendrán una reunión el lunes en Lindhaven.", "2026-03-23"),
    ("it", "I ministri avranno un colloquio lunedì a Lindhaven.", "2026-03-23"),
    ("pt", "Os ministros terão um encontro na segunda-feira em Lindhaven.", "2026-03-23"),
])
def test_a_future_auxiliary_points_a_weekday_ahead(language: str, text: str,
                                                   expected: str) -> None:
    # published on a Wednesday: without the tense, the nearest Monday is two days back
    assert expected in _values(language, text).values()


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "O programa está em marcha desde segunda-feira em Lindhaven.", "2026-03-16"),
    ("fr", "Le programme est en cours depuis vendredi à Lindhaven.", "2026-03-13"),
    ("de", "Das Programm läuft seit Freitag in Lindhaven.", "2026-03-13"),
])
def test_a_weekday_after_since_lies_behind(language: str, text: str, expected: str) -> None:
    # published on a Wednesday: with no tense cue the nearest Friday is two days ahead
    assert expected in _values(language, text).values()


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Під час сьогоднішньої зустрічі в Линдгавені сторони обговорили обмін."),
    ("ru", "В ходе сегодняшней встречи в Линдхавене стороны обсудили обмен."),
])
def test_todays_as_an_adjective_is_today(language: str, text: str) -> None:
    assert "2026-03-18" in _values(language, text).values()


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "La tregua rige en Lindhaven desde el pasado 2 de mayo.", "2025-05-02"),
    ("fr", "La trêve tient à Lindhaven depuis le 2 mai dernier.", "2025-05-02"),
])
def test_last_next_to_a_day_and_month_puts_it_behind(language: str, text: str,
                                                      expected: str) -> None:
    # published in March: without the word, the nearest 2 May is six weeks ahead
    assert expected in _values(language, text).values()


@pytest.mark.parametrize(("language", "text", "expected"), [
    # published Wednesday 18 March: a truce agreed (past) from midnight on the 19th is
    # tomorrow's, not last year's.
    ("ru", "Стороны договорились о прекращении огня с полуночи 19 марта.", "2026-03-19"),
    ("fr", "Les deux pays ont convenu d'un cessez-le-feu à partir du 20 mars.", "2026-03-20"),
    # A word next to it still sends it back (the 20 March of the year before).
    ("fr", "La trêve conclue le 20 mars dernier a tenu.", "2025-03-20"),
])
def test_a_yearless_day_within_a_week_of_publication_is_in_its_year(
        language: str, text: str, expected: str) -> None:
    assert expected in _values(language, text).values()
