"""The sentences a role or an accord is read from, each once."""

from __future__ import annotations

from communique.merge._role_sentences import each_once
from communique.model.story import Evidence


def test_each_sentence_is_read_once_in_order() -> None:
    first = Evidence("a1", 0, 10, "Veldra signed.")
    again = Evidence("a1", 0, 10, "Veldra signed.")
    other = Evidence("a2", 0, 10, "Korvania signed.")
    later = Evidence("a1", 11, 20, "Tirasol watched.")
    assert list(each_once([first, other, again, later])) == [first, other, later]
