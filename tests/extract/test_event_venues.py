"""A gathering that is where another meeting of the sentence is held: a venue, not an event.

Fictional names throughout; each test checks one side of the rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model.annotations import EventMention

from support.extracted import events_of

PUBLISHED = date(2031, 3, 20)


def _events(extractor: Extractor, text: str) -> list[EventMention]:
    return events_of(extractor, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Korvania and Veldra held talks on the sidelines of the Southern Economic Cooperation "
    "summit in Lindhaven on Saturday.",
    "Korvania and Veldra met during the Tirasol Trade Forum conference in Lindhaven on Monday.",
    "Officials will try to pave the way for Kravel and Serot to meet next Thursday at a "
    "Southern Economic Cooperation summit in Lindhaven.",
])
def test_a_summit_the_meeting_is_held_at_is_no_event_and_no_side(
        extractor: Extractor, text: str) -> None:
    found = _events(extractor, text)
    assert len(found) == 1, found
    assert not any("Cooperation" in p or "Forum" in p for p in found[0].parties)
    assert found[0].place == "Lindhaven"


def test_a_summit_that_is_the_event_keeps_its_organization(extractor: Extractor) -> None:
    (found,) = _events(extractor, "The Southern Economic Cooperation held a summit in Port "
                                  "Alcyne on Monday.")
    assert found.parties == ("Southern Economic Cooperation",)


def test_a_summit_an_accord_is_signed_at_stays_an_event(extractor: Extractor) -> None:
    found = _events(extractor, "Korvania and Veldra signed the accord at the summit in "
                               "Lindhaven on Monday.")
    assert [m.trigger for m in found] == ["accord", "summit"]
