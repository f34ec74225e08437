"""Events in a city and in the country it lies in may be one (merge/_anchors)."""

from __future__ import annotations

from communique.merge._anchors import EventAnchors
from communique.model.story import StoryEvent


def _event(ident: str, place: str | None, start: str | None) -> StoryEvent:
    return StoryEvent(ident, "talks", ident, start, start, place, (), (), {}, (), (), (), 1)


EVENTS = (
    _event("city", "Lindhaven", "2031-05-11"),
    _event("country", "Veldra", None),
    _event("elsewhere", "Tavra", "2031-05-11"),
    _event("country_later", "Veldra", "2031-06-02"),
)


def test_a_city_and_its_country_may_be_one_meeting() -> None:
    anchors = EventAnchors(EVENTS, {"Lindhaven": "Veldra"})
    assert anchors.may_be_one("country", "city")
    assert not anchors.clash("country", "city")
    # Another place, or the country on another day, stays another meeting.
    assert not anchors.may_be_one("country", "elsewhere")
    assert anchors.clash("country", "elsewhere")
    assert not anchors.may_be_one("country_later", "city")
    assert anchors.clash("country_later", "city")


def test_without_the_link_the_two_places_are_two_meetings() -> None:
    anchors = EventAnchors(EVENTS)
    assert not anchors.may_be_one("country", "city")
    assert anchors.clash("country", "city")
