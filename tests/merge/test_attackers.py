"""Attacker contradictions (merge/_attackers): outlets that name different countries as having
attacked one, in sentences about one event."""

from __future__ import annotations

from communique.merge._attackers import attacker_contradictions, attackers_in
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

COUNTRIES = {"Veldra": "Veldra", "Korvania": "Korvania", "Tirasol": "Tirasol"}


def test_the_countries_before_a_launched_attack_are_its_attackers() -> None:
    assert attackers_in("The talks stalled as the Veldra-Tirasol launched an attack on "
                        "Korvania on Saturday.", COUNTRIES.get) == {
        "Korvania": "Tirasol and Veldra"}
    assert attackers_in("The Veldra government has launched an unprovoked attack on "
                        "Korvania.", COUNTRIES.get) == {"Korvania": "Veldra"}


def test_a_plan_a_denial_or_a_subject_naming_no_country_attacks_no_one() -> None:
    assert not attackers_in("Veldra would have launched strikes on Korvania.", COUNTRIES.get)
    assert not attackers_in("Veldra has not launched strikes on Korvania.", COUNTRIES.get)
    assert not attackers_in("His country had launched missile attacks on Korvania.",
                            COUNTRIES.get)


def _found(*items: tuple[str, str, str]) -> list[tuple[str, tuple[str, ...]]]:
    corpus = Corpus([doc(i, t, o, None) for i, o, t in items],
                    [annotations(i, t) for i, _, t in items])
    evidence = tuple(Evidence(i, 0, len(t), t) for i, _, t in items)
    event = StoryEvent("ev_1", "talks", "Talks in Lindhaven", "2031-02-26", "2031-02-26",
                       "Lindhaven", (), (), {}, (), (), evidence, len(items))
    found = attacker_contradictions([event], corpus, Countries(COUNTRIES))
    return [(s.value, s.outlets) for c in found for s in c.sides]


A = "After the talks in Lindhaven, Veldra and Tirasol launched an attack on Korvania."
B = "After the talks in Lindhaven, Veldra launched a missile attack on Korvania alone."


def test_outlets_naming_different_attackers_of_one_country_contradict() -> None:
    assert _found(("a1", "one.example", A), ("a2", "two.example", B)) == [
        ("Tirasol and Veldra", ("one.example",)), ("Veldra", ("two.example",))]
    assert not _found(("a1", "one.example", A), ("a2", "one.example", B))


def test_a_country_of_several_words_is_read_whole_and_never_from_its_opening_word() -> None:
    countries = Countries(["North Veldra", "North Tirasol", "Korvania", "Upper Korvania",
                           "Laos"])
    assert attackers_in("North Veldra and Korvania launched an attack on Upper Korvania.",
                        countries.country_of) == {"Upper Korvania": "Korvania and North Veldra"}
    assert not attackers_in("The North launched an attack on Korvania.", countries.country_of)
    assert attackers_in("Laos's army launched strikes on Korvania.",
                        countries.country_of) == {"Korvania": "Laos"}
