"""Which words are speech cues, on hand-made parses (synthetic text)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.extract.quotes._cues import cue_of


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
