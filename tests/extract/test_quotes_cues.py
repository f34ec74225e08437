"""Cue words: the lemmas a scan may skip without making the token."""

from __future__ import annotations

from spacy.language import Language

from communique.extract.quotes._cues import CUE_LEMMAS, cue_of

_TEXT = (
    "Kravel said the talks in Lindhaven would resume, and Lobo pointed out that nothing was "
    "signed. “We are close,” the statement read. Tirasol's envoy lashed out at the delay, "
    "warned of new tariffs and told reporters the offer stood. Officials argued, added and "
    "insisted; the mediator announced a pause, then spoke out again."
)


def test_every_cue_has_one_of_the_cue_lemmas(nlp: Language) -> None:
    doc = nlp(_TEXT)
    cues = [t for t in doc if cue_of(t) is not None]
    assert len(cues) >= 5  # the text has cues of each kind for the test to read
    for token in doc:
        if token.lemma_.lower() not in CUE_LEMMAS:
            assert cue_of(token) is None, token.text


def test_phrasal_and_document_cues_are_among_the_lemmas() -> None:
    assert {"point", "lash", "read", "say"} <= CUE_LEMMAS
