"""Which names count as persons for the quote speakers (synthetic text)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from communique.extract.quotes._person_keys import _cut_at_shout, _person_keys


def test_a_shouted_headline_verb_ends_a_persons_name(nlp: Language) -> None:
    doc = nlp("Ivo Marin SLAMS Civic Party over budget")
    doc.ents = [Span(doc, 0, 5, label="PERSON")]  # the tagger's mistake, made on purpose
    assert _cut_at_shout(doc.ents[0]).text == "Ivo Marin"
    assert "party" not in _person_keys(doc)
    assert "marin" in _person_keys(doc)


def test_a_surname_in_capitals_stays_in_the_name(nlp: Language) -> None:
    doc = nlp("Ana LOBO spoke on Monday.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert _cut_at_shout(doc.ents[0]).text == "Ana LOBO"


def test_a_possessive_ending_opens_no_persons_name(nlp: Language) -> None:
    doc = nlp("The row broke out during Prime Minister’s Questions on Monday.")
    start = next(t.i for t in doc if t.tag_ == "POS")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]  # the tagger's mistake
    assert _cut_at_shout(doc.ents[0]).text == "Questions"
    assert "questions" not in _person_keys(doc)
