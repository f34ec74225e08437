"""Quality gates on the real dev stories: events, parties, heads and phantoms against the gold.

The article texts are rebuilt into the git-ignored ``.data/dev-stories/`` (never committed), so
these gates skip with a reason where they are absent (CI); each story is built once per session
(``dev_story_builds``). Thresholds sit just under what the pipeline reaches.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.eval._story_gold import load_story_gold
from communique.eval.story import StoryScore, score_story
from communique.outputs import build_dossier

from conftest import REPO, SHARED

# story: (meetings found as one event ≥, party sets right ≥, heads right ≥, phantoms ≤);
# measured: iran 9/10, 9/10, 9/9, 0/11; drc-m23 10/12, 10/12, 7/8, 0/11; thai-cambodia 15/17,
# 14/17, 10/13, 0/15 (thai-cambodia's gold counts a signing's two witnessing mediators among its
# heads, which only a dossier that makes a mediator a party can match).
GATES = {
    "iran": (0.85, 0.85, 0.95, 0.05),
    "drc-m23": (0.8, 0.8, 0.85, 0.05),
    "thai-cambodia": (0.85, 0.8, 0.75, 0.05),
}


def _gold_dirs(story: str) -> list[Path]:
    ours = REPO / "tests" / "gold" / "dev-stories" / story
    shared = SHARED / "dev-stories" / story
    return [d for d in (shared, ours) if d.is_dir()]


@pytest.fixture(scope="module", params=sorted(GATES))
def scored(request: pytest.FixtureRequest, dev_story_builds: Any) -> StoryScore:
    story: str = request.param
    result = dev_story_builds(story)
    dossier = build_dossier(result.documents, result.skipped, story=result.story)
    return score_story(dossier, load_story_gold(_gold_dirs(story)))


def test_meetings_are_found_as_one_event(scored: StoryScore) -> None:
    found = scored.get("meetings found as exactly one event")
    assert found.ratio >= GATES[scored.story][0], found


def test_party_sets(scored: StoryScore) -> None:
    parties = scored.get("party set exactly right")
    assert parties.ratio >= GATES[scored.story][1], parties


def test_heads_of_delegation(scored: StoryScore) -> None:
    heads = scored.get("heads of delegation right")
    assert heads.ratio >= GATES[scored.story][2], heads


def test_few_held_events_no_real_event_had(scored: StoryScore) -> None:
    phantoms = scored.get("held events with a place and date no real event had")
    assert phantoms.ratio <= GATES[scored.story][3], phantoms


# story: reports in languages other than English that reach the dossier event they report (the
# gold's `event` column of article_notes.tsv). Measured: iran 6/27, drc-m23 43/103, thai-cambodia
# 23/63 (3/27, 33/103 and 14/63 before place nouns, signing places, split verbs and ceasefires
# were read in those languages; English reports 56/74, 25/51, 42/86). Signings a sentence does
# not place joining the event their date, article or sides' latest signing gives them, an
# undated article's day read from the events it reports and a known month picking the one
# event at a place: 7/27, 53/103, 30/63 (English 61/74, 30/51, 42/86). A sentence's opening
# place read in every language, and of several events at a place in an undated article's month
# those not called off and of the round its number names: 8/27, 53/103, 30/63 (English 63/74,
# 30/51, 43/86). Undated placed events' reports joining the dated event whose day their article
# writes beside them, and a month-only article's event being the one its month reports far
# more: 9/27, 54/103, 30/63 (English 63/74, 31/51, 45/86).
# An article joined to the one story event its lead names (merge/_lead_reports.py,
# news_words.json for languages without a pack too) and yearless days within a week of
# publication kept in its year: 18/27, 62/103, 35/63 (English 68/74, 32/51, 49/86). Both
# together (stop 27's merge): 18/27, 62/103, 35/63 (English 68/74, 32/51, 51/86).
REACH_GATES = {"iran": 17, "drc-m23": 61, "thai-cambodia": 34}
ENGLISH_REACH_GATES = {"iran": 68, "drc-m23": 32, "thai-cambodia": 51}


def test_reports_in_other_languages_reach_their_event(scored: StoryScore) -> None:
    reach = scored.get("event reports reaching their event (other languages)")
    assert reach.count >= REACH_GATES[scored.story], reach


def test_english_reports_reach_their_event(scored: StoryScore) -> None:
    reach = scored.get("event reports reaching their event (English)")
    assert reach.count >= ENGLISH_REACH_GATES[scored.story], reach


# Held events without a full date or a place, at most: 17/28, 4/15, 18/33 once a mention's
# place is a place by the batch's verdict (merge/_place_names.py: no "Signing in <a person>",
# no "Meeting in <the meeting's own name>"; thai-cambodia 24/39 before).
UNPLACED_GATES = {"iran": 17, "drc-m23": 4, "thai-cambodia": 18}


def test_few_held_events_lack_a_date_or_a_place(scored: StoryScore) -> None:
    vague = scored.get("held events without a full date or a place")
    assert vague.count <= UNPLACED_GATES[scored.story], vague
