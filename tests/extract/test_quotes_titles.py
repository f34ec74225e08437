"""Role nouns resolved with the article's title evidence, bodies named through a person, and
quotes joined before one cue: one synthetic article per mechanism (no real text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.extract.quotes import Quote, QuoteKind, SpeakerKind

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    """The speaker of the one quote whose text starts with ``words``."""
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


@pytest.mark.parametrize(("role", "holder"), [("defence", "Ivo Marin"),
                                              ("foreign", "Anna Berg")])
def test_a_role_nouns_portfolio_picks_its_holder(quotes_of: Extract, role: str,
                                                 holder: str) -> None:
    text = ("Foreign Minister Anna Berg and Defence Minister Ivo Marin visited the port on "
            f"Monday. The {role} minister said the ships would stay.")
    assert _speaker(quotes_of(text), "the ships") == holder


@pytest.mark.parametrize(("country", "holder"), [("French", "Karl Ost"),
                                                 ("German", "Ivo Marin")])
def test_a_role_nouns_country_picks_its_holder(quotes_of: Extract, country: str,
                                               holder: str) -> None:
    text = ("The German president, Ivo Marin, met the president of France, Karl Ost, on "
            f"Monday. The {country} president said the border would open.")
    assert _speaker(quotes_of(text), "the border") == holder


def test_another_office_of_the_same_noun_is_not_the_one_meant(quotes_of: Extract) -> None:
    text = ("Finance Minister Anna Berg presented the budget on Monday. The prime minister "
            "said taxes would fall.")
    assert _speaker(quotes_of(text), "taxes") != "Anna Berg"


def test_a_title_said_in_a_predicate_is_held(quotes_of: Extract) -> None:
    has_been = ("Karl Ost has been prime minister since 2015. On Monday, Finance Minister "
                "Anna Berg presented the budget. The prime minister said taxes would fall.")
    assert _speaker(quotes_of(has_been), "taxes") == "Karl Ost"
    who_is = ("Karl Ost, who is the country's finance minister, met Ivo Marin on Monday. "
              "The finance minister said taxes would fall.")
    assert _speaker(quotes_of(who_is), "taxes") == "Karl Ost"


def test_an_office_speaks_under_its_holders_title(quotes_of: Extract) -> None:
    his = ("Prime Minister Karl Ost met the envoy on Monday. His office said the talks had "
           "been productive.")
    assert _speaker(quotes_of(his), "the talks") == "Prime Minister"
    of = "The office of Prime Minister Karl Ost said the talks would continue."
    assert _speaker(quotes_of(of), "the talks") == "Prime Minister"


@pytest.mark.parametrize("text", [
    "Karl Ost, the leader of the Unity Party, spoke on Monday. His party said the vote was "
    "rigged.",
    "Unity Party leader Karl Ost spoke on Monday. Leaders from his party said the vote was "
    "rigged.",
    "Karl Ost's Unity Party called for protests on Monday. Members of his party said the vote "
    "was rigged.",
])
def test_a_persons_party_speaks_as_that_party(quotes_of: Extract, text: str) -> None:
    quotes = quotes_of(text)
    assert _speaker(quotes, "the vote") == "Unity Party"
    assert [q.speaker_kind for q in quotes] == [SpeakerKind.ORGANIZATION]


def test_another_persons_party_is_not_hers(quotes_of: Extract) -> None:
    text = ("Karl Ost, the leader of the Unity Party, met Anna Berg on Monday. Mrs Berg said "
            "she was worried. Her party said the vote had been rigged.")
    assert _speaker(quotes_of(text), "the vote") != "Unity Party"


def test_two_quotes_joined_before_one_cue_share_its_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of("“We will not give up,” and “we will win,” Karl Ost told supporters.")
    assert _speaker(quotes, "We will not") == "Karl Ost"
    assert _speaker(quotes, "we will win") == "Karl Ost"


def test_a_spokesperson_of_no_named_body_is_unknown(quotes_of: Extract) -> None:
    quotes = quotes_of("Karl Ost arrived on Monday. A spokeswoman said the minister would "
                       "travel on Tuesday.")
    found = [q for q in quotes if q.text.startswith("the minister would")]
    assert len(found) == 1 and found[0].kind is QuoteKind.INDIRECT
    assert found[0].speaker_text is None and found[0].speaker_kind is SpeakerKind.ROLE_NOUN


def test_an_object_pronoun_says_nothing_of_the_subjects_gender(quotes_of: Extract) -> None:
    text = ("Anna Berg arrived in the capital on Sunday. Karl Ost said he was tired. Ost "
            "praised her on Monday. “We agreed on a lot,” she said.")
    assert _speaker(quotes_of(text), "We agreed") == "Anna Berg"


def test_a_name_the_entity_stage_makes_an_organisation_is_no_person(quotes_of: Extract) -> None:
    text = ("The White House said the president would travel to Brussels. A spokesperson for "
            "the White House said the trip was planned.")
    quotes = quotes_of(text)
    assert _speaker(quotes, "the president") == "White House"
    assert _speaker(quotes, "the trip") == "White House"


@pytest.mark.parametrize("text", [
    "Prime Minister Karl Ost met opposition leader Anna Berg. Ost's spokesman said the "
    "meeting was cordial.",
    "Prime Minister Karl Ost met opposition leader Anna Berg. His spokesman said the "
    "meeting was cordial.",
])
def test_a_persons_spokesperson_speaks_for_that_person(quotes_of: Extract, text: str) -> None:
    assert _speaker(quotes_of(text), "the meeting") == "Karl Ost"


def test_a_chief_executive_is_a_role(quotes_of: Extract) -> None:
    text = ("Nordic Steel boss Karl Ost met union leaders on Monday. Anna Berg, a union "
            "organiser, said the talks were tense. The boss said wages would rise.")
    assert _speaker(quotes_of(text), "wages") == "Karl Ost"


def test_a_person_named_as_an_object_is_not_the_pronoun_after(quotes_of: Extract) -> None:
    text = ("President Karl Ost dismissed the criticism. Speaking to reporters after meeting "
            "Anna Berg, he said the economy was growing.")
    assert _speaker(quotes_of(text), "the economy") == "Karl Ost"


def test_a_bare_group_noun_is_the_same_group_named_fully_before(quotes_of: Extract) -> None:
    text = ("The French government said on Monday that it would send aid. The government "
            "added that two planes were ready.")
    assert _speaker(quotes_of(text), "two planes") == "French government"


def test_a_title_holders_office_and_spokesperson(quotes_of: Extract) -> None:
    office = ("Prime Minister Karl Ost met the envoy on Monday. The prime minister's office "
              "said the talks had been productive.")
    assert _speaker(quotes_of(office), "the talks") == "Prime Minister"
    spokesman = ("President Karl Ost met the envoy on Monday. The president's spokesman said "
                 "the talks had been productive.")
    assert _speaker(quotes_of(spokesman), "the talks") == "Karl Ost"
