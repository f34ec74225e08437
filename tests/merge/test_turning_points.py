"""When fighting resumed: outlets dating one resumption of fighting differently (fictional
text)."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._turning_points import resumption_contradictions
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.temporal import TimeExpression

from support.synthetic import annotations, doc, when

SEVENTH = "Talks opened as the Veldra-Korvania border conflict has reignited since May 7."
SEVENTH_TOO = ("A truce effective at noon on May 27 was meant to halt the conflict that "
               "reignited on May 7.")
EIGHTH = "Столкновения на границе продолжаются уже третью неделю: они возобновились 8 мая."


def _article(doc_id: str, outlet: str, text: str, *days: tuple[str, str],
             published: str | None = "2031-05-20") -> tuple[Document, Annotations]:
    dates: tuple[TimeExpression, ...] = tuple(when(text, s, v) for s, v in days)
    return doc(doc_id, text, outlet, published), annotations(doc_id, text, dates=dates)


def _corpus(*articles: tuple[Document, Annotations]) -> Corpus:
    return Corpus([a for a, _ in articles], [b for _, b in articles])


def test_outlets_dating_the_resumption_of_fighting_differently_contradict() -> None:
    corpus = _corpus(
        _article("a1", "one.example", SEVENTH, ("May 7", "2031-05-07")),
        _article("a2", "two.example", SEVENTH_TOO, ("noon on May 27", "2031-05-27T12:00"),
                 ("May 7", "XXXX-05-07"), published=None),
        _article("a3", "three.example", EIGHTH, ("8 мая", "2031-05-08")))
    (found,) = resumption_contradictions(corpus)
    assert found.kind == "date"
    # the truce's day in the second sentence is another clause's: never the resumption's
    assert {s.value: s.outlets for s in found.sides} == {
        "2031-05-07": ("one.example", "two.example"), "2031-05-08": ("three.example",)}


def test_one_day_one_outlet_or_two_resumptions_weeks_apart_make_no_contradiction() -> None:
    same = _corpus(_article("a1", "one.example", SEVENTH, ("May 7", "2031-05-07")),
                   _article("a3", "three.example", EIGHTH.replace("8", "7"),
                            ("7 мая", "2031-05-07")))
    assert not resumption_contradictions(same)
    one_outlet = _corpus(_article("a1", "one.example", SEVENTH, ("May 7", "2031-05-07")),
                         _article("a3", "one.example", EIGHTH, ("8 мая", "2031-05-08")))
    assert not resumption_contradictions(one_outlet)
    later = SEVENTH.replace("May 7", "June 20")
    apart = _corpus(_article("a1", "one.example", SEVENTH, ("May 7", "2031-05-07")),
                    _article("a2", "two.example", later, ("June 20", "2031-06-20")))
    assert not resumption_contradictions(apart)


def test_a_day_far_from_the_verb_or_without_fighting_is_not_read() -> None:
    far = "Fighting resumed after the talks that Veldra hosted in Lindhaven on May 8."
    talks = "Veldra and Korvania resumed talks on May 8."
    corpus = _corpus(_article("a1", "one.example", SEVENTH, ("May 7", "2031-05-07")),
                     _article("a2", "two.example", far, ("May 8", "2031-05-08")),
                     _article("a3", "three.example", talks, ("May 8", "2031-05-08")))
    assert not resumption_contradictions(corpus)


def test_outlets_dating_the_suspension_of_an_agreement_differently_contradict() -> None:
    monday = "Veldra announced Monday it was suspending the implementation of the accord."
    ordered = "Premier Ostra on Monday (May 10) ordered an immediate suspension of the declaration."
    later = "Nevertheless, implementation was hampered: Veldra suspended it on 11 May."
    corpus = _corpus(
        _article("a1", "one.example", monday, ("Monday", "2031-05-10")),
        _article("a2", "two.example", ordered, ("Monday", "2031-05-10"), ("May 10", "2031-05-10")),
        _article("a3", "three.example", later, ("11 May", "XXXX-05-11"), published=None))
    (found,) = resumption_contradictions(corpus)
    assert {s.value: s.outlets for s in found.sides} == {
        "2031-05-10": ("one.example", "two.example"), "2031-05-11": ("three.example",)}


def test_a_suspension_of_something_else_or_dated_in_another_clause_is_not_read() -> None:
    trade = "Veldra suspended border trade on May 11."
    signed = "Veldra suspended the accord that both sides signed in Lindhaven on May 11."
    corpus = _corpus(
        _article("a1", "one.example", "Veldra suspended the accord on May 10.",
                 ("May 10", "2031-05-10")),
        _article("a2", "two.example", trade, ("May 11", "2031-05-11")),
        _article("a3", "three.example", signed, ("May 11", "2031-05-11")))
    assert not resumption_contradictions(corpus)


def test_a_suspension_by_an_agreement_of_another_clause_is_not_read() -> None:
    # the day is the accord's, and what it suspended are tariffs, not an agreement
    tariffs = "Talks follow the accord of 12 May in Lindhaven, which suspended most tariffs."
    corpus = _corpus(
        _article("a1", "one.example", "Veldra suspended the accord on 13 May.",
                 ("13 May", "2031-05-13")),
        _article("a2", "two.example", tariffs, ("12 May", "2031-05-12")))
    assert not resumption_contradictions(corpus)
