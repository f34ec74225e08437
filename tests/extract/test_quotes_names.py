"""Which names count as persons for the quote speakers (synthetic text)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from communique.extract.quotes._name_case import name_cased
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


def test_a_surname_with_an_inner_capital_is_a_persons_name(nlp: Language) -> None:
    doc = nlp("Mayor Ivo McKorin spoke on Monday.")
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert "mckorin" in _person_keys(doc)


def test_name_case_takes_prefixed_surnames_but_not_codes() -> None:
    assert name_cased("McKorin") and name_cased("DeVallo") and name_cased("Marin")
    assert not name_cased("DB1Gn") and not name_cased("NATO") and not name_cased("said")


def test_an_apposition_hung_on_the_subjects_last_noun_is_a_subject(nlp: Language) -> None:
    from spacy.tokens import Doc

    from communique.extract.quotes._name_tokens import is_subject

    # ``Envoy for dialogue, Ana Lobo, says …`` as the parser sometimes reads it: the name
    # hangs on ``dialogue``, inside the subject's phrase.
    words = ["Envoy", "for", "dialogue", ",", "Ana", "Lobo", ",", "says", "so", "."]
    heads = [7, 0, 1, 2, 5, 2, 7, 7, 7, 7]
    deps = ["nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "advmod",
            "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert is_subject(doc[5])
    assert not is_subject(doc[2])


def test_a_name_with_and_without_accents_is_one_person(nlp: Language) -> None:
    from communique.extract._sentences import doc_text
    from communique.extract.quotes._context import Context
    from communique.extract.quotes._marks import find_marked
    from communique.extract.quotes._people import People

    doc = nlp("Envoy Tomas Brezák met them. Later Brezak said talks would resume.")
    first = next(t.i for t in doc if t.text == "Tomas")
    second = next(t.i for t in doc if t.text == "Brezak")
    # the tagger's mistake, on purpose: one spelling an organisation, the other a person
    doc.ents = [Span(doc, first, first + 2, label="ORG"),
                Span(doc, second, second + 1, label="PERSON")]
    people = People(Context(doc, find_marked(doc_text(doc))))
    assert people.key_of(doc[first + 1]) == "brezak"
