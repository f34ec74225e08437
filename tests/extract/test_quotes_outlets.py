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
