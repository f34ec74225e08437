"""Mode contradictions: direct vs indirect talks of one event, across outlets."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._modes import (
    BOTH,
    DIRECT,
    INDIRECT,
    mode_contradictions,
    modes_in,
    one_value_groups,
)
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc


def test_formats_reported_are_read() -> None:
    assert modes_in("The second round of indirect talks ended in Lindhaven.") == {INDIRECT}
    assert modes_in("Kravel met directly with Sedlarov during the talks.") == {DIRECT}
    assert modes_in("They held face-to-face talks for an hour.") == {DIRECT}
    assert modes_in("The delegations sat in separate rooms.") == {INDIRECT}
    assert modes_in("The talks were both direct and indirect, an official said.") == {BOTH}


def test_formats_reported_in_other_languages_are_read() -> None:
    assert modes_in("Les deux pays ont tenu des discussions indirectes à Lindhaven.") == {
        INDIRECT}
    assert modes_in("Concluyeron una nueva ronda de conversaciones indirectas.") == {INDIRECT}
    assert modes_in("Beide Seiten führten direkte Gespräche.") == {DIRECT}
    assert modes_in("Des négociations directes et indirectes ont eu lieu.") == {BOTH}
    assert not modes_in("Veldra refuse des négociations directes.")
    assert not modes_in("Korvania lehnt direkte Gespräche ab.")
    assert not modes_in("Les discussions pourraient devenir directes.")


def test_a_format_refused_wished_or_conditional_is_no_report() -> None:
    assert not modes_in("Veldra rejects direct talks while sanctions remain.")
    assert not modes_in("Officials said Veldra would be open to direct talks later.")
    assert not modes_in("We will not hold direct negotiations, he said.")
    assert not modes_in("The direct result was a rise in prices.")
    # Alternatives report no format.
    assert not modes_in("Our discussions were conducted either directly or indirectly.")
    assert not modes_in("Officials believe the talks will include direct portions.")
    assert not modes_in("The talks are expected to be direct this time.")


def _event(*items: tuple[str, str], start: str | None = "2026-02-17",
           event_id: str = "ev_1") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent(event_id, "talks", "Talks in Lindhaven", start, start, "Lindhaven", (), (),
                      {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


INDIRECT_TEXT = "The indirect talks in Lindhaven ended on Saturday."
DIRECT_TEXT = "Kravel and Sedlarov held direct talks in Lindhaven."


def test_outlets_disagreeing_on_the_format_contradict_about_the_event() -> None:
    corpus = _corpus(("a1", "one.example", INDIRECT_TEXT), ("a2", "two.example", DIRECT_TEXT),
                     ("a3", "three.example", INDIRECT_TEXT))
    found = mode_contradictions([_event(("a1", INDIRECT_TEXT), ("a2", DIRECT_TEXT),
                                        ("a3", INDIRECT_TEXT))], corpus)
    assert [(c.kind, c.about) for c in found] == [("mode", "ev_1")]
    assert {s.value: s.outlets for s in found[0].sides} == {
        DIRECT: ("two.example",), INDIRECT: ("one.example", "three.example")}


def test_one_outlet_is_never_set_against_itself() -> None:
    corpus = _corpus(("a1", "same.example", INDIRECT_TEXT), ("a2", "same.example", DIRECT_TEXT))
    assert not mode_contradictions([_event(("a1", INDIRECT_TEXT), ("a2", DIRECT_TEXT))], corpus)


def test_an_article_reporting_both_claims_takes_no_side() -> None:
    dispute = "Trump spoke of direct talks in Lindhaven."
    both = f"{INDIRECT_TEXT}\n{dispute}"
    corpus = _corpus(("a1", "one.example", both), ("a2", "two.example", INDIRECT_TEXT),
                     ("a3", "three.example", DIRECT_TEXT))
    second = len(INDIRECT_TEXT) + 1
    event = StoryEvent("ev_1", "talks", "Talks", "2026-02-17", None, None, (), (), {}, (), (), (
        Evidence("a1", 0, len(INDIRECT_TEXT), INDIRECT_TEXT),
        Evidence("a1", second, second + len(dispute), dispute),
        Evidence("a2", 0, len(INDIRECT_TEXT), INDIRECT_TEXT),
        Evidence("a3", 0, len(DIRECT_TEXT), DIRECT_TEXT)), 3)
    found = mode_contradictions([event], corpus)
    assert len(found) == 1
    assert {s.value: s.outlets for s in found[0].sides} == {
        DIRECT: ("three.example",), INDIRECT: ("two.example",)}


def test_an_undated_event_gives_no_format() -> None:
    # An event without a date gathers the rounds held at one place, each with its own format.
    corpus = _corpus(("a1", "one.example", INDIRECT_TEXT), ("a2", "two.example", DIRECT_TEXT))
    assert not mode_contradictions(
        [_event(("a1", INDIRECT_TEXT), ("a2", DIRECT_TEXT), start=None)], corpus)


def test_a_sentence_from_an_article_about_another_event_gives_no_format() -> None:
    aside = "Tirasol is facilitating the indirect format."
    other = "The second round opened in Gerona."
    text = f"{other}\n{other}\n{aside}"
    start = len(other) * 2 + 2
    corpus = _corpus(("a1", "one.example", text), ("a2", "two.example", DIRECT_TEXT))
    later = StoryEvent("ev_2", "talks", "Talks in Gerona", "2026-03-01", "2026-03-01", "Gerona",
                       (), (), {}, (), (), (Evidence("a1", 0, len(other), other),
                                            Evidence("a1", len(other) + 1, 2 * len(other) + 1,
                                                     other)), 1)
    event = StoryEvent("ev_1", "talks", "Talks in Lindhaven", "2026-02-17", "2026-02-17",
                       "Lindhaven", (), (), {}, (), (), (
                           Evidence("a1", start, start + len(aside), aside),
                           Evidence("a2", 0, len(DIRECT_TEXT), DIRECT_TEXT)), 2)
    assert not mode_contradictions([event, later], corpus)


def test_a_format_in_the_present_tense_is_the_days_talks_not_an_earlier_event() -> None:
    aside = "Tirasol is facilitating the indirect format in Lindhaven."
    corpus = Corpus([doc("a1", aside, "one.example", "2026-03-01"),
                     doc("a2", DIRECT_TEXT, "two.example", "2026-02-17")],
                    [annotations("a1", aside), annotations("a2", DIRECT_TEXT)])
    event = _event(("a1", aside), ("a2", DIRECT_TEXT))
    assert not mode_contradictions([event], corpus)
    same_days = Corpus([doc("a1", aside, "one.example", "2026-02-17"),
                        doc("a2", DIRECT_TEXT, "two.example", "2026-02-17")],
                       [annotations("a1", aside), annotations("a2", DIRECT_TEXT)])
    assert [c.kind for c in mode_contradictions([event], same_days)] == ["mode"]


def _told_of_the_country(published: str) -> list[tuple[str, str]]:
    """A dated round in Lindhaven (a city of Veldra, as one text writes it) called indirect; an
    article written on ``published`` calls 'talks in Veldra' direct, dating them nowhere."""
    placed = "The indirect talks in Lindhaven, Veldra, ended on Saturday."
    country = "Ramiro Santos held direct talks in Veldra."
    docs = [doc("a1", placed, "one.example", "2026-02-17"),
            doc("a2", country, "two.example", published)]
    notes = [annotations("a1", placed, places=(("Lindhaven", "Veldra"),)),
             annotations("a2", country)]
    undated = StoryEvent("ev_v", "talks", "Talks in Veldra", None, None, "Veldra", (), (), {},
                         (), (), (Evidence("a2", 0, len(country), country),), 1)
    found = mode_contradictions([_event(("a1", placed)), undated], Corpus(docs, notes))
    return [(c.kind, c.about) for c in found]


def test_talks_told_of_a_country_the_day_a_round_there_ended_are_that_round() -> None:
    assert _told_of_the_country("2026-02-18") == [("mode", "ev_1")]


def test_talks_told_of_a_country_days_later_are_no_round_of_it() -> None:
    assert _told_of_the_country("2026-02-24") == []


def test_one_value_groups_leave_out_an_outlet_giving_two_values() -> None:
    corpus = _corpus(("a1", "one.example", "Kravel met Sedlarov in Lindhaven."),
                     ("a2", "two.example", "The envoys met at the old port on Monday."),
                     ("a3", "two.example", "Delegates gathered in a hotel by the river."),
                     ("a4", "three.example", "Talks opened after a long delay, aides said."))
    groups = one_value_groups({"a1": {"hotel"}, "a2": {"hotel"}, "a3": {"palace"},
                               "a4": {"palace"}}, corpus)
    assert groups == {"hotel": ["a1"], "palace": ["a4"]}
