"""Publication months estimated where the text, the story and the coverage agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean._bounds import TextBounds
from communique.clean._dates import PartialDate
from communique.merge._pubmonths import SIMILAR, estimate_months, nearest_dated, weekday_month
from communique.model.article import Document, PublishedBasis
from communique.model.story import Evidence, StoryEntity, StoryEvent
from communique.pipeline import date_estimated

from support.synthetic import annotations, doc, talks

REPORT = "Korvania and Veldra held talks in Lindhaven on 12 April 2031 over the Tirasol border."
UNDATED = ("Korvania and Veldra held talks in Lindhaven on 12 April 2031 over the Tirasol "
           "border, officials said.")


def _in(language: str, document: Document) -> Document:
    return replace(document, language=language)


def _batch(report_day: str = "2031-04-13", undated: str = UNDATED) -> list[Document]:
    """A dated report in English, two dated articles in other languages (which make names
    shared across languages count), and one undated article in English."""
    return [
        doc("d1", REPORT, "a.example", report_day),
        _in("de", doc("d2", "Korvania und Veldra: Gespräche in Port Alcyne mit Bohdan Kravel "
                            "über Tirasol.", "b.example", "2031-05-20")),
        _in("fr", doc("d3", "Bohdan Kravel à Port Alcyne puis à Lindhaven.", "c.example",
                      "2031-05-21")),
        doc("u1", undated, "u.example"),
    ]


def _event(day: str, evidence: bool = True) -> StoryEvent:
    found = (Evidence("u1", 0, len(UNDATED), UNDATED),) if evidence else ()
    return StoryEvent("e1", "talks", "Talks in Lindhaven", day, day, "Lindhaven", (), (), {},
                      (), (), found, 1, status="held")


def _estimate(documents: list[Document], events: list[StoryEvent],
              text: str = UNDATED, tense: str = "past") -> str | None:
    mention = talks(text, place="Lindhaven", tense=tense)
    found = estimate_months(documents, {"u1": annotations("u1", text, events=(mention,))},
                            events)
    return found["u1"].month.iso if "u1" in found else None


def test_three_agreeing_estimates_give_the_month() -> None:
    assert _estimate(_batch(), [_event("2031-04-12")]) == "2031-04"


def test_two_agreeing_estimates_are_enough() -> None:
    # No story event: the text and the most similar dated article still agree.
    assert _estimate(_batch(), []) == "2031-04"
    # No full date in the text: the story event and the coverage agree.
    plain = "Korvania and Veldra held talks in Lindhaven over the Tirasol border, officials said."
    assert _estimate(_batch(undated=plain), [_event("2031-04-12")], text=plain) == "2031-04"


def test_one_estimate_alone_gives_nothing() -> None:
    plain = "Korvania and Veldra held talks in Lindhaven over the Tirasol border, officials said."
    # Only the coverage speaks: no full date, no story event.
    assert _estimate(_batch(undated=plain), [], text=plain) is None


def test_an_estimate_that_disagrees_vetoes_the_others() -> None:
    # The most similar dated article is of May: the text's and the story's April is not used.
    assert _estimate(_batch(report_day="2031-05-02"), [_event("2031-04-12")]) is None


def test_a_month_after_a_day_the_text_puts_ahead_is_not_its_month() -> None:
    ahead = ("Korvania and Veldra held talks in Lindhaven over the Tirasol border and will "
             "meet again on 1 March 2031.")
    # Story and coverage say April, but the text still awaits 1 March.
    assert _estimate(_batch(undated=ahead), [_event("2031-04-12")], text=ahead) is None


def test_dated_articles_are_left_alone() -> None:
    documents = _batch()
    documents[3] = replace(documents[3], published_month="2031-06")
    assert _estimate(documents, [_event("2031-04-12")]) is None


def test_the_estimate_is_a_month_with_the_least_trusted_basis() -> None:
    documents = _batch()
    mention = talks(UNDATED, place="Lindhaven")
    found = estimate_months(documents, {"u1": annotations("u1", UNDATED, events=(mention,))},
                            [_event("2031-04-12")])
    dated = date_estimated(documents[3], found["u1"])
    assert dated.published is None and dated.published_month == "2031-04"
    assert dated.published_basis is PublishedBasis.ESTIMATED
    assert "estimated" in dated.notes[-1] and "most similar dated article" in dated.notes[-1]


def test_words_of_one_language_alone_do_not_pair_articles() -> None:
    # Two German texts share only German words: no pairing, however many.
    german = "Die Gespräche über die Zölle wurden am Abend fortgesetzt und vertagt."
    documents = [
        _in("de", doc("d1", german, "a.example", "2031-04-13")),
        doc("d2", "Korvania and Veldra met in Lindhaven.", "b.example", "2031-05-20"),
        _in("de", doc("u1", german + " Die Gespräche.", "u.example")),
    ]
    assert nearest_dated(documents) == {}


_WORDS = ["Korvania", "Veldra", "Tirasol", "Lindhaven", "Alcyne", "Kravel", "talks", "border"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
                          st.sampled_from(["en", "de"]),
                          st.one_of(st.none(), st.sampled_from(["2031-04-10", "2031-05-10"]))),
                min_size=1, max_size=8))
def test_the_nearest_dated_month_is_a_dated_articles_and_only_for_the_undated(
        items: list[tuple[list[str], str, str | None]]) -> None:
    documents = [_in(language, doc(f"d{i}", " ".join(words), "x.example", day))
                 for i, (words, language, day) in enumerate(items)]
    months = {PartialDate(d.published.year, d.published.month) for d in documents
              if d.published is not None}
    found = nearest_dated(documents)
    for doc_id, (month, score) in found.items():
        assert next(d for d in documents if d.id == doc_id).published is None
        assert month in months and SIMILAR <= score <= 1.0 + 1e-9
    # Every estimate is one of the months the batch's dated articles carry, never a day.
    estimated = estimate_months(documents, {}, [])
    assert all(not e.month.is_day and e.month in months for e in estimated.values())


def test_an_earlier_estimate_is_estimated_afresh_and_never_a_neighbour() -> None:
    documents = _batch()
    first = estimate_months(documents, {}, [])["u1"]
    documents[3] = date_estimated(documents[3], first)
    # Estimated again as if undated, the same way.
    assert estimate_months(documents, {}, [])["u1"] == first
    # A copy of the estimated article takes the report's April, never the estimate's.
    copy = doc("u2", UNDATED, "v.example")
    assert nearest_dated([*documents, copy])["u2"][0] == first.month
    # Without the report, the copy's nearest dated article is the May one, not its estimated
    # twin, which is itself still looking for a month.
    rest = nearest_dated([documents[1], documents[2], documents[3], copy])
    assert rest["u2"][0] == PartialDate(2031, 5) and "u1" in rest


def test_a_preview_is_dated_by_the_day_ahead_and_its_coverage() -> None:
    preview = ("Korvania and Veldra will hold talks in Lindhaven on 20 April 2031 over the "
               "Tirasol border, officials said.")
    assert _estimate(_batch(undated=preview), [], text=preview, tense="future") == "2031-04"
    # The same preview beside May coverage: the two disagree, nothing is used.
    assert _estimate(_batch(report_day="2031-05-02", undated=preview), [], text=preview,
                     tense="future") is None


def test_a_copy_takes_its_originals_month_unless_an_estimate_disagrees() -> None:
    plain = "Korvania and Veldra held talks in Lindhaven over the Tirasol border, officials said."
    documents = _batch(undated=plain)
    documents[3] = replace(documents[3], duplicate_of="d2")  # marked a copy of the May article
    found = estimate_months(documents, {}, [])
    # The original says May, the most similar dated article April: nothing is used.
    assert "u1" not in found
    documents[0] = replace(documents[0], published=None)  # the April report undated too
    found = estimate_months(documents, {}, [])
    assert found["u1"].month == PartialDate(2031, 5) and "copies" in found["u1"].evidence


def test_the_story_event_a_copy_reports_as_held_does_not_rule_its_originals_month_out(
        ) -> None:
    plain = "Korvania and Veldra held talks in Lindhaven over the Tirasol border, officials said."
    documents = _batch(undated=plain)
    documents[0] = replace(documents[0], published=None)
    documents[3] = replace(documents[3], duplicate_of="d2")  # a copy of the May article
    # The sentence is tied to a June round: the copy still came out with its original.
    assert _estimate(documents, [_event("2031-06-14")], text=plain) == "2031-05"
    # A day the text itself reports as past still rules the original's month out.
    later = f"{plain} They met again on 3 June 2031."
    documents[3] = replace(documents[3], text=later)
    assert _estimate(documents, [_event("2031-06-14")], text=later) is None


def test_a_day_reported_as_past_only_bounds_the_month_from_below() -> None:
    # The text writes out 12 April as past; the story's May round it reports as held and the
    # May coverage agree on May, which April leaves open.
    assert _estimate(_batch(report_day="2031-05-04"), [_event("2031-05-03")]) == "2031-05"
    # A round held in March and March coverage: ruled out by the April day reported as past.
    assert _estimate(_batch(report_day="2031-03-04"), [_event("2031-03-03")]) is None


def test_coverage_of_a_month_before_a_day_the_text_reports_as_past_vetoes_nothing() -> None:
    # The most similar dated article is of March, but the text reports 12 April as past: it
    # is not that article's month, and the text's and the story's April stand.
    assert _estimate(_batch(report_day="2031-03-04"), [_event("2031-04-12")]) == "2031-04"
    # Coverage of a later month may still be the text's: it vetoes April.
    assert _estimate(_batch(report_day="2031-05-02"), [_event("2031-04-12")]) is None


def test_a_day_ahead_no_later_than_a_day_reported_as_held_bounds_nothing() -> None:
    first = "Korvania and Veldra held talks in Lindhaven over the Tirasol border, officials said."
    second = "The talks will build on the round in Port Alcyne."
    text = f"{first}\n{second}"
    at = len(first) + 1
    held = talks(first, place="Lindhaven")
    ahead = replace(talks(second, place="Port Alcyne", tense="future"), start=at, end=len(text))
    events = [
        StoryEvent("e1", "talks", "Talks in Lindhaven", "2031-05-10", "2031-05-10", "Lindhaven",
                   (), (), {}, (), (), (Evidence("u1", 0, len(first), first),), 1),
        StoryEvent("e2", "talks", "Talks in Port Alcyne", "2031-04-12", "2031-04-12",
                   "Port Alcyne", (), (), {}, (), (), (Evidence("u1", at, len(text), second),), 1)]
    documents = _batch(report_day="2031-05-12", undated=text)
    found = estimate_months(documents, {"u1": annotations("u1", text, events=(held, ahead))},
                            events)
    # The April round "ahead" lies before the May round the text reports as held: the
    # sentence was tied to the wrong round, and the May round and coverage stand.
    assert found["u1"].month == PartialDate(2031, 5)
    assert "ahead" not in found["u1"].evidence


def _held(event_id: str, day: str, place: str = "Lindhaven", status: str = "held"
          ) -> StoryEvent:
    return StoryEvent(event_id, "talks", f"Talks in {place}", day, day, place, (), (), {}, (),
                      (), (), 1, status=status)


def test_the_weekday_month_is_the_one_held_event_named_by_place_and_weekday() -> None:
    # 2031-04-12 and 2031-06-14 are Saturdays, 2031-05-06 a Tuesday.
    events = [_held("e1", "2031-04-12"), _held("e2", "2031-05-06"),
              _held("e3", "2031-06-14", "Port Alcyne")]
    spanish = "Este sábado, Korvania y Veldra firmaron una declaración en Lindhaven."
    assert weekday_month(spanish, events, TextBounds()) == PartialDate(2031, 4)
    # Another weekday, another round; no place named, or two weekdays: nothing.
    assert weekday_month("Am Dienstag trafen sich beide in Lindhaven.", events,
                         TextBounds()) == PartialDate(2031, 5)
    assert weekday_month("Este sábado firmaron una declaración.", events, TextBounds()) is None
    assert weekday_month("Samedi et dimanche à Lindhaven.", events, TextBounds()) is None
    # A second Saturday at the same place makes it ambiguous, unless the text's own dates
    # leave only one open; a planned or cancelled event is no held one.
    later = [*events, _held("e4", "2031-07-19")]
    assert weekday_month(spanish, later, TextBounds()) is None
    assert weekday_month(spanish, later, TextBounds(latest_past=date(2031, 7, 1))) \
        == PartialDate(2031, 7)
    assert weekday_month(spanish, [*events, _held("e5", "2031-07-19", status="cancelled")],
                         TextBounds()) == PartialDate(2031, 4)
    # The place as another language writes it counts through the entity stage's aliases.
    other = "Este sábado, Korvania y Veldra firmaron una declaración en Puerto Alcino."
    assert weekday_month(other, events, TextBounds()) is None
    assert weekday_month(other, events, TextBounds(),
                         {"Port Alcyne": ("Puerto Alcino",)}) == PartialDate(2031, 6)
    # "This weekend" names the Saturday and the Sunday; beside a weekday it is ambiguous.
    assert weekday_month("Die Gespräche finden an diesem Wochenende in Lindhaven statt.",
                         events, TextBounds()) == PartialDate(2031, 4)
    assert weekday_month("Am Dienstag und am Wochenende in Lindhaven.", events,
                         TextBounds()) is None
    # A full date beside the weekday is absolute: the sentence is left to the date readers.
    assert weekday_month("Samedi 12 avril 2031 à Lindhaven.", events, TextBounds()) is None


def test_the_weekday_month_and_the_coverage_agree_on_a_month() -> None:
    plain = "Este sábado, Korvania y Veldra firmaron en Lindhaven un acuerdo sobre Tirasol."
    documents = _batch(undated=plain)
    documents[3] = _in("es", documents[3])
    events = [_held("e1", "2031-04-12")]
    found = estimate_months(documents, {}, events)
    assert found["u1"].month == PartialDate(2031, 4)
    assert "weekday" in found["u1"].evidence
    # Alone (the coverage in May), the weekday dates nothing.
    documents[0] = replace(documents[0], published=date(2031, 5, 20))
    assert "u1" not in estimate_months(documents, {}, events)


def test_a_deadline_the_text_names_is_no_day_reported_as_past() -> None:
    # The story marks the deadline expired (held) by its end; the text may speak of it ahead.
    deadline = replace(_event("2031-06-30"), type="deadline", title="Deadline")
    assert _estimate(_batch(), [deadline]) == "2031-04"
    # A round held then, the sentence reports as past: April is ruled out.
    assert _estimate(_batch(), [_event("2031-06-30")]) is None


def _preview_batch(undated: str) -> list[Document]:
    """The batch, with a dated article in late August that stretches the story's span."""
    return [*_batch(undated=undated)[:3],
            _in("fr", doc("d4", "Bohdan Kravel à Port Alcyne.", "d.example", "2031-08-30")),
            doc("u1", undated, "u.example")]


def _far(day: str) -> str:
    return (f"{UNDATED} The two presidents will meet in Port Alcyne on {day} to sign a "
            "final accord.")


def test_a_day_ahead_far_after_the_voted_month_makes_the_vote_unsafe() -> None:
    # The text, the story and the coverage say April, but the text still awaits 20 August:
    # the April round is its background, and the story holds nothing in August.
    text = _far("20 August 2031")
    assert _estimate(_preview_batch(text), [_event("2031-04-12")], text=text) is None


def test_a_far_preview_takes_the_month_of_the_week_before_where_the_story_holds_news() -> None:
    text = _far("20 August 2031")
    events = [_event("2031-04-12"), _held("e2", "2031-08-20", "Port Alcyne")]
    assert _estimate(_preview_batch(text), events, text=text) == "2031-08"
    # A day early in its month: the week before may lie in the month before, nothing is used.
    early = _far("3 August 2031")
    events = [_event("2031-04-12"), _held("e2", "2031-08-03", "Port Alcyne")]
    assert _estimate(_preview_batch(early), events, text=early) is None


def test_a_day_ahead_near_the_voted_month_or_beyond_the_story_keeps_the_vote() -> None:
    near = _far("20 June 2031")
    assert _estimate(_preview_batch(near), [_event("2031-04-12")], text=near) == "2031-04"
    # A day after every dated article of the batch is a horizon, not the next news.
    beyond = _far("20 October 2031")
    assert _estimate(_preview_batch(beyond), [_event("2031-04-12")], text=beyond) == "2031-04"


def test_a_text_in_another_script_names_the_story_places_as_its_script_writes_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.merge import _pubmonths

    documents = [doc("d1", "Bohdan Kravel spoke of Tirasol.", "a.example", "2031-12-01"),
                 replace(doc("u1", "انتهت المحادثات في ليندهافن", "u.example"), language="ar")]
    events = [_held("e1", "2031-04-12")]
    places = [StoryEntity("p", "Lindhaven", "place", (), (), None, 3, ())]
    monkeypatch.setattr(_pubmonths, "city_names_in_other_scripts", lambda name: ())
    assert "u1" not in estimate_months(documents, {}, events, entities=places)
    monkeypatch.setattr(_pubmonths, "city_names_in_other_scripts",
                        lambda name: ("ليندهافن",) if name == "Lindhaven" else ())
    found = estimate_months(documents, {}, events, entities=places)
    assert found["u1"].month == PartialDate(2031, 4)
