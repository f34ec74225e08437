"""Suspensions of a signed text as story events: dateless reports join the side's act."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import EventStatus, EventType

from support.synthetic import annotations, doc, talks, when


def _suspension(text: str, **kw: object):  # type: ignore[no-untyped-def]
    base = {k: kw.pop(k) for k in ("dates",) if k in kw}
    return replace(talks(text, place=None, **base), type=EventType.SUSPENSION,  # type: ignore[arg-type]
                   status=EventStatus.HELD, tense="past", **kw)


def _story(*items: tuple[str, str, str, str, dict[str, object]]):  # type: ignore[no-untyped-def]
    docs = [doc(d, text, outlet, published) for d, text, outlet, published, _ in items]
    anns = [annotations(d, text, events=(_suspension(text, **kw),))
            for d, text, _, _, kw in items]
    return merge(docs, anns)


T1 = "Korvania suspended the peace declaration with Veldra on Monday."
T2 = "Korvania has suspended the peace declaration, officials said."


def test_a_dateless_report_joins_the_same_side_s_recent_suspension() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), "parties": ("Korvania",)}),
        ("a2", T2, "two.example", "2031-03-18", {"parties": ("Korvania",)}),
    )
    (event,) = [e for e in story.events if e.type == "suspension"]
    assert event.start == "2031-03-17"
    assert {ev.article for ev in event.evidence} == {"a1", "a2"}


def test_another_side_s_report_does_not_join() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), "parties": ("Korvania",)}),
        ("a2", T2, "two.example", "2031-03-18", {"parties": ("Veldra",)}),
    )
    (event,) = [e for e in story.events if e.type == "suspension"]
    assert {ev.article for ev in event.evidence} == {"a1"}


def test_a_report_written_before_the_act_does_not_join() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), "parties": ("Korvania",)}),
        ("a2", T2, "two.example", "2031-03-10", {"parties": ("Korvania",)}),
    )
    (event,) = [e for e in story.events if e.type == "suspension"]
    assert {ev.article for ev in event.evidence} == {"a1"}


def test_a_suspension_says_what_was_suspended() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), "parties": ("Korvania",),
          "signed": "peace declaration"}),
    )
    (event,) = [e for e in story.events if e.type == "suspension"]
    assert event.signed == "peace declaration"


def test_a_year_only_date_is_titled_by_its_year() -> None:
    text = "Korvania withdrew in 2018 from the accord."
    story = _story(
        ("a1", text, "one.example", "2031-03-17",
         {"dates": (when(text, "2018", "2018", "year"),), "parties": ("Korvania",)}),
    )
    (event,) = [e for e in story.events if e.type == "suspension"]
    assert event.title.startswith("Suspension, 2018")
