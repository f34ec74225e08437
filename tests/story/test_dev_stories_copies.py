"""Quality gates on the real dev stories: syndicated and reworded copies counted once.

The article texts are rebuilt into the git-ignored ``.data/dev-stories/`` (see each story's
README), so CI, which lacks them, skips these gates with the reason. Thresholds sit just under
what the pipeline reaches; a copy mark between articles that the gold does not pair is never
allowed (an independent report counted as a copy loses its outlet's support).
"""

from __future__ import annotations

from typing import Any

# story: gold copy pairs marked ≥. Measured: iran 10/13, drc-m23 11/16, thai-cambodia 5/12
# (0 false marks on each); three translations are marked as language editions of one site's
# article, two pages of one article by their headline, two rewrites of a wire story by
# their sentences pooled over the group of its copies, and one short re-cut copy by two
# aligned sentences and a containment of 0.24 together. The pairs still missed are
# translations on other sites (6 of 41) and rewrites that keep fewer than two sentences
# recognisable or no 5-word runs (10).
# On the audited copies gold (tests/gold/dev-stories/README.md: relays of one statement are
# copies, items of two days sharing paragraphs are not), with dated datelines of two days kept
# apart and a brief that is mostly one statement compared quotes included: iran 11/17, drc-m23
# 11/19, thai-cambodia 3/10 (0 false).
GATES = {"iran": 11, "drc-m23": 11, "thai-cambodia": 3}


def test_copies_are_marked(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    marked = score.get("syndicated or spun copies marked")
    assert marked.count >= GATES[story], (story, marked)


def test_no_independent_report_is_marked_a_copy(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    false = score.get("copy marks that are not copies")
    assert false.count == 0, (story, score.details["false copies"])
