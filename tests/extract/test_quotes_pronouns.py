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
    text = ("Veldran President Bohdan Kravel said Lindhaven would skip the summit.\n"
            "On a call with his Tirasolan counterpart Marek Ostrov, Kravel said Veldra "
            "preferred a settlement.\n"
            "Ostrov said in a post on X that he had asked Kravel to \u201ccome back to the "
            "summit without delay\u201d.")
    assert _starting(quotes_of(text), "come back").speaker_text == "Marek Ostrov"


def test_a_pronoun_is_never_a_name_inside_what_it_says(quotes_of: Extract) -> None:
    text = ("The hall was closed to reporters on Tuesday.\n\n"
            "He added that ahead of the session, Veldran Foreign Minister Bohdan Kravel saw "
            "his Tirasolan counterpart in Port Alcyne.")
    found = [q for q in quotes_of(text) if q.text.startswith("ahead of the session")]
    assert all(q.speaker_text != "Bohdan Kravel" for q in found)


def test_a_pronoun_goes_on_with_the_pronoun_speaker_before(quotes_of: Extract) -> None:
    text = ("The Veldra-Tirasol session opened at noon, the agency Okavelo Press "
            "reported, quoting Foreign Ministry spokesman Idris Mabuto.\n\n"
            "He added that ahead of the session, Veldran Foreign Minister Bohdan Kravel saw "
            "his Tirasolan counterpart.\n\n"
            "The two teams sit on different floors, he said.")
    quotes = quotes_of(text)
    assert _starting(quotes, "ahead of the session").speaker_text == "Idris Mabuto"
    assert _starting(quotes, "The two teams").speaker_text == "Idris Mabuto"


def test_a_one_word_name_that_he_goes_on_for_is_a_person(quotes_of: Extract) -> None:
    text = ("The Veldra-Tirasol session opened at noon in the old town hall, "
            "Okavelo said.\n\n"
            "He added that ahead of the session, Veldran Foreign Minister Bohdan Kravel saw "
            "his Tirasolan counterpart.\n\n"
            "The two teams sit on different floors, he said.")
    quotes = quotes_of(text)
    assert _starting(quotes, "ahead of the session").speaker_text == "Okavelo"
    assert _starting(quotes, "The two teams").speaker_text == "Okavelo"


def test_a_pronoun_in_a_clause_hung_on_a_cue_is_that_cues_speaker(quotes_of: Extract) -> None:
    text = ("Still, Ostrov gave no detail of the new timetable, and Veldran Trade "
            "Representative Bohdan Kravel said the team would fly home to Lindhaven, "
            "though he did say a longer pause had come up in the meetings.\n")
    assert _starting(quotes_of(text), "a longer pause").speaker_text == "Bohdan Kravel"


def test_a_quote_paragraph_after_according_to_is_that_source(quotes_of: Extract) -> None:
    text = ("According to the party secretary Bohdan Kravel, the party has sent its "
            "response to the ministry already.\n"
            "\u2018The deadline it set was far too short, yet we have sent our response to "
            "the ministry in Lindhaven all the same.\u2019\n")
    assert _starting(quotes_of(text), "The deadline").speaker_text == "Bohdan Kravel"


def test_a_quote_paragraph_after_a_paragraph_about_a_person(quotes_of: Extract) -> None:
    text = ("The ministry wrote to the parties on Monday.\n"
            "Party secretary Bohdan Kravel considers the letter an attempt to pressure "
            "the party.\n"
            "\u201cNo statute allows such a request. Our members join any rally as "
            "private citizens.\u201d\n")
    assert _starting(quotes_of(text), "No statute").speaker_text == "Bohdan Kravel"


def test_he_goes_on_with_a_surname_that_has_an_inner_capital(quotes_of: Extract) -> None:
    text = ("Council Member Ivo Marin said he would back the plan.\n"
            "Mayor Tam McKorin said the plan was flawed. It also cost the city a lot, he said.")
    quote = _starting(quotes_of(text), "It also cost", QuoteKind.INDIRECT)
    assert quote.speaker_text == "Tam McKorin"



def test_a_couple_sharing_a_surname_leaves_the_pronoun_free(quotes_of: Extract) -> None:
    text = ("Party leader Tomas Varnell’s voice broke on Sunday as he ended his campaign.\n"
            "“I will be there for you,” he said.\n"
            "His wife, Ilse Varnell, cried as she waved to the crowd, and she thanked them.")
    assert "Varnell" in (_starting(quotes_of(text), "I will be there").speaker_text or "")


def test_shared_surnames_are_two_first_names_not_one_name_and_its_end() -> None:
    from communique.extract.quotes._person_keys import shared_surnames

    given = {"varnell": {("tomas",), ("ilse",)}, "pen": {("marine", "le"), ("le",)},
             "ost": {("j.",), ("jan",)}, "berg": {("president", "anna"), ("anna",)}}
    assert shared_surnames(given) == {"varnell"}


def test_a_hyphenated_given_name_is_a_person_a_pronoun_refers_to(quotes_of: Extract) -> None:
    text = ("Speaking to reporters in Seoul, Premier Park Sung-min said the drills were "
            "not just a local issue.\n"
            "“Any drills without warning will cause great disturbance,” he said.")
    assert "Park Sung-min" in (_starting(quotes_of(text), "Any drills").speaker_text or "")
