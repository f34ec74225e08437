"""A person's name cut in two by the tagger, or given in part beside the full name, is one."""

from __future__ import annotations

from communique.extract._event_sides import read_delegates, side_cues
from communique.extract._name_parts import whole_names
from communique.extract._parties import Parties
from communique.model.entities import EntityLabel, EntityMention


def _mentions(text: str, *names: tuple[str, EntityLabel, str]) -> list[EntityMention]:
    found, at = [], 0
    for written, label, canonical in names:
        start = text.index(written, at)
        at = start + len(written)
        found.append(EntityMention(start, at, written, label, canonical))
    return found


PERSON, COUNTRY = EntityLabel.PERSON, EntityLabel.COUNTRY


def test_adjacent_parts_of_a_name_are_one_person_named_by_the_longer_part() -> None:
    text = "Veldra's envoy and his counterpart Mirela Osterhagen Vask signed."
    mentions = _mentions(text, ("Veldra", COUNTRY, "Veldra"), ("Mirela", PERSON, "Mirela"),
                         ("Osterhagen Vask", PERSON, "Mirela Osterhagen Vask"))
    made = whole_names(text, mentions)
    assert [(m.text, m.canonical) for m in made] == [
        ("Veldra", "Veldra"), ("Mirela Osterhagen Vask", "Mirela Osterhagen Vask")]
    # without the expansion, the later part (the surname) names the person
    bare = _mentions(text, ("Mirela", PERSON, "Mirela"),
                     ("Osterhagen Vask", PERSON, "Osterhagen Vask"))
    assert [(m.start, m.canonical) for m in whole_names(text, bare)] == [
        (text.index("Mirela"), "Osterhagen Vask")]


def test_a_first_name_beside_the_full_name_in_the_sentence_is_that_person() -> None:
    text = "Renée, the envoy, led the talks with Bohdan Kravel and Renee Osterhagen Vask."
    mentions = _mentions(text, ("Renée", PERSON, "Renée"),
                         ("Bohdan Kravel", PERSON, "Bohdan Kravel"),
                         ("Renee Osterhagen Vask", PERSON, "Renee Osterhagen Vask"))
    assert [m.canonical for m in whole_names(text, mentions)] == [
        "Renee Osterhagen Vask", "Bohdan Kravel", "Renee Osterhagen Vask"]


def test_a_part_of_two_names_or_people_apart_stay_as_they_are() -> None:
    text = "Kravel met Bohdan Kravel and Mira Kravel, then Anton, Lio Marr."
    mentions = _mentions(text, ("Kravel", PERSON, "Kravel"),
                         ("Bohdan Kravel", PERSON, "Bohdan Kravel"),
                         ("Mira Kravel", PERSON, "Mira Kravel"), ("Anton", PERSON, "Anton"),
                         ("Lio Marr", PERSON, "Lio Marr"))
    assert whole_names(text, mentions) == mentions
    # a country next to a person is not part of the name
    text = "Veldra Osterhagen"
    apart = _mentions(text, ("Veldra", COUNTRY, "Veldra"), ("Osterhagen", PERSON, "Osterhagen"))
    assert whole_names(text, apart) == apart


def test_a_head_named_by_a_cut_name_is_listed_once_by_the_whole_name() -> None:
    text = "The Veldran delegation was led by Mirela Osterhagen Vask and Bohdan Kravel."
    mentions = _mentions(text, ("Mirela", PERSON, "Mirela"),
                         ("Osterhagen Vask", PERSON, "Mirela Osterhagen Vask"),
                         ("Bohdan Kravel", PERSON, "Bohdan Kravel"))
    cues = side_cues(head=["led"], side=[], joint=[], members=["included"],
                     delegation=["delegation"])
    found, _ = read_delegates(text, (0, len(text)), mentions, Parties([]), None, cues,
                              lambda name: False)
    assert [(d.name, d.head) for d in found] == [
        ("Mirela Osterhagen Vask", True), ("Bohdan Kravel", True)]
