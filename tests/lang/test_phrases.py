"""The contradiction finders' phrases of every language (``conflict_phrases.json``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.errors import ExtractError
from communique.lang import _phrases
from communique.lang._phrases import (
    GROUPS,
    KEYS,
    LANGUAGES,
    alternation,
    grouped,
    number_words,
    others,
    phrases,
)

_DOCS = Path(__file__).parents[2] / "docs" / "languages.md"


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    _phrases._phrases_of.cache_clear()
    yield
    _phrases._phrases_of.cache_clear()


def _files(monkeypatch: pytest.MonkeyPatch, files: dict[str, dict[str, Any]]) -> None:
    """Stand-in phrase files for the languages ``files`` names (others have none)."""
    monkeypatch.setattr(_phrases, "LANGUAGES", tuple(files))
    monkeypatch.setattr(_phrases, "read_language_file",
                        lambda code, name: files.get(code) if name == _phrases._FILE else None)


def test_every_key_of_every_file_is_known_and_compiles() -> None:
    for key in sorted(KEYS):
        assert phrases(key), key  # every slot has a phrase in some language
        re.compile(alternation(key))


def test_every_key_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", _DOCS.read_text("utf-8"), re.MULTILINE))
    assert documented >= KEYS


def test_languages_join_in_order_each_phrase_once(monkeypatch: pytest.MonkeyPatch) -> None:
    _files(monkeypatch, {"en": {"truce_nouns": ["truce", "armistice"]},
                         "xx": {"truce_nouns": ["vrapa", "truce"], "law_nouns": ["lexa"]}})
    assert phrases("truce_nouns") == ("truce", "armistice", "vrapa")
    assert alternation("truce_nouns", "law_nouns") == "(?:truce|armistice|vrapa|lexa)"


def test_a_new_language_is_read_from_its_file_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _files(monkeypatch, {"en": {"event_nouns": ["talks"]}, "xx": {"event_nouns": ["vorkal"]}})
    pattern = re.compile(rf"\b{alternation('event_nouns')}\b", re.IGNORECASE)
    assert pattern.search("Die Vorkal begann.")


@pytest.mark.parametrize(("data", "message"), [
    ({"truce_noun": ["truce"]}, "unknown key 'truce_noun'"),
    ({"truce_nouns": "truce"}, "not a list of non-empty strings"),
    ({"truce_nouns": [""]}, "not a list of non-empty strings"),
    ({"truce_nouns": ["tr(uce"]}, "is no regular expression"),
    ({"truce_nouns": ["(truce)"]}, "has a capturing group"),
])
def test_a_broken_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                        data: dict[str, Any], message: str) -> None:
    _files(monkeypatch, {"xx": data})
    with pytest.raises(ExtractError, match=re.escape(message)):
        phrases("truce_nouns")


def test_an_unknown_key_asked_for_is_an_error() -> None:
    with pytest.raises(ExtractError, match="no phrase key"):
        alternation("weekday_nouns")


def test_number_words_of_english_and_the_packs() -> None:
    words = number_words(7)
    assert (words["two"], words["seven"], words["zwei"], words["deux"], words["dos"]) == (
        2, 7, 2, 2, 2)
    assert "eight" not in words and "acht" not in words
    assert all(value <= 3 for value in number_words(3).values())


def test_broken_english_numbers_are_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _files(monkeypatch, {"en": {"numbers": [["one"], []]}})
    with pytest.raises(ExtractError, match="numbers"):
        number_words(2)


def test_the_languages_are_english_and_the_packs() -> None:
    assert LANGUAGES[0] == "en" and "fr" in LANGUAGES


def test_grouped_phrases_join_by_label_in_the_finder_order(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    _files(monkeypatch, {"en": {"venue_kinds": {"a palace": ["palace"], "an embassy": ["embassy"]}},
                         "xx": {"venue_kinds": {"a palace": ["palatz"]}}})
    assert grouped("venue_kinds") == {"an embassy": ("embassy",), "a palace": ("palace", "palatz")}
    assert grouped("venue_kinds", ["xx"]) == {"a palace": ("palatz",)}
    assert list(GROUPS["venue_kinds"]).index("an embassy") < GROUPS["venue_kinds"].index("a palace")


def test_phrases_of_some_languages_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _files(monkeypatch, {"en": {"venue_prepositions": ["at"]},
                         "xx": {"venue_prepositions": ["vo"]}})
    assert others() == ("xx",)
    assert alternation("venue_prepositions", languages=others()) == "(?:vo)"
    assert alternation("venue_prepositions", languages=("en",)) == "(?:at)"


@pytest.mark.parametrize(("data", "message"), [
    ({"venue_kinds": ["palace"]}, "venue_kinds: not an object of labels"),
    ({"venue_kinds": {"a castle": ["castle"]}}, "venue_kinds: unknown label 'a castle'"),
    ({"venue_kinds": {"a palace": "palace"}}, "venue_kinds.a palace: not a list"),
])
def test_a_broken_group_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                         data: dict[str, Any], message: str) -> None:
    _files(monkeypatch, {"xx": data})
    with pytest.raises(ExtractError, match=re.escape(f"communique/lang/xx/{_phrases._FILE}")):
        grouped("venue_kinds")
    with pytest.raises(ExtractError, match=re.escape(message)):
        grouped("venue_kinds")


def test_every_grouped_key_is_documented_and_compiles() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \| \*grouped\*", _DOCS.read_text("utf-8"),
                                re.MULTILINE))
    assert documented >= set(GROUPS)
    for key in GROUPS:
        for items in grouped(key).values():
            re.compile("|".join(items))
    with pytest.raises(ExtractError, match="no grouped phrase key"):
        grouped("venue_kind")
