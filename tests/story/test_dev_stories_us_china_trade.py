"""Quality gates on the fourth real dev story (US–China trade talks, 2025), a check that the
event mechanisms built on the other three generalize: meetings, party sets, heads, phantoms,
and publication dates of the articles without a crawler header.

The article texts live in the git-ignored ``.data/dev-stories/us-china-trade.jsonl`` (never
committed); the gates skip with a reason where they are absent (CI). Thresholds sit just under
what the pipeline reaches (measured: meetings as one event 4/7, party sets 4/7, heads 2/4,
phantoms 0/5; dated 32/80 without a header, all right, a month read from the text agreeing
with a gold day in it); they are well under the goals, which this story shows are not yet met.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from communique.eval.story import StoryScore

STORY = "us-china-trade"
# measured: meetings 6/7, parties 6/7 (a summit the meeting is held at is no side), heads 6/6,
# phantoms 0/6
MEETINGS, PARTIES, HEADS, PHANTOMS = 0.85, 0.8, 0.95, 0.1
DATED, DATED_RIGHT = 77, 0.95  # 77/80, all right, with the day of a saying past in a sentence
# about what is to come ("announced on Saturday that X will join", dating8); 76/80, all right,
# with previews dated by the week before the
# event their lead puts ahead and the coverage giving way to it (dating7); 73/80, all right,
# once a story event "ahead" before one
# the text reports as held bounds nothing; 71/80 all right (72/80, 71 right, before a far day ahead
# made a vote unsafe), with the story event the lead reports
# and deadlines no held day (merge/_news_events.py; 61/80 with the weekday estimate, 52/80
# with the estimated months alone, 32/80 before them)


# Reports in other languages reaching their event: 31/53 once a sentence's opening place and
# the day an expiry word gives (deadlines) are read in every language with a pack (28/53
# before); English 60/81 since a gold deadline without a place is reached by its day. 33/53
# (English 63/81) with reports joined to the event their lead names (merge/_lead_reports.py).
# English 67/81 once a deadline's day is read where the sentence writes it ("the September 17
# deadline", "marks the deadline", "the truce, which …, is set to expire on", "set to end on").
REACH_OTHER = 32
REACH_ENGLISH = 67


@pytest.fixture(scope="module")
def scored(dev_story_scores: Callable[[str], tuple[dict[str, Any], StoryScore]]) -> StoryScore:
    return dev_story_scores(STORY)[1]


def test_meetings_are_found_as_one_event(scored: StoryScore) -> None:
    found = scored.get("meetings found as exactly one event")
    assert found.ratio >= MEETINGS, found


def test_party_sets(scored: StoryScore) -> None:
    parties = scored.get("party set exactly right")
    assert parties.ratio >= PARTIES, parties


def test_heads_of_delegation(scored: StoryScore) -> None:
    heads = scored.get("heads of delegation right")
    assert heads.ratio >= HEADS, heads


def test_few_held_events_no_real_event_had(scored: StoryScore) -> None:
    phantoms = scored.get("held events with a place and date no real event had")
    assert phantoms.ratio <= PHANTOMS, phantoms


def test_undated_articles_are_dated_right_from_the_story(scored: StoryScore) -> None:
    dated = scored.get("publication dated (no crawler header)")
    right = scored.get("publication date right, of those dated")
    assert dated.count >= DATED, dated
    assert right.ratio >= DATED_RIGHT, (right, scored.details["published"])


def test_reports_in_other_languages_reach_their_event(scored: StoryScore) -> None:
    reach = scored.get("event reports reaching their event (other languages)")
    assert reach.count >= REACH_OTHER, (reach, scored.details["reports missing their event"])


def test_english_reports_reach_their_event(scored: StoryScore) -> None:
    reach = scored.get("event reports reaching their event (English)")
    assert reach.count >= REACH_ENGLISH, (reach, scored.details["reports missing their event"])
