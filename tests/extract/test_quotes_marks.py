"""Finding quoted spans in plain text: curly and straight marks, apostrophes, paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.extract.quotes import find_marked


def _words(text: str) -> list[str]:
    return [m.words(text) for m in find_marked(text)]


def test_curly_and_straight_marks() -> None:
    text = "He said “we are close” and she said \"not yet\" today."
    assert _words(text) == ["we are close", "not yet"]


def test_single_marks_and_apostrophes() -> None:
    text = "It’s the country's view, and the ’90s are gone; she called it ‘a start’ anyway."
    assert _words(text) == ["a start"]


def test_a_closer_facing_the_wrong_way_opens_a_quote() -> None:
    text = "The rule was ”old but sound\" and the board said ”no” to it."
    assert _words(text) == ["old but sound", "no"]


def test_a_closer_after_a_space_still_closes_an_open_quote() -> None:
    text = "The show “Orvel. The Palace. Marin ”on the state channel drew “many” viewers."
    assert _words(text) == ["Orvel. The Palace. Marin", "many"]


def test_an_opener_glued_to_a_word_closes_an_open_quote() -> None:
    text = "Sie nannte es „einen Anfang“ und ging."
    assert _words(text) == ["einen Anfang"]


def test_quote_continues_into_next_paragraph() -> None:
    text = "She said, “First part.\n“Second part.”\nAfter."
    [m] = find_marked(text)
    assert m.words(text) == "First part. Second part."
    assert len(m.pieces) == 2
    assert [text[s:e] for s, e in m.pieces] == ["First part.", "Second part."]


def test_unclosed_mark_ends_at_paragraph_end() -> None:
    text = "A stray “mark here.\nNext paragraph.\nThen “a real quote” follows."
    found = _words(text)
    assert found[0] == "mark here."
    assert found[-1] == "a real quote"


def test_offsets_exclude_marks() -> None:
    text = 'x "abc" y'
    [m] = find_marked(text)
    assert (m.start, m.end, m.open_mark, m.close_mark) == (3, 6, 2, 6)


@given(st.text(alphabet="ab \"'“”‘’\n.,", max_size=80))
def test_spans_are_inside_text_and_ordered(text: str) -> None:
    prev_end = -1
    for m in find_marked(text):
        for start, end in m.pieces:
            assert 0 <= start < end <= len(text)
            assert start >= prev_end
            prev_end = end
