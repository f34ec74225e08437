"""Lag contradictions (merge/_lags): outlets that put one event a different time after the
same thing."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._lags import lag_contradictions, lags_in
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc


def test_a_lag_is_read_in_hours_with_the_words_of_what_it_follows() -> None:
    assert ("communique", 48) in lags_in(
        "The signing in Lindhaven came 48 hours after a joint communique of both sides.")
    assert ("communiqué", 72) in lags_in(
        "La signature intervient trois jours après un communiqué conjoint.")
    assert ("waffenruhe", 24 * 14) in lags_in(
        "Das Abkommen wurde zwei Wochen nach der Waffenruhe unterzeichnet.")
    # Short words (an article, "talks") name nothing to compare; a word given two lags in
    # one sentence takes no side.
    assert not lags_in("The round opened two days after the talks.")
    assert not {word for word, _ in lags_in(
        "It came two days after the ceasefire and five days after the ceasefire was first "
        "proposed.")} & {"ceasefire"}


def _found(*items: tuple[str, str, str]) -> list[tuple[str, tuple[str, ...]]]:
    corpus = Corpus([doc(i, t, o, None) for i, o, t in items],
                    [annotations(i, t) for i, _, t in items])
    evidence = tuple(Evidence(i, 0, len(t), t) for i, _, t in items)
    event = StoryEvent("ev_1", "agreement", "Signing in Lindhaven", "2031-04-25", "2031-04-25",
                       "Lindhaven", (), (), {}, (), (), evidence, len(items))
    return [(s.value, s.outlets) for c in lag_contradictions([event], corpus) for s in c.sides]


A = "The accord was signed in Lindhaven 48 hours after a joint communique of both sides."
B = "The signing in Lindhaven came three days after the communique of the two sides."
C = "The signing in Lindhaven came two days after the communique of the two sides."


def test_outlets_giving_one_event_different_lags_after_one_thing_contradict() -> None:
    assert _found(("a1", "one.example", A), ("a2", "two.example", B)) == [
        ("2 days after", ("one.example",)), ("3 days after", ("two.example",))]


def test_the_same_lag_in_other_units_or_one_outlet_is_no_contradiction() -> None:
    assert not _found(("a1", "one.example", A), ("a2", "two.example", C))
    assert not _found(("a1", "one.example", A), ("a2", "one.example", B))
