"""The sides of office contradictions, shared by the office and title-variant finders, and the
days a stretch of an article writes, shared by the turning-point and truce-start finders."""

from __future__ import annotations

from dataclasses import dataclass

from communique.merge._corpus import NO_YEAR, Corpus
from communique.merge._office_sides import office_sides, sides_note
from communique.model.story import Evidence

from support.synthetic import annotations, doc, when

TEXT = "Minister Orla Vesk met the Korvanian envoy in Lindhaven."


@dataclass(frozen=True)
class _Read:
    article: str
    evidence: Evidence


def _corpus(*outlets: str) -> Corpus:
    documents = [doc(f"a{i}", TEXT, outlet) for i, outlet in enumerate(outlets, start=1)]
    return Corpus(documents, [annotations(d.id, TEXT) for d in documents])


def _read(corpus: Corpus, article: str, end: int = 9) -> _Read:
    return _Read(article, corpus.evidence(article, 0, end))


def test_an_outlet_on_two_sides_is_taken_off_both() -> None:
    corpus = _corpus("one.example", "two.example", "three.example", "two.example")
    # a2 and a4 are one outlet on both sides: the holder side is left empty, so no sides
    assert office_sides({"deputy": [_read(corpus, "a1"), _read(corpus, "a2"),
                                    _read(corpus, "a3")],
                         "holder": [_read(corpus, "a4")]}, corpus) is None
    made = office_sides({"deputy": [_read(corpus, "a1"), _read(corpus, "a2"),
                                    _read(corpus, "a3")],
                         "holder": [_read(corpus, "a4"), _read(corpus, "a1")]}, corpus)
    assert made is None  # a1 and a2/a4 leave deputy with three.example alone: no majority


def test_two_lone_outlets_are_no_contradiction() -> None:
    corpus = _corpus("one.example", "two.example", "three.example")
    lone = {"deputy": [_read(corpus, "a1")], "holder": [_read(corpus, "a2")]}
    assert office_sides(lone, corpus) is None
    lone["deputy"].append(_read(corpus, "a3"))
    made = office_sides(lone, corpus)
    assert made is not None
    assert [(s.value, s.outlets) for s in made] == [
        ("deputy", ("one.example", "three.example")), ("holder", ("two.example",))]
    assert sides_note("Outlets differ", made) == (
        "Outlets differ: deputy (one.example, three.example); holder (two.example).")


def test_distinct_sides_name_each_evidence_once() -> None:
    corpus = _corpus("one.example", "two.example", "three.example")
    twice = {"high envoy": [_read(corpus, "a1"), _read(corpus, "a1"), _read(corpus, "a3")],
             "special envoy": [_read(corpus, "a2")]}
    kept = office_sides(twice, corpus)
    once = office_sides(twice, corpus, distinct=True)
    assert kept is not None and once is not None
    assert (len(kept[0].evidence), len(once[0].evidence)) == (3, 2)


def test_the_days_a_stretch_writes_with_or_without_a_year() -> None:
    text = "The truce began on 3 May 2031, in May, and again on 7 May."
    dates = (when(text, "3 May 2031", "2031-05-03"), when(text, "May", "2031-05", "month"),
             when(text, "7 May", f"{NO_YEAR}-05-07"))
    corpus = Corpus([doc("a1", text, "one.example")], [annotations("a1", text, dates=dates)])
    assert [day for day, _ in corpus.days_in("a1", 0, len(text))] == [
        "2031-05-03", "XXXX-05-07"]
    assert corpus.days_in("a1", 0, text.index("7 May")) == [("2031-05-03", dates[0])]
