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
    text = ("Minister Ivo Marin retracted his statement on Tuesday.\n"
            "Marin\u2019s spokesperson Idris Mabuto said he did not mean it when he told the "
            "Lindhaven Herald that he had paid the reporters.\n"
            "The newspaper reported at the weekend that the minister paid a large sum to "
            "kill the story.\n")
    speaker = _speaker(quotes_of(text), "the minister paid")
    assert speaker is not None and "newspaper" in speaker


def test_it_stands_for_the_outlet_that_spoke(quotes_of: Extract) -> None:
    text = ("The protest by around 300 people took place in the city of Lindhaven, where "
            "Bohdan Kravel came to visit a hospital, said the Lindhaven Herald newspaper.\n"
            "The protesters shouted slogans denouncing the reform and made noise with pots "
            "and pans, it said.\n")
    quotes = quotes_of(text)
    assert _speaker(quotes, "The protest by") == "Lindhaven Herald newspaper"
    assert _speaker(quotes, "The protesters shouted") == "Lindhaven Herald newspaper"


def test_a_trailing_outlet_relays_the_words_of_the_cue_above(quotes_of: Extract) -> None:
    text = ("A spokesman for the Movement for Unity in the North, or MUNO, said that "
            "\u201cthanks to God, we have carried two operations against the enemies in the "
            "north,\u201d Radio Veldra reported.\n")
    quote = next(q for q in quotes_of(text) if q.text.startswith("thanks to God"))
    assert quote.speaker_text is not None and "Movement for Unity" in quote.speaker_text
    assert quote.relay == "Radio Veldra"


def test_an_aside_after_a_comma_is_no_part_of_the_speaker(quotes_of: Extract) -> None:
    text = ("As soon as the proceedings started, Opposition MPs, mainly from the Civic "
            "Party, said the law had to be withdrawn.\n")
    assert _speaker(quotes_of(text), "the law had") == "Opposition MPs"
