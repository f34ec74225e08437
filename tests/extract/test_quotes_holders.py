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
    text = ("Technical talks between Veldra and Tirasol will be held on April 26, the "
            "spokesperson for the Veldran Foreign Ministry Idris Mabuto told reporters, "
            "Trend reports.\n")
    assert _speaker(quotes_of(text), "Technical talks") == "Idris Mabuto"


def test_a_name_alone_after_for_is_whom_the_role_serves(quotes_of: Extract) -> None:
    text = ("President Bohdan Kravel arrived in Lindhaven on Monday. The talks will resume "
            "in May, the spokesman for President Kravel said.\n")
    assert _speaker(quotes_of(text), "The talks will resume") == "Bohdan Kravel"


def test_an_unowned_top_diplomat_is_the_person_last_talked_about(quotes_of: Extract) -> None:
    text = ("Veldran and Tirasolan delegations held talks in Port Alcyne. The Tirasolan "
            "delegation was led by its top diplomat Bohdan Kravel.\n"
            "The indirect talks were mediated by al-Sabri.\n"
            "\u201cWe are proud to have hosted both delegations,\u201d the top Korvanian "
            "diplomat said in a post after the talks.\n")
    assert _speaker(quotes_of(text), "We are proud") == "al-Sabri"


def test_a_member_named_in_apposition_speaks(quotes_of: Extract) -> None:
    text = ("A member of the Veldran opposition Coordination Council\u2019s presidium, Ivan "
            "Petrenko, has confirmed to the agency that his attempts to reach the envoy have "
            "been unsuccessful.\n")
    assert _speaker(quotes_of(text), "his attempts") == "Ivan Petrenko"


def test_a_member_named_after_the_body_speaks(quotes_of: Extract) -> None:
    text = ("According to the member of the political council of the United Civic Party "
            "Bohdan Kravel, the party has already sent its answer to the ministry.\n")
    assert _speaker(quotes_of(text), "the party has already") == "Bohdan Kravel"


def test_the_object_of_prompting_speaks_and_the_speaker_is_a_role(quotes_of: Extract) -> None:
    text = ("Speaker Ana Lobo and Minister Ivo Marin asked the members to raise their "
            "concerns during the debate.\n"
            "As soon as the proceedings started, opposition MPs started raising slogans "
            "against the law, prompting the Speaker to say the law had been discussed in "
            "detail.\n")
    assert _speaker(quotes_of(text), "the law had been") == "Ana Lobo"


def test_a_specific_role_repeats_the_lead_far_back(quotes_of: Extract) -> None:
    filler = " ".join(f"Convoy {n} reached the northern depot on Friday." for n in range(1, 8))
    text = ("Lindhaven. The defence minister of Veldra on Friday said the army was fighting "
            "two militias in the east.\n"
            "Bohdan Kravel told the agency that forces were tackling rebels in two provinces.\n"
            f"{filler}\n"
            "\u201cWe are at war and when there is a war, ambushes are possible,\u201d the "
            "defence minister said.\n")
    assert _speaker(quotes_of(text), "We are at war") == "Bohdan Kravel"


def test_the_former_holder_is_not_the_current_one(quotes_of: Extract) -> None:
    text = ("Prime Minister Ana Lobo denied on Monday that she would resign.\n"
            "Ivo Marin, who led the government until May, rebutted rumours that he would "
            "return.\n"
            "Speaking further, the former prime minister stated that the only solution is a "
            "national consensus.\n")
    assert _speaker(quotes_of(text), "the only solution") == "Ivo Marin"


def test_the_witness_repeats_the_named_witness(quotes_of: Extract) -> None:
    text = ("A star witness of the senator representing Korvan Central in the National "
            "Assembly, Evangelist Samuel Okoro, on Monday told the tribunal sitting in "
            "Lindhaven that the election of the senator was free and fair.\n"
            "Candidate of the Civic Party, Nde David Marin, had dragged the senator to the "
            "tribunal, accusing him of rigging the election.\n"
            "The witness also confirmed that he had nothing to do with the complaint forms.\n")
    quotes = quotes_of(text)
    assert _speaker(quotes, "the election of the senator") == "Samuel Okoro"
    assert _speaker(quotes, "he had nothing") == "Samuel Okoro"
