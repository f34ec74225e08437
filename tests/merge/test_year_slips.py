"""Year slips: one outlet giving the event it reports a year it was not held in."""

from __future__ import annotations

import dataclasses

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated
from communique.merge._intervals import interval
from communique.merge._numbered_rounds import Built
from communique.merge._year_slips import year_slips
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks, when

PLAN = "Korvanian and Veldran envoys will hold talks in Lindhaven on June 3. "
SLIP = "The Lindhaven meeting marks their fourth meeting in 2029."
EARLIER = "The two envoys also held talks in Lindhaven in 2029."
OTHER = "Envoys held talks in Lindhaven on June 3, 2031."
NEWS = "The talks in Lindhaven were tense."


def _stated(doc_id: str, text: str, sentence: str, value: str | None, surface: str = ""
            ) -> Stated:
    start = text.index(sentence)
    dates = (when(sentence, surface, value),) if value else ()
    mention = talks(sentence, place="Lindhaven", dates=dates)
    mention = dataclasses.replace(mention, start=start, end=start + len(sentence))
    return Stated(doc_id, mention, interval(value), "Korvania")


def _event(id: str, start: str, status: str, support: int) -> StoryEvent:
    return StoryEvent(id, "talks", f"Talks in Lindhaven, {start}", start, start, "Lindhaven",
                      (), (), {}, (), (), (), support, status=status)


def _built(second: str) -> tuple[list[Built], Corpus]:
    first = PLAN + second
    corpus = Corpus([doc("a1", first, "one.example", "2031-05-30"),
                     doc("a2", OTHER, "two.example", "2031-06-04"),
                     doc("a3", NEWS, "three.example", "2031-06-05")],
                    [annotations("a1", first), annotations("a2", OTHER), annotations("a3", NEWS)])
    held = (_event("ev_1", "2031-06-03", "held", 3),
            [_stated("a1", first, PLAN.strip(), "2031-06-03", "June 3"),
             _stated("a2", OTHER, OTHER, "2031-06-03", "June 3, 2031"),
             _stated("a3", NEWS, NEWS, None)],
            interval("2031-06-03"))
    year = "1999" if "1999" in second else "2029"
    slip = (_event("ev_2", year, "historical", 1),
            [_stated("a1", first, second, year, year)], interval(year))
    return [held, slip], corpus


def test_an_article_dating_its_own_event_to_another_year_contradicts_the_others() -> None:
    built, corpus = _built(SLIP)
    (found,) = year_slips(built, corpus)
    assert (found.kind, found.about) == ("date", "ev_1")
    # the outlets reporting the event as news of its time stand with its exact dates
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("2029", ("one.example",)), ("2031-06-03", ("three.example", "two.example"))]


def test_an_earlier_meeting_at_the_same_place_is_no_slip() -> None:
    built, corpus = _built(EARLIER)
    assert not year_slips(built, corpus)
    built, corpus = _built("The Lindhaven meeting, back in 2029, ended without a deal.")
    assert not year_slips(built, corpus)
    # decades off is history, not a slip of the pen
    built, corpus = _built(SLIP.replace("2029", "1999"))
    assert not year_slips(built, corpus)


def test_no_slip_without_another_outlet_or_from_an_article_written_long_after() -> None:
    built, corpus = _built(SLIP)
    held, slip = built
    alone = (held[0], [s for s in held[1] if s.doc_id != "a2"], held[2])
    assert not year_slips([alone, slip], corpus)
    first = PLAN + SLIP
    late = Corpus([doc("a1", first, "one.example", "2031-09-30"),
                   doc("a2", OTHER, "two.example", "2031-06-04"),
                   doc("a3", NEWS, "three.example", "2031-06-05")],
                  [annotations("a1", first), annotations("a2", OTHER), annotations("a3", NEWS)])
    assert not year_slips(built, late)
