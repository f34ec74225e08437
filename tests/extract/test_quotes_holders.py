"""Role nouns whose holder is named in the same phrase, one synthetic article each.

``the spokesperson for the Veldran Foreign Ministry Idris Mabuto told reporters``: the name
written right after the body is the role's holder, however the parser hangs it (a second
subject of the verb, or the object of ``for``); a name alone after ``for`` is whom the role
serves.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote

Extract = Callable[[str], list[Quote]]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0].speaker_text


def test_the_name_after_the_body_holds_the_role(quotes_of: Extract) -> None:
    text = ("Expert sessions between Veldra and Tirasol will open on May 3, the "
            "spokesperson for the Veldran Foreign Ministry Idris Mabuto told reporters "
            "on Monday.\n")
    assert _speaker(quotes_of(text), "Expert sessions") == "Idris Mabuto"


def test_a_name_alone_after_for_is_whom_the_role_serves(quotes_of: Extract) -> None:
    text = ("President Bohdan Kravel arrived in Lindhaven on Monday. The talks will resume "
            "in May, the spokesman for President Kravel said.\n")
    assert _speaker(quotes_of(text), "The talks will resume") == "Bohdan Kravel"


def test_an_unowned_top_diplomat_is_the_person_last_talked_about(quotes_of: Extract) -> None:
    text = ("Veldran and Tirasolan delegations held talks in Port Alcyne. The Tirasolan "
            "delegation was led by its top diplomat Bohdan Kravel.\n"
            "The indirect talks were mediated by al-Sabri.\n"
            "\u201cBoth teams were welcome guests of ours today,\u201d the top Korvanian "
            "diplomat said in a post after the talks.\n")
    assert _speaker(quotes_of(text), "Both teams") == "al-Sabri"


def test_a_member_named_in_apposition_speaks(quotes_of: Extract) -> None:
    text = ("A member of the Veldran opposition Unity Council\u2019s presidium, Ivan "
            "Petrenko, has told the agency that nobody could reach the envoy by phone "
            "on Monday.\n")
    assert _speaker(quotes_of(text), "nobody could") == "Ivan Petrenko"


def test_a_member_named_after_the_body_speaks(quotes_of: Extract) -> None:
    text = ("According to the member of the political council of the United Civic Party "
            "Bohdan Kravel, the party will appeal to the court next week.\n")
    assert _speaker(quotes_of(text), "the party will appeal") == "Bohdan Kravel"


def test_the_object_of_prompting_speaks_and_the_speaker_is_a_role(quotes_of: Extract) -> None:
    text = ("Speaker Ana Lobo and Minister Ivo Marin asked the deputies to wait for the "
            "budget debate.\n"
            "When the sitting opened, opposition deputies began chanting against the tax, "
            "prompting the Speaker to say the tax had been debated at length.\n")
    assert _speaker(quotes_of(text), "the tax had been") == "Ana Lobo"


def test_a_specific_role_repeats_the_lead_far_back(quotes_of: Extract) -> None:
    filler = " ".join(f"Convoy {n} reached the northern depot on Friday." for n in range(1, 8))
    text = ("Lindhaven. The defence minister of Veldra on Friday said the army was holding "
            "two river crossings in the east.\n"
            "Bohdan Kravel told the agency that the crossings had been secured overnight.\n"
            f"{filler}\n"
            "\u201cThe crossings stay in our hands whatever it costs,\u201d the "
            "defence minister said.\n")
    assert _speaker(quotes_of(text), "The crossings stay") == "Bohdan Kravel"


def test_the_former_holder_is_not_the_current_one(quotes_of: Extract) -> None:
    text = ("Prime Minister Ana Lobo denied on Monday that she would resign.\n"
            "Ivo Marin, who led the government until May, rebutted rumours that he would "
            "return.\n"
            "Speaking further, the former prime minister stated that early elections were "
            "the only way out.\n")
    assert _speaker(quotes_of(text), "early elections") == "Ivo Marin"


def test_the_witness_repeats_the_named_witness(quotes_of: Extract) -> None:
    text = ("A key witness of the deputy elected for Korvan North in the Federal "
            "Council, Pastor Samuel Okoro, on Friday told the court sitting in "
            "Lindhaven that the count in his district was clean.\n"
            "Candidate of the Civic Party, Nde David Marin, had taken the deputy to "
            "court, accusing him of buying votes.\n"
            "The witness also confirmed that he had never handled the ballot boxes.\n")
    quotes = quotes_of(text)
    assert _speaker(quotes, "the count in his district") == "Samuel Okoro"
    assert _speaker(quotes, "he had never") == "Samuel Okoro"
