"""Event coreference on synthetic mentions: merging, splitting, numbering and date conflicts."""

from __future__ import annotations

import dataclasses

from communique.merge import merge
from communique.model.annotations import EventStatus, EventType
from communique.model.temporal import TimeExpression

from support.synthetic import annotations, doc, talks, when


def _talks_doc(doc_id: str, text: str, outlet: str, published: str, **kw: object):  # type: ignore[no-untyped-def]
    return doc(doc_id, text, outlet, published), annotations(
        doc_id, text, events=(talks(text, **kw),)
    )


def test_mentions_with_overlapping_dates_and_linked_places_are_one_event() -> None:
    t1 = "Talks in Ostrava on March 17-18 ended."
    t2 = "The talks in Moravia wrapped up on March 18."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-18",
        place="Ostrava",
        country_of_place="Moravia",
        dates=(when(t1, "March 17-18", "2031-03-17/2031-03-18", "range"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-18",
        place="Moravia",
        country_of_place="Moravia",
        dates=(when(t2, "March 18", "2031-03-18"),),
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    event = story.events[0]
    assert (event.start, event.end) == ("2031-03-17", "2031-03-18")
    assert event.place == "Ostrava"
    assert event.support == 2


def test_rounds_at_the_same_place_on_different_dates_stay_apart() -> None:
    t1 = "The first round of talks was in Port Alcyne on Feb. 23."
    t2 = "A second round of talks was in Port Alcyne on Mar. 3."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-10",
        place="Port Alcyne",
        dates=(when(t1, "Feb. 23", "2031-02-23"),),
        ordinal=1,
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-10",
        place="Port Alcyne",
        dates=(when(t2, "Mar. 3", "2031-03-03"),),
        ordinal=2,
    )
    story = merge([d1, d2], [a1, a2])
    assert [e.start for e in story.events] == ["2031-02-23", "2031-03-03"]
    assert not story.contradictions


def test_differing_round_numbers_are_a_contradiction_not_two_events() -> None:
    t1 = "A third round of talks starts in Lindhaven next week."
    t2 = "The second round of talks begins in Lindhaven next week."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-14",
        place="Lindhaven",
        dates=(when(t1, "next week", "2031-W12", "week"),),
        ordinal=3,
        tense="future",
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-15",
        place="Lindhaven",
        dates=(when(t2, "next week", "2031-W12", "week"),),
        ordinal=2,
        tense="future",
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    assert sorted(o.value for o in story.events[0].ordinals) == [2, 3]
    kinds = [c.kind for c in story.contradictions]
    assert kinds == ["ordinal"]
    assert {s.value for s in story.contradictions[0].sides} == {"2", "3"}


def test_same_outlet_twice_counts_once_and_a_copy_counts_as_its_source() -> None:
    text = "Talks in Lindhaven on March 17 ended."
    docs, anns = [], []
    for doc_id, outlet, dup in (
        ("a1", "one.example", None),
        ("a2", "one.example", None),
        ("a3", "copy.example", "a1"),
    ):
        docs.append(doc(doc_id, text, outlet, "2031-03-18", duplicate_of=dup))
        anns.append(
            annotations(
                doc_id,
                text,
                events=(
                    talks(text, place="Lindhaven", dates=(when(text, "March 17", "2031-03-17"),)),
                ),
            )
        )
    story = merge(docs, anns)
    assert story.events[0].support == 1


def test_close_dates_from_disjoint_sources_are_one_event_with_a_date_conflict() -> None:
    t1 = "Talks in Lindhaven on March 17 ended."
    t2 = "Talks in Lindhaven on March 19 ended."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-20",
        place="Lindhaven",
        dates=(when(t1, "March 17", "2031-03-17"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-20",
        place="Lindhaven",
        dates=(when(t2, "March 19", "2031-03-19"),),
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    assert [c.kind for c in story.contradictions] == ["date"]


def test_dateless_future_mention_joins_the_upcoming_event() -> None:
    t1 = "Talks in Lindhaven on March 17 ended."
    t2 = "Talks in Lindhaven on April 20 ended."
    t3 = "The upcoming talks in Lindhaven will be hard."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-18",
        place="Lindhaven",
        dates=(when(t1, "March 17", "2031-03-17"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-04-21",
        place="Lindhaven",
        dates=(when(t2, "April 20", "2031-04-20"),),
    )
    d3, a3 = _talks_doc("a3", t3, "three.example", "2031-04-10", place="Lindhaven", tense="future")
    story = merge([d1, d2, d3], [a1, a2, a3])
    april = next(e for e in story.events if e.start == "2031-04-20")
    assert {ev.article for ev in april.evidence} == {"a2", "a3"}


def _mention(text: str, **kw: object):  # type: ignore[no-untyped-def]
    """A talks mention of ``text`` with extra fields (status, parties, delegates…)."""
    from dataclasses import replace

    base = {k: kw.pop(k) for k in ("place", "dates", "ordinal", "tense", "country_of_place")
            if k in kw}
    base.setdefault("place", None)
    return replace(talks(text, **base), **kw)  # type: ignore[arg-type]


def _story(*items: tuple[str, str, str, str, dict[str, object]]):  # type: ignore[no-untyped-def]
    """A story from ``(doc_id, text, outlet, published, mention fields)`` items."""
    docs = [doc(d, text, outlet, published) for d, text, outlet, published, _ in items]
    anns = [annotations(d, text, events=(_mention(text, **kw),)) for d, text, _, _, kw in items]
    return merge(docs, anns)


def test_consecutive_days_at_one_place_by_the_same_parties_are_one_event() -> None:
    t1 = "Peru and Chile held talks in Lima on Monday."
    t2 = "Peru and Chile met for a second day in Lima on Tuesday."
    story = _story(
        ("a1", t1, "one.example", "2031-03-17",
         {"place": "Lima", "dates": (when(t1, "Monday", "2031-03-17"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD}),
        ("a2", t2, "two.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t2, "Tuesday", "2031-03-18"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD, "days": 2}),
    )
    assert [(e.start, e.end) for e in story.events] == [("2031-03-17", "2031-03-18")]


def test_one_day_reports_a_day_apart_are_a_date_conflict_not_two_days() -> None:
    t1 = "Peru and Chile signed the accord in Lima on Friday."
    t2 = "Peru and Chile signed the accord in Lima on Saturday."
    story = _story(
        ("a1", t1, "one.example", "2031-03-16",
         {"place": "Lima", "dates": (when(t1, "Friday", "2031-03-14"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD}),
        ("a2", t2, "two.example", "2031-03-16",
         {"place": "Lima", "dates": (when(t2, "Saturday", "2031-03-15"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD}),
    )
    (event,) = story.events
    assert event.start == event.end
    assert [c.kind for c in story.contradictions] == ["date"]


def test_meetings_a_week_apart_stay_distinct() -> None:
    t1 = "Peru and Chile held talks in Lima on March 10."
    t2 = "Peru and Chile held talks in Lima on March 17."
    story = _story(
        ("a1", t1, "one.example", "2031-03-11",
         {"place": "Lima", "dates": (when(t1, "March 10", "2031-03-10"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD}),
        ("a2", t2, "two.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t2, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile"), "status": EventStatus.HELD}),
    )
    assert [e.start for e in story.events] == ["2031-03-10", "2031-03-17"]
    assert not story.contradictions


def test_a_called_off_meeting_is_cancelled_not_held() -> None:
    t1 = "Talks in Lima are scheduled for Sunday."
    t2 = "The talks in Lima on Sunday will not take place."
    t3 = "The talks set for Sunday in Lima were called off."
    fields = {"place": "Lima", "tense": "future"}
    story = _story(
        ("a1", t1, "one.example", "2031-03-12",
         {**fields, "dates": (when(t1, "Sunday", "2031-03-16"),), "status": EventStatus.PLANNED}),
        ("a2", t2, "two.example", "2031-03-15",
         {**fields, "dates": (when(t2, "Sunday", "2031-03-16"),),
          "status": EventStatus.CANCELLED}),
        ("a3", t3, "three.example", "2031-03-15",
         {**fields, "dates": (when(t3, "Sunday", "2031-03-16"),),
          "status": EventStatus.CANCELLED}),
    )
    (event,) = story.events
    assert event.status == "cancelled" and "(cancelled)" in event.title


def test_a_planned_event_reported_as_held_is_held() -> None:
    t1 = "Talks in Lima will be held on Sunday."
    t2 = "Talks in Lima ended on Sunday."
    story = _story(
        ("a1", t1, "one.example", "2031-03-12",
         {"place": "Lima", "dates": (when(t1, "Sunday", "2031-03-16"),),
          "status": EventStatus.PLANNED, "tense": "future"}),
        ("a2", t2, "two.example", "2031-03-17",
         {"place": "Lima", "dates": (when(t2, "Sunday", "2031-03-16"),),
          "status": EventStatus.HELD}),
    )
    (event,) = story.events
    assert event.status == "held"


def test_a_hypothetical_venue_without_date_is_no_event() -> None:
    text = "Talks could resume in Quito."
    story = _story(("a1", text, "one.example", "2031-03-12",
                    {"place": None, "status": EventStatus.HYPOTHETICAL}))
    assert not story.events


def test_sources_placing_one_event_in_two_cities_contradict() -> None:
    t1 = "Peru and Chile held talks in Lima on March 17."
    t2 = "Peru and Chile held talks in Quito on March 17."
    t3 = "Peru and Chile met in Lima on March 17."
    fields = {"parties": ("Peru", "Chile"), "status": EventStatus.HELD}
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {**fields, "place": "Lima", "country_of_place": "Peru",
          "dates": (when(t1, "March 17", "2031-03-17"),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {**fields, "place": "Quito", "country_of_place": "Ecuador",
          "dates": (when(t2, "March 17", "2031-03-17"),)}),
        ("a3", t3, "three.example", "2031-03-18",
         {**fields, "place": "Lima", "country_of_place": "Peru",
          "dates": (when(t3, "March 17", "2031-03-17"),)}),
    )
    (event,) = story.events
    assert event.place == "Lima"
    (conflict,) = [c for c in story.contradictions if c.kind == "place"]
    assert {s.value: s.outlets for s in conflict.sides} == {
        "Lima": ("one.example", "three.example"), "Quito": ("two.example",)}


def test_an_outlet_is_never_set_against_itself() -> None:
    t1 = "The third round of talks in Lima ended on March 17."
    t2 = "The second round of talks in Lima ended on March 17."
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t1, "March 17", "2031-03-17"),), "ordinal": 3}),
        ("a2", t2, "one.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t2, "March 17", "2031-03-17"),), "ordinal": 2}),
    )
    assert len(story.events) == 1
    assert not [c for c in story.contradictions if c.kind == "ordinal"]


def test_a_weekday_that_does_not_fit_is_the_source_s_inconsistency() -> None:
    text = "Peru and Chile signed the accord in Lima on Thursday, March 14."
    story = _story(("a1", text, "one.example", "2031-03-15",
                    {"place": "Lima", "status": EventStatus.HELD,
                     "inconsistency": "“Thursday, March 14”: 2031-03-14 is a Friday"}))
    (conflict,) = story.contradictions
    assert conflict.kind == "inconsistency" and conflict.about == story.events[0].id
    assert conflict.sides[0].outlets == ("one.example",)


def test_a_negotiator_heads_one_side_only() -> None:
    from communique.model.annotations import Delegate

    t1 = "Maria Gonzalez led the Peruvian delegation in talks in Lima on March 17."
    t2 = "Chile's Maria Gonzalez led the talks in Lima on March 17."
    start = t1.index("Maria")
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t1, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile"),
          "delegates": (Delegate("Maria Gonzalez", "Peru", True, start, start + 14),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t2, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile"),
          "delegates": (Delegate("Maria Gonzalez", "Chile", True, 8, 22),)}),
        ("a3", t1, "three.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t1, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile"),
          "delegates": (Delegate("Maria Gonzalez", "Peru", True, start, start + 14),)}),
    )
    (event,) = story.events
    sides = [p for p, d in event.delegations.items() if "Maria Gonzalez" in d["heads"]]
    assert sides == ["Peru"]


def test_a_host_named_more_often_as_mediator_is_no_party() -> None:
    texts = ["Peru and Chile held talks in Lima on March 17, mediated by Brazil.",
             "Brazil mediated talks in Lima on March 17.",
             "Peru, Chile and Brazil met in Lima on March 17."]
    items = []
    for n, text in enumerate(texts):
        parties = ("Peru", "Chile", "Brazil") if n == 2 else ("Peru", "Chile")
        items.append((f"a{n}", text, f"o{n}.example", "2031-03-18",
                      {"place": "Lima", "dates": (when(text, "March 17", "2031-03-17"),),
                       "parties": parties, "mediators": () if n == 2 else ("Brazil",)}))
    (event,) = _story(*items).events
    assert set(event.parties) == {"Peru", "Chile"} and event.mediators == ("Brazil",)


def _relative(text: str, surface: str, value: str) -> TimeExpression:
    """A date read against the article's day (``anchor="published"``)."""
    return dataclasses.replace(when(text, surface, value), anchor="published")


def test_reports_of_the_event_outvote_a_preview_s_dates() -> None:
    t1 = "The talks will take place in Lima over two days, on March 16 and 17."
    t2 = "Peru and Chile held talks in Lima on March 17."
    story = _story(
        ("a1", t1, "one.example", "2031-03-10",
         {"place": "Lima", "status": EventStatus.PLANNED, "tense": "future",
          "dates": (when(t1, "March 16 and 17", "2031-03-16/2031-03-17", "range"),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(t2, "March 17", "2031-03-17"),)}),
    )
    (event,) = story.events
    assert (event.start, event.end) == ("2031-03-17", "2031-03-17")


def test_dates_given_as_alternatives_date_nothing() -> None:
    text = "The talks will take place in Lima either on Saturday or on Monday."
    story = _story(
        ("a1", text, "one.example", "2031-03-12",
         {"place": "Lima", "status": EventStatus.PLANNED, "tense": "future",
          "dates": (when(text, "Saturday", "2031-03-15"), when(text, "Monday", "2031-03-17"))}),
    )
    assert [(e.start, e.end) for e in story.events] == [(None, None)]


def test_a_vague_date_that_fits_two_events_says_nothing_of_their_status() -> None:
    t1 = "Peru and Chile held talks in Lima on March 3."
    t2 = "Peru and Chile held talks in Lima on March 24."
    t3 = "The talks in Lima this March were called off."
    story = _story(
        ("a1", t1, "one.example", "2031-03-04",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(t1, "March 3", "2031-03-03"),)}),
        ("a2", t2, "two.example", "2031-03-25",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(t2, "March 24", "2031-03-24"),)}),
        ("a3", t3, "three.example", "2031-03-26",
         {"place": "Lima", "status": EventStatus.CANCELLED,
          "dates": (when(t3, "this March", "2031-03", "month"),)}),
    )
    assert all({ev.article for ev in e.evidence} != {"a3"} for e in story.events)
    assert [e.status for e in story.events if e.start and len(e.start) == 10] == ["held", "held"]


def test_an_undated_article_dates_events_only_by_what_it_writes() -> None:
    t1 = "Peru and Chile held talks in Lima on Sunday."
    t2 = "Peru and Chile ended talks in Lima on May 23."
    t3 = "Peru and Chile held talks in Lima on May 23, 2031."
    story = _story(
        # Both undated: "Sunday" was read against a guessed day, "May 23" into the wrong year.
        ("a1", t1, "one.example", None,
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (_relative(t1, "Sunday", "2031-01-12"),)}),
        ("a2", t2, "two.example", None,
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (_relative(t2, "May 23", "2030-05-23"),)}),
        ("a3", t3, "three.example", "2031-05-24",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(t3, "May 23, 2031", "2031-05-23"),)}),
    )
    dated = [e for e in story.events if e.start]
    assert [(e.start, e.support) for e in dated] == [("2031-05-23", 2)]


def test_a_week_is_no_day() -> None:
    text = "Peru and Chile held talks in Lima this past week."
    story = _story(
        ("a1", text, "one.example", "2031-03-18",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(text, "this past week", "2031-W10", "week"),)}),
    )
    (event,) = story.events
    assert (event.start, event.end) == ("2031-03", "2031-03")


def test_a_forum_is_never_a_side() -> None:
    text = "Peru, Chile and the Joint Border Committee met in Lima on March 17."
    (event,) = _story(
        ("a1", text, "one.example", "2031-03-18",
         {"place": "Lima", "dates": (when(text, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile", "Joint Border Committee")}),
    ).events
    assert set(event.parties) == {"Peru", "Chile"}


def test_a_day_without_its_year_takes_the_batch_s_year() -> None:
    t1 = "Peru and Chile signed the accord in Lima on May 23."
    t2 = "Peru and Chile held talks in Lima on May 23, 2031."
    yearless = dataclasses.replace(when(t1, "May 23", "XXXX-05-23"),
                                   anchor="no publication date")
    story = _story(
        ("a1", t1, "one.example", None,
         {"place": "Lima", "status": EventStatus.HELD, "dates": (yearless,)}),
        ("a2", t2, "two.example", "2031-05-24",
         {"place": "Lima", "status": EventStatus.HELD,
          "dates": (when(t2, "May 23, 2031", "2031-05-23"),)}),
    )
    assert [(e.start, e.support) for e in story.events] == [("2031-05-23", 2)]


def test_a_range_without_its_year_takes_the_batch_s_year() -> None:
    t1 = "Peru and Chile will hold talks in Lima on May 23-24."
    t2 = "Peru and Chile met in Cusco on May 2, 2031."
    yearless = dataclasses.replace(
        when(t1, "May 23-24", "XXXX-05-23/XXXX-05-24", "range"), anchor="no publication date")
    story = _story(
        ("a1", t1, "one.example", None, {"place": "Lima", "dates": (yearless,)}),
        ("a2", t2, "two.example", "2031-05-03",
         {"place": "Cusco", "status": EventStatus.HELD,
          "dates": (when(t2, "May 2, 2031", "2031-05-02"),)}),
    )
    assert ("Lima", "2031-05-23", "2031-05-24") in [
        (e.place, e.start, e.end) for e in story.events]


def test_one_article_dating_an_event_two_ways_does_not_split_it() -> None:
    t1 = ("Peru and Chile signed the accord in Lima on March 17. "
          "Peru and Chile signed the accord in Lima on March 19.")
    t2 = "Peru and Chile signed the accord in Lima on March 17."
    t3 = "Peru and Chile signed the accord in Lima on March 19."
    second = t1.index("Peru", 10)
    first = _mention(t1[:second], place="Lima", status=EventStatus.HELD,
                     dates=(when(t1, "March 17", "2031-03-17"),))
    other = dataclasses.replace(
        _mention(t1[second:], place="Lima", status=EventStatus.HELD),
        start=second, end=len(t1), trigger_start=second, trigger_end=second + 4,
        dates=(when(t1, "March 19", "2031-03-19"),))
    docs = [doc("a1", t1, "one.example", "2031-03-20"),
            doc("a2", t2, "two.example", "2031-03-20"),
            doc("a3", t3, "three.example", "2031-03-20")]
    anns = [annotations("a1", t1, events=(first, other)),
            annotations("a2", t2, events=(_mention(t2, place="Lima", status=EventStatus.HELD,
                                                   dates=(when(t2, "March 17", "2031-03-17"),)),)),
            annotations("a3", t3, events=(_mention(t3, place="Lima", status=EventStatus.HELD,
                                                   dates=(when(t3, "March 19", "2031-03-19"),)),))]
    story = merge(docs, anns)
    assert len(story.events) == 1
    # the outlets against each other, and the article that gives both days against itself
    assert sorted(c.kind for c in story.contradictions) == ["date", "inconsistency"]


def test_a_country_holding_both_cities_named_sides_with_neither() -> None:
    t1 = "Peru and Chile held talks in Lima on March 17."
    t2 = "Peru and Chile held talks in Cusco on March 17."
    t3 = "Peru and Chile held talks in Peru on March 17."
    fields = {"parties": ("Peru", "Chile"), "status": EventStatus.HELD}
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {**fields, "place": "Lima", "country_of_place": "Peru",
          "dates": (when(t1, "March 17", "2031-03-17"),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {**fields, "place": "Cusco", "country_of_place": "Peru",
          "dates": (when(t2, "March 17", "2031-03-17"),)}),
        ("a3", t3, "three.example", "2031-03-18",
         {**fields, "place": "Peru", "country_of_place": "Peru",
          "dates": (when(t3, "March 17", "2031-03-17"),)}),
    )
    (conflict,) = [c for c in story.contradictions if c.kind == "place"]
    assert sorted(s.value for s in conflict.sides) == ["Cusco", "Lima"]


def test_a_head_whose_side_one_article_leaves_open_takes_the_story_s() -> None:
    from communique.model.annotations import Delegate

    t1 = "Peru's delegation, led by Maria Gonzalez, met Chile in Lima on March 17."
    t2 = "Talks between Maria Gonzalez and Chile were held in Santiago on May 2."
    start = t1.index("Maria")
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {"place": "Lima", "dates": (when(t1, "March 17", "2031-03-17"),),
          "parties": ("Peru", "Chile"),
          "delegates": (Delegate("Maria Gonzalez", "Peru", True, start, start + 14),)}),
        ("a2", t2, "two.example", "2031-05-03",
         {"place": "Santiago", "dates": (when(t2, "May 2", "2031-05-02"),),
          "parties": ("Chile",),
          "delegates": (Delegate("Maria Gonzalez", None, True, 14, 28),)}),
    )
    santiago = next(e for e in story.events if e.place == "Santiago")
    sides = [p for p, d in santiago.delegations.items() if "Maria Gonzalez" in d["heads"]]
    assert sides == ["Peru"] and set(santiago.parties) == {"Peru", "Chile"}


def _place_entity(name: str, text: str):  # type: ignore[no-untyped-def]
    from communique.model.entities import DocEntity, EntityLabel, EntityMention

    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, EntityLabel.PLACE, name)
    return DocEntity(name, EntityLabel.PLACE, (name,), (mention,))


def _nested_story(second_text: str, second_place: str, second_day: str):  # type: ignore[no-untyped-def]
    t1 = "Peru and Chile held talks in Tarapaca Region on March 17-18."
    t2 = second_text
    d1, a1 = doc("a1", t1, "one.example", "2031-03-19"), annotations(
        "a1", t1, events=(_mention(t1, place="Tarapaca", status=EventStatus.HELD, dates=(
            when(t1, "March 17-18", "2031-03-17/2031-03-18", "range"),)),))
    d2 = doc("a2", t2, "two.example", "2031-03-19")
    a2 = annotations("a2", t2, entities=(_place_entity("Iquique", t2),
                                         _place_entity("Tarapaca Region", t2)),
                     events=(_mention(t2, place=second_place, status=EventStatus.HELD, dates=(
                         when(t2, f"March {int(second_day[-2:])}", second_day),)),))
    return merge([d1, d2], [a1, a2])


def test_a_place_and_a_place_inside_it_on_the_same_days_are_one_event() -> None:
    story = _nested_story("The talks were held in Iquique, Tarapaca Region on March 18.",
                          "Iquique", "2031-03-18")
    assert [(e.start, e.end) for e in story.events] == [("2031-03-17", "2031-03-18")]


def test_places_not_written_one_inside_the_other_stay_apart() -> None:
    story = _nested_story("The talks were held in Iquique on March 18; Tarapaca Region "
                          "voted.", "Iquique", "2031-03-18")
    assert len(story.events) == 2
    # …and a place inside the other on other days is another event.
    story = _nested_story("The talks were held in Iquique, Tarapaca Region on March 25.",
                          "Iquique", "2031-03-25")
    assert len(story.events) == 2


def test_a_plan_whose_span_holds_the_reported_day_is_no_date_contradiction() -> None:
    t1 = "The talks will take place in Lima over two days, on March 16 and 17."
    t2 = "Peru and Chile held talks in Lima on March 17."
    t3 = "Peru and Chile held talks in Lima on March 17-18."
    base = ("a1", t1, "one.example", "2031-03-10",
            {"place": "Lima", "status": EventStatus.PLANNED, "tense": "future",
             "dates": (when(t1, "March 16 and 17", "2031-03-16/2031-03-17", "range"),)})
    story = _story(base, ("a2", t2, "two.example", "2031-03-18",
                          {"place": "Lima", "status": EventStatus.HELD,
                           "dates": (when(t2, "March 17", "2031-03-17"),)}))
    assert not [c for c in story.contradictions if c.kind == "date"]
    # A report of other days than the chosen ones still contradicts them.
    t4 = "Peru and Chile held talks in Lima on March 16-17."
    story = _story(("a3", t3, "three.example", "2031-03-19",
                    {"place": "Lima", "status": EventStatus.HELD,
                     "dates": (when(t3, "March 17-18", "2031-03-17/2031-03-18", "range"),)}),
                   ("a4", t4, "four.example", "2031-03-19",
                    {"place": "Lima", "status": EventStatus.HELD,
                     "dates": (when(t4, "March 16-17", "2031-03-16/2031-03-17", "range"),)}))
    assert [c.kind for c in story.contradictions] == ["date"]


def _numbered(published: str, **third: object):  # type: ignore[no-untyped-def]
    """Two outlets date and place a fifth round in Lindhaven; a third places 'the fifth round'
    in Korvania without a date (``third``: that mention's fields changed)."""
    t1 = "The fifth round of talks was held in Lindhaven on March 17."
    t2 = "Veldra and Korvania ended a fifth round of talks in Lindhaven on March 17."
    t3 = "Ramiro Santos got a new offer after the fifth round of talks in Korvania."
    fields = {"parties": ("Veldra", "Korvania"), "status": EventStatus.HELD, "ordinal": 5,
              "place": "Lindhaven", "country_of_place": "Veldra"}
    return _story(
        ("a1", t1, "one.example", "2031-03-18",
         {**fields, "dates": (when(t1, "March 17", "2031-03-17"),)}),
        ("a2", t2, "two.example", "2031-03-17",
         {**fields, "dates": (when(t2, "March 17", "2031-03-17"),)}),
        ("a3", t3, "three.example", published,
         {"ordinal": 5, "place": "Korvania", "country_of_place": "Korvania", **third}),
    )


def test_a_numbered_round_placed_but_undated_is_the_latest_round_so_numbered() -> None:
    story = _numbered("2031-03-30")
    (conflict,) = [c for c in story.contradictions if c.kind == "place"]
    assert {s.value: s.outlets for s in conflict.sides} == {
        "Lindhaven": ("one.example", "two.example"), "Korvania": ("three.example",)}
    assert conflict.about == next(e.id for e in story.events if e.start == "2031-03-17")


def test_a_numbered_round_long_past_or_only_planned_names_no_round() -> None:
    assert not [c for c in _numbered("2031-07-30").contradictions if c.kind == "place"]
    assert not [c for c in _numbered("2031-03-30", status=EventStatus.PLANNED).contradictions
                if c.kind == "place"]
    # written before the dated round ended: not that round
    assert not [c for c in _numbered("2031-03-10").contradictions if c.kind == "place"]


def test_the_host_country_named_alone_is_no_party() -> None:
    # The host's own talks with one visitor, or its officials, are another matter: a host
    # country joins the parties only where a source has it meet another side.
    texts = ["Veldra and Korvania held talks in Lindhaven, Tavrania, on March 17.",
             "Veldra and Korvania met in Lindhaven on March 17.",
             "Talks with Tavrania's officials were also held in Lindhaven on March 17."]
    items = []
    for n, text in enumerate(texts):
        items.append((f"a{n}", text, f"o{n}.example", "2031-03-18",
                      {"place": "Lindhaven", "place_country": "Tavrania",
                       "dates": (when(text, "March 17", "2031-03-17"),),
                       "parties": ("Tavrania",) if n == 2 else ("Veldra", "Korvania")}))
    (event,) = _story(*items).events
    assert set(event.parties) == {"Veldra", "Korvania"}


def test_a_host_that_meets_another_side_stays_a_party() -> None:
    texts = ["Veldra and Korvania held talks in Lindhaven, Veldra, on March 17.",
             "Veldra and Korvania met in Lindhaven on March 17."]
    items = [(f"a{n}", text, f"o{n}.example", "2031-03-18",
              {"place": "Lindhaven", "place_country": "Veldra",
               "dates": (when(text, "March 17", "2031-03-17"),),
               "parties": ("Veldra", "Korvania")}) for n, text in enumerate(texts)]
    (event,) = _story(*items).events
    assert set(event.parties) == {"Veldra", "Korvania"}


def test_a_round_that_opened_on_a_day_runs_its_stated_length_from_it() -> None:
    t1 = "Veldra and Korvania opened a two-day round of talks in Lindhaven on Monday."
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {"place": "Lindhaven", "dates": (when(t1, "Monday", "2031-03-17"),),
          "parties": ("Veldra", "Korvania"), "status": EventStatus.HELD, "days": 2}),
    )
    assert [(e.start, e.end) for e in story.events] == [("2031-03-17", "2031-03-18")]


def test_an_accord_dated_after_the_talks_is_their_outcome_not_a_date_conflict() -> None:
    t1 = "Veldra and Korvania held talks in Lindhaven on March 15-16."
    t2 = "The accord followed talks in Lindhaven on March 15-16."
    t3 = "The accord concluded on March 17 in Lindhaven cut duties."
    held = {"place": "Lindhaven", "parties": ("Veldra", "Korvania"), "status": EventStatus.HELD}
    story = _story(
        ("a1", t1, "one.example", "2031-03-17",
         {**held, "dates": (when(t1, "March 15-16", "2031-03-15/2031-03-16", "range"),)}),
        ("a2", t2, "two.example", "2031-03-17",
         {**held, "type": EventType.AGREEMENT,
          "dates": (when(t2, "March 15-16", "2031-03-15/2031-03-16", "range"),)}),
        ("a3", t3, "three.example", "2031-03-20",
         {**held, "type": EventType.AGREEMENT, "dates": (when(t3, "March 17", "2031-03-17"),)}),
    )
    assert not [c for c in story.contradictions if c.kind == "date"]
    assert sorted((e.start, e.end) for e in story.events) == [
        ("2031-03-15", "2031-03-16"), ("2031-03-17", "2031-03-17")]


def test_talks_dated_after_an_accord_are_still_a_date_conflict() -> None:
    t1 = "Veldra and Korvania signed the accord in Lindhaven on March 15."
    t2 = "Veldra and Korvania held talks in Lindhaven on March 17."
    held = {"place": "Lindhaven", "parties": ("Veldra", "Korvania"), "status": EventStatus.HELD}
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {**held, "type": EventType.AGREEMENT, "dates": (when(t1, "March 15", "2031-03-15"),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {**held, "type": EventType.AGREEMENT, "dates": (when(t2, "March 17", "2031-03-17"),)}),
    )
    assert [c.kind for c in story.contradictions] == ["date"]


def test_a_preview_naming_none_of_the_held_event_s_sides_adds_no_party() -> None:
    t1 = "Peru and Chile signed the accord in Lima on March 17."
    t2 = "Peru and Chile held talks in Lima on March 17."
    t3 = "A Bolivia-Ecuador summit will convene in Lima on March 17-19."
    held = {"place": "Lima", "status": EventStatus.HELD, "parties": ("Peru", "Chile")}
    story = _story(
        ("a1", t1, "one.example", "2031-03-18",
         {**held, "dates": (when(t1, "March 17", "2031-03-17"),)}),
        ("a2", t2, "two.example", "2031-03-18",
         {**held, "dates": (when(t2, "March 17", "2031-03-17"),)}),
        ("a3", t3, "three.example", "2031-03-10",
         {"place": "Lima", "status": EventStatus.PLANNED, "tense": "future",
          "parties": ("Bolivia", "Ecuador"),
          "dates": (when(t3, "March 17-19", "2031-03-17/2031-03-19", "range"),)}),
    )
    lima = [e for e in story.events if e.start == "2031-03-17"]
    assert lima and all(set(e.parties) <= {"Peru", "Chile"} for e in lima)


def _summit_docs(tense: str, language: str | None = "fr", placed: bool = True,
                 held: bool = True) -> tuple[list, list]:  # type: ignore[type-arg]
    """Five outlets on one summit day in Lindhaven: two tell of the accord signed there (the
    first with a status word unless not ``held``; the second in ``language``, read without a
    parse when not English, only in the tense ``tense``, at the place when ``placed``), three
    of the summit alone."""
    docs, notes = [], []
    for i in range(5):
        text = f"Report {i}: talks in Lindhaven on March 17."
        mention = talks(text, place="Lindhaven", dates=(when(text, "March 17", "2031-03-17"),))
        if i < 2:
            mention = dataclasses.replace(
                mention, type=EventType.AGREEMENT, trigger="signed",
                status=EventStatus.HELD if i == 0 and held else None,
                tense="past" if i == 0 else tense,
                place="Lindhaven" if i == 0 or placed else None)
        article = doc(f"a{i}", text, f"outlet{i}.example", "2031-03-18")
        docs.append(dataclasses.replace(article, language=language) if i == 1 else article)
        notes.append(annotations(f"a{i}", text, events=(mention,)))
    return docs, notes


def test_a_signing_told_in_the_past_without_a_status_word_is_reported() -> None:
    # Two of five outlets report the text signed: a signing, however many tell of the summit.
    story = merge(*_summit_docs("past"))
    (event,) = story.events
    assert event.type == "agreement"


def test_a_placeless_signing_joined_by_its_date_is_no_report_of_it() -> None:
    # "firmaron el 17 de marzo un acuerdo", no place: what was signed is unsure.
    # Both signings told so; counted as reports, two of the three others would make a signing.
    story = merge(*_summit_docs("past", placed=False, held=False))
    assert [e.type for e in story.events if e.place == "Lindhaven"] == ["talks"]


def test_a_signing_told_in_the_future_is_no_report_of_it() -> None:
    # "will sign": one report of the signing in five outlets leaves the talks.
    story = merge(*_summit_docs("future", language=None))
    (event,) = story.events
    assert event.type == "talks"
