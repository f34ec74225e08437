"""Texts that speak (``the statement said``) speak for their owner or author, one synthetic
article each (no real text): the author after ``by`` down a chain of phrases, the owner of
the account a text was posted on, an earlier mention of the text that named its owner, and
``it`` going on with such a text."""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    """The speaker of the one quote whose text starts with ``words``."""
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


def test_a_text_speaks_for_its_author_after_by(quotes_of: Extract) -> None:
    text = ("According to a press release on the remarks to the council on the crisis in "
            "Veldra by Envoy Ana Lobo, the fighting spread north.\n\n"
            "The press statement said the roads to the port were closed.")
    quotes = quotes_of(text)
    assert _speaker(quotes, "the roads") == "Envoy Ana Lobo"


def test_the_text_repeats_an_earlier_mention_with_its_owner(quotes_of: Extract) -> None:
    text = ("The Tavran Supreme Court decision said the vote would stand.\n\n"
            "Judges met again on Monday. Lawyers for both parties left without comment.\n\n"
            "“The people of Tavra chose freely,” the decision said.")
    quotes = quotes_of(text)
    assert "Tavran Supreme Court" in (_speaker(quotes, "The people of Tavra") or "")


def test_it_goes_on_with_a_text_and_speaks_for_its_author(quotes_of: Extract) -> None:
    text = ("According to a statement by Envoy Ana Lobo, the fighting spread north.\n\n"
            "The statement said the roads to the port were closed.\n\n"
            "It added that food would run out within a week.")
    quotes = quotes_of(text)
    assert _speaker(quotes, "food would run out") == "Envoy Ana Lobo"


def test_a_text_posted_on_an_account_speaks_for_its_owner(quotes_of: Extract) -> None:
    text = ("Karl Ost has left his home in Orvel and is on his way to the capital, according "
            "to an update shared on the Civic Party’s official account.")
    quotes = quotes_of(text)
    assert _speaker(quotes, "Karl Ost has left") == "Civic Party"


def test_a_place_a_text_came_from_is_no_owner(quotes_of: Extract) -> None:
    text = ("The talks will resume in May, according to a statement issued from Orvel on "
            "Friday.")
    quotes = quotes_of(text)
    assert _speaker(quotes, "The talks will resume") != "Orvel"


def test_a_text_that_speaks_where_it_is_signed_speaks_for_its_signers(
        quotes_of: Extract) -> None:
    text = ("Forty town mayors signed an open letter warning that the cuts would hit "
            "schools first.")
    quotes = quotes_of(text)
    assert "town mayors" in (_speaker(quotes, "the cuts would") or "")
