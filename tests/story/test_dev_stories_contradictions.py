"""Quality gates on the real dev stories: every kind of contradiction, and publication dates
after the story stage (undated articles dated by the weekdays of the events they report).

The article texts are rebuilt into the git-ignored ``.data/dev-stories/`` (see each story's
README), so CI, which lacks them, skips these gates with the reason. Each story is built and
scored once per session (``dev_story_scored``); thresholds sit just under what the pipeline
reaches (measured in the closing note of issue 11): gold contradictions found, dossier
contradictions that match a gold one, articles without a crawler header that are dated, and
the share of those dated right.
"""

from __future__ import annotations

from typing import Any

# story: (gold contradictions found ≥, share of dossier contradictions that are real ≥,
#         publication dated without a header ≥, right of those dated ≥)
# Measured: iran 10/29 found, 10/10 real, 52/91 dated, 52/52 right; drc-m23 9/27, 9/9, 29/90,
# 28/29; thai-cambodia 4/41, 4/4, 28/83, 27/28 (one found before is lost since a French
# report places one meeting in two cities, and an outlet is never set against itself). The
# gold itself dates only 87, 34 and 35 of the undated articles; most contradictions still
# missed are of dates, places and participants reported in French, German or Spanish
# articles, which carry only talks and signings.
GATES = {
    "iran": (9, 0.9, 50, 0.95),
    "drc-m23": (8, 0.9, 28, 0.95),
    "thai-cambodia": (4, 0.9, 27, 0.95),
}


def test_gold_contradictions_are_found(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    found = score.get("gold contradictions found")
    assert found.count >= GATES[story][0], (story, found,
                                            score.details["contradictions found"])


def test_contradictions_in_the_dossier_are_real(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    real = score.get("dossier contradictions matching a gold one")
    assert real.ratio >= GATES[story][1], (story, real,
                                           score.details["contradictions not in gold"])


def test_undated_articles_are_dated_right_from_the_story(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    dated = score.get("publication dated (no crawler header)")
    right = score.get("publication date right, of those dated")
    assert dated.count >= GATES[story][2], (story, dated)
    assert right.ratio >= GATES[story][3], (story, right, score.details["published"])
