"""Every country's localized names resolve to that country, the long form over the short one."""

from collections import defaultdict

import pytest

from communique.extract.entities import extract_entities
from communique.extract.entities._gazetteer import ENTRIES, gazetteer
from communique.extract.entities._world import (
    _country_names,
    _excluded_words,
    _usable,
    fold_accents,
    name_key,
)
from communique.lang import SUPPORTED

from support.pipelines import language_pipeline

pytestmark = pytest.mark.slow


def _localized_names() -> dict[str, list[tuple[str, str]]]:
    """Per language, the packaged data's country names that name one country only."""
    owners: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for code in SUPPORTED:
        for iso2, name in _country_names(code):
            country = gazetteer().country_name(iso2)
            if country is not None:
                owners[fold_accents(name_key(name))].add(country)
                named[code].add((name, country))
    excluded = _excluded_words()
    return {code: sorted((n, c) for n, c in pairs
                         if len(owners[fold_accents(name_key(n))]) == 1 and _usable(n)
                         and n.casefold() not in excluded)
            for code, pairs in named.items()}


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_localized_country_name_is_its_own_country(language: str) -> None:
    names = _localized_names()[language]
    assert len(names) > 100  # the data is there
    nlp = language_pipeline(language)
    wrong = []
    for (name, country), doc in zip(names, nlp.pipe(n for n, _ in names), strict=True):
        entry = doc.user_data.get(ENTRIES, {}).get((0, len(name)))
        if entry is None or entry.country != country:
            wrong.append((name, country, entry))
    assert wrong == []


def _countries(language: str, text: str) -> set[str]:
    entities = extract_entities(language_pipeline(language)(text))
    return {e.canonical for e in entities if e.label.value == "country"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les combats en République Démocratique du Congo continuent.",
     {"Democratic Republic of the Congo"}),
    ("fr", "Les combats en Republique democratique du Congo continuent.",
     {"Democratic Republic of the Congo"}),
    ("es", "La guerra en la República Democrática del Congo sigue.",
     {"Democratic Republic of the Congo"}),
    ("de", "Der Krieg in der Demokratischen Republik Kongo dauert an.",
     {"Democratic Republic of the Congo"}),
    ("ru", "Война в Демократической Республике Конго продолжается.",
     {"Democratic Republic of the Congo"}),
    ("ru", "Демократическая Республика Конго и Ангола подписали соглашение.",
     {"Democratic Republic of the Congo", "Angola"}),
    ("uk", "Війна в Демократичній Республіці Конго триває.",
     {"Democratic Republic of the Congo"}),
    ("de", "Die Republik Korea und die Demokratische Volksrepublik Korea verhandeln.",
     {"South Korea", "North Korea"}),
    ("fr", "La Guinée équatoriale et la Guinée ont signé.", {"Equatorial Guinea", "Guinea"}),
    ("fr", "Il est arrivé en Papouasie-Nouvelle-Guinée hier.", {"Papua New Guinea"}),
    ("fr", "La Côte d’Ivoire et la République du Congo ont signé.",
     {"Ivory Coast", "Republic of the Congo"}),
    ("ru", "Переговоры в Гвинее-Бисау продолжаются.", {"Guinea-Bissau"}),
    ("es", "Estados Unidos y la Ciudad del Vaticano firmaron.", {"United States", "Vatican"}),
])
def test_a_long_country_name_wins_over_the_shorter_one_it_holds(
    language: str, text: str, expected: set[str]
) -> None:
    assert _countries(language, text) == expected


def test_a_function_word_alone_opens_no_place() -> None:
    assert _countries("es", "La paz llegará pronto.") == set()
