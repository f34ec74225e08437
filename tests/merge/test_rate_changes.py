"""Rates of one change (merge/_rate_changes): two outlets giving a sentence's other rate alike
and the rate left over differently state rival values, whatever verb each used."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge.claims import build_claims
from communique.model.claims import Claim, Quantity
from communique.model.story import Contradiction

from support.synthetic import annotations, doc

CUT = "After the truce Veldra cut its tariffs to 30 percent and Korvania lowered its own to 10%."
DOWN = ("The truce brought tariffs down sharply to about 55% on one side and 10% on the "
        "other, restarting trade.")


def _rate(text: str, surface: str, value: float, predicate: str, subject: str = "",
          approximate: bool = False) -> Claim:
    start = text.index(surface)
    quantity = Quantity(value, None, None, "percent", surface, start, start + len(surface),
                        approximate)
    return Claim(0, len(text), text, subject, None, None, predicate, None, quantity, False,
                 approximate, None, "none")


def _contradictions(*items: tuple[str, str, list[Claim]]) -> list[Contradiction]:
    """``(doc id, text, claims)``, each from its own outlet, all undated."""
    docs = [doc(i, text, f"{i}.example", None) for i, text, _ in items]
    notes = [annotations(i, text, claims=tuple(claims)) for i, text, claims in items]
    _, found = build_claims(Corpus(docs, notes), Countries(["Korvania", "Veldra"]))
    return found


def test_the_rate_left_over_beside_one_pooled_rate_is_a_rival() -> None:
    found = _contradictions(
        ("a1", CUT, [_rate(CUT, "30 percent", 30, "cut", "Veldra"),
                     _rate(CUT, "10%", 10, "lower", "Korvania")]),
        ("a2", DOWN, [_rate(DOWN, "about 55%", 55, "bring down", "The truce", True),
                      _rate(DOWN, "10%", 10, "bring down", "The truce")]),
    )
    assert [(c.kind, sorted(s.value for s in c.sides)) for c in found] == [
        ("value", ["30 percent", "about 55%"])]


def test_a_rate_beside_another_claim_or_changed_from_it_is_no_rival() -> None:
    # The other rate is the bound of a range, not the same slot's companion.
    spread = "Other partners face tariffs of between 10% and 50% while the truce lasts."
    assert not _contradictions(
        ("a1", CUT, [_rate(CUT, "30 percent", 30, "cut", "Veldra"),
                     _rate(CUT, "10%", 10, "lower", "Korvania")]),
        ("a2", spread, [_rate(spread, "10%", 10, "face", "Other partners"),
                        _rate(spread, "50%", 50, "face", "Other partners")]),
    )
    # A rate changed from the other one of its sentence is one slot's old and new value.
    change = "Veldra offered to bring its tariffs from 10% down to 80% during the truce."
    assert not _contradictions(
        ("a1", DOWN, [_rate(DOWN, "about 55%", 55, "bring down", "The truce", True),
                      _rate(DOWN, "10%", 10, "bring down", "The truce")]),
        ("a2", change, [_rate(change, "10%", 10, "bring", "Veldra"),
                        _rate(change, "80%", 80, "bring", "Veldra")]),
    )
