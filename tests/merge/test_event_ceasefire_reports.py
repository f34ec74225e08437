"""Dateless reports of a ceasefire ("haben eine Waffenruhe vereinbart") join the same sides'
latest ceasefire before their article, as a dateless report of a suspension does."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import EventType

from support.synthetic import annotations, doc, talks, when


def _ceasefire(text: str, **kw: object):  # type: ignore[no-untyped-def]
    base = {k: kw.pop(k) for k in ("dates",) if k in kw}
    return replace(talks(text, place=None, **base), type=EventType.CEASEFIRE,  # type: ignore[arg-type]
                   tense="past", **kw)


def _story(*items: tuple[str, str, str, str, dict[str, object]]):  # type: ignore[no-untyped-def]
    docs = [doc(d, text, outlet, published) for d, text, outlet, published, _ in items]
    anns = [annotations(d, text, events=(_ceasefire(text, **kw),))
            for d, text, _, _, kw in items]
    return merge(docs, anns)


T1 = "Korvania and Veldra agreed a ceasefire on Monday."
T2 = "Korvania und Veldra haben eine Waffenruhe vereinbart."
SIDES = {"parties": ("Korvania", "Veldra")}


def test_a_dateless_report_joins_the_sides_recent_ceasefire() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), **SIDES}),
        ("a2", T2, "two.example", "2031-03-18", SIDES),
    )
    (event,) = [e for e in story.events if e.type == "ceasefire"]
    assert event.start == "2031-03-17"
    assert {ev.article for ev in event.evidence} == {"a1", "a2"}


def test_other_sides_report_does_not_join() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), **SIDES}),
        ("a2", T2, "two.example", "2031-03-18", {"parties": ("Tirasol",)}),
    )
    (event,) = [e for e in story.events if e.type == "ceasefire"]
    assert {ev.article for ev in event.evidence} == {"a1"}


def test_a_report_long_after_does_not_join() -> None:
    story = _story(
        ("a1", T1, "one.example", "2031-03-17",
         {"dates": (when(T1, "Monday", "2031-03-17"),), **SIDES}),
        ("a2", T2, "two.example", "2031-06-18", SIDES),
    )
    (event,) = [e for e in story.events if e.type == "ceasefire"]
    assert {ev.article for ev in event.evidence} == {"a1"}
