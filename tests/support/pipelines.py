"""The spaCy pipelines of languages other than English, each loaded once per test session."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from communique.extract.nlp import load_language_pipeline


@cache
def language_pipeline(language: str) -> Language:
    """``load_language_pipeline(language)``, loaded on first use and then shared.

    Loading a pipeline costs seconds and tests only read documents through it, as the
    product's ``Extractor.pipeline_for`` shares one pipeline per language; tests that called
    the loader per case loaded the same pipeline dozens of times a run.
    """
    return load_language_pipeline(language)
