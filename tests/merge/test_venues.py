"""Venue contradictions: one event put in different buildings by different outlets."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._venues import venue_contradictions, venues_in
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

RESIDENCE = "The talks took place at the Veldran ambassador's residence in Lindhaven."
EMBASSY = "The talks were held at the Veldran Embassy in Lindhaven."
BOTH = "They signed at the State Department and were then received at the White House."


def test_venue_kinds_are_read_after_a_location_word() -> None:
    assert venues_in(RESIDENCE) == {"a residence"}
    assert venues_in("talks in one of the Embassy of Veldra's buildings") == {"an embassy"}
    assert venues_in(BOTH) == {"a ministry", "the White House"}
    assert not venues_in("The embassy issued a statement on the talks.")
    assert not venues_in("Trump, speaking to reporters at the White House, praised the talks.")
    assert not venues_in("The minister arrived at the residence at noon.")


def _event(*items: tuple[str, str], start: str | None = "2031-04-19") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", "talks", "Talks in Lindhaven", start, start, "Lindhaven", (), (),
                      {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_outlets_naming_different_venues_contradict_about_the_event() -> None:
    corpus = _corpus(("a1", "one.example", RESIDENCE), ("a2", "two.example", EMBASSY),
                     ("a3", "three.example", BOTH))
    found = venue_contradictions(
        [_event(("a1", RESIDENCE), ("a2", EMBASSY), ("a3", BOTH))], corpus)
    assert [(c.kind, c.about) for c in found] == [("place", "ev_1")]
    # the article naming two venues takes no side
    assert {s.value: s.outlets for s in found[0].sides} == {
        "a residence": ("one.example",), "an embassy": ("two.example",)}


def test_no_venue_contradiction_within_one_outlet_or_for_an_undated_event() -> None:
    same = _corpus(("a1", "one.example", RESIDENCE), ("a2", "one.example", EMBASSY))
    assert not venue_contradictions([_event(("a1", RESIDENCE), ("a2", EMBASSY))], same)
    two = _corpus(("a1", "one.example", RESIDENCE), ("a2", "two.example", EMBASSY))
    assert not venue_contradictions(
        [_event(("a1", RESIDENCE), ("a2", EMBASSY), start=None)], two)
