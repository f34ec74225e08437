"""When a ceasefire took effect: outlets giving one truce different clock times, read from
sentences (fictional text)."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._truce_starts import truce_conversions_in, truce_start_contradictions
from communique.model import Document
from communique.model.annotations import Annotations

from support.synthetic import annotations, doc, when

NOON = "The truce between Veldra and Korvania took effect at noon on May 3."
NOON_FR = "Le cessez-le-feu est entré en vigueur à midi, heure locale, le 3 mai."
SIX = ("Veldra et la Korvanie ont convenu d'un cessez-le-feu immédiat à leur frontière "
       "à partir du samedi 3 mai à 6 heures, selon une déclaration conjointe.")
CONVERTED_A = "The ceasefire takes effect at midnight local time (21:00 GMT)."
CONVERTED_B = "Der Waffenstillstand tritt um Mitternacht Ortszeit (19:00 GMT) in Kraft."
CONVERTED_C = "Le cessez-le-feu entre en vigueur à minuit, heure locale, lundi (19h00 GMT)."


def _corpus(*items: tuple[str, str, str, str, str | None]) -> Corpus:
    """Articles (id, outlet, text, the day its text names, its value; published day)."""
    docs, annotated = [], []
    for doc_id, outlet, text, surface, published in items:
        dates = (when(text, surface, ("2031" if published else "XXXX") + "-05-03"),) \
            if surface else ()
        docs.append(doc(doc_id, text, outlet, published))
        annotated.append(annotations(doc_id, text, dates=dates))
    return Corpus(docs, annotated)


def test_a_local_time_converted_into_a_zone_is_read_with_its_conversion() -> None:
    assert truce_conversions_in(CONVERTED_A) == {(0, "GMT", 21 * 60)}
    assert truce_conversions_in(CONVERTED_B) == {(0, "GMT", 19 * 60)}
    assert truce_conversions_in(CONVERTED_C) == {(0, "GMT", 19 * 60)}
    # a time not called local, or a conversion of another moment, is not read
    assert not truce_conversions_in("The ceasefire takes effect at midnight (21:00 GMT).")
    assert not truce_conversions_in("The talks began at noon local time (09:00 GMT).")


def test_outlets_giving_one_days_truce_different_times_contradict_about_the_date() -> None:
    corpus = _corpus(("a1", "one.example", NOON, "May 3", "2031-05-03"),
                     ("a2", "two.example", NOON_FR, "3 mai", "2031-05-03"),
                     ("a3", "three.example", SIX, "3 mai", None))
    (found,) = truce_start_contradictions([], corpus)
    assert found.kind == "date"
    assert {s.value: s.outlets for s in found.sides} == {
        "06:00": ("three.example",), "12:00": ("one.example", "two.example")}


def test_a_time_without_its_day_one_outlet_or_two_days_make_no_contradiction() -> None:
    undated = _corpus(("a1", "one.example", NOON, "May 3", "2031-05-03"),
                      ("a3", "three.example", SIX, "", None))
    assert not truce_start_contradictions([], undated)
    same = _corpus(("a1", "one.example", NOON, "May 3", "2031-05-03"),
                   ("a3", "one.example", SIX, "3 mai", None))
    assert not truce_start_contradictions([], same)
    other_day = NOON.replace("May 3", "May 4")
    two_days = Corpus(
        [doc("a1", other_day, "one.example", "2031-05-04"), doc("a3", SIX, "three.example")],
        [annotations("a1", other_day, dates=(when(other_day, "May 4", "2031-05-04"),)),
         annotations("a3", SIX, dates=(when(SIX, "3 mai", "XXXX-05-03"),))])
    assert not truce_start_contradictions([], two_days)


def test_outlets_converting_one_local_time_differently_contradict() -> None:
    corpus = _corpus(("a1", "one.example", CONVERTED_A, "", None),
                     ("a2", "two.example", CONVERTED_B, "", None),
                     ("a3", "three.example", CONVERTED_C, "", None))
    (found,) = truce_start_contradictions([], corpus)
    assert {s.value: s.outlets for s in found.sides} == {
        "19:00": ("three.example", "two.example"), "21:00": ("one.example",)}


def test_conversions_written_months_apart_are_not_compared() -> None:
    # a clock change may lie between two truces that start at the same local time
    corpus = _corpus(("a1", "one.example", CONVERTED_A, "", "2031-01-10"),
                     ("a2", "two.example", CONVERTED_B, "", "2031-07-10"))
    assert not truce_start_contradictions([], corpus)


ZERO = "Le cessez-le-feu est entre en vigueur a partir de 0h00 le 3 mai 2031, selon Ostra."
MIDNIGHT_NEXT = "Стороны договорились о прекращении огня с полуночи 4 мая, сообщил Остра."
MIDNIGHT_SAME = "The ceasefire takes effect at midnight on May 3, Ostra said."


def _dated(doc_id: str, outlet: str, text: str, surface: str, value: str
           ) -> tuple[Document, Annotations]:
    return doc(doc_id, text, outlet), annotations(doc_id, text, dates=(when(text, surface, value),))


def test_a_truce_at_0h00_on_one_day_and_at_midnight_of_the_next_are_a_day_apart() -> None:
    items = [_dated("a1", "one.example", ZERO, "3 mai 2031", "2031-05-03"),
             _dated("a2", "two.example", MIDNIGHT_NEXT, "4 мая", "XXXX-05-04"),
             _dated("a3", "three.example", MIDNIGHT_SAME, "May 3", "2031-05-03")]
    corpus = Corpus([d for d, _ in items], [a for _, a in items])
    (found,) = truce_start_contradictions([], corpus)
    # "midnight on May 3" may be the start of May 4 or of May 3: on neither side
    assert {s.value: s.outlets for s in found.sides} == {
        "00:00 on 2031-05-03": ("one.example",), "midnight of 2031-05-04": ("two.example",)}


def test_midnight_as_a_word_on_two_days_is_no_contradiction() -> None:
    items = [_dated("a2", "two.example", MIDNIGHT_NEXT, "4 мая", "2031-05-04"),
             _dated("a3", "three.example", MIDNIGHT_SAME, "May 3", "2031-05-03")]
    corpus = Corpus([d for d, _ in items], [a for _, a in items])
    assert not truce_start_contradictions([], corpus)


def test_a_time_in_a_named_zone_is_not_the_places_own_clock() -> None:
    paris = SIX.replace("à 6 heures,", "à 6 heures, heure de Lindhaven,")
    corpus = _corpus(("a1", "one.example", NOON, "May 3", "2031-05-03"),
                     ("a3", "three.example", paris, "3 mai", None))
    assert not truce_start_contradictions([], corpus)
    # nor is a time in another city's clock a local one to convert
    assert not truce_conversions_in(
        "Le cessez-le-feu entre en vigueur à minuit, heure de Lindhaven (21:00 GMT).")
