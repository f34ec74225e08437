"""A city an article gives its event in a sentence the events stage linked to nothing."""

from __future__ import annotations

import dataclasses

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated
from communique.merge._intervals import interval
from communique.merge._numbered_rounds import Built
from communique.merge._sentence_places import sentence_place_conflicts
from communique.model.annotations import EventStatus
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks

COUNTRY = "Envoys held talks in Korvania."
HELD = "Envoys held talks in Lindhaven."
PLACES = (("Lindhaven", "Korvania"), ("Port Alcyne", "Korvania"))


def _mention(doc_id: str, text: str, place: str) -> Stated:
    mention = dataclasses.replace(talks(text, place=place), status=EventStatus.HELD)
    return Stated(doc_id, mention, None, "Korvania")


def _built(aside: str) -> tuple[list[Built], Corpus]:
    texts = {"a1": f"{COUNTRY}\n{aside}", "a2": HELD, "a3": HELD}
    corpus = Corpus([doc(d, t, f"{d}.example", "2031-06-04") for d, t in texts.items()],
                    [annotations(d, t, places=PLACES) for d, t in texts.items()])
    items = [_mention("a1", COUNTRY, "Korvania"), _mention("a2", HELD, "Lindhaven"),
             _mention("a3", HELD, "Lindhaven")]
    event = StoryEvent("ev_1", "talks", "Talks in Lindhaven, 2031-06-03", "2031-06-03",
                       "2031-06-03", "Lindhaven", (), (), {}, (), (), (), 3, status="held")
    return [(event, items, interval("2031-06-03"))], corpus


def test_a_city_in_an_unlinked_sentence_contradicts_the_events_city() -> None:
    built, corpus = _built("The truce came after peace talks held in the Korvanian capital, "
                           "Port Alcyne.")
    (found,) = sentence_place_conflicts(built, corpus)
    assert (found.kind, found.about) == ("place", "ev_1")
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("Lindhaven", ("a2.example", "a3.example")), ("Port Alcyne", ("a1.example",))]


def test_a_sentence_of_another_time_or_without_an_event_word_places_nothing() -> None:
    for aside in ("The truce came after talks held in Port Alcyne in March.",
                  "Earlier talks were held in Port Alcyne.",
                  "Talks will be held in Port Alcyne.",
                  "The envoy flew on to Port Alcyne."):
        built, corpus = _built(aside)
        assert sentence_place_conflicts(built, corpus) == [], aside


def test_a_sentence_another_event_claims_places_nothing() -> None:
    aside = "The truce came after talks held in Port Alcyne."
    built, corpus = _built(aside)
    other = StoryEvent("ev_2", "talks", "Talks in Port Alcyne", None, None, "Port Alcyne",
                       (), (), {}, (), (), (), 1, status="held")
    claimed = dataclasses.replace(_mention("a1", aside, "Port Alcyne"),
                                  mention=dataclasses.replace(
                                      talks(aside, place="Port Alcyne"),
                                      start=len(COUNTRY) + 1, end=len(COUNTRY) + 1 + len(aside)))
    built.append((other, [claimed], None))
    assert sentence_place_conflicts(built, corpus) == []


def _ceasefire_event(aside: str, mentions: int) -> tuple[StoryEvent, list[Stated]]:
    """A held ceasefire the article reports ``mentions`` times, once in the aside, placeless."""
    start = len(COUNTRY) + 1
    unplaced = dataclasses.replace(talks(aside, place=None), start=start,
                                   end=start + len(aside), status=EventStatus.HELD)
    truce = StoryEvent("ev_3", "ceasefire", "Ceasefire, 2031-06-03", "2031-06-03", "2031-06-03",
                       None, (), (), {}, (), (), (), 1, status="held")
    return truce, [Stated("a1", unplaced, None, None)] * mentions


def test_a_placeless_mention_of_another_event_leaves_the_sentence_its_city() -> None:
    # A ceasefire agreed "after talks held in …" reads no place from the sentence: the city
    # there is still the talks', even when the article reports the ceasefire more often.
    aside = "The truce came after peace talks held in the Korvanian capital, Port Alcyne."
    built, corpus = _built(aside)
    truce, items = _ceasefire_event(aside, 2)
    built.append((truce, items, interval("2031-06-03")))
    (found,) = sentence_place_conflicts(built, corpus)
    assert found.about == "ev_1"
