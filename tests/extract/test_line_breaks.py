"""Sentence starts after line breaks, found from the text, and the doc that keeps its text."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from communique.extract._sentences import (
    _line_breaks_by_token,
    doc_text,
    line_breaks,
    tokenized,
)

_BLANK = spacy.blank("en")

_PIECES = st.sampled_from([
    "Kravel", "said", "talks", "in", "Lindhaven", "resume", ".", ",", "“", "”", "3", "p.m.",
    " ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\u00a0", "\r\n", "-",
])


def _starts(doc: Doc) -> list[bool | None]:
    return [t.is_sent_start for t in doc]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_breaks_from_the_text_are_those_read_token_by_token(text: str) -> None:
    by_text = line_breaks(tokenized(_BLANK, text))
    by_token = _line_breaks_by_token(_BLANK.make_doc(text))
    assert _starts(by_text) == _starts(by_token)


def test_a_break_starts_the_next_word_after_any_white_space() -> None:
    doc = line_breaks(tokenized(_BLANK, "Talks ended.\n \nVeldra left.\nTirasol stayed"))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Veldra", "Tirasol"]


def test_a_break_inside_a_token_is_read_token_by_token() -> None:
    # A tokenizer that keeps a line break inside a word: the token pass decides.
    words, spaces = ["Talks\nended", "Veldra", "left"], [True, True, False]
    doc = line_breaks(Doc(_BLANK.vocab, words=words, spaces=spaces))
    expected = _line_breaks_by_token(Doc(_BLANK.vocab, words=words, spaces=spaces))
    assert _starts(doc) == _starts(expected)
    assert doc[1].is_sent_start


def test_tokenized_keeps_its_text(nlp: Language) -> None:
    text = "Kravel met Lobo in Lindhaven.\n\nTalks resume on Monday."
    doc = tokenized(nlp, text)
    assert doc.user_data["communique.text"] is text
    assert doc_text(doc) == doc.text == text
    parsed = next(iter(nlp.pipe([doc])))
    assert doc_text(parsed) == parsed.text == text
    assert [t.text for t in parsed] == [t.text for t in nlp(text)]


def test_tokenized_empty_text() -> None:
    doc = tokenized(_BLANK, "")
    assert doc_text(doc) == ""
