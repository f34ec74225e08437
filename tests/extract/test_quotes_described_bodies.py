"""Descriptions that stand for an organisation named before (``the Lebanese group said``).

Synthetic articles only: each checks one reading of :mod:`communique.extract.quotes.
_described_bodies` through the whole quote extractor.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


def test_an_adjective_and_a_kind_noun_stand_for_the_group_named_before(
        quotes_of: Extract) -> None:
    text = ("The clashes followed months of rocket fire begun by the Korvash Front.\n"
            "The Armenian group said it was acting in support of its allies.")
    assert "Korvash" in (_speaker(quotes_of(text), "it was acting") or "")


def test_a_common_noun_description_stands_for_the_company_named_before(
        quotes_of: Extract) -> None:
    text = ("Tarnell Holdings says most shareholders have accepted its offer.\n"
            "The board of the merged company will meet in May.\n"
            "Final results are due in August, the exchange operator said.")
    assert "Tarnell" in (_speaker(quotes_of(text), "Final results") or "")


def test_a_body_described_with_the_same_noun_is_the_one_meant(quotes_of: Extract) -> None:
    text = ("The government and the Free Harbour Front (FHF) rebel group resumed talks.\n"
            "The talks stalled after the rebel group denied that any truce existed.")
    assert "Free Harbour Front" in (_speaker(quotes_of(text), "any truce existed") or "")


def test_members_in_the_plural_speak_as_their_organisation(quotes_of: Extract) -> None:
    text = ("The Free Harbour Front confirmed the date of the meeting on Monday.\n"
            "The meeting will discuss the “crisis” caused by the vote, according to the "
            "rebels.")
    assert "Free Harbour Front" in (_speaker(quotes_of(text), "crisis") or "")


def test_a_description_with_a_name_of_its_own_is_not_the_body_named_before(
        quotes_of: Extract) -> None:
    text = ("The strike was called by the Tarnell Workers Association.\n"
            "The Orvian group said it had not been consulted.")
    assert "Tarnell" not in (_speaker(quotes_of(text), "it had not been") or "")


def test_a_news_site_is_never_the_party(quotes_of: Extract) -> None:
    text = ("Veldranews.com has reached out to the police for comment.\n"
            "“It is shameful,” the party said.")
    assert "Veldranews" not in (_speaker(quotes_of(text), "It is shameful") or "")

