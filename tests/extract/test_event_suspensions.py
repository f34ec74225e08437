"""Suspensions of a signed text and deadlines set, extended or run out, as events."""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model.annotations import EventMention, EventStatus, EventType

from support.extracted import events_of

# A Thursday; "Monday" below is 2031-03-17.
PUBLISHED = date(2031, 3, 20)


def _events(extractor: Extractor, text: str) -> list[EventMention]:
    return events_of(extractor, text, PUBLISHED)


def _one(extractor: Extractor, text: str, kind: EventType) -> EventMention:
    found = [e for e in _events(extractor, text) if e.type is kind]
    assert len(found) == 1, (text, _events(extractor, text))
    return found[0]


def test_a_suspended_declaration_is_a_suspension_by_its_subject(extractor: Extractor) -> None:
    event = _one(extractor, "Korvania suspended the peace declaration with Veldra on Monday in "
                 "Lindhaven.", EventType.SUSPENSION)
    assert event.status is EventStatus.HELD
    assert [d.value for d in event.dates] == ["2031-03-17"]
    assert event.parties == ("Korvania",)
    assert event.place == "Lindhaven"
    assert event.signed is not None and "declaration" in event.signed


@pytest.mark.parametrize(
    "text",
    [
        "Korvania withdrew from the accord on Monday.",
        "Korvania suspended implementation of the accord on Monday.",
        "Korvania announced the suspension of the accord on Monday.",
    ],
)
def test_ways_of_suspending_are_dated_by_the_act(extractor: Extractor, text: str) -> None:
    event = _one(extractor, text, EventType.SUSPENSION)
    assert [d.value for d in event.dates] == ["2031-03-17"]
    assert event.status is EventStatus.HELD


def test_a_threat_to_suspend_is_no_suspension_held(extractor: Extractor) -> None:
    event = _one(extractor, "Korvania threatened to suspend the accord.", EventType.SUSPENSION)
    assert event.status is EventStatus.HYPOTHETICAL


def test_a_suspension_to_come_is_planned(extractor: Extractor) -> None:
    event = _one(extractor, "Korvania will suspend the accord.", EventType.SUSPENSION)
    assert event.status is EventStatus.PLANNED


def test_suspending_something_else_is_no_event(extractor: Extractor) -> None:
    assert _events(extractor, "Korvania suspended border trade with Veldra on Monday.") == []


def test_an_accord_that_suspended_tariffs_is_not_suspended(extractor: Extractor) -> None:
    found = _events(extractor, "The accord of March 2, which suspended tariffs, was signed in "
                    "Lindhaven.")
    assert all(e.type is not EventType.SUSPENSION for e in found)


def test_a_deadline_that_expired_took_place(extractor: Extractor) -> None:
    event = _one(extractor, "The deadline expired on Tuesday.", EventType.DEADLINE)
    assert event.status is EventStatus.HELD
    assert [d.value for d in event.dates] == ["2031-03-18"]


def test_a_deadline_that_will_expire_is_planned(extractor: Extractor) -> None:
    event = _one(extractor, "The deadline will expire on March 28.", EventType.DEADLINE)
    assert event.status is EventStatus.PLANNED


def test_an_extended_deadline_is_postponed_or_planned_for_its_new_date(
    extractor: Extractor,
) -> None:
    pushed = _one(extractor, "Veldra extended the deadline by a week.", EventType.DEADLINE)
    assert pushed.status is EventStatus.POSTPONED
    moved = _one(extractor, "The deadline was extended until March 28.", EventType.DEADLINE)
    assert moved.status is EventStatus.PLANNED
    assert [d.value for d in moved.dates] == ["2031-03-28"]


def test_an_extended_deadline_is_dated_by_its_new_end(extractor: Extractor) -> None:
    event = _one(extractor, "Veldra extended the deadline to March 28.", EventType.DEADLINE)
    assert event.status is EventStatus.PLANNED
    assert [d.value for d in event.dates] == ["2031-03-28"]


def test_the_end_of_a_time_limited_truce_is_a_deadline(extractor: Extractor) -> None:
    coming = _one(extractor, "The truce expires on August 12.", EventType.DEADLINE)
    assert coming.status is EventStatus.PLANNED
    assert [d.value for d in coming.dates] == ["2031-08-12"]
    ended = _one(extractor, "The 90-day truce expired on Tuesday.", EventType.DEADLINE)
    assert ended.status is EventStatus.HELD
    moved = _one(extractor, "Korvania and Veldra extended the truce until November 10.",
                 EventType.DEADLINE)
    assert [d.value for d in moved.dates] == ["2031-11-10"]


def test_a_truce_taking_effect_is_no_deadline(extractor: Extractor) -> None:
    event = _one(extractor, "The truce took effect on Monday.", EventType.CEASEFIRE)
    assert event.status is EventStatus.HELD


def test_who_announces_a_suspension_suspends(extractor: Extractor) -> None:
    event = _one(extractor, "Korvania announced Monday it was suspending the implementation of "
                 "the peace agreement with Veldra.", EventType.SUSPENSION)
    assert event.parties == ("Korvania",)
    assert [d.value for d in event.dates] == ["2031-03-17"]


def test_sides_named_in_the_text_s_name_do_not_suspend_it(extractor: Extractor) -> None:
    event = _one(extractor, "Bohdan Kravel ordered an immediate suspension of the peace "
                 "declaration with Veldra on Monday.", EventType.SUSPENSION)
    assert "Veldra" not in event.parties
    assert [d.value for d in event.dates] == ["2031-03-17"]


def test_a_deadline_counted_from_a_day_is_dated_from_it(extractor: Extractor) -> None:
    event = _one(extractor, "The deadline expires 72 hours after the truce took effect on "
                 "Monday.", EventType.DEADLINE)
    assert [d.value for d in event.dates] == ["2031-03-20"]


def test_a_length_alone_does_not_date_a_deadline(extractor: Extractor) -> None:
    event = _one(extractor, "Korvania set a 90-day deadline on Monday.", EventType.DEADLINE)
    assert event.dates == ()


def test_a_truce_set_to_expire_is_a_deadline_on_that_day(extractor: Extractor) -> None:
    event = _one(extractor, "The truce, set to expire on August 12, may be extended.",
                 EventType.DEADLINE)
    assert [d.value for d in event.dates] == ["2031-08-12"]
    assert event.status is not EventStatus.HELD


def test_a_truce_not_renewed_is_no_extension(extractor: Extractor) -> None:
    event = _one(extractor, "The truce that expired on Tuesday was not renewed.",
                 EventType.DEADLINE)
    assert event.status is EventStatus.HELD
    assert [d.value for d in event.dates] == ["2031-03-18"]


def test_the_suspended_text_s_own_date_and_place_are_not_the_suspension_s(
    extractor: Extractor,
) -> None:
    event = _one(extractor, "Korvania on Monday suspended the accord it had signed with Veldra "
                 "in Port Alcyne in March.", EventType.SUSPENSION)
    assert [d.value for d in event.dates] == ["2031-03-17"]
    assert event.place is None


def test_a_truce_agreed_and_set_to_expire_is_a_deadline_on_that_day(
    extractor: Extractor,
) -> None:
    event = _one(extractor, "Both sides said they would keep the truce, which was first agreed "
                 "in May and is set to expire on August 12.", EventType.DEADLINE)
    assert "2031-08-12" in [d.value for d in event.dates]
    assert event.status is EventStatus.PLANNED


def test_a_text_set_to_end_is_a_deadline_but_one_set_to_end_a_war_is_not(
    extractor: Extractor,
) -> None:
    event = _one(extractor, "The current agreement, which suspended most tariffs for 90 days, "
                 "is set to end on August 12.", EventType.DEADLINE)
    assert [d.value for d in event.dates] == ["2031-08-12"]
    assert event.status is EventStatus.PLANNED
    assert not [e for e in _events(extractor, "The truce is set to end the fighting on "
                                   "August 12.") if e.type is EventType.DEADLINE]


@pytest.mark.parametrize(
    "text",
    [
        "The company faces a ban as the August 17 deadline approaches.",
        "August 17th marks the deadline for the sale of the company.",
        "The deadline for the sale is August 17.",
    ],
)
def test_the_day_a_sentence_gives_its_deadline(extractor: Extractor, text: str) -> None:
    event = _one(extractor, text, EventType.DEADLINE)
    assert [d.value for d in event.dates] == ["2031-08-17"]
