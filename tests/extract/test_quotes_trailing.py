"""Reported clauses before a trailing attribution the parser hung elsewhere, and a clause
after a cue and a date (synthetic sentences only)."""

from __future__ import annotations

from collections.abc import Callable

from communique.extract.quotes import Quote, QuoteKind

Extract = Callable[[str], list[Quote]]


def _indirect(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if q.kind is QuoteKind.INDIRECT and q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0]


def test_a_long_clause_before_a_coordinated_speaker_and_cue(quotes_of: Extract) -> None:
    text = ("The Veldran government and the Orrin rebels agreed to free 800 detainees and to "
            "meet again in May after ten days of negotiations in Lindhaven, the United Nations "
            "and the International Committee of the Red Cross said on Monday.")
    found = _indirect(quotes_of(text), "The Veldran government and the Orrin rebels agreed")
    assert found.text.endswith("negotiations in Lindhaven")
    assert found.speaker_text is not None and found.speaker_text.endswith("Red Cross")


def test_a_dateline_and_a_split_off_attribution(quotes_of: Extract) -> None:
    text = ("Photo from the coast guard\n\nPORT TAVRA — Over a hundred Veldran fishing vessels "
            "lingered in the Orrin Reef in the western sea over a week after they were first "
            "spotted in the area, the Orrin Coast Guard said on Wednesday.")
    found = _indirect(quotes_of(text), "Over a hundred Veldran fishing vessels")
    assert found.speaker_text is not None and found.speaker_text.endswith("Coast Guard")


def test_a_subordinate_clause_before_the_comma_is_no_report(quotes_of: Extract) -> None:
    text = "After the talks in Lindhaven had ended, the minister said on Monday."
    assert not [q for q in quotes_of(text) if q.kind is QuoteKind.INDIRECT]


def test_a_cue_followed_by_a_clause_is_no_trailing_attribution(quotes_of: Extract) -> None:
    text = ("The envoy arrived in Lindhaven on Monday, and the minister said the talks would "
            "resume.")
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.text.startswith("The envoy arrived")]
    assert _indirect(quotes, "the talks would resume")


def test_a_clause_after_a_cue_and_a_day(quotes_of: Extract) -> None:
    text = ("Farmer protests have hit the prospects of the trade deal for a quarter of a century, "
            "though Brussels insisted Tuesday it was still trying to get the deal over the line.")
    found = _indirect(quotes_of(text), "it was still trying")
    assert found.speaker_text == "Brussels"


def _partial(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if q.kind is QuoteKind.PARTIAL and q.text.startswith(words)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0]


def test_quoted_words_in_a_clause_before_a_trailing_cue_and_listener(
        quotes_of: Extract) -> None:
    text = ("An initial survey of Orrin Reef and a second reef near Port Tavra showed that the "
            "fish and corals were in a \"very poor\" state, University of Lindhaven marine "
            "biologist Ivo Marin told the press conference.")
    assert _partial(quotes_of(text), "very poor").speaker_text == "Ivo Marin"


def test_a_second_that_clause_after_a_quoted_first_one(quotes_of: Extract) -> None:
    text = ("Karl Ost said that the old agreement \"means nothing\" and that only the union has "
            "legitimacy in the dialogue.")
    quotes = quotes_of(text)
    assert _partial(quotes, "means nothing").speaker_text == "Karl Ost"
    assert _indirect(quotes, "only the union has legitimacy").speaker_text == "Karl Ost"


def test_a_quoted_predicate_is_the_words_of_the_group_before_it(quotes_of: Extract) -> None:
    text = ("The parties \"condemn the flagrant violation of the rule of law by Veldra\" and "
            "agree that no effort will be spared.")
    assert _partial(quotes_of(text), "condemn the flagrant").speaker_text == "parties"
    # a thing before the marks says nothing: no speaker is made up for it
    text = "The talks \"started today, and will end on the 30th of October in Lindhaven.\""
    assert not [q for q in quotes_of(text) if q.speaker_text == "talks"]
