"""Place links and heads of delegation on synthetic sentences: a country word that begins a
title is not where a city lies; a head cue lists every head it names; an event word before a
passive head cue makes the cue name the event's heads.

Real country and city names, invented facts and people; each test checks one mechanism.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import Annotations

pytestmark = pytest.mark.slow


def _annotate(extractor: Extractor, text: str, language: str = "en") -> Annotations:
    document = Document(id=f"h-{language}", source="x", text=text, language=language,
                        published=date(2031, 3, 20))
    (annotations,) = extractor.annotate_all([document])
    return annotations


def _heads(annotations: Annotations) -> set[str]:
    return {d.name for e in annotations.events for d in e.delegates if d.head}


def test_a_city_and_its_country_are_linked(extractor: Extractor) -> None:
    found = _annotate(extractor, "Talks between the two sides ended in Lima, Peru, on Monday.")
    assert ("Lima", "Peru") in found.places


def test_a_country_word_that_begins_a_title_is_no_link(extractor: Extractor) -> None:
    found = _annotate(extractor, "Speaking after two days of talks in Lima, Brazil's foreign "
                                 "minister Ana Ruiz said the sides had agreed on a framework.")
    assert not [link for link in found.places if link[0] == "Lima"]


def test_a_head_cue_lists_every_head_it_names(extractor: Extractor) -> None:
    found = _annotate(extractor, "The delegations, led by Peruvian Foreign Minister Maria "
                                 "Gonzalez and Chilean Foreign Minister Luis Vega, met in "
                                 "Lima on Monday.")
    assert {"Maria Gonzalez", "Luis Vega"} <= _heads(found)


def test_talks_led_by_name_their_heads(extractor: Extractor) -> None:
    found = _annotate(extractor, "Las conversaciones comenzaron el lunes en Lima. Las "
                                 "conversaciones están encabezadas por el canciller peruano "
                                 "Mario Quispe y el canciller chileno Luis Vega.", "es")
    assert {"Mario Quispe", "Luis Vega"} <= _heads(found)


def test_talks_that_led_to_a_deal_name_no_head(extractor: Extractor) -> None:
    found = _annotate(extractor, "The talks in Lima led to a deal that Maria Gonzalez praised "
                                 "on Monday.")
    assert "Maria Gonzalez" not in _heads(found)


def test_a_head_list_ends_where_its_names_stop(extractor: Extractor) -> None:
    found = _annotate(extractor, "The delegations, led by Maria Gonzalez and Luis Vega, met in "
                                 "Lima on Monday to prepare a meeting between Ana Ruiz and "
                                 "Pedro Soto.")
    heads = _heads(found)
    assert {"Maria Gonzalez", "Luis Vega"} <= heads and "Pedro Soto" not in heads


def test_a_summit_of_a_bloc_is_held_where_the_text_says(extractor: Extractor) -> None:
    found = _annotate(extractor, "Ana Ruiz is now scheduled to meet Luis Vega at the Euro-Asian "
                                 "Economic Cooperation summit in Peru.")
    assert {e.place for e in found.events} == {"Peru"}


def test_who_the_talks_bring_together_takes_part(extractor: Extractor) -> None:
    found = _annotate(extractor, "The talks in Lima on Monday brought together Maria Gonzalez "
                                 "of Peru and Luis Vega of Chile.")
    (event,) = found.events
    assert set(event.parties) == {"Peru", "Chile"}
    assert {"Maria Gonzalez", "Luis Vega"} <= _heads(found)


def test_a_head_list_may_name_each_head_s_side(extractor: Extractor) -> None:
    found = _annotate(extractor, "Peru and Chile held talks in Lima on Monday. Peru was "
                                 "represented by Maria Gonzalez and Chile, by Luis Vega.")
    assert {"Maria Gonzalez", "Luis Vega"} <= _heads(found)


def test_a_long_title_between_two_heads_keeps_the_list(extractor: Extractor) -> None:
    found = _annotate(extractor, "Peru and Chile held talks in Lima on Monday. The meeting was "
                                 "co-chaired by General Maria Gonzalez, Deputy Prime Minister and "
                                 "Minister of National Defence of the Republic of Peru, and "
                                 "General Luis Vega, Minister of Defence of Chile.")
    assert {"Maria Gonzalez", "Luis Vega"} <= _heads(found)
