"""The per-document token table: the same values as the tokens themselves, made once."""

from __future__ import annotations

from spacy.language import Language

from communique.extract._tokens import token_table

_TEXT = (
    "Bohdan Kravel, the Korvanian envoy, said on Monday that talks in Lindhaven would resume.\n"
    "The delegations of Veldra and Tirasol met for 3 hours; nobody signed anything."
)


def test_table_matches_the_tokens(nlp: Language) -> None:
    doc = nlp(_TEXT)
    table = token_table(doc)
    assert table.idx == [t.idx for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.is_alpha == [t.is_alpha for t in doc]
    assert table.is_space == [t.is_space for t in doc]


def test_table_is_kept_on_the_doc(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert token_table(doc) is token_table(doc)
    assert token_table(nlp(_TEXT)) is not token_table(doc)
