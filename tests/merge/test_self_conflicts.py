"""A source against itself: one article naming two cities or two days for one event."""

from __future__ import annotations

import dataclasses

from communique.merge import merge
from communique.model.annotations import EventMention, EventStatus
from communique.model.story import Story

from support.synthetic import annotations, doc, talks, when

HELD = {"status": EventStatus.HELD, "parties": ("Peru", "Chile")}


def _mention(text: str, sentence: str, **kw: object) -> EventMention:
    """A talks mention of the sentence ``sentence`` of ``text``, with extra fields."""
    start = text.index(sentence)
    base = {k: kw.pop(k) for k in ("place", "country_of_place", "tense") if k in kw}
    base.setdefault("place", None)
    mention = talks(sentence, **base)  # type: ignore[arg-type]
    dates = tuple(dataclasses.replace(d, start=d.start + start, end=d.end + start)
                  for d in kw.pop("dates", ()))  # type: ignore[attr-defined]
    return dataclasses.replace(
        mention, start=start, end=start + len(sentence),
        trigger_start=start + mention.trigger_start, trigger_end=start + mention.trigger_end,
        dates=dates, **kw)  # type: ignore[arg-type]


def _story(*articles: tuple[str, str, list[tuple[str, dict[str, object]]]]) -> Story:
    """A story from ``(doc_id, outlet, [(sentence, mention fields)])``: one line a sentence."""
    docs, anns = [], []
    for doc_id, outlet, sentences in articles:
        text = "\n".join(s for s, _ in sentences)
        docs.append(doc(doc_id, text, outlet, "2031-03-18"))
        mentions = tuple(_mention(text, s, **dict(kw)) for s, kw in sentences)
        anns.append(annotations(doc_id, text, events=mentions))
    return merge(docs, anns)


def _lima(sentence: str = "Peru and Chile held talks in Lima on March 17."
          ) -> tuple[str, dict[str, object]]:
    return sentence, {**HELD, "place": "Lima", "country_of_place": "Peru",
                      "dates": (when(sentence, "March 17", "2031-03-17"),)}


def _inconsistencies(story: Story) -> list[tuple[str, ...]]:
    return [tuple(s.value for s in c.sides) for c in story.contradictions
            if c.kind == "inconsistency"]


def test_an_article_naming_two_cities_of_one_country_for_one_event_is_inconsistent() -> None:
    cusco = "The talks in Cusco ended with a joint statement."
    story = _story(
        ("a1", "one.example", [_lima(), (cusco, {**HELD, "place": "Cusco",
                                                 "country_of_place": "Peru"})]),
        ("a2", "two.example", [_lima()]),
    )
    (event,) = story.events
    (found,) = [c for c in story.contradictions if c.kind == "inconsistency"]
    assert found.about == event.id
    assert {s.value: s.outlets for s in found.sides} == {
        "Cusco": ("one.example",), "Lima": ("one.example",)}
    assert "two places" in found.note
    # the torn article takes no side in a contradiction between outlets
    assert not [c for c in story.contradictions if c.kind == "place"]


def test_a_city_and_its_country_or_a_venue_in_it_are_no_inconsistency() -> None:
    country = "The talks in Peru ended with a joint statement."
    venue = "The talks at the Lima Convention Centre ended with a joint statement."
    story = _story(
        ("a1", "one.example", [_lima(), (country, {**HELD, "place": "Peru",
                                                   "country_of_place": "Peru"})]),
        ("a2", "two.example", [_lima(), (venue, {**HELD, "place": "Lima Convention Centre",
                                                 "country_of_place": "Peru"})]),
    )
    assert not _inconsistencies(story)


def test_a_planned_meeting_elsewhere_or_a_list_of_cities_is_no_inconsistency() -> None:
    plan = "The next talks will be held in Cusco."
    stops = ["The talks in Cusco went on.", "The talks in Arequipa went on."]
    story = _story(
        ("a1", "one.example", [_lima(), (plan, {"status": EventStatus.PLANNED, "tense": "future",
                                                "place": "Cusco", "country_of_place": "Peru"})]),
        ("a2", "two.example", [_lima(), *((s, {**HELD, "place": s.split()[3],
                                                "country_of_place": "Peru"}) for s in stops)]),
    )
    assert not _inconsistencies(story)


def test_an_article_dating_a_one_day_event_two_ways_is_inconsistent() -> None:
    later = "Peru and Chile held talks in Lima on March 19."
    on_19 = (later, {**HELD, "place": "Lima", "country_of_place": "Peru",
                     "dates": (when(later, "March 19", "2031-03-19"),)})
    story = _story(
        ("a1", "one.example", [_lima(), on_19]),
        ("a2", "two.example", [_lima()]),
        ("a3", "three.example", [on_19]),
    )
    assert len(story.events) == 1
    assert _inconsistencies(story) == [("2031-03-17", "2031-03-19")]
    # the outlets that date it one way each are the date contradiction; the torn one is not
    (dates,) = [c for c in story.contradictions if c.kind == "date"]
    assert {s.outlets for s in dates.sides} == {("two.example",), ("three.example",)}


def test_the_days_of_an_event_over_several_days_are_no_inconsistency() -> None:
    later = "Peru and Chile held talks in Lima on March 18."
    story = _story(
        ("a1", "one.example", [_lima(), (later, {**HELD, "place": "Lima", "days": 2,
                                                 "country_of_place": "Peru",
                                                 "dates": (when(later, "March 18",
                                                                "2031-03-18"),)})]),
        ("a2", "two.example", [_lima()]),
    )
    assert not _inconsistencies(story)
