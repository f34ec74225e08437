"""Quality gates on the real dev stories: the story's top entities are neither duplicates nor
of the wrong type, and no nationality word is one of them.

The article texts are rebuilt into ``.data/dev-stories/`` (git-ignored; see each story's
README), so CI, which lacks them, skips these gates with the reason. Each story is built once
per session (``dev_story_scored``) and scored with ``communique.eval.story`` against the gold's
``entities.tsv``. Measured when set (top-30 splits, wrong types): iran 0, 0; drc-m23 0, 0;
thai-cambodia 0, 1 (Preah Vihear, a temple and province, as an organization). Main before this
work: 2, 0; 5, 2; 8, 0 (9, 3 on drc-m23 when capitals typed as places still counted as
duplicates of their countries). Each gate allows one more than measured.
"""

from __future__ import annotations

from typing import Any

from communique.eval.story import TOP_ENTITIES, StoryScore
from communique.extract.entities._gazetteer import GazKind, gazetteer

Scored = tuple[str, dict[str, Any], StoryScore]

# story → (top-30 entities duplicating a bigger one ≤, top-30 entities of the wrong type ≤)
GATES = {
    "iran": (1, 1),
    "drc-m23": (1, 1),
    "thai-cambodia": (1, 2),
}


def test_top_entities_are_not_split(dev_story_scored: Scored) -> None:
    story, _, score = dev_story_scored
    splits = score.get("top-30 entities duplicating a bigger one")
    assert splits.count <= GATES[story][0], (splits, score.details["entity splits"])


def test_top_entities_have_their_type(dev_story_scored: Scored) -> None:
    story, _, score = dev_story_scored
    typed = score.get("top-30 entities of the wrong type")
    assert typed.count <= GATES[story][1], (typed, score.details["entity types"])


def test_no_nationality_word_is_an_entity(dev_story_scored: Scored) -> None:
    _, dossier, _ = dev_story_scored
    top = sorted(dossier["entities"], key=lambda e: -int(e["mentions"]))[:TOP_ENTITIES]
    demonyms = [e["name"] for e in top
                if (entry := gazetteer().lookup(e["name"])) and entry.kind is GazKind.DEMONYM]
    assert demonyms == []
