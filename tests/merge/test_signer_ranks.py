"""Signer ranks: outlets that give the signers of one event for both sides different ranks
(heads of state or government against ministers)."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._role_conflicts import role_contradictions
from communique.merge._role_phrases import HEAD_OF_STATE, MINISTER
from communique.merge._signer_ranks import signer_ranks
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc


def test_an_office_for_both_sides_that_signs_gives_its_rank() -> None:
    assert signer_ranks("The foreign ministers of Veldra and Korvania, on Friday, signed the "
                        "accord in Lindhaven.") == {MINISTER}
    assert signer_ranks("The accord was signed by the presidents of both countries.") == {
        HEAD_OF_STATE}
    assert signer_ranks("Das Abkommen wurde von den Außenministern beider Länder in "
                        "Anwesenheit des Gastgebers unterzeichnet.") == {MINISTER}
    assert signer_ranks("Die Präsidenten Veldras und Korvanias unterzeichneten das "
                        "Abkommen.") == {HEAD_OF_STATE}
    assert signer_ranks("Les ministres des Affaires étrangères des deux pays ont apposé leurs "
                        "signatures sur le document.") == {MINISTER}


def test_an_office_that_does_not_sign_for_both_sides_gives_no_rank() -> None:
    # one side's office, a deputy, a witness, a plan, the object of a preposition
    assert not signer_ranks("Prime Minister Bohdan Kravel and Ilse Marveth signed the accord.")
    assert not signer_ranks("The deputy prime ministers of both sides signed the accord.")
    assert not signer_ranks("The presidents of both countries looked on as the ministers "
                            "signed.")
    assert not signer_ranks("The presidents of both countries will sign the accord.")
    assert not signer_ranks("In the presence of the presidents of both countries, the "
                            "delegations signed.")
    assert not signer_ranks("The presidents of both countries signed as witnesses.")


HEADS = "The presidents of Veldra and Korvania signed the accord in Lindhaven."
MINISTERS = "The accord was signed by the foreign ministers of both countries."


def _contradictions(*items: tuple[str, str, str]) -> list[tuple[str, tuple[str, ...]]]:
    corpus = Corpus([doc(i, t, o, None) for i, o, t in items],
                    [annotations(i, t) for i, _, t in items])
    evidence = tuple(Evidence(i, 0, len(t), t) for i, _, t in items)
    event = StoryEvent("ev_1", "agreement", "Signing in Lindhaven", "2026-02-17", "2026-02-17",
                       "Lindhaven", (), (), {}, (), (), evidence, len(items))
    found = role_contradictions([event], corpus, Countries(["Veldra", "Korvania"]))
    return [(s.value, s.outlets) for c in found for s in c.sides]


def test_outlets_giving_signers_different_ranks_contradict() -> None:
    assert _contradictions(("a1", "one.example", HEADS), ("a2", "two.example", MINISTERS)) == [
        (HEAD_OF_STATE, ("one.example",)), (MINISTER, ("two.example",))]


def test_the_same_rank_or_one_outlet_is_no_contradiction() -> None:
    assert not _contradictions(("a1", "one.example", MINISTERS),
                               ("a2", "two.example", MINISTERS.replace("foreign ", "")))
    assert not _contradictions(("a1", "one.example", HEADS), ("a2", "one.example", MINISTERS))
