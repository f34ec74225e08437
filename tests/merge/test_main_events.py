"""Which event an article is about, and which sentences the events stage gave to an event."""

from __future__ import annotations

import dataclasses

from communique.merge._event_conflicts import Stated
from communique.merge._intervals import interval
from communique.merge._main_events import claimed_sentences, main_events
from communique.merge._numbered_rounds import Built
from communique.model.story import StoryEvent

from support.synthetic import talks

TEXT = "Envoys held talks in Lindhaven. The talks went on. Later talks in Port Alcyne."


def _event(event_id: str, status: str = "held") -> StoryEvent:
    return StoryEvent(event_id, "talks", f"Talks {event_id}", "2031-06-03", "2031-06-03",
                      "Lindhaven", (), (), {}, (), (), (), 1, status=status)


def _stated(doc_id: str, start: int) -> Stated:
    mention = dataclasses.replace(talks(TEXT, place="Lindhaven"), start=start, end=start + 5)
    return Stated(doc_id, mention, None, "Veldra")


def test_an_article_is_about_the_held_dated_event_it_names_most() -> None:
    built: list[Built] = [
        (_event("ev_1"), [_stated("a1", 0)], interval("2031-06-03")),
        (_event("ev_2"), [_stated("a1", 10), _stated("a1", 20), _stated("a2", 0)],
         interval("2031-06-03")),
    ]
    assert main_events(built) == {"a1": "ev_2", "a2": "ev_2"}


def test_undated_vague_or_planned_events_are_no_main_event() -> None:
    built: list[Built] = [
        (_event("ev_1"), [_stated("a1", 0)], None),
        (_event("ev_2"), [_stated("a1", 0)], interval("2031-06")),
        (_event("ev_3", "planned"), [_stated("a1", 0)], interval("2031-06-03")),
    ]
    assert main_events(built) == {}


def test_claimed_sentences_list_every_event_of_a_sentence() -> None:
    built: list[Built] = [
        (_event("ev_1"), [_stated("a1", 0)], None),
        (_event("ev_2"), [_stated("a1", 0), _stated("a2", 7)], None),
    ]
    assert claimed_sentences(built) == {("a1", 0): {"ev_1", "ev_2"}, ("a2", 7): {"ev_2"}}
