"""Episodes named by their length in any language (issue 11): a count given for *cinco días
de conflicto*, *16 дней столкновений* or *the three last weeks* of fighting is settled, so
the counts of undated articles can be set against each other; a verb *last* or talks given a
length name no episode."""

from __future__ import annotations

import pytest

from communique.merge._episodes import any_language_episode
from communique.merge._fact_spans import episode_of


@pytest.mark.parametrize(("sentence", "episode"), [
    ("Tras cinco días de conflicto armado en la frontera, que dejó cerca de 50 muertos.",
     "5-day"),
    ("Un conflit de cinq jours a fait 35 morts.", "5-day"),
    ("После 16 дней ожесточенных пограничных столкновений погибли 86 человек.", "16-day"),
    ("12 personnes ont été tuées au cours des trois dernières semaines.", "3-week"),
    ("Veldra reported 20 dead over the past two weeks.", "2-week"),
    ("Quatro dias de confrontos deixaram 30 mortos.", "4-day"),
])
def test_a_length_of_fighting_is_an_episode_in_any_language(sentence: str,
                                                            episode: str) -> None:
    assert episode_of(sentence) == episode


@pytest.mark.parametrize("sentence", [
    "The talks last three days and end on Friday.",
    "Les négociations de trois jours ont pris fin.",
    "Veldra counted 20 dead on Monday.",
])
def test_talks_or_a_verb_of_lasting_name_no_episode(sentence: str) -> None:
    assert any_language_episode(sentence) is None
