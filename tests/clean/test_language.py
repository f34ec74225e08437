"""Tests for offline language identification (clean/_language.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean._language import MIN_LETTERS, detect_language

SAMPLES = {
    "en": "Delegations from the three countries met in the city on Tuesday for a second day of "
          "talks that officials described as difficult but constructive.",
    "de": "Die Delegationen der drei Länder trafen sich am Dienstag in der Stadt zu einem zweiten "
          "Verhandlungstag, den Beamte als schwierig, aber konstruktiv bezeichneten.",
    "fr": "Les délégations des trois pays se sont réunies mardi dans la ville pour une deuxième "
          "journée de pourparlers que les responsables ont qualifiée de difficile.",
    "es": "Las delegaciones de los tres países se reunieron el martes en la ciudad para una "
          "segunda jornada de conversaciones que los funcionarios calificaron de difíciles.",
    "ru": "Делегации трёх стран встретились во вторник в городе на второй день переговоров, "
          "которые официальные лица назвали трудными, но конструктивными.",
    "uk": "Делегації трьох країн зустрілися у вівторок у місті на другий день переговорів, "
          "які посадовці назвали складними, але конструктивними.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_detects_common_languages(code: str, text: str) -> None:
    found, probability = detect_language(text)
    assert found == code
    assert 0.5 < probability <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "Hi there.", "12345 67890 !!!", "a b c d e f g",
                                  "https://example.com/a-very-long-url-with-many-letters-in-it"])
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_threshold_is_about_twenty_letters() -> None:
    assert MIN_LETTERS == 20
    assert detect_language("x" * (MIN_LETTERS - 1))[0] is None
    assert detect_language("the talks ended without agreement today")[0] is not None


def test_urls_do_not_pull_towards_english() -> None:
    text = SAMPLES["de"] + " https://www.example.com/english-words-in-a-long-url-here"
    assert detect_language(text)[0] == "de"


def test_non_string_input() -> None:
    assert detect_language(None) == (None, 0.0)  # type: ignore[arg-type]


def test_seeds_are_english(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8"))[0] == "en", path.name


@settings(max_examples=60)
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    code, probability = detect_language(text)
    assert code is None or (isinstance(code, str) and 2 <= len(code) <= 3)
    assert 0.0 <= probability <= 1.0
