"""Lower-case nationality adjectives of other languages read off the world's country names."""

from __future__ import annotations

import pytest

from communique.extract.entities._demonyms import demonym_country, demonym_entry
from communique.extract.entities._gazetteer import GazKind


@pytest.mark.parametrize(
    ("word", "country"),
    [("bolivien", "Bolivia"), ("bolivienne", "Bolivia"), ("boliviano", "Bolivia"),
     ("chilenos", "Chile"), ("chilien", "Chile"), ("bolivianas", "Bolivia"),
     ("marocain", "Morocco"), ("ukrainische", "Ukraine")],
)
def test_a_nationality_ending_after_a_country_stem_names_the_country(word: str,
                                                                     country: str) -> None:
    assert demonym_country(word) == country


@pytest.mark.parametrize("word", ["gouvernement", "franco", "francos", "delegación", "partie",
                                  "Bolivien", "presidente", "ukraine"])
def test_ordinary_words_names_and_bare_vowel_endings_are_no_nationality(word: str) -> None:
    assert demonym_country(word) is None


def test_the_entry_is_the_english_nationality_word_s() -> None:
    entry = demonym_entry("chilienne")
    assert entry is not None and entry.kind is GazKind.DEMONYM
    assert (entry.canonical, entry.country) == ("Chilean", "Chile")
