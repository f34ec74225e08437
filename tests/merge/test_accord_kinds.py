"""What was signed: a peace accord in one outlet, explicitly not one in another."""

from __future__ import annotations

from communique.merge._accord_kinds import NOT_PEACE, PEACE, accord_contradictions, accord_kind
from communique.merge._corpus import Corpus
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc


def test_a_peace_accord_called_or_denied_is_read() -> None:
    assert accord_kind("Kravel and Marveth signed the Lindhaven Peace Accord today.") == PEACE
    assert accord_kind("The peace treaty was signed at the palace.") == PEACE
    assert accord_kind("Korvania presents it as a cessation of hostilities, not a peace treaty."
                       ) == NOT_PEACE
    assert accord_kind("Lo presenta como un cese de hostilidades, no como un tratado de paz."
                       ) == NOT_PEACE
    assert accord_kind("There is still no comprehensive peace deal between the two.") == NOT_PEACE


def test_a_signing_denied_a_plan_or_a_ceasefire_alone_is_no_report() -> None:
    # Denying a signing says nothing of what the text is.
    assert accord_kind("Veldra did not sign the peace agreement.") is None
    assert accord_kind("The two sides hope to sign a peace agreement next year.") is None
    assert accord_kind("Both armies signed a ceasefire agreement.") is None


CALLED = "Kravel and Marveth signed the Lindhaven Peace Accord in Lindhaven."
DENIED = "In Lindhaven the text is a truce, not a peace treaty, officials said."


def _event(*items: tuple[str, str], kind: str = "agreement") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", kind, "Signing in Lindhaven", "2026-02-17", "2026-02-17",
                      "Lindhaven", (), (), {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_outlets_disagreeing_on_the_accord_contradict() -> None:
    corpus = _corpus(("a1", "one.example", CALLED), ("a2", "two.example", DENIED))
    found = accord_contradictions([_event(("a1", CALLED), ("a2", DENIED))], corpus)
    assert [(c.kind, c.about) for c in found] == [("mode", "ev_1")]
    assert {s.value: s.outlets for s in found[0].sides} == {
        PEACE: ("one.example",), NOT_PEACE: ("two.example",)}


def test_no_contradiction_within_one_outlet_or_for_talks() -> None:
    corpus = _corpus(("a1", "same.example", CALLED), ("a2", "same.example", DENIED))
    assert not accord_contradictions([_event(("a1", CALLED), ("a2", DENIED))], corpus)
    corpus = _corpus(("a1", "one.example", CALLED), ("a2", "two.example", DENIED))
    assert not accord_contradictions([_event(("a1", CALLED), ("a2", DENIED), kind="talks")],
                                     corpus)
