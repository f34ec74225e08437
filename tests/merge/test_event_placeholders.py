"""An undated report of an event at a place that saw several events ("the talks in
Lindhaven", in an article without a date) joins the one whose day its article writes in the
mention's sentence or just after it; a day written far from it, or the days of two events
there, leave it undated (:mod:`communique.merge._placeholders`)."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.merge._placeholders import FOLLOW_CHARS
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.story import Story

from support.synthetic import annotations, doc, talks, when

SIDES = ("Korvania", "Veldra")


def _dated(doc_id: str, day: str, surface: str, published: str) -> tuple[Document, Annotations]:
    text = f"Korvania and Veldra held talks in Lindhaven on {surface}."
    mention = talks(text, place="Lindhaven", parties=SIDES, dates=(when(text, surface, day),))
    return doc(doc_id, text, f"{doc_id}.example", published), annotations(
        doc_id, text, events=(mention,))


def _undated(doc_id: str, text: str, written: dict[str, str]) -> tuple[Document, Annotations]:
    first = text.split("\n")[0]
    mention = replace(talks(first, place="Lindhaven", parties=SIDES), start=0, end=len(first))
    dates = tuple(when(text, surface, value) for surface, value in written.items())
    document = doc(doc_id, text, f"{doc_id}.example")
    return document, annotations(doc_id, text, events=(mention,), dates=dates)


def _story(*pairs: tuple[Document, Annotations]) -> Story:
    rounds = [_dated("a1", "2031-03-02", "March 2", "2031-03-03"),
              _dated("a2", "2031-03-02", "March 2", "2031-03-04"),
              _dated("b1", "2031-05-09", "May 9", "2031-05-10"),
              _dated("b2", "2031-05-09", "May 9", "2031-05-11")]
    both = [*rounds, *pairs]
    return merge([d for d, _ in both], [a for _, a in both])


def _reporting(story: Story, doc_id: str) -> list[str | None]:
    return [e.start for e in story.events if any(ev.article == doc_id for ev in e.evidence)]


def test_the_day_written_after_an_undated_report_places_it() -> None:
    text = "Korvania and Veldra held talks in Lindhaven.\nThe round was held on May 9."
    story = _story(_undated("u1", text, {"May 9": "XXXX-05-09"}))
    assert _reporting(story, "u1") == ["2031-05-09"]
    assert all(e.start for e in story.events)


def test_a_day_written_far_from_the_report_places_nothing() -> None:
    filler = "The weather was mild. " * (FOLLOW_CHARS // 20)
    text = f"Korvania and Veldra held talks in Lindhaven.\n{filler}\nA truce began on May 9."
    story = _story(_undated("u1", text, {"May 9": "XXXX-05-09"}))
    assert _reporting(story, "u1") == [None]


def test_the_days_of_two_events_place_nothing() -> None:
    text = "Korvania and Veldra held talks in Lindhaven.\nThey met on March 2 and May 9."
    story = _story(_undated("u1", text, {"March 2": "XXXX-03-02", "May 9": "XXXX-05-09"}))
    assert _reporting(story, "u1") == [None]


def _month_only(doc_id: str) -> tuple[Document, Annotations]:
    text = "Korvania and Veldra held talks in Lindhaven."
    document = replace(doc(doc_id, text, f"{doc_id}.example"), published_month="2031-03")
    return document, annotations(doc_id, text, events=(talks(text, place="Lindhaven",
                                                             parties=SIDES),))


def _month_story(late: int) -> Story:
    pairs = [_dated(f"a{i}", "2031-03-02", "March 2", "2031-03-03") for i in range(3)]
    pairs += [_dated(f"c{i}", "2031-03-20", "March 20", "2031-03-21") for i in range(late)]
    # Another round there in May: over the whole story, no round there dominates.
    pairs += [_dated(f"b{i}", "2031-05-09", "May 9", "2031-05-10") for i in range(3)]
    pairs.append(_month_only("m1"))
    return merge([d for d, _ in pairs], [a for _, a in pairs])


def test_a_month_only_report_means_the_event_of_its_month_reported_far_more() -> None:
    assert _reporting(_month_story(1), "m1") == ["2031-03-02"]


def test_a_month_only_report_between_rival_events_of_its_month_stays_undated() -> None:
    assert _reporting(_month_story(2), "m1") == [None]
