"""Which meeting a length is of: never one that began after its article was written, and
lengths of one meeting in two languages compared without a shared word."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge.claims import build_claims
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.claims import Claim, Quantity
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

OVER = "The talks in Port Alcyne lasted just over two hours."
HALF = "The two-and-a-half-hour talks were led by Bohdan Kravel."
NEXT = "A second round is to follow in Lindhaven."
GERMAN = "Das Treffen endete nach gut zwei Stunden."


def _claim(text: str, sentence: int, surface: str, value: float, *, low: float | None = None,
           approximate: bool = False, predicate: str = "last") -> Claim:
    start = text.index(surface)
    end = text.index(".", start) + 1
    quantity = Quantity(value, low, None, "hour", surface, start, start + len(surface),
                        approximate)
    return Claim(sentence, end, text[sentence:end], "", None, None, predicate, None, quantity,
                 False, approximate, None, "none")


def _event(event_id: str, day: str, place: str, *evidence: tuple[str, str, int]) -> StoryEvent:
    return StoryEvent(event_id, "talks", f"Talks in {place}", day, day, place, (), (), {}, (),
                      (), tuple(Evidence(a, s, s + len(t), t) for a, t, s in evidence),
                      len(evidence), status="held")


def _found(written: str, over: tuple[str, str] = ("en", OVER)) -> list[str]:
    """A length told the day the first round ended, against one from an article whose main
    event is the next round (written on ``written``)."""
    language, over_text = over
    later = f"{HALF} {NEXT}"
    events = (
        _event("ev_first", "2031-04-12", "Port Alcyne", ("a1", over_text, 0)),
        _event("ev_second", "2031-04-19", "Lindhaven", ("a2", NEXT, later.index(NEXT))),
    )
    docs: list[Document] = [replace(doc("a1", over_text, "one.example", "2031-04-12"),
                                    language=language),
                            doc("a2", later, "two.example", written)]
    surface = "gut zwei Stunden" if over_text == GERMAN else "just over two hours"
    notes: list[Annotations] = [
        annotations("a1", over_text, claims=(
            _claim(over_text, 0, surface, 2, low=2, approximate=True),)),
        annotations("a2", later, claims=(_claim(later, 0, "two-and-a-half-hour", 2.5),))]
    _, contradictions = build_claims(Corpus(docs, notes), Countries(["Korvania"]), events)
    return [c.about for c in contradictions]


def test_a_length_is_not_of_a_meeting_that_began_after_its_article() -> None:
    # Written the day after the first round: its length is that round's, not the next one's
    # its article names more often.
    assert _found("2031-04-13") == ["ev_first"]
    # Written after the second round began: the length may be that one's.
    assert _found("2031-04-20") == []


def test_lengths_of_one_meeting_in_two_languages_share_no_word_and_still_contradict() -> None:
    assert _found("2031-04-13", ("de", GERMAN)) == ["ev_first"]
    # The same words in one language share none with the other sentence: no common context.
    assert _found("2031-04-13", ("en", GERMAN)) == []


def test_the_held_event_then_is_the_one_that_ended_that_day_or_the_day_before() -> None:
    events = [_event("ev_a", "2031-04-12", "Port Alcyne"),
              _event("ev_b", "2031-04-19", "Lindhaven")]
    anchors = EventAnchors(events)
    assert anchors.held_then(date(2031, 4, 13)) == "ev_a"
    assert anchors.held_then(date(2031, 4, 15)) is None
    assert anchors.held_then(None) is None
    assert anchors.begun("ev_b", date(2031, 4, 13)) is False
    assert anchors.begun("ev_b", date(2031, 4, 19)) is True
    assert anchors.begun("ev_b", None) is True


def _pooled(language: str) -> int:
    """How many claims one meeting's three-hour length makes, told in English and in a
    sentence of ``language`` that shares no word with it."""
    english = "The three-hour talks took place in Port Alcyne."
    other = "Das Treffen dauerte drei Stunden."
    events = (_event("ev_first", "2031-04-12", "Port Alcyne", ("a1", english, 0),
                     ("a2", other, 0)),)
    docs = [doc("a1", english, "one.example", "2031-04-12"),
            replace(doc("a2", other, "two.example", "2031-04-12"), language=language)]
    notes = [annotations("a1", english, claims=(
                 _claim(english, 0, "three-hour", 3, predicate="take place"),)),
             annotations("a2", other, claims=(_claim(other, 0, "drei Stunden", 3),))]
    claims, _ = build_claims(Corpus(docs, notes), Countries(["Korvania"]), events)
    return len(claims)


def test_one_meetings_length_in_two_languages_is_one_claim() -> None:
    assert _pooled("de") == 1
    assert _pooled("en") == 2  # one language, no shared word: nothing says it is one fact
