"""Sentences and entities of a parsed doc, made once and kept while they stay the same."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from communique.extract._parsed import entities_of, sentences_of

_TEXT = (
    "Bohdan Kravel met Ana Lobo in Lindhaven on Monday.\n"
    "The Veldran delegation left early. Talks with Tirasol resume in March."
)


def _bounds(spans: tuple[Span, ...] | list[Span]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_sentences_are_those_of_the_doc_and_kept(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert _bounds(sentences_of(doc)) == _bounds(list(doc.sents))
    assert sentences_of(doc) is sentences_of(doc)


def test_entities_are_those_of_the_doc_and_kept(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert _bounds(entities_of(doc)) == _bounds(doc.ents)
    assert len(entities_of(doc)) >= 2
    assert entities_of(doc) is entities_of(doc)


def test_entities_set_again_are_read_again(nlp: Language) -> None:
    doc = nlp(_TEXT)
    before = entities_of(doc)
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert _bounds(entities_of(doc)) == [(0, 2, "ORG")] != _bounds(before)
    doc.ents = []
    assert entities_of(doc) == ()


def test_sentences_changed_are_read_again(nlp: Language) -> None:
    doc = nlp.make_doc("Talks ended today and Lobo left")
    doc[3].is_sent_start = True
    first = sentences_of(doc)
    doc[5].is_sent_start = True
    assert len(sentences_of(doc)) == len(first) + 1 == len(list(doc.sents))
