"""A contradiction's sides: each independent source on one side at most."""

from __future__ import annotations

from communique.merge._corpus import Corpus

from support.synthetic import annotations, doc

TEXT = "Korvanian and Veldran envoys met in Lindhaven on Tuesday."


def _corpus() -> Corpus:
    documents = [doc("a1", TEXT, "one.example"), doc("a2", TEXT, "two.example"),
                 doc("a3", TEXT, "two.example"), doc("a4", TEXT, "four.example"),
                 doc("a5", TEXT, "five.example", duplicate_of="a4")]
    return Corpus(documents, [annotations(d.id, TEXT) for d in documents])


def test_an_outlet_stating_two_values_is_on_no_side() -> None:
    corpus = _corpus()
    sides = corpus.sides({"Tuesday": [corpus.evidence("a1", 0, 9), corpus.evidence("a2", 0, 9)],
                          "Monday": [corpus.evidence("a3", 0, 9)]})
    # a2 and a3 are one outlet stating both days: only a1's side is left
    assert [(s.value, s.outlets) for s in sides] == [("Tuesday", ("one.example",))]


def test_a_copy_counts_as_the_outlet_it_copies() -> None:
    corpus = _corpus()
    sides = corpus.sides({"Monday": [corpus.evidence("a4", 0, 9)],
                          "Tuesday": [corpus.evidence("a1", 0, 9), corpus.evidence("a5", 0, 9)]})
    # a5 copies a4, so their source states two values and only a1 stays
    assert [(s.value, s.outlets) for s in sides] == [("Tuesday", ("one.example",))]


def test_sides_come_sorted_by_value_with_their_evidence_once() -> None:
    corpus = _corpus()
    piece = corpus.evidence("a1", 0, 9)
    sides = corpus.sides({"b": [corpus.evidence("a4", 0, 9)], "a": [piece, piece], "c": []})
    assert [s.value for s in sides] == ["a", "b"]
    assert sides[0].evidence == (piece,)
