"""Venue contradictions: one event put in different buildings by different outlets."""

from __future__ import annotations

import dataclasses

from communique.merge._corpus import Corpus
from communique.merge._venues import venue_contradictions, venues_in
from communique.model.story import Evidence, StoryEvent
from communique.model.temporal import TimeExpression

from support.synthetic import annotations, doc

RESIDENCE = "The talks took place at the Veldran ambassador's residence in Lindhaven."
EMBASSY = "The talks were held at the Veldran Embassy in Lindhaven."
BOTH = "They signed at the State Department and were then received at the White House."


def test_venue_kinds_are_read_after_a_location_word() -> None:
    assert venues_in(RESIDENCE) == {"a residence"}
    assert venues_in("talks in one of the Embassy of Veldra's buildings") == {"an embassy"}
    assert venues_in(BOTH) == {"a ministry", "the White House"}
    assert not venues_in("The embassy issued a statement on the talks.")
    assert not venues_in("Trump, speaking to reporters at the White House, praised the talks.")
    assert not venues_in("The minister arrived at the residence at noon.")


def test_someone_s_house_is_a_residence_a_house_of_no_one_is_none() -> None:
    assert venues_in("Mediators shuttled between the delegations at the envoy's house.") == {
        "a residence"}
    assert venues_in("The two ministers met at the ambassador’s home in Lindhaven.") == {
        "a residence"}
    assert not venues_in("The talks took place at Government House in Lindhaven.")
    assert not venues_in("The vote in the House on the accord was close.")
    assert venues_in("The talks were held at the White House.") == {"the White House"}


def test_venue_kinds_are_read_in_other_languages_after_their_location_words() -> None:
    assert venues_in("Les réunions se sont tenues à la résidence du ministre veldran.") == {
        "a residence"}
    assert venues_in("Die Gespräche fanden in der Botschaft Veldras statt.") == {"an embassy"}
    assert venues_in("La firma tuvo lugar en la Casa Blanca.") == {"the White House"}
    assert venues_in("A reunião foi no Palácio de Orrin.") == {"a palace"}
    # a name alone, or where someone arrived or spoke, is no venue
    assert not venues_in("La résidence du ministre est grande.")
    assert not venues_in("Le ministre, arrivé à la résidence vers midi, a parlé.")
    assert not venues_in("Il a déclaré à l’ambassade que les pourparlers avançaient.")


def _event(*items: tuple[str, str], start: str | None = "2031-04-19") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", "talks", "Talks in Lindhaven", start, start, "Lindhaven", (), (),
                      {}, (), (), evidence, len(items))


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_outlets_naming_different_venues_contradict_about_the_event() -> None:
    corpus = _corpus(("a1", "one.example", RESIDENCE), ("a2", "two.example", EMBASSY),
                     ("a3", "three.example", BOTH))
    found = venue_contradictions(
        [_event(("a1", RESIDENCE), ("a2", EMBASSY), ("a3", BOTH))], corpus)
    assert [(c.kind, c.about) for c in found] == [("place", "ev_1")]
    # the article naming two venues takes no side
    assert {s.value: s.outlets for s in found[0].sides} == {
        "a residence": ("one.example",), "an embassy": ("two.example",)}


def test_no_venue_contradiction_within_one_outlet_or_for_an_undated_event() -> None:
    same = _corpus(("a1", "one.example", RESIDENCE), ("a2", "one.example", EMBASSY))
    assert not venue_contradictions([_event(("a1", RESIDENCE), ("a2", EMBASSY))], same)
    two = _corpus(("a1", "one.example", RESIDENCE), ("a2", "two.example", EMBASSY))
    assert not venue_contradictions(
        [_event(("a1", RESIDENCE), ("a2", EMBASSY), start=None)], two)


def test_a_sentence_pointing_back_at_the_article_s_event_gives_its_venue() -> None:
    # the second line names no event: "the ceremony" is the one the article is about
    told = "Veldra and Orrin signed the accord in Lindhaven on April 19."
    hosted = "The Orrinian minister hosted the ceremony at the Foreign Ministry."
    first = told + "\n" + hosted
    corpus = _corpus(("a1", "one.example", first), ("a2", "two.example", RESIDENCE))
    event = _event(("a1", told), ("a2", RESIDENCE))
    (found,) = venue_contradictions([event], corpus)
    assert {s.value: s.outlets for s in found.sides} == {
        "a ministry": ("one.example",), "a residence": ("two.example",)}
    assert [e.text for e in found.sides[0].evidence] == [hosted]


def test_a_sentence_pointing_back_belongs_to_the_article_s_own_event_only() -> None:
    # the article names this event once and another one twice: its "the ceremony" is the other
    lines = ["Veldra and Orrin met in Marrow on May 2.", "The Marrow talks went on all day.",
             "It came after their talks in Lindhaven on April 19.",
             "The Orrinian minister hosted the ceremony at the Foreign Ministry."]
    text = "\n".join(lines)
    spans = [(text.index(line), line) for line in lines]
    corpus = _corpus(("a1", "one.example", text), ("a2", "two.example", RESIDENCE))
    other = dataclasses.replace(
        _event(), id="ev_2", start="2031-05-02", end="2031-05-02",
        evidence=tuple(Evidence("a1", at, at + len(line), line) for at, line in spans[:2]))
    at, line = spans[2]
    event = dataclasses.replace(_event(("a2", RESIDENCE)), evidence=(
        Evidence("a1", at, at + len(line), line), Evidence("a2", 0, len(RESIDENCE), RESIDENCE)))
    assert not venue_contradictions([event, other], corpus)


def _two_events_article(hosted: str, **parts: object) -> tuple[list[StoryEvent], Corpus]:
    """An article naming talks in Lindhaven and, twice, a signing in Port Alcyne (its main
    event), then ``hosted``, a sentence naming no event; a second outlet puts the Lindhaven
    talks in a residence."""
    lines = ["Veldra and Orrin held talks in Lindhaven on April 19.",
             "They signed an accord in Port Alcyne on June 3.",
             "The Port Alcyne signing drew crowds.", hosted]
    text = "\n".join(lines)
    spans = [(text.index(line), line) for line in lines]
    corpus = Corpus([doc("a1", text, "one.example"), doc("a2", RESIDENCE, "two.example")],
                    [annotations("a1", text, **parts), annotations("a2", RESIDENCE)])
    at, line = spans[0]
    talks = dataclasses.replace(_event(("a2", RESIDENCE)), evidence=(
        Evidence("a1", at, at + len(line), line), Evidence("a2", 0, len(RESIDENCE), RESIDENCE)))
    signing = dataclasses.replace(
        _event(), id="ev_2", start="2031-06-03", end="2031-06-03", place="Port Alcyne",
        evidence=tuple(Evidence("a1", at, at + len(line), line) for at, line in spans[1:3]))
    return [talks, signing], corpus


def test_a_sentence_pointing_back_is_read_for_the_event_whose_place_it_names() -> None:
    # the article is mainly about the signing, but the sentence names the talks' city
    hosted = "The Orrinian minister hosted the talks at the Foreign Ministry in Lindhaven."
    events, corpus = _two_events_article(hosted)
    (found,) = venue_contradictions(events, corpus)
    assert found.about == "ev_1"
    assert {s.value: s.outlets for s in found.sides} == {
        "a ministry": ("one.example",), "a residence": ("two.example",)}


def test_a_sentence_pointing_back_is_read_for_the_event_whose_day_it_names() -> None:
    hosted = "The talks on April 19 were held at the Foreign Ministry."
    text_before = ("Veldra and Orrin held talks in Lindhaven on April 19.\n"
                   "They signed an accord in Port Alcyne on June 3.\n"
                   "The Port Alcyne signing drew crowds.\n")
    at = len(text_before) + hosted.index("April 19")
    day = TimeExpression(at, at + len("April 19"), "April 19", "2031-04-19", "day", "date",
                         None)
    events, corpus = _two_events_article(hosted, dates=(day,))
    (found,) = venue_contradictions(events, corpus)
    assert found.about == "ev_1"
    # without the day, the sentence is the article's main event's (the signing's) alone
    events, corpus = _two_events_article(hosted)
    assert not venue_contradictions(events, corpus)
