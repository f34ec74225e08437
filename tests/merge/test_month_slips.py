"""Month slips: outlets covering one event that date an earlier act a month apart."""

from __future__ import annotations

import dataclasses
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated
from communique.merge._intervals import interval
from communique.merge._month_slips import (
    MONTH_SLIPS_KIND,
    act_months,
    month_slip_contradictions,
)
from communique.merge._numbered_rounds import Built
from communique.model.annotations import EventStatus
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks

HELD = "Korvanian and Veldran envoys held talks in Lindhaven."
WRITTEN = date(2031, 7, 29)


def _built(recalls: dict[str, str]) -> tuple[list[Built], Corpus]:
    texts = {d: f"{HELD}\n{recall}" for d, recall in recalls.items()}
    corpus = Corpus([doc(d, t, f"{d}.example", "2031-07-29") for d, t in texts.items()],
                    [annotations(d, t) for d, t in texts.items()])
    items = [Stated(d, dataclasses.replace(talks(HELD, place="Lindhaven"),
                                           status=EventStatus.HELD), None, "Korvania")
             for d in texts]
    event = StoryEvent("ev_1", "talks", "Talks in Lindhaven, 2031-07-28", "2031-07-28",
                       "2031-07-28", "Lindhaven", (), (), {}, (), (), (), 3, status="held")
    return [(event, items, interval("2031-07-28"))], corpus


def test_outlets_recalling_an_act_a_month_apart_contradict_each_other() -> None:
    built, corpus = _built({"a1": "They hope to extend the truce agreed in May.",
                            "a2": "The truce was first reached in Lindhaven in May.",
                            "a3": "They seek to extend the truce that both sides agreed in June."})
    (found,) = month_slip_contradictions(built, corpus)
    assert (found.kind, found.about) == ("date", "ev_1")
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("2031-05", ("a1.example", "a2.example")), ("2031-06", ("a3.example",))]


def test_acts_months_apart_are_two_acts() -> None:
    built, corpus = _built({"a1": "They hope to extend the truce agreed in March.",
                            "a2": "They seek to extend the truce that both sides agreed in June."})
    assert month_slip_contradictions(built, corpus) == []


def test_the_date_of_another_clause_is_not_the_acts() -> None:
    sentence = "The truce, which was agreed in May and is set to expire on August 12, holds."
    assert act_months(sentence, WRITTEN) == [
        ("the truce", date(2031, 5, 1), sentence.index("in May"))]
    law = "Parliament passed the new law on June 25."
    assert act_months(law, WRITTEN) == [("the law", date(2031, 6, 1), law.index("on June"))]
    assert act_months("La tregua, establecida en mayo, sigue vigente.", WRITTEN)[0][:2] == (
        "the truce", date(2031, 5, 1))
    # a month later in the year than the writing is last year's
    deal = "The deal signed in December will be reviewed."
    assert act_months(deal, WRITTEN) == [
        ("the agreement", date(2030, 12, 1), deal.index("in December"))]
    assert act_months("Talks held in May ended.", WRITTEN) == []


def test_acts_still_to_be_made_and_deadlines_are_no_acts() -> None:
    assert act_months("A final deal is to be signed on August 18.", WRITTEN) == []
    assert act_months("The two sides agreed to withdraw by July 29.", WRITTEN) == []
    assert act_months("L'accord doit être signé le 27 juin à Lindhaven.", WRITTEN) == []


def test_two_agreements_the_story_holds_in_the_two_months_are_two_acts() -> None:
    built, corpus = _built({"a1": "It builds on the agreement signed in May.",
                            "a2": "It builds on the agreement signed in June."})
    assert len(month_slip_contradictions(built, corpus)) == 1
    for month in ("2031-05-20", "2031-06-12"):
        signing = StoryEvent(f"ev_{month}", "agreement", f"Signing, {month}", month, month,
                             None, (), (), {}, (), (), (), 2, status="held")
        built.append((signing, [], interval(month)))
    assert month_slip_contradictions(built, corpus) == []


def test_the_acts_of_each_article_are_kept_for_its_text_sentences_and_day() -> None:
    recalls = {"a1": "They hope to extend the truce agreed in May.",
               "a2": "They seek to extend the truce that both sides agreed in June."}
    built, corpus = _built(recalls)
    corpus.memo.annotations = {d: f"digest-{d}" for d in recalls}
    first = month_slip_contradictions(built, corpus)
    assert first and {d for kind, d in corpus.memo.fresh if kind == MONTH_SLIPS_KIND} == {
        "a1", "a2"}
    # Read back for the same text, annotations and day of writing …
    corpus.memo.fresh.clear()
    assert month_slip_contradictions(built, corpus) == first and not corpus.memo.fresh
    # … and read again when the day the article was written changes (May then is next
    # year's, later than the writing: no act of the past).
    later = Corpus([dataclasses.replace(d, published=date(2031, 5, 20))
                    if d.id == "a2" else d for d in corpus.documents.values()],
                   list(corpus.annotations.values()), corpus.memo)
    assert month_slip_contradictions(built, later) == []
    assert [d for kind, d in corpus.memo.fresh if kind == MONTH_SLIPS_KIND] == ["a2"]
