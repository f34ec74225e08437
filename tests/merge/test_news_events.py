"""The story event an undated article's lead reports, and the month it gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from communique.clean._bounds import TextBounds
from communique.clean._dates import PartialDate
from communique.merge._news_events import NewsVote, news_month, preview_month
from communique.merge._pubmonths import (
    _NEAREST,
    _PREVIEW,
    _agreed,
    _news_votes,
    _Vote,
    estimate_months,
)
from communique.model.story import Evidence, Ordinal, StoryEntity, StoryEvent

from support.synthetic import doc

PLACES = {"Lindhaven": ("Lindhavn",), "Port Alcyne": ()}
NAMES = {"k": ("Korvania", "Korvanie"), "v": ("Veldra",)}


def _event(event_id: str, kind: str, day: str, place: str | None = "Lindhaven",
           status: str = "held", end: str | None = None) -> StoryEvent:
    return StoryEvent(event_id, kind, f"{kind} {day}", day, end or day, place, ("k", "v"), (),
                      {}, (), (), (), 1, status=status)


# 2031-04-12 and 2031-06-14 are Saturdays, 2031-05-06 a Tuesday, 2031-09-02 a Tuesday.
EVENTS = [
    _event("s1", "agreement", "2031-04-12"),
    _event("s2", "agreement", "2031-06-14"),
    _event("s3", "agreement", "2031-05-06"),
    _event("t1", "talks", "2031-09-02", "Port Alcyne"),
    _event("c1", "ceasefire", "2031-07-20", None),
]


THREE = NewsVote(frozenset({PartialDate(2031, 4), PartialDate(2031, 5), PartialDate(2031, 6)}),
                 False)
"""The three signings at Lindhaven: too many months for the coverage to pick one."""


def _month(text: str, language: str = "en", bounds: TextBounds | None = None,
           events: list[StoryEvent] = EVENTS) -> NewsVote | None:
    return news_month(text, None, language, events, PLACES, NAMES, bounds or TextBounds())


def test_the_event_the_lead_names_by_kind_and_place_gives_its_month() -> None:
    assert _month("Korvania and Veldra held talks in Port Alcyne to end the dispute.") \
        == NewsVote(frozenset({PartialDate(2031, 9)}), False)
    # In another language, and by the place's other name.
    assert _month("Korvania und Veldra haben in Port Alcyne Gespräche geführt.", "de") \
        == NewsVote(frozenset({PartialDate(2031, 9)}), False)
    # Talks are no signing: the kind must fit.
    assert _month("Veldra signed a pact in Port Alcyne.") is None


def test_a_weekday_picks_one_of_several_events_at_the_place_and_is_strong() -> None:
    # Three signings at Lindhaven: the kind and place alone leave three months, for the text's
    # or the story's own estimates to pick one.
    assert _month("Korvania and Veldra signed an accord in Lindhaven.") == THREE
    assert _month("Korvania et Veldra ont signé, mardi à Lindhaven, un accord.", "fr") \
        == NewsVote(frozenset({PartialDate(2031, 5)}), True)
    # Two Saturdays: both months are left, for another estimate to pick one.
    assert _month("Korvania y Veldra firmaron el sábado en Lindhavn un acuerdo.", "es") \
        == NewsVote(frozenset({PartialDate(2031, 4), PartialDate(2031, 6)}), False)


def test_a_later_weekday_picks_among_the_months_the_first_sentence_leaves() -> None:
    text = ("Korvania and Veldra signed an accord in Lindhaven. The ministers signed it on "
            "Tuesday, officials said.")
    assert _month(text) == NewsVote(frozenset({PartialDate(2031, 5)}), True)
    # Parties alone leave two ceasefires here; a later weekday picks one.
    two = [*EVENTS, _event("c2", "ceasefire", "2031-11-22", None)]  # a Saturday
    # Two months are left, for another estimate to pick one.
    assert _month("Korvania and Veldra agreed a truce.", events=two) \
        == NewsVote(frozenset({PartialDate(2031, 7), PartialDate(2031, 11)}), False)
    assert _month("Korvania and Veldra agreed a truce. Both sides signed the truce on "
                  "Saturday.", events=two) == NewsVote(frozenset({PartialDate(2031, 11)}), True)


def test_the_texts_own_dates_keep_only_the_events_they_leave_open() -> None:
    saturday = "Korvania y Veldra firmaron el sábado en Lindhaven un acuerdo."
    assert _month(saturday, "es", TextBounds(latest_past=date(2031, 5, 20))) \
        == NewsVote(frozenset({PartialDate(2031, 6)}), True)
    assert _month(saturday, "es", TextBounds(earliest_future=date(2031, 5, 1))) \
        == NewsVote(frozenset({PartialDate(2031, 4)}), True)


def test_without_a_place_the_parties_name_the_event() -> None:
    assert _month("Korvanie und Veldra vereinbarten eine Waffenruhe.", "de") \
        == NewsVote(frozenset({PartialDate(2031, 7)}), False)
    # One party alone names no event between two.
    assert _month("Veldra announced a truce.") is None


def test_background_plans_and_called_off_events_give_nothing() -> None:
    assert _month("The talks Korvania and Veldra held in Port Alcyne two years ago failed.") \
        is None
    assert _month("Korvania and Veldra will hold talks in Port Alcyne next week.") is None
    assert _month("Talks between Korvania and Veldra in Port Alcyne were postponed.") is None
    # A planned event is no held one.
    planned = [_event("p1", "talks", "2031-09-02", "Port Alcyne", status="planned")]
    assert _month("Korvania and Veldra held talks in Port Alcyne.", events=planned) is None


def test_the_first_sentence_that_names_an_event_decides() -> None:
    text = ("Korvania and Veldra signed an accord in Lindhaven. It follows the declaration "
            "they signed in Lindhaven on 12 April.")
    assert _month(text) == THREE
    text = ("Korvania and Veldra held talks in Port Alcyne. They had signed an accord in "
            "Lindhaven on 12 April.")
    assert _month(text) == NewsVote(frozenset({PartialDate(2031, 9)}), False)


def _entities() -> list[StoryEntity]:
    return [StoryEntity("k", "Korvania", "country", ("Korvanie",), (), None, 3, ()),
            StoryEntity("v", "Veldra", "country", (), (), None, 3, ()),
            StoryEntity("p", "Port Alcyne", "place", ("Puerto Alcino",), (), None, 3, ())]


def test_the_news_event_dates_an_article_alone_unless_the_text_rules_it_out() -> None:
    documents = [doc("d1", "Bohdan Kravel spoke of Tirasol.", "a.example", "2031-12-01"),
                 replace(doc("u1", "Korvania y Veldra se reunieron el martes en Puerto Alcino.",
                             "u.example"), language="es")]
    found = estimate_months(documents, {}, EVENTS, entities=_entities())
    assert found["u1"].month == PartialDate(2031, 9)
    assert "lead" in found["u1"].evidence
    # Without the weekday, the one event at the place is enough too.
    documents[1] = replace(documents[1], text="Korvania y Veldra se reunieron en Puerto Alcino.")
    assert estimate_months(documents, {}, EVENTS, entities=_entities())["u1"].month \
        == PartialDate(2031, 9)
    # A day the text reports as past, after the event, leaves its month out.
    later = "Korvania y Veldra se reunieron en Puerto Alcino. El 3 de octubre de 2031 hablaron."
    documents[1] = replace(documents[1], text=later)
    assert "u1" not in estimate_months(documents, {}, EVENTS, entities=_entities())
    # A place the entity stage does not know names no event, nor does one party alone.
    documents[1] = replace(documents[1], text="Veldra se reunió en Puerto Alcino.")
    assert estimate_months(documents, {}, EVENTS, entities=_entities())["u1"].month \
        == PartialDate(2031, 9)
    assert "u1" not in estimate_months(documents, {}, EVENTS, entities=_entities()[:2])


def test_a_plan_in_an_english_headline_is_no_held_event() -> None:
    assert _month("Korvania and Veldra to hold talks in Port Alcyne") is None
    assert _month("Korvania and Veldra hold talks in Port Alcyne") \
        == NewsVote(frozenset({PartialDate(2031, 9)}), False)


def test_a_rounds_number_picks_the_event_the_sources_number_so() -> None:
    def numbered(event: StoryEvent, value: int) -> StoryEvent:
        return replace(event, ordinals=(Ordinal(value, Evidence("x", 0, 1, "x")),))

    rounds = [numbered(_event("r1", "talks", "2031-03-08"), 1),
              numbered(_event("r2", "talks", "2031-05-10"), 2),
              _event("r3", "talks", "2031-08-02")]
    assert _month("Korvania and Veldra held talks in Lindhaven.", events=rounds) == NewsVote(
        frozenset({PartialDate(2031, 3), PartialDate(2031, 5), PartialDate(2031, 8)}), False)
    assert _month("The second round of talks in Lindhaven ended.", events=rounds) \
        == NewsVote(frozenset({PartialDate(2031, 5)}), False)
    assert _month("La primera ronda de conversaciones en Lindhaven terminó.", "es",
                  events=rounds) == NewsVote(frozenset({PartialDate(2031, 3)}), False)
    # A number no source gives a round there names none.
    assert _month("The third round of talks in Lindhaven ended.", events=rounds) is None


def test_what_was_signed_or_who_signed_tells_events_at_one_place_apart() -> None:
    signings = [replace(EVENTS[0], signed="declaration of principles"),
                replace(EVENTS[1], signed="framework",
                        delegations={"k": {"heads": ["ha"], "members": []}}),
                EVENTS[2]]
    names = {**NAMES, "ha": ("Arlo Penwick", "Penwick")}

    def month(text: str, language: str = "en") -> NewsVote | None:
        return news_month(text, None, language, signings, PLACES, names, TextBounds())

    # Kind and place leave three months; the signed text's own word keeps one.
    assert month("Korvania and Veldra signed an accord in Lindhaven.") == THREE
    assert month("Korvania and Veldra signed a framework agreement in Lindhaven.") \
        == NewsVote(frozenset({PartialDate(2031, 6)}), False)
    # In another language, by a word of the same stem, accents aside.
    assert month("Korvania et Veldra ont signé une déclaration de principes à Lindhaven.",
                 "fr") == NewsVote(frozenset({PartialDate(2031, 4)}), False)
    # The head of a side the sentence names keeps his event.
    assert month("Penwick signed an accord with Veldra in Lindhaven.") \
        == NewsVote(frozenset({PartialDate(2031, 6)}), False)
    # Words any text is called by tell nothing apart.
    assert month("Korvania and Veldra signed a new peace agreement in Lindhaven.") == THREE


def test_arabic_and_persian_leads_name_rounds_places_and_joined_proclitics() -> None:
    rounds = [replace(_event("r1", "talks", "2031-03-08"),
                      ordinals=(Ordinal(1, Evidence("x", 0, 1, "x")),)),
              replace(_event("r2", "talks", "2031-05-10"),
                      ordinals=(Ordinal(2, Evidence("x", 0, 1, "x")),))]
    places = {"Lindhaven": ("ليندهافن", "لیندهاون")}

    def month(text: str, language: str) -> NewsVote | None:
        return news_month(text, None, language, rounds, places, NAMES, TextBounds())

    # "The second round of talks ended in Lindhaven": the ordinal follows its noun, and "in"
    # is joined to the place's name.
    assert month("انتهت الجولة الثانية من المحادثات بليندهافن", "ar") \
        == NewsVote(frozenset({PartialDate(2031, 5)}), False)
    # "The first round of talks ended in Lindhaven", in Persian: the ordinal comes first.
    assert month("نخستین دور مذاکرات در لیندهاون پایان یافت", "fa") \
        == NewsVote(frozenset({PartialDate(2031, 3)}), False)
    # Talks to be held (a plan) are no news held.
    assert month("ستعقد الجولة الثانية من المحادثات في ليندهافن", "ar") is None


def test_a_place_made_an_adjective_still_names_the_place() -> None:
    # "Korvania and Veldra held the Port Alcyne talks" in German: "Lindhavener Gespräche".
    talks_at = [_event("t1", "talks", "2031-09-02")]
    assert _month("Korvania und Veldra führten die Lindhavener Gespräche.", "de",
                  events=talks_at) == NewsVote(frozenset({PartialDate(2031, 9)}), False)
    # Only the language's own endings: another word that begins with the name is not it.
    assert _month("Korvania und Veldra führten die Lindhavenisch Gespräche.", "de",
                  events=[replace(talks_at[0], parties=("k", "x"))]) is None


def _preview(text: str, language: str = "en", bounds: TextBounds | None = None,
             events: list[StoryEvent] = EVENTS) -> PartialDate | None:
    return preview_month(text, None, language, events, PLACES, NAMES, bounds or TextBounds())


def test_a_preview_is_written_in_the_week_before_the_event_its_lead_puts_ahead() -> None:
    later = [*EVENTS[:3], _event("t2", "talks", "2031-09-20", "Port Alcyne")]
    # Talks in Port Alcyne on 20 September 2031: the week before lies in September.
    assert _preview("Korvania and Veldra will hold talks in Port Alcyne next week.",
                    events=later) == PartialDate(2031, 9)
    # Talks on 2 September: the week before spans August and September, no one month.
    assert _preview("Korvania and Veldra will hold talks in Port Alcyne next week.") is None
    # A weekday the plan names picks among the signings at the place (two Saturdays, 12 April
    # and 14 June); the text's own dates pick one of them.
    saturday = "Korvania et Veldra vont signer, ce samedi à Lindhaven, un accord."
    assert _preview(saturday, "fr") is None
    assert _preview(saturday, "fr", TextBounds(latest_past=date(2031, 5, 1))) \
        == PartialDate(2031, 6)
    assert _preview(saturday, "fr", TextBounds(earliest_future=date(2031, 4, 12))) \
        == PartialDate(2031, 4)


def test_no_preview_where_the_lead_reports_a_held_event_or_the_plan_is_unclear() -> None:
    # The first sentence about a story event reports it as held: the news, not a plan.
    assert _preview("Korvania and Veldra held talks in Port Alcyne. They will sign an accord "
                    "in Lindhaven on Saturday.") is None
    # Three signings at the place, in three months: no one month.
    assert _preview("Korvania and Veldra will sign an accord in Lindhaven.") is None
    # A held report is no preview, and a plan is no held report.
    assert _preview("Korvania and Veldra held talks in Port Alcyne.") is None
    assert _month("Korvania and Veldra will hold talks in Port Alcyne next week.") is None
    # An event the text reports a later day than as past has been held already.
    assert _preview("Korvania and Veldra will hold talks in Port Alcyne next week.",
                    bounds=TextBounds(latest_past=date(2031, 9, 5))) is None


def test_a_numbered_round_is_that_round_whatever_kind_the_event_stage_gave_it() -> None:
    signed = replace(_event("r4", "agreement", "2031-05-10"),
                     ordinals=(Ordinal(4, Evidence("x", 0, 1, "x")),))
    assert _month("The fourth round of talks in Lindhaven ended.", events=[signed]) \
        == NewsVote(frozenset({PartialDate(2031, 5)}), False)
    # Without a number the kind must still fit.
    assert _month("Korvania and Veldra held talks in Lindhaven.", events=[signed]) is None


def test_the_event_a_preview_puts_ahead_dates_it_alone() -> None:
    later = [*EVENTS[:3], _event("t2", "talks", "2031-09-20", "Port Alcyne")]
    documents = [doc("d1", "Bohdan Kravel spoke of Tirasol.", "a.example", "2031-12-01"),
                 replace(doc("u1", "Korvania y Veldra celebrarán conversaciones en Puerto Alcino.",
                             "u.example"), language="es")]
    found = estimate_months(documents, {}, later, entities=_entities())
    assert found["u1"].month == PartialDate(2031, 9)
    assert "ahead" in found["u1"].evidence
    # Without the plan's event in the story, nothing.
    assert "u1" not in estimate_months(documents, {}, EVENTS[:3], entities=_entities())


def test_a_month_resting_on_the_coverage_gives_way_to_the_lead_event() -> None:
    held = _Vote("the latest story event it reports as held", PartialDate(2031, 5), "after")
    nearest = _Vote(_NEAREST, PartialDate(2031, 5), "at", yields=True)
    preview = _Vote(_PREVIEW, PartialDate(2031, 7), "near", 2)
    assert _agreed([held, nearest, preview]) == (PartialDate(2031, 7), [_PREVIEW])
    # Without the lead's event, the held event and the coverage agree on May.
    assert _agreed([held, nearest])[0] == PartialDate(2031, 5)  # type: ignore[index]
    # Two votes of the text's own for May still leave two months: none.
    past = _Vote("the latest day it reports as past", PartialDate(2031, 5), "after")
    assert _agreed([held, past, preview]) is None


def test_coverage_before_a_story_event_the_text_reports_as_held_vetoes_nothing() -> None:
    held = _Vote("the latest story event it reports as held", PartialDate(2031, 11), "after")
    ahead = _Vote("the earliest day it or the story puts ahead", PartialDate(2031, 11), "before")
    nearest = _Vote(_NEAREST, PartialDate(2031, 7), "at", yields=True)
    assert _agreed([held, ahead, nearest]) == (PartialDate(2031, 11), [held.name, ahead.name])
    # Nor a month after a day the text puts ahead: it was written before that day.
    later = _Vote(_NEAREST, PartialDate(2031, 12), "at", yields=True)
    assert _agreed([held, ahead, later]) == (PartialDate(2031, 11), [held.name, ahead.name])
    # Coverage of a later month the text's bounds leave open still vetoes: the text may report
    # its event weeks later.
    past = _Vote("the latest day it reports as past", PartialDate(2031, 11), "after")
    assert _agreed([held, past, later]) is None


def test_one_of_many_lead_events_needs_the_texts_own_estimate_not_the_coverage() -> None:

    wide = _news_votes(THREE)
    nearest = _Vote(_NEAREST, PartialDate(2031, 5), "at", yields=True)
    assert _agreed([*wide, nearest]) is None
    held = _Vote("the latest story event it reports as held", PartialDate(2031, 5), "after")
    assert _agreed([*wide, held])[0] == PartialDate(2031, 5)  # type: ignore[index]
    # Of two months, the coverage may pick one.
    two = _news_votes(NewsVote(frozenset({PartialDate(2031, 4), PartialDate(2031, 5)}), False))
    assert _agreed([*two, nearest])[0] == PartialDate(2031, 5)  # type: ignore[index]


def test_the_coverage_vetoes_none_of_the_months_the_lead_events_leave() -> None:
    wide = _news_votes(THREE)
    past = _Vote("the latest day it reports as past", PartialDate(2031, 5), "after")
    held = _Vote("the latest story event it reports as held", PartialDate(2031, 5), "after")
    later = _Vote(_NEAREST, PartialDate(2031, 7), "at", yields=True)
    assert _agreed([*wide, past, held, later])[0] == PartialDate(2031, 5)  # type: ignore[index]
    assert _agreed([past, held, later]) is None
