"""Start-time contradictions: outlets giving one event different clock times for its start."""

from __future__ import annotations

import dataclasses

from communique.merge._corpus import Corpus
from communique.merge._start_times import start_time_contradictions, start_times_in
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

THREE = "The talks, which began at 3:00 p.m. local time, lasted two hours."
HALF_FOUR = "Veldra and Orrin began talks in Lindhaven, the Orrinian capital, around 4:30 p.m."
NEAR_THREE = "The talks began at about 3:05 pm."


def test_a_start_time_is_read_where_the_event_starts() -> None:
    assert start_times_in(THREE) == {15 * 60}
    assert start_times_in(HALF_FOUR) == {16 * 60 + 30}
    assert start_times_in("The ceasefire took effect at midnight.", truce=True) == {0}
    truce = "A truce is in force as of Saturday, 27 May, at 6 a.m."
    assert start_times_in(truce, truce=True) == {360}
    assert start_times_in("Les pourparlers ont débuté à 15h30.") == {15 * 60 + 30}
    assert start_times_in("Die Gespräche begannen um 15 Uhr.") == {15 * 60}


def test_no_start_time_from_a_conversion_a_session_a_bare_number_or_another_start() -> None:
    # the same moment in another zone is no second value
    assert start_times_in("The talks began around 4:30 p.m. (3:30 p.m. Veldran time).") == {
        16 * 60 + 30}
    assert not start_times_in("The talks began at 14:30 GMT.")
    assert not start_times_in("The second session began at 17:45.")
    assert not start_times_in("The talks began at 3 in the afternoon.")
    assert not start_times_in("Shelling began at 3 a.m., before the talks.")
    # a ceasefire agreed at the talks starts when it takes effect, not when they did
    truce = "They agreed to a ceasefire effective from midnight after the talks."
    assert not start_times_in(truce) and start_times_in(truce, truce=True) == {0}


def _event(*items: tuple[str, str], start: str = "2031-04-19", end: str | None = None
           ) -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", "talks", "Talks in Lindhaven", start, end or start, "Lindhaven",
                      (), (), {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_outlets_giving_different_start_times_contradict_about_the_date() -> None:
    corpus = _corpus(("a1", "one.example", THREE), ("a2", "two.example", HALF_FOUR),
                     ("a3", "three.example", NEAR_THREE))
    (found,) = start_time_contradictions(
        [_event(("a1", THREE), ("a2", HALF_FOUR), ("a3", NEAR_THREE))], corpus)
    assert (found.kind, found.about) == ("date", "ev_1")
    # 3:00 and about 3:05 are one time told roughly
    assert {s.value: s.outlets for s in found.sides} == {
        "15:00": ("one.example", "three.example"), "16:30": ("two.example",)}


def test_close_times_one_outlet_or_an_event_over_days_make_no_contradiction() -> None:
    close = _corpus(("a1", "one.example", THREE), ("a3", "three.example", NEAR_THREE))
    assert not start_time_contradictions([_event(("a1", THREE), ("a3", NEAR_THREE))], close)
    same = _corpus(("a1", "one.example", THREE), ("a2", "one.example", HALF_FOUR))
    assert not start_time_contradictions([_event(("a1", THREE), ("a2", HALF_FOUR))], same)
    two = _corpus(("a1", "one.example", THREE), ("a2", "two.example", HALF_FOUR))
    assert not start_time_contradictions(
        [_event(("a1", THREE), ("a2", HALF_FOUR), end="2031-04-20")], two)


def test_an_article_giving_two_start_times_takes_no_side() -> None:
    both = THREE + "\n" + HALF_FOUR
    corpus = _corpus(("a1", "one.example", both), ("a2", "two.example", HALF_FOUR))
    event = dataclasses.replace(_event(("a2", HALF_FOUR)), evidence=(
        Evidence("a1", 0, len(THREE), THREE),
        Evidence("a1", len(THREE) + 1, len(both), HALF_FOUR),
        Evidence("a2", 0, len(HALF_FOUR), HALF_FOUR)))
    assert not start_time_contradictions([event], corpus)


def test_outlets_giving_a_ceasefire_different_times_contradict() -> None:
    noon = "The ceasefire took effect at noon local time on Saturday."
    six = "Le cessez-le-feu est entré en vigueur samedi à 6 heures."
    corpus = _corpus(("a1", "one.example", noon), ("a2", "two.example", six))
    event = dataclasses.replace(_event(("a1", noon), ("a2", six)), type="ceasefire")
    (found,) = start_time_contradictions([event], corpus)
    assert {s.value for s in found.sides} == {"06:00", "12:00"}
    # the same sentences say nothing of the start of a meeting
    assert not start_time_contradictions([_event(("a1", noon), ("a2", six))], corpus)
