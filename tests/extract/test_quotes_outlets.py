"""Outlets as speakers, one synthetic article each: ``the newspaper`` is never a person, and
``it`` after an outlet that spoke stands for that outlet."""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


def test_the_newspaper_is_no_person(quotes_of: Extract) -> None:
    text = ("Minister Ivo Marin withdrew his remarks on Tuesday.\n"
            "Marin\u2019s spokesperson Idris Mabuto said he had been joking when he told the "
            "Lindhaven Herald about the gift.\n"
            "The newspaper reported on Sunday that the minister had accepted a villa from a "
            "contractor.\n")
    speaker = _speaker(quotes_of(text), "the minister had accepted")
    assert speaker is not None and "newspaper" in speaker


def test_it_stands_for_the_outlet_that_spoke(quotes_of: Extract) -> None:
    text = ("Some 200 farmers gathered outside the town hall of Lindhaven, where Bohdan "
            "Kravel had come to open a bridge, said the Lindhaven Herald newspaper.\n"
            "The farmers blocked the road with tractors for an hour, it said.\n")
    quotes = quotes_of(text)
    assert _speaker(quotes, "Some 200 farmers") == "Lindhaven Herald newspaper"
    assert _speaker(quotes, "The farmers blocked") == "Lindhaven Herald newspaper"


def test_a_trailing_outlet_relays_the_words_of_the_cue_above(quotes_of: Extract) -> None:
    text = ("A spokesman for the Movement for Unity in the North, or MUNO, said that "
            "\u201cour fighters struck two depots of the army near the river last "
            "night,\u201d Radio Veldra reported.\n")
    quote = next(q for q in quotes_of(text) if q.text.startswith("our fighters"))
    assert quote.speaker_text is not None and "Movement for Unity" in quote.speaker_text
    assert quote.relay == "Radio Veldra"


def test_an_aside_after_a_comma_is_no_part_of_the_speaker(quotes_of: Extract) -> None:
    text = ("As soon as the proceedings started, Opposition MPs, mainly from the Civic "
            "Party, said the law had to be withdrawn.\n")
    assert _speaker(quotes_of(text), "the law had") == "Opposition MPs"
