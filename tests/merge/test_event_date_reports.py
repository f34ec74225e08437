"""Which mentions' dates vote for an event's dates: reports of it, and open clauses saying talks
begin on a day already past; a length runs from the date of talks said to begin, in any language
with a pack.

Real place names, invented facts; each test checks one mechanism.
"""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import EventMention, EventStatus
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks, when


def _events(*items: tuple[str, str, str, EventMention, str]) -> list[StoryEvent]:
    """Events of ``(doc_id, text, published, mention, language)`` items."""
    docs = [replace(doc(d, text, f"{d}.example", published), language=language)
            for d, text, published, _, language in items]
    anns = [annotations(d, text, events=(mention,)) for d, text, _, mention, _ in items]
    return merge(docs, anns).events


_HELD = "The talks were held in Lima on May 9."


def _held() -> tuple[str, str, str, EventMention, str]:
    mention = replace(talks(_HELD, place="Lima", dates=(when(_HELD, "May 9", "2031-05-09"),)),
                      status=EventStatus.HELD)
    return ("a1", _HELD, "2031-05-10", mention, "en")


def _open(published: str, text: str = "Two-day talks begin in Lima on May 8."
          ) -> tuple[str, str, str, EventMention, str]:
    mention = replace(talks(text, place="Lima", dates=(when(text, "May 8", "2031-05-08"),)),
                      days=2)
    return ("a2", text, published, mention, "en")


def test_an_open_clause_saying_talks_began_votes_with_the_reports() -> None:
    (event,) = _events(_held(), _open("2031-05-10"))
    assert (event.start, event.end) == ("2031-05-08", "2031-05-09")


def test_an_open_clause_about_talks_not_yet_begun_is_a_plan() -> None:
    (event,) = _events(_held(), _open("2031-05-07"))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-09")


def test_an_open_clause_that_does_not_say_they_begin_is_no_report() -> None:
    (event,) = _events(_held(), _open("2031-05-10", "Two-day talks in Lima on May 8."))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-09")


def test_a_length_runs_from_the_date_of_talks_said_to_begin() -> None:
    text = "Переговоры в Лиме начинают 8 мая."
    mention = replace(talks(text, place="Lima", dates=(when(text, "8 мая", "2031-05-08"),)),
                      days=2)
    (event,) = _events(("r1", text, "2031-05-08", mention, "ru"))
    assert (event.start, event.end) == ("2031-05-08", "2031-05-09")


def _schedule(published: str) -> tuple[str, str, str, EventMention, str]:
    """A schedule of two days with no status ("will meet … from May 8 to 9")."""
    text = "Veldra and Korvania will meet in Lindhaven from May 8 to 9."
    mention = talks(text, place="Lindhaven",
                    dates=(when(text, "May 8 to 9", "2031-05-08/2031-05-09", "range"),))
    return ("a2", text, published, mention, "en")


def _held_second_day() -> tuple[str, str, str, EventMention, str]:
    text = "The meeting was held in Lindhaven on May 9."
    mention = replace(talks(text, place="Lindhaven", dates=(when(text, "May 9", "2031-05-09"),)),
                      status=EventStatus.HELD)
    return ("a1", text, "2031-05-10", mention, "en")


def test_a_schedule_written_once_the_meeting_began_holds_the_day_a_report_gives() -> None:
    (event,) = _events(_held_second_day(), _schedule("2031-05-08"))
    assert (event.start, event.end) == ("2031-05-08", "2031-05-09")


def test_a_schedule_written_before_the_meeting_is_outvoted_by_a_report() -> None:
    (event,) = _events(_held_second_day(), _schedule("2031-05-06"))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-09")


def _length(doc_id: str, text: str) -> tuple[str, str, str, EventMention, str]:
    """An undated report that the talks in Lima lasted two days."""
    mention = replace(talks(text, place="Lima"), status=EventStatus.HELD, days=2)
    return (doc_id, text, "2031-05-12", mention, "en")


def _day(doc_id: str, text: str, day: str) -> tuple[str, str, str, EventMention, str]:
    mention = replace(talks(text, place="Lima", dates=(when(text, day, "2031-05-09"),)),
                      status=EventStatus.HELD)
    return (doc_id, text, "2031-05-09", mention, "en")


_LASTED = ("After two days of talks in Lima, the sides announced a framework.",
           "The negotiators concluded two days of talks in Lima with a framework.")


def test_a_length_stated_elsewhere_runs_from_the_day_talks_resumed() -> None:
    (event,) = _events(_day("b1", "Talks resumed in Lima on Friday afternoon.", "Friday"),
                       _length("b2", _LASTED[0]), _length("b3", _LASTED[1]))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-10")


def test_a_length_stated_elsewhere_runs_back_from_the_day_talks_ended() -> None:
    (event,) = _events(_day("c1", "Talks in Lima ended on Friday.", "Friday"),
                       _length("c2", _LASTED[0]), _length("c3", _LASTED[1]))
    assert (event.start, event.end) == ("2031-05-08", "2031-05-09")


def test_one_source_s_length_stretches_nothing() -> None:
    (event,) = _events(_day("d1", "Talks resumed in Lima on Friday afternoon.", "Friday"),
                       _length("d2", _LASTED[0]))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-09")


def test_a_day_at_neither_end_is_not_stretched() -> None:
    (event,) = _events(_day("e1", "Talks were held in Lima on Friday.", "Friday"),
                       _length("e2", _LASTED[0]), _length("e3", _LASTED[1]))
    assert (event.start, event.end) == ("2031-05-09", "2031-05-09")
