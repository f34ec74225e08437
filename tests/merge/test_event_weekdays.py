"""Weekday contradictions: an outlet naming a weekday for an event it fell on no day of."""

from __future__ import annotations

from dataclasses import replace

from communique.merge._corpus import Corpus
from communique.merge._event_weekdays import weekday_contradictions, weekdays_in
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

# 2031-04-19 is a Saturday.
SATURDAY = "Korvanian and Veldran envoys held talks in Lindhaven on Saturday."
SUNDAY = "The talks in Lindhaven on Sunday ended without a deal."
THURSDAY_DE = "Das Treffen soll am Donnerstag stattfinden."
MONDAY = "The talks began Monday in Port Alcyne."


def test_the_weekday_of_the_event_is_read_after_its_word_or_before_it() -> None:
    assert weekdays_in(SATURDAY) == {5}
    assert weekdays_in(SUNDAY) == {6}
    assert weekdays_in(THURSDAY_DE) == {3}
    assert weekdays_in("Saturday's talks in Lindhaven were short.") == {5}
    assert weekdays_in("Les pourparlers de samedi ont duré trois heures.") == {5}
    assert weekdays_in("Les pourparlers se sont tenus samedi à Lindhaven.") == {5}
    assert weekdays_in("Envoys opened their latest round of talks in the Orrinian capital on "
                       "Monday.") == {0}


def test_no_weekday_of_a_statement_another_clause_or_two_days() -> None:
    # the day someone spoke of the talks, not theirs
    assert not weekdays_in("The talks will be held in Lindhaven, Kravel said on Tuesday.")
    assert not weekdays_in("Veldra confirmed the talks on Tuesday.")
    assert not weekdays_in("Lin Ostrava bestätigte das Treffen am Dienstag.")
    # another verb's day
    assert not weekdays_in("Korvania did not wait for the talks and struck on Saturday.")
    # a day the talks are set against
    assert not weekdays_in("Envoys want talks before Friday.")
    # two days: the talks and something else, or a schedule
    assert not weekdays_in("Talks set for Thursday were moved to Saturday.")
    # a day the event was moved from, or that it does not take place on
    assert not weekdays_in("Orrin is rescheduling the meeting planned for Saturday.")
    assert not weekdays_in("There will be no meeting Sunday, an official said.")
    assert not weekdays_in("The talks set to be held in Lindhaven this Sunday will not now take "
                           "place.")
    assert not weekdays_in("A sticking point before Sunday's now-cancelled meeting was money.")


def test_a_weekday_written_with_its_own_day_is_that_dates_not_a_bare_weekday() -> None:
    # The date finders read these; the sentence may date another event than its own.
    assert not weekdays_in("Os líderes falarão na cúpula de quinta-feira, 10 de maio, após "
                           "negociações em Lindhaven.")
    assert not weekdays_in("The summit on Thursday, May 10, follows the talks in Lindhaven.")
    assert not weekdays_in("A cúpula de quinta-feira (29) encerra a viagem.")
    assert weekdays_in("The summit on Thursday in Lindhaven ended early.") == {3}


def _event(*items: tuple[str, str], start: str = "2031-04-19", end: str | None = None,
           id: str = "ev_1") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent(id, "talks", "Talks in Lindhaven", start, end or start, "Lindhaven",
                      (), (), {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_an_outlet_naming_a_weekday_off_the_event_contradicts_those_on_it() -> None:
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "two.example", SUNDAY),
                     ("a3", "three.example", THURSDAY_DE))
    (found,) = weekday_contradictions(
        [_event(("a1", SATURDAY), ("a2", SUNDAY), ("a3", THURSDAY_DE))], corpus)
    assert (found.kind, found.about) == ("date", "ev_1")
    assert {s.value: s.outlets for s in found.sides} == {
        "Saturday": ("one.example",), "Sunday": ("two.example",),
        "Thursday": ("three.example",)}


def test_an_event_whose_days_are_already_disputed_gets_no_second_contradiction() -> None:
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "two.example", SUNDAY))
    event = _event(("a1", SATURDAY), ("a2", SUNDAY))
    (found,) = weekday_contradictions([event], corpus)
    assert not weekday_contradictions([event], corpus, [found])


def test_weekdays_on_the_event_days_agree() -> None:
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "two.example", SUNDAY))
    two_days = _event(("a1", SATURDAY), ("a2", SUNDAY), end="2031-04-20")
    assert not weekday_contradictions([two_days], corpus)


def test_no_contradiction_without_a_side_on_the_event_or_for_a_long_or_undated_event() -> None:
    corpus = _corpus(("a2", "two.example", SUNDAY), ("a3", "three.example", THURSDAY_DE),
                     ("a1", "one.example", SATURDAY))
    assert not weekday_contradictions([_event(("a2", SUNDAY), ("a3", THURSDAY_DE))], corpus)
    items = (("a1", SATURDAY), ("a2", SUNDAY))
    assert not weekday_contradictions([_event(*items, end="2031-04-27")], corpus)
    assert not weekday_contradictions([_event(*items, start="2031-04")], corpus)


def test_an_outlet_never_takes_two_sides() -> None:
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "one.example", SUNDAY))
    assert not weekday_contradictions([_event(("a1", SATURDAY), ("a2", SUNDAY))], corpus)


def test_a_weekday_of_another_event_the_article_names_is_not_this_ones() -> None:
    # a2 also reports talks held on a Monday: its "began Monday" may be those
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "two.example", MONDAY))
    this = _event(("a1", SATURDAY), ("a2", MONDAY))
    other = _event(("a2", MONDAY), start="2031-06-02", id="ev_2")
    found = weekday_contradictions([this, other], corpus)
    assert not [c for c in found if c.about == "ev_1"]


def test_a_weekday_in_an_article_naming_another_events_place_is_not_this_ones() -> None:
    # a2, an undated preview, is filed under this event but names the place of another event
    # held on a Monday: its "talks begin Monday" may be that one's
    preview = "Envoys head to Port Alcyne. When: talks begin Monday."
    corpus = _corpus(("a1", "one.example", SATURDAY), ("a2", "two.example", preview),
                     ("a3", "three.example", MONDAY))
    this = _event(("a1", SATURDAY), ("a2", preview))
    other = replace(_event(("a3", MONDAY), start="2031-06-02", id="ev_2"), place="Port Alcyne")
    assert not [c for c in weekday_contradictions([this, other], corpus) if c.about == "ev_1"]
    # without the other event's place in its text, it takes a side
    (found,) = weekday_contradictions([this, replace(other, place="Lindhaven West")], corpus)
    assert found.about == "ev_1"
