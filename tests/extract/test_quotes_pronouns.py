"""Pronoun speakers: who ``he`` and ``she`` are, one synthetic article each (no real text).

Each case is written for one rule: a pronoun reported by its own antecedent (``X said he
had asked Y``), a pronoun never standing for a name inside what it says, a pronoun going
on with the pronoun speaker before it, a one-word name that a later ``he`` shows to be a
person.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote, QuoteKind

Extract = Callable[[str], list[Quote]]


def _starting(quotes: list[Quote], words: str, kind: QuoteKind | None = None) -> Quote:
    """The one quote (of ``kind``) whose text starts with ``words``."""
    found = [q for q in quotes if q.text.startswith(words) and (kind is None or q.kind is kind)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0]


def test_a_pronoun_in_a_reported_clause_is_the_reporting_speaker(quotes_of: Extract) -> None:
    text = ("Veldran President Bohdan Kravel said Lindhaven would not attend the talks.\n"
            "In a call with his Tirasolan counterpart Marek Ostrov, Kravel said Veldra "
            "favoured diplomacy.\n"
            "Ostrov said in a post on X that he had asked Kravel to \u201creturn swiftly to the "
            "negotiating table\u201d.")
    assert _starting(quotes_of(text), "return swiftly").speaker_text == "Marek Ostrov"


def test_a_pronoun_is_never_a_name_inside_what_it_says(quotes_of: Extract) -> None:
    text = ("The hall was closed to reporters on Tuesday.\n\n"
            "He added that before the talks, Veldran Foreign Minister Bohdan Kravel met "
            "his Tirasolan counterpart in Port Alcyne.")
    found = [q for q in quotes_of(text) if q.text.startswith("before the talks")]
    assert all(q.speaker_text != "Bohdan Kravel" for q in found)


def test_a_pronoun_goes_on_with_the_pronoun_speaker_before(quotes_of: Extract) -> None:
    text = ("Talks between Veldra and Tirasol started an hour ago, the agency Okavelo "
            "Press reported, quoting Foreign Ministry spokesman Idris Mabuto.\n\n"
            "He added that before the talks, Veldran Foreign Minister Bohdan Kravel met "
            "his Tirasolan counterpart.\n\n"
            "The delegations are in separate rooms, he said.")
    quotes = quotes_of(text)
    assert _starting(quotes, "before the talks").speaker_text == "Idris Mabuto"
    assert _starting(quotes, "The delegations").speaker_text == "Idris Mabuto"


def test_a_one_word_name_that_he_goes_on_for_is_a_person(quotes_of: Extract) -> None:
    text = ("Talks between Veldra and Tirasol started an hour ago at the embassy, "
            "Okavelo said.\n\n"
            "He added that before the talks, Veldran Foreign Minister Bohdan Kravel met "
            "his Tirasolan counterpart.\n\n"
            "The delegations are in separate rooms, he said.")
    quotes = quotes_of(text)
    assert _starting(quotes, "before the talks").speaker_text == "Okavelo"
    assert _starting(quotes, "The delegations").speaker_text == "Okavelo"


def test_a_pronoun_in_a_clause_hung_on_a_cue_is_that_cues_speaker(quotes_of: Extract) -> None:
    text = ("However, Ostrov did not say how the extension would work, and Veldran Trade "
            "Representative Bohdan Kravel said the team would head back to Lindhaven, "
            "though he did say such an extension was discussed during the talks.\n")
    assert _starting(quotes_of(text), "such an extension").speaker_text == "Bohdan Kravel"


def test_a_quote_paragraph_after_according_to_is_that_source(quotes_of: Extract) -> None:
    text = ("According to the party secretary Bohdan Kravel, the party has already sent "
            "its answer to the ministry.\n"
            "\u2018Though such short terms do not correspond to the law, we have sent our "
            "answer to the ministry in Lindhaven.\u2019\n")
    assert _starting(quotes_of(text), "Though such").speaker_text == "Bohdan Kravel"


def test_a_quote_paragraph_after_a_paragraph_about_a_person(quotes_of: Extract) -> None:
    text = ("The ministry wrote to the parties on Monday.\n"
            "Party secretary Bohdan Kravel considers the letter an attempt to pressure "
            "the party.\n"
            "\u201cThis demand does not correspond to the law. Our members take part in "
            "any event as private citizens.\u201d\n")
    assert _starting(quotes_of(text), "This demand").speaker_text == "Bohdan Kravel"
