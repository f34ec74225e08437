"""Host contradictions: an outlet that has one country host an event held in another."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._hosts import host_contradictions, hosts_in
from communique.model.story import Contradiction, Evidence, StoryEvent

from support.synthetic import annotations, country, doc

# Lindhaven is a city of Veldra; Orrinia is a third country.
HELD = "The committee met on June 3 in Lindhaven, Veldra."
PLAN = "Orrinia has agreed to convene the next committee meeting in June."
HOSTED = "The meeting, organised by Orrinia, ended with a statement."
THIRD = "Orrinia hosted the committee meeting in Lindhaven."


def _mentions(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), n) for n in names]


def test_the_country_before_a_hosting_verb_or_after_a_hosting_agent_hosts() -> None:
    assert hosts_in(PLAN, _mentions(PLAN, "Orrinia")) == {"Orrinia"}
    assert hosts_in(HOSTED, _mentions(HOSTED, "Orrinia")) == {"Orrinia"}
    text = "La réunion, organisée par l'Orrinie, a pris fin."
    assert hosts_in(text, _mentions(text, "Orrinie")) == {"Orrinie"}
    text = "Orrinia criticised Veldra over the meeting."
    assert hosts_in(text, _mentions(text, "Orrinia", "Veldra")) == set()


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    documents = [doc(i, t, o) for i, o, t in items]
    notes = [annotations(i, t, entities=tuple(country(n, t) for n in ("Orrinia", "Veldra")
                                              if n in t),
                         places=(("Lindhaven", "Veldra"),) if "Lindhaven" in t else ())
             for i, _, t in items]
    return Corpus(documents, notes)


def _event(*items: tuple[str, str]) -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", "meeting", "Meeting in Lindhaven, 2031-06-03", "2031-06-03",
                      "2031-06-03", "Lindhaven", (), (), {}, (), (), evidence, len(items))


def _found(*items: tuple[str, str, str], known: tuple[Contradiction, ...] = ()
           ) -> list[Contradiction]:
    event = _event(*((i, t) for i, _, t in items))
    return host_contradictions([event], _corpus(*items), known)


def test_a_host_abroad_is_set_against_the_outlets_naming_the_place() -> None:
    (found,) = _found(("a1", "one.example", PLAN), ("a2", "two.example", HELD),
                      ("a3", "three.example", HELD))
    assert (found.kind, found.about) == ("place", "ev_1")
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("expected host: Orrinia", ("one.example",)),
        ("held: Lindhaven", ("three.example", "two.example"))]


def test_no_host_contradiction_for_a_host_at_home_a_host_beside_the_place_or_a_dispute() -> None:
    # Orrinia hosting in Lindhaven says where it hosted: one source, no side.
    assert not _found(("a1", "one.example", THIRD), ("a2", "two.example", HELD))
    # Veldra hosting its own city's meeting agrees.
    home = "Veldra has agreed to convene the next committee meeting."
    assert not _found(("a1", "one.example", home), ("a2", "two.example", HELD))
    # An outlet on both sides takes neither; an event whose place is disputed gets none.
    assert not _found(("a1", "one.example", HOSTED), ("a2", "one.example", HELD))
    (found,) = _found(("a1", "one.example", HOSTED), ("a2", "two.example", HELD))
    assert [s.value for s in found.sides] == ["host: Orrinia", "held: Lindhaven"]
    disputed = Contradiction("x_1", "place", "ev_1", (), "")
    assert not _found(("a1", "one.example", HOSTED), ("a2", "two.example", HELD),
                      known=(disputed,))
