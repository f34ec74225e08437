"""A relative clause without a relative word: its noun is one of its verb's arguments."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.extract._event_roles import _taking_part


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
            tags: list[str] | None = None) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
               tags=tags or ["" for _ in words])


def test_a_list_misparsed_as_a_zero_relative_clause_still_takes_part() -> None:
    # "Tavares and Lind take part in talks", parsed as "Tavares, and Lind [who] take part".
    doc = _parsed(["Tavares", "and", "Lind", "take", "part", "in", "talks"],
                  [0, 0, 3, 0, 3, 3, 5],
                  ["ROOT", "cc", "nsubj", "relcl", "dobj", "prep", "pobj"],
                  ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "ADP", "NOUN"])
    assert [t.text for t in _taking_part(doc[6])] == ["Lind", "Tavares"]


def test_a_relative_clause_with_its_relative_word_relates_its_own_subject() -> None:
    # "Tavares, who takes part in talks": "who" is the subject; the noun is not added twice
    # through the clause, and a clause with its own relative word adds nothing.
    doc = _parsed(["Tavares", "who", "takes", "part", "in", "talks"],
                  [0, 2, 0, 2, 2, 4],
                  ["ROOT", "nsubj", "relcl", "dobj", "prep", "pobj"],
                  ["PROPN", "PRON", "VERB", "NOUN", "ADP", "NOUN"],
                  ["NNP", "WP", "VBZ", "NN", "IN", "NNS"])
    assert [t.text for t in _taking_part(doc[5])] == ["who"]
