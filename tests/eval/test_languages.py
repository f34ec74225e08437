"""The parallel examples: the same story in six languages, scored against one gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.eval.languages import (
    LanguageScore,
    load_parallel_gold,
    render,
    same_person,
    same_place,
    score_languages,
)
from communique.extract import extract_documents
from communique.pipeline import BuildOptions, build

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PARALLEL = EXAMPLES / "parallel"

# Thresholds just under what the code reaches (docs/languages.md has the table). Dates, quotes
# and events in other languages wait for their per-language extractors.
PERSONS_F1 = {"en": 0.85, "de": 0.9, "es": 0.8, "fr": 0.8, "ru": 0.85, "uk": 0.78}
PLACES_F1 = {"en": 0.6, "de": 0.5, "es": 0.4, "fr": 0.7, "ru": 0.7, "uk": 0.7}


def test_parallel_gold_fits_its_articles() -> None:
    gold = json.loads((PARALLEL / "gold.json").read_text("utf-8"))
    english = json.loads((EXAMPLES / "gold.json").read_text("utf-8"))
    languages = {a["language"] for a in gold["articles"].values()}
    assert {"de", "fr", "es", "ru", "uk"} <= languages
    for key, article in gold["articles"].items():
        text = (PARALLEL / key).read_text("utf-8")
        assert article["parallel_of"] in english["articles"]
        assert key.split("/")[0] == article["language"]
        for item in gold["dates"] + gold["quotes"]:
            if item["article"] == key:
                assert item["text"] in text, (key, item["text"])
    names = {n for e in english["entities"] for n in (e["name"], *e["aliases"])}
    assert {e["name"] for e in gold["entities"]} <= names | {"Halvek district"}


def test_name_matching_links_scripts_and_spellings() -> None:
    assert same_person("Андрей Цветкаров", "Andriy Tsvetkarov")
    assert same_person("Andrij Zwetkarow", "Andriy Tsvetkarov")
    assert same_person("Станиславу Оберину", "Stanislav Oberin")
    assert not same_person("Виктор Седларов", "Gleb Rastorin")
    assert same_place("Линдхавене", "Lindhaven") and same_place("Halvek", "Halvek district")
    assert not same_place("Nessa", "Drovik")


@pytest.fixture(scope="module")
def scores() -> list[LanguageScore]:
    gold = load_parallel_gold(PARALLEL, EXAMPLES / "gold.json")
    originals = sorted({k.split("#")[0] for k, v in gold.items() if v["language"] == "en"})
    inputs = [str(PARALLEL), *(str(EXAMPLES / name) for name in originals)]
    documents = build(inputs, BuildOptions(story=False)).documents
    return score_languages(documents, extract_documents(documents), gold, EXAMPLES)


@pytest.mark.slow
def test_every_language_scores_its_articles(scores: list[LanguageScore]) -> None:
    assert [s.language for s in scores] == ["en", "de", "es", "fr", "ru", "uk"]
    assert all(s.articles == 3 for s in scores)
    table = render(scores)
    assert table.count("\n") == 2 + len(scores)


@pytest.mark.slow
def test_persons_and_places_in_every_language(scores: list[LanguageScore]) -> None:
    for score in scores:
        persons, places = score.counts["persons"].f1, score.counts["places"].f1
        assert persons >= PERSONS_F1[score.language], (score.language, persons)
        assert places >= PLACES_F1[score.language], (score.language, places)
