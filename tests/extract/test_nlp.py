"""The pipeline loader: missing models, component registration and order (no model load)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from communique.errors import ModelNotFoundError
from communique.extract.entities import ENTITY_FIXER
from communique.extract.nlp import add_components, load_pipeline


def test_missing_model_raises_with_install_hint() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        load_pipeline("no_such_pipeline_xyz")
    assert info.value.code == "E301"
    assert info.value.fix is not None and "pip install no_such_pipeline_xyz" in info.value.fix


def test_components_added_last_without_ner_and_only_once() -> None:
    nlp = spacy.blank("en")
    add_components(nlp)
    add_components(nlp)
    assert nlp.pipe_names.count(ENTITY_FIXER) == 1
    assert nlp.pipe_names[-1] == ENTITY_FIXER


def test_fixer_declares_what_it_assigns() -> None:
    meta = Language.get_factory_meta(ENTITY_FIXER)
    assert "doc.ents" in meta.assigns
    assert "doc.ents" in meta.requires


def test_blank_pipeline_runs_fixer_on_gazetteer_names() -> None:
    # Without a tagger the fixer still finds gazetteer names (countries, capitals).
    nlp = add_components(spacy.blank("en"))
    doc = nlp("Talks between Ukraine and Russia opened in Vienna.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Ukraine", "GPE"), ("Russia", "GPE")}
