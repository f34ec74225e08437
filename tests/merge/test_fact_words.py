"""The words claim facts are made of: the classes news measures by, read from every
language's phrase file (``measure_words``, ``span_words``, ``levy_words``,
``extension_words``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from communique.lang import _phrases
from communique.merge import _fact_words
from communique.merge._fact_words import (
    extensions,
    levies,
    measure_class,
    measures,
    span_class,
    spans,
    stem,
)

_CACHED = (_fact_words.measures, _fact_words.spans, _fact_words.levies,
           _fact_words.extensions, _phrases._phrases_of)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    for cached in _CACHED:
        cached.cache_clear()
    yield
    for cached in _CACHED:
        cached.cache_clear()


def _files(monkeypatch: pytest.MonkeyPatch, files: dict[str, dict[str, Any]]) -> None:
    """Stand-in phrase files for the languages ``files`` names (others have none)."""
    monkeypatch.setattr(_phrases, "LANGUAGES", tuple(files))
    monkeypatch.setattr(_phrases, "read_language_file",
                        lambda code, name: files.get(code) if name == _phrases._FILE else None)


def test_the_classes_come_in_the_order_they_are_tried() -> None:
    assert list(measures()) == ["killed", "injured", "displaced", "detained"]
    assert list(spans()) == ["conflict", "talks", "truce", "deadline"]
    assert stem("tariffs") in levies() and stem("renewal") in extensions()


def test_a_word_names_its_class_by_its_stem() -> None:
    assert measure_class({stem("killings")}) == "killed"
    assert measure_class({stem("evacuation"), stem("deaths")}) == "killed"  # first class wins
    assert span_class({stem("negotiations")}) == "talks"
    assert span_class({stem("ceasefire")}) == "truce"
    assert measure_class({stem("soybeans")}) is None


def test_every_language_file_adds_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    _files(monkeypatch, {
        "en": {"measure_words": {"killed": ["killed"]}, "span_words": {"truce": ["truce"]},
               "levy_words": ["tariff"], "extension_words": ["extension"]},
        "xx": {"measure_words": {"killed": ["vorkat"], "injured": ["blessak"]},
               "span_words": {"truce": ["trevak"]}, "levy_words": ["zollak"],
               "extension_words": ["prolongak"]},
    })
    assert measures() == {"killed": frozenset({"kill", "vorkat"}),
                          "injured": frozenset({"blessak"})}
    assert span_class({"trevak"}) == "truce"
    assert levies() == frozenset({"tariff", "zollak"})
    assert extensions() == frozenset({stem("extension"), "prolongak"})
