"""Articles no dated event cites join the one story event their lead reports."""

from __future__ import annotations

from dataclasses import replace

from communique.merge._corpus import Corpus
from communique.merge._lead_reports import join_lead_reports
from communique.merge.entities import EntityIndex
from communique.model.annotations import Annotations
from communique.model.story import Evidence, StoryEntity, StoryEvent

from support.synthetic import doc


def _event(event_id: str, kind: str, day: str, place: str | None = "Lindhaven",
           status: str = "held", cited: str = "e1") -> StoryEvent:
    return StoryEvent(event_id, kind, f"{kind} {day}", day, day, place, ("k", "v"), (), {}, (),
                      (), (Evidence(cited, 0, 4, "Talk"),), 1, ("en.example",), status=status)


# 2031-04-12 and 2031-06-14 are Saturdays, 2031-05-06 a Tuesday.
EVENTS = [
    _event("s1", "agreement", "2031-04-12"),
    _event("s2", "agreement", "2031-06-14"),
    _event("s3", "agreement", "2031-05-06"),
    _event("t1", "talks", "2031-05-20", "Port Alcyne"),
]


def _entities() -> EntityIndex:
    index = EntityIndex()
    index.entities += [
        StoryEntity("k", "Korvania", "country", ("Korvanie",), (), None, 3, ()),
        StoryEntity("v", "Veldra", "country", (), (), None, 3, ()),
        StoryEntity("l", "Lindhaven", "place", (), (), None, 3, ()),
        StoryEntity("p", "Port Alcyne", "place", ("Puerto Alcino",), (), None, 3, ()),
    ]
    return index


def _joined(text: str, language: str, published: str | None = None,
            month: str | None = None, events: list[StoryEvent] = EVENTS) -> dict[str, int]:
    """Event id → how many pieces of evidence the article ``a1`` gives it after the join."""
    document = replace(doc("a1", text, "xx.example", published), language=language,
                       published_month=month)
    other = doc("e1", "Talk of the town.", "en.example", "2031-04-12")
    corpus = Corpus([other, document], [Annotations(d.id, (), (), (), (), ())
                                        for d in (other, document)])
    joined = join_lead_reports(events, corpus, _entities())
    return {e.id: n for e in joined if (n := sum(x.article == "a1" for x in e.evidence))}


def test_a_lead_in_a_language_without_a_reader_joins_the_event_by_its_date() -> None:
    text = "Korvania dan Veldra menandatangani perjanjian di Lindhaven. Isinya panjang."
    assert _joined(text, "id", "2031-05-08") == {"s3": 1}
    # Known to its month only: the signing of that month.
    assert _joined(text, "id", month="2031-06") == {"s2": 1}
    # Months after every signing there, the lead is no report of one of them.
    assert _joined(text, "id", "2031-09-01") == {}


def test_the_evidence_is_the_lead_sentence_and_the_outlet_counts() -> None:
    text = "Korvania dan Veldra menandatangani perjanjian di Lindhaven. Isinya panjang."
    document = replace(doc("a1", text, "xx.example", "2031-05-08"), language="id")
    other = doc("e1", "Talk of the town.", "en.example", "2031-04-12")
    corpus = Corpus([other, document], [Annotations(d.id, (), (), (), (), ())
                                        for d in (other, document)])
    (signing,) = [e for e in join_lead_reports(EVENTS, corpus, _entities()) if e.id == "s3"]
    assert signing.evidence[-1].text == "Korvania dan Veldra menandatangani perjanjian di " \
                                        "Lindhaven."
    assert signing.support == 2
    assert signing.outlets == ("en.example", "xx.example")


def test_a_preview_joins_the_event_it_announces() -> None:
    text = ("Hội đàm giữa hai bên sẽ diễn ra tại Puerto Alcino. Đây là lần đầu tiên.")
    assert _joined(text, "vi", "2031-05-12") == {"t1": 1}
    # Written after the talks, the plan is no preview of them.
    assert _joined(text, "vi", "2031-05-25") == {}


def test_a_written_day_picks_an_event_for_an_undated_article() -> None:
    text = "Magpupulong ang Korvania at Veldra sa Disyembre 22 sa Port Alcyne."
    events = [*EVENTS, _event("t2", "talks", "2031-12-22", "Port Alcyne")]
    assert _joined(text, "tl", events=events) == {"t2": 1}
    # Without a day, two talks at the place leave an undated article to none.
    assert _joined("Magpupulong ang Korvania at Veldra sa Port Alcyne.", "tl",
                   events=events) == {}


def test_an_article_its_event_cites_already_gains_nothing_more() -> None:
    text = "Korvania dan Veldra menandatangani perjanjian di Lindhaven."
    cited = [_event("s3", "agreement", "2031-05-06", cited="a1"), *EVENTS[:2]]
    assert _joined(text, "id", "2031-05-08", events=cited) == {"s3": 1}
    # Cited by another event (a background date read as its news), it joins its lead's too.
    other = [_event("s1", "agreement", "2031-04-12", cited="a1"), *EVENTS[1:]]
    assert _joined(text, "id", "2031-05-08", events=other) == {"s1": 1, "s3": 1}


def test_background_and_several_fitting_events_join_nothing() -> None:
    assert _joined("Korvania dan Veldra sebelumnya menandatangani perjanjian di Lindhaven.",
                   "id", "2031-05-08") == {}
    # Two signings at the place in the days before the article: which one is unsure.
    two = [*EVENTS, _event("s4", "agreement", "2031-05-04")]
    assert _joined("Korvania dan Veldra menandatangani perjanjian di Lindhaven.", "id",
                   "2031-05-08", events=two) == {}


def test_a_later_weekday_picks_one_of_the_leads_events_for_an_undated_article() -> None:
    text = ("Korvania und Veldra haben in Lindhaven ein Abkommen unterzeichnet. Die Minister "
            "unterzeichneten es am Dienstag.")
    assert _joined(text, "de") == {"s3": 1}
    # Without the weekday, three signings at the place leave it to none.
    assert _joined("Korvania und Veldra haben in Lindhaven ein Abkommen unterzeichnet.",
                   "de") == {}


def test_talks_no_source_placed_take_no_report_by_their_parties() -> None:
    placeless = [_event("t9", "talks", "2031-05-04", None)]
    assert _joined("Korvania and Veldra held talks on Sunday.", "en", "2031-05-06",
                   events=placeless) == {}
    truce = [_event("c9", "ceasefire", "2031-05-04", None)]
    assert _joined("Korvania and Veldra agreed a ceasefire.", "en", "2031-05-06",
                   events=truce) == {"c9": 1}


def test_talks_are_told_by_their_place_an_act_by_its_sides() -> None:
    # The same sides meet again and again: talks the lead does not place may be others.
    assert _joined("Korvania dan Veldra melakukan perundingan.", "id", "2031-05-22") == {}
    assert _joined("Korvania dan Veldra melakukan perundingan di Port Alcyne.", "id",
                   "2031-05-22") == {"t1": 1}
    # Talks between the sides are the news of an article written on their day.
    assert _joined("Korvania dan Veldra melakukan perundingan.", "id", "2031-05-20") \
        == {"t1": 1}
    # A country the event stage took for the place is no place the lead names.
    in_country = [_event("m1", "talks", "2031-05-20", "Veldra")]
    assert _joined("Korvania dan Veldra melakukan perundingan.", "id", "2031-05-25",
                   events=in_country) == {}
    # A signing is the sides' act: their names tell it.
    assert _joined("Korvania dan Veldra menandatangani perjanjian.", "id", "2031-05-08") \
        == {"s3": 1}
