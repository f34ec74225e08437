"""Role nouns that describe someone without a matching title in the article: the person
last talked about, never one of another office or country, and the earlier mention a
definite role noun repeats. One synthetic article per mechanism (no real text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from communique.extract.quotes import Quote
from communique.extract.quotes._offices import has_owner, holds_other_office, other_country

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    """The speaker of the one quote whose text starts with ``words``."""
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


@pytest.mark.parametrize("role", ["Chilean president", "Chilean leader", "president"])
def test_a_role_no_one_holds_is_the_person_last_talked_about(quotes_of: Extract,
                                                             role: str) -> None:
    text = ("Anna Berg arrived in the capital on Tuesday for two days of talks. "
            f"\u201cWe came to listen,\u201d the {role} told reporters.")
    assert _speaker(quotes_of(text), "We came") == "Anna Berg"


def test_a_person_of_another_office_is_not_the_one_described(quotes_of: Extract) -> None:
    text = ("Anna Berg arrived in the capital on Tuesday. She met Prime Minister Karl Ost "
            "at his office. \u201cWe came to listen,\u201d the president said.")
    assert _speaker(quotes_of(text), "We came") == "Anna Berg"


def test_a_person_of_another_country_is_not_the_one_described(quotes_of: Extract) -> None:
    text = ("Anna Berg arrived in the capital on Tuesday. German Foreign Minister Ivo Marin "
            "said the visit was welcome. \u201cWe came to listen,\u201d the Chilean president "
            "said.")
    assert _speaker(quotes_of(text), "We came") == "Anna Berg"


def test_the_capitalized_office_is_no_owner(quotes_of: Extract) -> None:
    text = ("Karl Ost arrived in the capital on Tuesday for two days of talks. "
            "\u201cWe came to listen,\u201d the Prime Minister told reporters.")
    assert _speaker(quotes_of(text), "We came") == "Karl Ost"


def test_the_source_is_the_source_met_before(quotes_of: Extract) -> None:
    text = ("Karl Ost flew home on Sunday. The talks lasted three hours, according to a "
            "Chilean government source. \u201cWe agreed to continue,\u201d the source said.")
    speaker = _speaker(quotes_of(text), "We agreed")
    assert speaker is not None and "Chilean government" in speaker


def test_the_official_repeats_the_unnamed_official(quotes_of: Extract) -> None:
    text = ("Karl Ost, the Chilean foreign minister, met the envoy on Sunday. A senior U.S. "
            "official said the talks were useful. The U.S. official, speaking on condition "
            "of anonymity, said the next round would follow soon.")
    assert _speaker(quotes_of(text), "the next round") != "Karl Ost"


def test_a_description_of_whom_a_person_met_is_not_that_person(quotes_of: Extract) -> None:
    text = ("Karl Ost met the Chilean foreign minister on Monday. The minister called the "
            "talks \u201cuseful\u201d.")
    speaker = _speaker(quotes_of(text), "useful")
    assert speaker is not None and "Karl Ost" not in speaker


def test_a_definite_role_repeats_the_person_it_was_a_title_of(quotes_of: Extract) -> None:
    text = ("Anna Berg, the foreign minister, met Karl Ost on Monday. Ost said the border "
            "would open. \u201cWe are close,\u201d the minister said.")
    assert _speaker(quotes_of(text), "We are close") == "Anna Berg"


@pytest.mark.parametrize(("role", "titles", "other"), [
    ("president", {"prime", "minister"}, True),
    ("minister", {"prime", "minister"}, False),
    ("president", {"foreign", "minister", "president"}, False),
    ("leader", {"prime", "minister"}, False),
    ("spokeswoman", {"spokesman"}, False),
    ("president", set(), False),
])
def test_other_offices(role: str, titles: set[str], other: bool) -> None:
    assert holds_other_office(role, titles) is other


def test_other_countries() -> None:
    assert other_country({"chile"}, {"germany", "minister"})
    assert not other_country({"chile"}, {"chilean", "minister"})
    assert not other_country({"chile"}, {"minister"})
    assert other_country({"oman"}, {"united", "states", "envoy"})  # a two-word country


@pytest.mark.parametrize(("phrase", "owned"), [
    ("The Prime Minister spoke.", False),
    ("The defence minister spoke.", False),
    ("The party leader spoke.", True),
    ("Chile's president spoke.", True),
    ("The president of the commission spoke.", True),
])
def test_owners_of_a_role(nlp: Language, phrase: str, owned: bool) -> None:
    doc = nlp(phrase)
    noun = next(t for t in doc if t.dep_ == "nsubj")
    assert has_owner(noun, lambda _t: False) is owned


def test_a_first_reference_introduces_the_person_named_next(quotes_of: Extract) -> None:
    text = ("The foreign minister said the talks were useful. Anna Berg, who took "
            "office in May, flew home on Saturday.")
    assert _speaker(quotes_of(text), "the talks") == "Anna Berg"


def test_a_role_naming_its_holder_introduces_no_one_else(quotes_of: Extract) -> None:
    text = ("The head of the agency Karl Ost hailed the deal on Tuesday, calling it an "
            "\u201cimportant step\u201d. Foreign Minister Anna Berg welcomed the deal.")
    assert _speaker(quotes_of(text), "important step") != "Anna Berg"


def test_a_statement_read_after_the_quote_speaks_for_its_issuer(quotes_of: Extract) -> None:
    text = ("Karl Ost met Anna Berg on Friday. \u201cThe talks were useful,\u201d read a "
            "statement from the Foreign Ministry.")
    speaker = _speaker(quotes_of(text), "The talks")
    assert speaker is not None and "Foreign Ministry" in speaker


def test_a_name_set_after_a_body_without_a_comma_stays_in_the_speaker(
        quotes_of: Extract) -> None:
    text = ("Karl Ost met Anna Berg on Friday. The trade office of neighbouring host Tavria "
            "said on Monday the port must \u201copen at once\u201d.")
    speaker = _speaker(quotes_of(text), "open at")
    assert speaker is not None and speaker.endswith("Tavria")
