"""Quality gates for publication dates and copies on the real dev stories (clean stage only).

The article texts are rebuilt into the git-ignored ``.data/dev-stories/`` (see each story's
gold README); where they are absent (CI) these gates skip. Gold: ``../shared/dev-stories/`` and
``tests/gold/dev-stories/``. Each gate sits just under what the clean stage measured; the
scorer is the one ``communique eval story`` prints.
"""

from __future__ import annotations

import pytest

from communique.eval._story_gold import load_story_gold
from communique.eval.story import StoryScore, score_story
from communique.outputs.dossier import article_record
from communique.pipeline import BuildOptions, build

from conftest import REPO, SHARED

DATA = REPO / ".data" / "dev-stories"
GOLD = REPO / "tests" / "gold" / "dev-stories"
FOLDERS = {
    "iran": [SHARED / "dev-stories" / "iran", GOLD / "iran"],
    "drc-m23": [GOLD / "drc-m23"],
    "thai-cambodia": [GOLD / "thai-cambodia"],
    "us-china-trade": [GOLD / "us-china-trade"],
}
# Measured (dated, right of dated, copies marked, false copy marks):
# iran 43/91, 40/43, 9/13, 0 — the three "wrong" dates are crawler headers that give only the
#   month (2025-04, 2025-05) where the gold knows the day; two versions of one AFP wire (talks
#   starting / talks ended: three paragraphs word for word, i022/i023) are now listed in the
#   iran gold as the drc gold lists its AP counterpart (d048/d050);
# drc-m23 29/90, 28/29, 8/16, 0 — the gold leaves 56 of the 90 undated on purpose;
# thai-cambodia 28/83, 27/28, 4/12, 0 — the gold leaves 48 of the 83 undated.
# With the month the text bounds (a day reported past and a later one ahead, or a past day
# named by its weekday): iran 49/91, 49/49; drc-m23 40/90, 39/40; thai-cambodia 33/83, 32/33
# (the gold now dates 47 and 44 of them). With a past day called "this" weekday ("ce vendredi
# 25 avril": written in its week), a day ahead named by its weekday (at most two weeks ahead)
# and dates that name a group ("Mouvement du 4 mars") left out: iran 51/91, 51/51; drc-m23
# 44/90, 42/44 (one miss is a preview the gold leaves undated); thai-cambodia 34/83, 33/34.
# Copies, with rewrites pooled over a group of copies (clean/_pooled.py): 10/13, 10/16, 4/12, 0;
# with a pair copy on both signals at part strength (clean/_dedup.py): 10/13, 11/16, 4/12, 0.
# Since: thai-cambodia 5/12 copies; us-china-trade (gated since) 23/80 dated, 23/23 right,
# 10/18 copies, 0 false.
# On the copies gold audited against the issue author's definition (tests/gold/dev-stories/
# README.md): 10/17, 11/19, 3/10 with 2 false, 10/18; with items whose datelines give two days
# kept apart and a brief that is mostly one statement compared quotes included
# (clean/_statements.py): 11/17, 11/19, 3/10, 10/18, 0 false.
GATES = {
    "iran": (0.56, 0.95, 11, 0),
    "drc-m23": (0.48, 0.95, 11, 0),
    "thai-cambodia": (0.40, 0.95, 3, 0),
    "us-china-trade": (0.28, 0.95, 10, 0),
}


@pytest.fixture(scope="module", params=sorted(GATES))
def scored(request: pytest.FixtureRequest) -> tuple[str, StoryScore]:
    story: str = request.param
    texts = DATA / f"{story}.jsonl"
    if not texts.is_file():
        pytest.skip(f"dev story texts not rebuilt at {texts} (git-ignored; see the gold README)")
    if not all(folder.is_dir() for folder in FOLDERS[story]):
        pytest.skip(f"gold of {story} not found in {FOLDERS[story]}")
    result = build([str(texts)], BuildOptions(story=False))
    dossier = {"articles": [article_record(d) for d in result.documents]}
    return story, score_story(dossier, load_story_gold(FOLDERS[story]))


def test_publication_dates(scored: tuple[str, StoryScore]) -> None:
    story, score = scored
    dated_min, right_min, _copies, _false = GATES[story]
    dated = score.get("publication dated (no crawler header)")
    right = score.get("publication date right, of those dated")
    assert dated.ratio >= dated_min, (story, dated)
    assert right.ratio >= right_min, (story, right, score.details["published"])


def test_copies(scored: tuple[str, StoryScore]) -> None:
    story, score = scored
    _dated, _right, copies_min, false_max = GATES[story]
    assert score.get("syndicated or spun copies marked").count >= copies_min, story
    false = score.get("copy marks that are not copies")
    assert false.count <= false_max, (story, score.details["false copies"])
