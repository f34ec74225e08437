"""Reports of an event held that give only its weekday (their articles are undated) pick the
day of the window its plans give; fictional places, invented facts."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import EventMention, EventStatus
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks, when

_PLAN = "Veldra and Korvania are expected to hold talks in Veldra on October 30 - November 1."


def _plan() -> EventMention:
    mention = talks(_PLAN, place="Veldra", country_of_place="Veldra", tense="future",
                    dates=(when(_PLAN, "October 30 - November 1", "2031-10-30/2031-11-01",
                                "range"),))
    return replace(mention, status=EventStatus.PLANNED)


def _report(text: str) -> EventMention:
    return replace(talks(text, place="Lindhaven", country_of_place="Veldra"),
                   status=EventStatus.HELD)


def _events(*reports: str) -> list[StoryEvent]:
    docs = [doc("p1", _PLAN, "plans.example", "2031-10-20")]
    anns = [annotations("p1", _PLAN, events=(_plan(),))]
    for i, text in enumerate(reports):
        docs.append(doc(f"r{i}", text, f"r{i}.example"))  # no publication day
        anns.append(annotations(f"r{i}", text, events=(_report(text),)))
    return merge(docs, anns).events


def test_an_undated_report_of_the_weekday_dates_the_planned_window() -> None:
    # 2031-10-30 is the window's one Thursday.
    (event,) = _events("Veldra and Korvania concluded their talks on Thursday in Lindhaven.",
                       "The talks on Thursday in Lindhaven were cordial, both sides said.")
    assert (event.place, event.start, event.end) == ("Lindhaven", "2031-10-30", "2031-10-30")


def test_a_weekday_the_window_does_not_hold_leaves_the_report_undated() -> None:
    events = _events("Veldra and Korvania concluded their talks on Tuesday in Lindhaven.")
    reported = [e for e in events if e.place == "Lindhaven"]
    assert [(e.start, e.end) for e in reported] == [(None, None)]


def test_reports_naming_two_weekdays_leave_the_window_as_planned() -> None:
    events = _events("Veldra and Korvania concluded their talks on Thursday in Lindhaven.",
                     "The talks on Saturday in Lindhaven were cordial, both sides said.")
    assert ("2031-10-30", "2031-10-30") not in [(e.start, e.end) for e in events]
