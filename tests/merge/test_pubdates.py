"""Publication dates of undated articles from the weekdays of the story events they report."""

from __future__ import annotations

from dataclasses import replace

from communique.merge._pubdates import dates_from_events
from communique.model.annotations import Annotations, EventStatus
from communique.model.article import Document
from communique.model.story import Evidence, Ordinal, StoryEvent

from support.synthetic import annotations, doc, talks

# 2031-04-12 and 2031-04-26 are Saturdays, 2031-05-11 a Sunday.


def _event(event_id: str, day: str, place: str, status: str = "held",
           evidence: tuple[tuple[str, str], ...] = ()) -> StoryEvent:
    return StoryEvent(event_id, "talks", f"Talks in {place}", day, day, place, (), (), {}, (), (),
                      tuple(Evidence(a, 0, len(t), t) for a, t in evidence), 1, status=status)


def _undated(doc_id: str, text: str, place: str | None, tense: str = "past",
             ordinal: int | None = None, status: EventStatus | None = None
             ) -> tuple[Document, Annotations]:
    mention = talks(text, place=place, tense=tense, ordinal=ordinal, country_of_place="Veldra")
    mention = replace(mention, status=status)
    return doc(doc_id, text, "u.example"), annotations(doc_id, text, events=(mention,))


def _date(text: str, events: list[StoryEvent], place: str | None = "Lindhaven",
          tense: str = "past", ordinal: int | None = None,
          status: EventStatus | None = None) -> str | None:
    document, annotated = _undated("u1", text, place, tense, ordinal, status)
    found = dates_from_events([document], {"u1": annotated}, events)
    return found["u1"].iso if "u1" in found else None


def test_a_weekday_of_a_reported_event_dates_the_week_after_it() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Sunday.", events) == "2031-05"
    # the same weekday said to be today: the day itself
    assert _date("The talks in Lindhaven began today, Sunday.", events) == "2031-05-11"


def test_an_event_the_writer_says_took_place_today_dates_its_day() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("The talks in Lindhaven ended today after six hours.", events) == "2031-05-11"
    assert _date("The talks in Lindhaven ended today.", events,
                 status=EventStatus.HELD) == "2031-05-11"
    # Ahead, called off, with a full date, or in a speaker's words: nothing.
    assert _date("The talks in Lindhaven will resume today.", events, tense="future") is None
    assert _date("The talks in Lindhaven were called off today.", events,
                 status=EventStatus.CANCELLED) is None
    assert _date("The talks in Lindhaven ended today, 11 May 2031.", events) is None
    assert _date('The envoy wrote: "The talks in Lindhaven ended today."', events) is None
    # An event longer than a week does not say which of its days is today.
    long = [StoryEvent("e1", "talks", "Talks in Lindhaven", "2031-05-01", "2031-05-11",
                       "Lindhaven", (), (), {}, (), (), (), 1, status="held")]
    assert _date("The talks in Lindhaven ended today.", long) is None


def _said_after(lead: str, sentence: str, after: str = "") -> str | None:
    """The date of an article whose event sentence follows ``lead`` (and precedes ``after``)."""
    text = f"{lead}\n{sentence}\n{after}".rstrip("\n")
    mention = replace(talks(text, place="Lindhaven"), start=len(lead) + 1,
                      end=len(lead) + 1 + len(sentence))
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    found = dates_from_events([doc("u1", text, "u.example")],
                              {"u1": annotations("u1", text, events=(mention,))}, events)
    return found["u1"].iso if "u1" in found else None


def test_a_statement_set_off_without_quotation_marks_is_not_the_writers_today() -> None:
    sentence = "The talks in Lindhaven ended today."
    assert _said_after("Crowds gathered in the old town.", sentence) == "2031-05-11"
    # Introduced by a colon, or signed as an embedded post: the poster's "today".
    assert _said_after("The Korvanian envoy wrote:", sentence) is None
    assert _said_after("Crowds gathered.", sentence, "— Ana Veld (@anaveld) May 11, 2031") is None


def test_an_event_ahead_dates_the_week_before_it() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("The talks will be held in Lindhaven on Sunday.", events,
                 tense="future") == "2031-05"


def test_a_week_across_two_months_gives_no_month() -> None:
    events = [_event("e1", "2031-04-26", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Saturday.", events) is None


def test_a_weekday_that_fits_no_event_or_several_dates_nothing() -> None:
    one = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Saturday.", one) is None  # a source's slip
    two = [_event("e1", "2031-04-12", "Lindhaven"), _event("e2", "2031-04-26", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Saturday.", two) is None
    # a round number tells them apart (2031-04-19 is a Saturday too)
    rounds = [_event("e1", "2031-04-12", "Lindhaven"), _event("e2", "2031-04-19", "Lindhaven")]
    said = Evidence("x", 0, 11, "third round")
    numbered = [replace(rounds[0], ordinals=(Ordinal(1, said),)),
                replace(rounds[1], ordinals=(Ordinal(3, said),))]
    assert _date("The talks in Lindhaven ended on Saturday.", numbered) is None
    assert _date("The talks in Lindhaven ended on Saturday.", numbered, ordinal=3) == "2031-04"


def test_a_called_off_event_on_the_same_weekday_makes_it_ambiguous() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven"),
              _event("e2", "2031-05-18", "Lindhaven", status="cancelled")]
    assert _date("The talks in Lindhaven were set for Sunday.", events) is None


def test_what_the_sentence_says_became_of_the_talks_tells_the_rounds_apart() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven"),
              _event("e2", "2031-05-18", "Lindhaven", status="cancelled")]
    # held: not the round that was called off
    assert _date("The talks in Lindhaven wrapped up on Sunday.", events,
                 status=EventStatus.HELD) == "2031-05"
    # called off: not the round that took place; said in the week before or after the day
    assert _date("The talks in Lindhaven on Sunday will not take place.", events,
                 tense="future", status=EventStatus.CANCELLED) == "2031-05"
    # a called-off round in a week across two months gives no month
    late = [_event("e1", "2031-05-11", "Lindhaven"),
            _event("e2", "2031-06-01", "Lindhaven", status="postponed")]
    assert _date("The talks in Lindhaven on Sunday were postponed.", late,
                 status=EventStatus.POSTPONED) is None
    # held, but the only round on that weekday was called off: nothing
    off = [_event("e2", "2031-05-18", "Lindhaven", status="cancelled")]
    assert _date("The talks in Lindhaven wrapped up on Sunday.", off,
                 status=EventStatus.HELD) is None


def test_a_full_date_or_a_weekday_before_the_event_word_dates_nothing() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Sunday, May 11, 2031.", events) is None
    assert _date("On Sunday, officials said talks in Lindhaven were over.", events) is None


def test_a_dated_article_is_left_as_it_is() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    text = "The talks in Lindhaven ended on Sunday."
    dated = doc("d1", text, "d.example", published="2031-05-12")
    annotated = annotations("d1", text, events=(talks(text, place="Lindhaven"),))
    assert dates_from_events([dated], {"d1": annotated}, events) == {}


def test_a_country_matches_the_events_in_it() -> None:
    text = "Officials met in Lindhaven for talks on Sunday."
    events = [_event("e1", "2031-05-11", "Lindhaven", evidence=(("x1", text),))]
    known = doc("x1", text, "x.example", published="2031-05-11")
    mention = talks(text, place="Lindhaven", country_of_place="Veldra")
    document, annotated = _undated("u1", "The talks in Veldra ended on Sunday.", "Veldra")
    found = dates_from_events([known, document],
                              {"x1": annotations("x1", text, events=(mention,)),
                               "u1": annotated}, events)
    assert found["u1"].iso == "2031-05"


def test_a_weekday_before_the_event_word_dates_it_without_a_reporting_verb() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    assert _date("Veldra and Korvania on Sunday concluded talks in Lindhaven.",
                 events) == "2031-05"
    # with a reporting verb before the event word, the weekday dates the saying
    assert _date("Veldra on Sunday said the talks in Lindhaven were over.", events) is None
    # and so it does after the event word, behind a reporting verb
    assert _date("Veldra will attend the talks in Lindhaven, its ministry confirmed on Sunday.",
                 events, tense="future") is None
    assert _date("The talks in Lindhaven ended on Sunday, officials said.", events) == "2031-05"


def test_a_weekday_before_a_second_event_word_is_the_first_events() -> None:
    # "met on Sunday and agreed to hold talks": Sunday is the meeting's, not the talks ahead.
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    text = "Envoys of Veldra met on Sunday and agreed to hold talks in Lindhaven."
    document, annotated = _undated("u1", text, "Lindhaven", tense="future")
    met = replace(annotated.events[0], trigger="met", trigger_start=text.index("met"),
                  trigger_end=text.index("met") + 3, tense="past")
    both = replace(annotated, events=(met, annotated.events[0]))
    # the meeting's week after Sunday alone; read for the talks too, it would close on Sunday
    assert dates_from_events([document], {"u1": both}, events)["u1"].iso == "2031-05"
    alone = dates_from_events([document], {"u1": annotated}, events)
    assert alone["u1"].iso == "2031-05"  # the talks alone take the weekday before them


def test_the_texts_own_dates_rule_out_an_event_on_the_same_weekday() -> None:
    # Two Saturdays seven months apart; a deadline in May still ahead rules out November.
    events = [_event("e1", "2031-04-12", "Lindhaven"), _event("e2", "2031-11-15", "Lindhaven")]
    assert _date("The talks in Lindhaven ended on Saturday.", events) is None
    assert _then("Under the accord, a final deal between Veldra and Korvania is due by May 20, "
                 "2031.", events) == "2031-04"
    # a day reported as past after April rules out April
    assert _then("Dock workers went on strike and closed the port of Lindhaven on June 3, "
                 "2031.", events) == "2031-11"


def _then(after: str, events: list[StoryEvent]) -> str | None:
    """The date of an article saying "The talks in Lindhaven ended on Saturday." and then
    ``after``."""
    sentence = "The talks in Lindhaven ended on Saturday."
    text = f"{sentence}\n{after}"
    mention = replace(talks(text, place="Lindhaven"), end=len(sentence))
    found = dates_from_events([doc("u1", text, "u.example")],
                              {"u1": annotations("u1", text, events=(mention,))}, events)
    return found["u1"].iso if "u1" in found else None


def test_what_was_signed_tells_two_signings_at_one_place_apart() -> None:
    events = [replace(_event("e1", "2031-04-12", "Lindhaven"), signed="declaration of principles"),
              replace(_event("e2", "2031-11-15", "Lindhaven"), signed="framework agreement")]
    text = "Veldra and Korvania on Saturday signed a declaration of principles in Lindhaven."
    document, annotated = _undated("u1", text, "Lindhaven")
    mention = replace(annotated.events[0], signed="a declaration of principles")
    found = dates_from_events([document], {"u1": replace(annotated, events=(mention,))}, events)
    assert found["u1"].iso == "2031-04"
    # words any signed text is called by tell nothing apart
    vague = replace(mention, signed="a new agreement")
    found = dates_from_events([document], {"u1": replace(annotated, events=(vague,))}, events)
    assert found == {}


def _foreign(text: str, events: list[StoryEvent], language: str = "fr") -> str | None:
    document, annotated = _undated("u1", text, "Lindhaven")
    document = replace(document, language=language)
    found = dates_from_events([document], {"u1": annotated}, events)
    return found["u1"].iso if "u1" in found else None


def test_other_languages_date_by_the_weekday_without_a_tense() -> None:
    events = [_event("e1", "2031-05-11", "Lindhaven")]
    # six days either side of Sunday 11 May stay in May
    assert _foreign("Les pourparlers de Lindhaven ont eu lieu dimanche.", events) == "2031-05"
    assert _foreign("Die Gespräche in Lindhaven fanden am Sonntag statt.", events,
                    "de") == "2031-05"
    # "today" puts the writing on the day, "this" in its week
    assert _foreign("Les pourparlers de Lindhaven ont lieu aujourd'hui dimanche.",
                    events) == "2031-05-11"
    late = [_event("e1", "2031-04-26", "Lindhaven")]
    assert _foreign("Las conversaciones en Lindhaven terminaron el sábado.", late, "es") is None
    assert _foreign("Las conversaciones en Lindhaven terminaron este sábado.", late,
                    "es") == "2031-04"
    # a weekday that does not fit the event dates nothing
    assert _foreign("Les pourparlers de Lindhaven ont eu lieu samedi.", events) is None


def test_a_day_written_beside_the_weekday_picks_the_event() -> None:
    # Two Saturday signings in Lindhaven: "samedi 12 avril" is the April one.
    events = [_event("e1", "2031-04-12", "Lindhaven"), _event("e2", "2031-11-15", "Lindhaven")]
    assert _foreign("Les délégations ont signé samedi un accord à Lindhaven.", events) is None
    assert _foreign("Les délégations ont signé samedi 12 avril un accord à Lindhaven.",
                    events) == "2031-04"
    # a written day that is neither event's rules both out
    assert _foreign("Les délégations ont signé samedi 19 avril un accord à Lindhaven.",
                    events) is None


def test_an_event_on_the_day_the_text_puts_ahead_is_not_the_one_it_reports() -> None:
    # Saturday 12 April and Saturday 26 April 2031: a deadline of 26 April still ahead leaves
    # only the earlier talks (a week within April).
    events = [_event("e1", "2031-04-12", "Lindhaven"), _event("e2", "2031-04-26", "Lindhaven")]
    assert _then("Under the accord, the truce between Veldra and Korvania is set to expire on "
                 "April 26, 2031.", events) == "2031-04"


def _two_sentences(held: str, ahead: str, events: list[StoryEvent]) -> str | None:
    """The date of an article reporting talks as held in one sentence, as ahead in the next."""
    text = f"{held}\n{ahead}"
    first = replace(talks(held, place="Lindhaven"), end=len(held))
    second = replace(talks(ahead, place="Lindhaven", tense="future"), start=len(held) + 1,
                     end=len(text), trigger_start=len(held) + 1 + ahead.index("talks"),
                     trigger_end=len(held) + 6 + ahead.index("talks"))
    found = dates_from_events([doc("u1", text, "u.example")],
                              {"u1": annotations("u1", text, events=(first, second))}, events)
    return found["u1"].iso if "u1" in found else None


def test_talks_held_on_a_weekday_the_story_does_not_know_disown_its_days_there() -> None:
    # 2031-05-13 is a Tuesday; the story dates its only Lindhaven talks there.
    events = [_event("e1", "2031-05-13", "Lindhaven")]
    ahead = "The talks in Lindhaven are expected to resume on Tuesday."
    assert _two_sentences("Envoys met for talks in Lindhaven last week.", ahead,
                          events) == "2031-05"
    # Held on a Monday: the story's Tuesday is not the day this text reports.
    assert _two_sentences("Envoys held talks in Lindhaven on Monday.", ahead, events) is None
    # Held on a day the story knows: its days stand.
    two_days = [StoryEvent("e1", "talks", "Talks in Lindhaven", "2031-05-12", "2031-05-13",
                           "Lindhaven", (), (), {}, (), (), (), 1, status="held")]
    assert _two_sentences("Envoys held talks in Lindhaven on Monday.", ahead,
                          two_days) == "2031-05"
