"""A settle's merge in two steps (pipeline.merge_dated): the events first, the rest only for
the story that is kept, and the same story as merging whole, dating, and merging again."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import communique.merge
from communique.merge import dates_from_events, merge
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.story import Story
from communique.pipeline import date_from_event, merge_dated

from support.synthetic import annotations, doc, talks, when

_DATED = "Korvanian and Veldran envoys ended their talks in Lindhaven on May 11, 2031."
_UNDATED = "The talks in Lindhaven ended today after six hours of discussions."
_OTHER = "Bohdan Kravel said on Friday that the talks in Port Alcyne would resume."


def _corpus(undated: bool) -> tuple[list[Document], list[Annotations]]:
    dated = talks(_DATED, place="Lindhaven", country_of_place="Veldra",
                  dates=(when(_DATED, "May 11, 2031", "2031-05-11"),))
    documents = [doc("a1", _DATED, "a.example", "2031-05-11"),
                 doc("a2", _OTHER, "b.example", "2031-05-16")]
    found = [annotations("a1", _DATED, events=(dated,)),
             annotations("a2", _OTHER, events=(talks(_OTHER, place="Port Alcyne",
                                                      tense="future"),))]
    if undated:
        documents.append(doc("u1", _UNDATED, "u.example"))
        found.append(annotations("u1", _UNDATED, events=(talks(_UNDATED, place="Lindhaven"),)))
    return documents, found


def _merged_twice(documents: Sequence[Document], found: Sequence[Annotations]
                  ) -> tuple[list[Document], Story]:
    """What a settle did before it merged in two steps: a whole merge, then another one when
    the events of the first dated some article."""
    kept = list(documents)
    story = merge(kept, found)
    dated = dates_from_events(kept, {a.document_id: a for a in found}, story.events)
    if dated:
        kept = [date_from_event(d, dated[d.id]) if d.id in dated else d for d in kept]
        story = merge(kept, found)
    return kept, story


@pytest.mark.parametrize("undated", [True, False])
def test_merging_in_two_steps_gives_the_story_of_merging_whole_twice(
        undated: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    documents, found = _corpus(undated)
    finished: list[int] = []
    real_finish = communique.merge.finish

    def counted(*args: object) -> Story:
        finished.append(1)
        return real_finish(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(communique.merge, "finish", counted)
    kept, story = merge_dated(documents, found)
    finishes = len(finished)
    before_kept, before = _merged_twice(documents, found)
    assert [d.published for d in kept] == [d.published for d in before_kept]
    assert story.events == before.events
    assert story.claims == before.claims
    assert story.contradictions == before.contradictions
    assert story.digest == before.digest
    assert story.timeline == before.timeline
    # The undated article is dated by the event it reports (the path that merged twice), and
    # the rest of the merge ran once either way.
    assert any(d.id == "u1" and d.published is not None for d in kept) is undated
    assert finishes == 1
