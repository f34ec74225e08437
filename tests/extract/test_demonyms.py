"""Lower-case nationality adjectives of other languages read off the world's country names
with each language's nationality endings (fictional and common words)."""

from __future__ import annotations

import pytest

from communique.extract.entities._demonyms import demonym_country, demonym_entry
from communique.extract.entities._gazetteer import GazKind
from communique.lang import LanguagePack, language_pack


def _pack(language: str) -> LanguagePack:
    pack = language_pack(language)
    assert pack is not None
    return pack


@pytest.mark.parametrize(
    ("language", "word", "country"),
    [("fr", "bolivien", "Bolivia"), ("fr", "bolivienne", "Bolivia"), ("es", "boliviano", "Bolivia"),
     ("es", "chilenos", "Chile"), ("fr", "chilien", "Chile"), ("es", "bolivianas", "Bolivia"),
     ("fr", "marocain", "Morocco"), ("de", "ukrainische", "Ukraine"),
     ("es", "venezolano", "Venezuela"), ("de", "deutschen", "Germany"),
     ("ru", "иранской", "Iran"), ("uk", "ізраїльських", "Israel")],
)
def test_a_nationality_ending_after_a_country_stem_names_the_country(language: str, word: str,
                                                                     country: str) -> None:
    assert demonym_country(word, _pack(language)) == country


@pytest.mark.parametrize(("language", "word"), [
    ("fr", "gouvernement"), ("es", "franco"), ("es", "francos"), ("es", "delegación"),
    ("fr", "partie"), ("fr", "Bolivien"), ("es", "presidente"), ("fr", "ukraine"),
    ("es", "para"), ("es", "como"), ("fr", "armée"), ("fr", "autre"), ("fr", "islamique"),
    ("pt", "porta"), ("es", "domingo"), ("ru", "того"), ("ru", "словами"),
    ("uk", "ісламістської"), ("de", "schwere"),
])
def test_ordinary_words_names_and_bare_vowel_endings_are_no_nationality(language: str,
                                                                        word: str) -> None:
    assert demonym_country(word, _pack(language)) is None


def test_the_entry_is_the_english_nationality_word_s() -> None:
    entry = demonym_entry("chilienne", _pack("fr"))
    assert entry is not None and entry.kind is GazKind.DEMONYM
    assert (entry.canonical, entry.country) == ("Chilean", "Chile")
