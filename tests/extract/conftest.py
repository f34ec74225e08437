"""Fixtures shared by the tests of the extract stage (the quote tests' parser, the extractor)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from communique.extract import Extractor
from communique.extract.entities import extract_entities
from communique.extract.quotes import Quote, extract_quotes


@pytest.fixture(scope="session")
def quotes_of(nlp: Language) -> Callable[[str], list[Quote]]:
    """Parse a text and return its quotes, with the article's entities as the product does
    (``test_quotes.py`` overrides this with the entity-less call it tests)."""
    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        return extract_quotes(doc, tuple(extract_entities(doc)))
    return run


@pytest.fixture(scope="session")
def extractor(shared_extractor: Extractor) -> Extractor:
    """The extract tests' pipelines: the session's one ``Extractor`` (loading spaCy costs
    seconds; a test module of its own each would load it a dozen times per run)."""
    return shared_extractor
