"""Event and stance mentions on short synthetic reports (real country names, invented facts)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import Annotations


def _annotate(extractor: Extractor, text: str) -> Annotations:
    doc = Document(id="a_0000000000000000", source="x", text=text, language="en",
                   published=date(2031, 3, 20))
    (annotations,) = extractor.annotate_all([doc])
    return annotations


def test_refusal_and_a_demand_named_in_an_appositive(extractor: Extractor) -> None:
    ann = _annotate(extractor, "Peru is not willing to concede the northern district, "
                               "a key demand from Chile.")
    stances = {(s.party, s.stance.value) for s in ann.stances}
    assert stances == {("Peru", "rejects"), ("Chile", "demands")}
    assert all("northern district" in s.issue for s in ann.stances)


def test_a_bare_number_takes_the_sentence_topic_as_issue(extractor: Extractor) -> None:
    ann = _annotate(extractor, "Chile offers 15 years, while Peru wants a commitment lasting "
                               "30-50 years, amid differences over security guarantees.")
    found = {(s.party, s.stance.value): s for s in ann.stances}
    assert found[("Chile", "offers")].value == "15 years"
    assert found[("Chile", "offers")].issue == "security guarantees"
    assert "30-50 years" in (found[("Peru", "demands")].value or "")


def test_round_with_place_dates_number_parties_and_mediator(extractor: Extractor) -> None:
    ann = _annotate(extractor, "Delegations from Peru and Chile ended the third round of talks "
                               "in Vienna on March 17-18, 2031, mediated by Brazil.")
    placed = [e for e in ann.events if e.place == "Vienna"]
    assert len(placed) == 1
    event = placed[0]
    assert [d.value for d in event.dates] == ["2031-03-17/2031-03-18"]
    assert event.ordinal == 3 and event.tense == "past"
    assert {"Peru", "Chile"} <= set(event.parties) and event.mediators == ("Brazil",)


def test_delegation_sentences_attach_to_the_event_before_them(extractor: Extractor) -> None:
    ann = _annotate(extractor, "Peru and Chile will hold talks in Lima next week.\n"
                               "Peru's delegation will be headed by Maria Gonzalez.\n"
                               "The team also includes Luis Vega.")
    delegates = {(d.name, d.party, d.head) for e in ann.events for d in e.delegates}
    assert ("Maria Gonzalez", "Peru", True) in delegates
    assert ("Luis Vega", "Peru", False) in delegates


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru denies supporting the rebel group.",
     ("Peru", "opposes", "the rebel group")),
    ("Chile rejected claims that it supports the rebel group.",
     ("Chile", "opposes", "the rebel group")),
    ("Chile denied that it had backed the northern district plan.",
     ("Chile", "opposes", "the northern district plan")),
    ("Peru declined to endorse the peace framework.", ("Peru", "opposes", "the peace framework")),
    ("Peru did not agree to the ceasefire proposal.",
     ("Peru", "rejects", "the ceasefire proposal")),
    ("Chile dismissed reports that it would accept the buffer zone.",
     ("Chile", "rejects", "the buffer zone")),
])
def test_negation_and_denial_reverse_the_stance(extractor: Extractor, text: str,
                                                expected: tuple[str, str, str]) -> None:
    found = [(s.party, s.stance.value, s.issue, s.negated) for s in _annotate(extractor,
                                                                            text).stances]
    assert found == [(*expected, True)]


def test_a_denied_offer_is_cancelled_and_a_plain_stance_kept(extractor: Extractor) -> None:
    assert not _annotate(extractor, "Peru denied offering the northern district.").stances
    plain = _annotate(extractor, "Peru supports the border commission plan.").stances
    assert [(s.stance.value, s.negated) for s in plain] == [("supports", False)]
