"""Counts and lengths in languages other than English (extract.languages._claims)."""

from __future__ import annotations

import pytest

from communique.errors import ExtractError
from communique.extract.languages import language_reader
from communique.lang import SUPPORTED
from communique.lang.counts import MEASURES, count_words, parse_counts
from communique.model import Span
from communique.model.claims import Claim


def _claims(language: str, text: str) -> list[Claim]:
    reader = language_reader(language)
    assert reader is not None
    return reader.claims(text, [Span(0, len(text))])


def _read(language: str, text: str) -> list[tuple[str, float, str, float | None, float | None,
                                                   bool]]:
    out = []
    for claim in _claims(language, text):
        q = claim.quantity
        assert q is not None
        out.append((claim.predicate, q.value, q.unit, q.low, q.high, q.approximate))
    return out


def test_every_pack_has_count_words_for_every_class() -> None:
    for code in SUPPORTED:
        words = count_words(code)
        assert words is not None, code
        assert set(words.measures) == set(MEASURES), code
        assert words.lengths.get("hour"), code
    assert count_words("en") is None


def test_french_count_with_its_class_and_exact_value() -> None:
    text = ("47 personnes ont été tuées au cours des trois dernières semaines, avec 26 victimes "
            "du côté de Veldra et 21 du côté de Korvanie.")
    assert _read("fr", text) == [("kill", 47.0, "count", None, None, False)]


def test_hedge_and_scale_word_before_and_after_the_number() -> None:
    text = "Près d'un million de personnes ont été déplacées pendant cette période."
    assert _read("fr", text) == [("displace", 1e6, "count", None, 1e6, True)]


def test_bound_before_the_number_and_class_word_before_it() -> None:
    text = "В результате столкновений погибли по меньшей мере 86 человек."
    assert _read("ru", text) == [("kill", 86.0, "count", 86.0, None, False)]


def test_thousands_written_with_a_dot_or_a_space() -> None:
    assert _read("de", "Mindestens 300.000 Menschen wurden vertrieben.") == [
        ("displace", 300000.0, "count", 300000.0, None, False)]
    assert _read("es", "Unas 300 000 personas fueron desplazadas.") == [
        ("displace", 300000.0, "count", None, None, True)]


def test_lengths_in_hours_with_a_half_and_a_close_bound() -> None:
    assert _read("fr", "L'entretien a duré deux heures et demie.") == [
        ("last", 2.5, "hour", None, None, False)]
    assert _read("ru", "Переговоры длились два с половиной часа.") == [
        ("last", 2.5, "hour", None, None, False)]
    # "gut zwei Stunden": just over two hours, a bound that sits close to its value.
    assert _read("de", "Das Treffen endete nach gut zwei Stunden.") == [
        ("last", 2.0, "hour", 2.0, None, True)]


def test_times_of_day_and_time_limits_are_no_lengths() -> None:
    text = ("La rencontre a eu lieu à 16 heures (13 heures temps universel). Les diplomates ont "
            "48 heures pour quitter Lindhaven. Une réponse est attendue dans les 24 heures.")
    assert _read("fr", text) == []


def test_ages_dates_periods_and_articles_are_no_counts() -> None:
    assert _read("fr", "Un homme de 45 ans a été tué le 27 décembre 2025 à Port Alcyne.") == []
    assert _read("de", "Fünf Soldaten gingen vor, als die Explosion einer Landmine zwei "
                       "Menschen verletzte.") == [("injure", 2.0, "count", None, None, False)]


def test_modal_and_hearsay_statements_are_left_out() -> None:
    assert _read("de", "Dabei sollen 12 Soldaten getötet worden sein.") == []
    assert _read("ru", "Якобы были задержаны 30 человек.") == []


def test_claim_spans_the_sentence_and_the_number() -> None:
    text = "Intro sentence here. Au moins 12 soldats ont été blessés."
    reader = language_reader("fr")
    assert reader is not None
    second = Span(text.index("Au"), len(text))
    (claim,) = reader.claims(text, [Span(0, second.start - 1), second])
    assert (claim.start, claim.end) == (second.start, second.end)
    assert claim.quantity is not None
    assert text[claim.quantity.start : claim.quantity.end] == "Au moins 12"
    assert reader.claims(text, [Span(0, second.start - 1), second], skip=[second]) == []


def test_bad_count_words_are_a_clear_error() -> None:
    with pytest.raises(ExtractError, match="measures"):
        parse_counts({"measures": {"eaten": ["mangé"]}}, "fr")
    with pytest.raises(ExtractError, match="scales"):
        parse_counts({"scales": {"mille": "1000"}}, "fr")


def test_a_class_word_before_a_conjunction_is_the_number_before_its() -> None:
    text = "Au moins 35 personnes ont été tuées et plus de 270 000 ont été emmenées ailleurs."
    assert _read("fr", text) == [("kill", 35.0, "count", 35.0, None, False)]


def test_clock_times_written_with_letters_are_no_lengths() -> None:
    text = "El encuentro en Lindhaven finalizó cerca de las 19H50 hora local (17H50 GMT)."
    assert _read("es", text) == []
    assert _read("it", "Gli sfollati sono oltre 300mila.") == [
        ("displace", 300000.0, "count", 300000.0, None, False)]
    assert _read("es", "Leer noticia completa en 20minutos.") == []


def test_times_between_and_clock_hours_are_no_lengths() -> None:
    assert _read("fr", "L'accord intervient 48 heures après la publication du texte.") == []
    assert _read("fr", "La cérémonie à Lindhaven est prévue vers environ 21 heures.") == []
    assert _read("de", "Das Treffen endete vor 48 Stunden.") == []


def test_hours_and_minutes_are_one_length() -> None:
    assert _read("pt", "A reunião durou 1 hora e 40 minutos.") == [
        ("last", 1 + 40 / 60, "hour", None, None, False)]


def test_a_class_word_far_before_the_number_is_another_clauses() -> None:
    text = "Um mecanismo de libertação dos prisioneiros entre os dois países foi criado."
    assert _read("pt", text) == []
    assert _read("es", "Murieron al menos 86 personas.") == [
        ("kill", 86.0, "count", 86.0, None, False)]


def test_a_thousands_group_is_no_number_of_its_own() -> None:
    assert _read("fr", "Au total, 300 500 personnes ont été déplacées.") == [
        ("displace", 300500.0, "count", None, None, False)]
    (claim,) = _claims("fr", "Après un entretien d’environ 45 minutes, ils sont partis.")
    assert claim.quantity is not None and claim.quantity.text == "environ 45 minutes"
    (claim,) = _claims("pt", "A reunião durou 1 hora e 40 minutos.")
    assert claim.quantity is not None and claim.quantity.text == "1 hora e 40 minutos"


# --- tariff rates (issue 11): a percentage beside a levy word, pooled with English rates ---

def _rates(language: str, text: str) -> list[tuple[float, str | None, str]]:
    return [(c.quantity.value, c.object, c.quantity.text) for c in _claims(language, text)
            if c.quantity is not None and c.quantity.unit == "percent"]


def test_every_pack_has_percent_and_levy_words() -> None:
    for code in SUPPORTED:
        words = count_words(code)
        assert words is not None and words.percent and words.levies, code


def test_a_percentage_beside_a_levy_word_is_a_tariff_rate() -> None:
    assert _rates("de", "Veldra hat die Zölle auf korvanische Waren auf 45 % erhöht.") == [
        (45.0, "tariff", "45 %")]
    # The levy word after the number, the percent written as a word.
    assert _rates("de", "Korvania antwortete mit 35 Prozent Zoll auf viele Waren.") == [
        (35.0, "tariff", "35 Prozent")]
    # A percent word of two words, the levy a phrase of three.
    assert _rates("fr", "Veldra impose des droits de douane de 45 pour cent aux produits.") == [
        (45.0, "tariff", "45 pour cent")]
    # A percent adjective glued to its number by a hyphen.
    assert [r[0] for r in _rates(
        "ru", "Ввели 45-процентные пошлины на товары из Корвании.")] == [45.0]


def test_a_percentage_without_a_levy_word_is_no_claim() -> None:
    assert _rates("es", "El 40 % de los encuestados apoya al gobierno de Veldra.") == []
    assert _rates("de", "Die Arbeitslosenquote in Korvanien stieg auf 7 Prozent.") == []


def test_a_rate_paired_with_a_tariff_rate_is_one_too() -> None:
    text = "Veldra evita que entren en vigor aranceles del 35% y 45% sobre sus productos."
    assert [r[0] for r in _rates("es", text)] == [35.0, 45.0]
    text = "A redução diminui as tarifas totais sobre produtos de Korvania de 45% para 35%."
    assert [r[0] for r in _rates("pt", text)] == [45.0, 35.0]
    # A share after a comma pairs with nothing.
    text = "Korvania aumentou as tarifas para 45%, e 70% dos exportadores reclamam."
    assert [r[0] for r in _rates("pt", text)] == [45.0]


def test_a_bare_percentage_after_a_tariff_rate_is_a_rate_whose_levy_word_is_left_out() -> None:
    # The second side's rate ends the sentence, its levy word far back behind a comma.
    text = ("Durante la pausa, Veldra redujo sus aranceles a productos korvanos al 35 %, "
            "mientras Korvania bajó los suyos a un 15 %.")
    assert [r[0] for r in _rates("es", text)] == [35.0, 15.0]
    # A pair of bare rates joined by a conjunction, long after the levy word.
    text = ("Ambos evitan que vuelvan los aranceles del 95% y 85%, que se habían reducido "
            "a 15% y 35% tras un acuerdo.")
    assert [r[0] for r in _rates("es", text)] == [95.0, 85.0, 15.0, 35.0]
    # Without a rate before it, a bare percentage is no rate; nor is a share of something.
    assert _rates("es", "La inflación de Veldra bajó a un 15 %.") == []
    text = "Veldra subió sus aranceles al 35 %, mientras el 15 % de las empresas cerró."
    assert [r[0] for r in _rates("es", text)] == [35.0]


# --- lengths of days, weeks, months, years (issue 11): read beside what they measure ---

def _spans(language: str, text: str) -> list[tuple[float, str, str | None, str]]:
    return [(c.quantity.value, c.quantity.unit, c.object, c.quantity.text)
            for c in _claims(language, text)
            if c.quantity is not None and c.quantity.unit in ("day", "week", "month", "year")]


def test_a_length_beside_what_it_measures_is_read_with_its_class() -> None:
    # The noun before it through a preposition, past an adjective; the unit's full stop left out.
    assert _spans("es", "Ambos prorrogaron la tregua portuaria de 45 días.") == [
        (45.0, "day", "truce", "45 días")]
    # What follows the unit comes first: the conflict further back is another clause's.
    assert _spans("fr", "Signé par les parties au conflit après trois mois de négociations.") == [
        (3.0, "month", "talks", "trois mois")]
    assert _spans("fr", "Le conflit dure depuis plus de trente ans.") == [
        (30.0, "year", "conflict", "plus de trente ans")]
    # A tens word of its own language.
    assert _spans("fr", "Une trêve de quatre-vingt-dix jours.") == [
        (90.0, "day", "truce", "quatre-vingt-dix jours")]


def test_the_length_of_an_extension_is_read_as_one() -> None:
    assert _spans("es", "Las partes buscan extender por 45 días la tregua.") == [
        (45.0, "day", "extension", "45 días")]
    assert _spans("es", "Se anunció una prórroga de 45 días para Veldra.") == [
        (45.0, "day", "extension", "45 días")]


def test_a_point_in_time_or_a_bare_length_is_no_length() -> None:
    assert _spans("fr", "Sa première réunion aura lieu dans sept jours.") == []
    assert _spans("es", "Hace 45 días que Veldra cerró sus puertos.") == []
    assert _spans("es", "Veldra cerró sus puertos durante 45 días.") == []
    # A time limit with no word for what it limits is a deadline.
    assert _spans("es", "Korvania debe retirarse dentro de 45 días.") == [
        (45.0, "day", "deadline", "45 días")]


def test_a_distance_in_kilometres_is_read_in_other_languages() -> None:
    assert _read("fr", "Le différend porte sur une frontière contestée de 800 km.") == [
        ("measure", 800.0, "km", None, None, False)]
    assert _read("ru", "Протяжённость границы составляет около 650 километров.") == [
        ("measure", 650.0, "km", None, None, True)]
    assert _read("es", "La frontera de 640 kilómetros sigue cerrada.") == [
        ("measure", 640.0, "km", None, None, False)]
    # "à 30 km de la frontière": where something stands, no length of anything.
    assert _read("fr", "Le camp se trouve à 30 km de la frontière.") == []
