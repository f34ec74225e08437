"""Which words are speech cues (hand-made parses, synthetic text), and the cue lemmas a scan
may skip without making the token."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.extract.quotes._cues import CUE_LEMMAS, cue_of


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
            tags: list[str], lemmas: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)


def test_a_speech_verb_tagged_as_a_noun_with_subject_and_clause_is_a_cue() -> None:
    # "Unionists claim they won": the tagger made "claim" a noun heading the sentence.
    doc = _parsed(["Unionists", "claim", "they", "won"], [1, 1, 3, 1],
                  ["nsubj", "ROOT", "nsubj", "ccomp"], ["NOUN", "NOUN", "PRON", "VERB"],
                  ["NNS", "NN", "PRP", "VBD"], ["unionist", "claim", "they", "win"])
    assert cue_of(doc[1]) == "claim"


def test_a_speech_noun_without_a_clause_is_no_cue() -> None:
    # "the union claim failed": a noun with a subject-like word but no reported clause.
    doc = _parsed(["the", "union", "claim", "failed"], [2, 2, 3, 3],
                  ["det", "nsubj", "nsubj", "ROOT"], ["DET", "NOUN", "NOUN", "VERB"],
                  ["DT", "NN", "NN", "VBD"], ["the", "union", "claim", "fail"])
    assert cue_of(doc[2]) is None


def test_a_naming_verb_set_off_by_commas_after_a_noun_is_no_cue() -> None:
    # "the rule, called a compact, was old": parsed with "rule" the subject of "called".
    doc = _parsed(["the", "rule", ",", "called", "a", "compact", ",", "was", "old"],
                  [1, 3, 1, 3, 5, 3, 7, 3, 7],
                  ["det", "nsubj", "punct", "ROOT", "det", "dobj", "punct", "conj", "acomp"],
                  ["DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "AUX", "ADJ"],
                  ["DT", "NN", ",", "VBD", "DT", "NN", ",", "VBD", "JJ"],
                  ["the", "rule", ",", "call", "a", "compact", ",", "be", "old"])
    assert cue_of(doc[3]) is None


def test_a_naming_verb_with_its_subject_is_a_cue() -> None:
    # "Ana Lobo called the plan a trap"
    doc = _parsed(["Lobo", "called", "the", "plan", "a", "trap"], [1, 1, 3, 1, 5, 1],
                  ["nsubj", "ROOT", "det", "dobj", "det", "oprd"],
                  ["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"],
                  ["NNP", "VBD", "DT", "NN", "DT", "NN"],
                  ["Lobo", "call", "the", "plan", "a", "trap"])
    assert cue_of(doc[1]) == "call"


def test_a_naming_verb_after_a_speakers_apposition_is_a_cue() -> None:
    # "the envoy, Li Wen, called the talks “frank, useful,” adding more": the apposition's
    # comma is no reduced relative: no main verb follows the phrase's closing comma.
    words = ["the", "envoy", ",", "Wen", ",", "called", "the", "talks", "frank", ",",
             "adding", "more"]
    doc = _parsed(words, [1, 5, 1, 1, 3, 5, 7, 5, 7, 5, 5, 10],
                  ["det", "nsubj", "punct", "appos", "punct", "ROOT", "det", "dobj", "amod",
                   "punct", "advcl", "dobj"],
                  ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "ADJ",
                   "PUNCT", "VERB", "ADJ"],
                  ["DT", "NN", ",", "NNP", ",", "VBD", "DT", "NNS", "JJ", ",", "VBG", "JJR"],
                  ["the", "envoy", ",", "Wen", ",", "call", "the", "talk", "frank", ",", "add",
                   "more"])
    assert cue_of(doc[5]) == "call"

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
