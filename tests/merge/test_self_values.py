"""A source against itself on a number (issue 11): one article that gives one count two rival
values in two sentences is the article's inconsistency, with the article on both sides; one
sentence stating a change, a sentence telling the tally's history, and two lengths of
different things are not.

The claims are hand-made (no NLP model): what is tested is the comparison of one article's
figures, not their reading.
"""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge.claims import build_claims
from communique.model.claims import Claim, Quantity
from communique.model.story import Contradiction

from support.synthetic import annotations, doc


def _claim(text: str, sentence: str, surface: str, value: float, low: float | None,
           approximate: bool, unit: str = "count") -> Claim:
    """A claim of ``sentence`` (a part of ``text``) whose number is ``surface``."""
    start = text.index(sentence)
    at = text.index(surface, start)
    quantity = Quantity(value, low, None, unit, surface, at, at + len(surface), approximate)
    return Claim(start, start + len(sentence), sentence, "the fighting", None, None, "displace",
                 "villagers", quantity, False, False, None, "none", object_key="villagers")


def _conflicts(text: str, claims: list[Claim]) -> list[Contradiction]:
    docs = [doc("a1", text, "veldranews.example", "2031-05-12")]
    notes = [annotations("a1", text, claims=tuple(claims))]
    _, found = build_claims(Corpus(docs, notes), Countries(["Korvania", "Veldra"]))
    return found


FIRST = "The fighting has displaced more than 260,000 villagers on both sides."
SECOND = "The fighting displaced about 300,000 villagers on both sides, officials said."


def test_two_rival_counts_in_one_article_are_its_inconsistency() -> None:
    text = f"{FIRST} Talks resume on Monday. {SECOND}"
    found = _conflicts(text, [
        _claim(text, FIRST, "more than 260,000", 260000, 260000, False),
        _claim(text, SECOND, "about 300,000", 300000, None, True),
    ])
    assert [c.kind for c in found] == ["inconsistency"]
    sides = found[0].sides
    assert [s.value for s in sides] == ["more than 260,000", "about 300,000"]
    assert {e.article for s in sides for e in s.evidence} == {"a1"}


def test_a_tally_told_as_updated_is_no_inconsistency() -> None:
    second = "The number of displaced villagers has since risen to about 300,000."
    text = f"{FIRST} {second}"
    found = _conflicts(text, [
        _claim(text, FIRST, "more than 260,000", 260000, 260000, False),
        _claim(text, second, "about 300,000", 300000, None, True),
    ])
    assert found == []


def test_two_values_in_one_sentence_state_a_change() -> None:
    sentence = "The fighting displaced 260,000 villagers at first and 300,000 villagers later."
    found = _conflicts(sentence, [
        _claim(sentence, sentence, "260,000", 260000, None, False),
        _claim(sentence, sentence, "300,000", 300000, None, False),
    ])
    assert found == []
