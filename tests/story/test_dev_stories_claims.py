"""Quality gates on the real dev stories: pooled claims and the contradictions of value, mode
and office.

The article texts are rebuilt into ``.data/dev-stories/`` (git-ignored; see each story's
README), so CI, which lacks them, skips these gates with the reason. Each story is built once
and scored against its gold with ``communique.eval.story``; thresholds sit just under what the
stage reaches today (see the closing note of issue 11).
"""

from __future__ import annotations

from typing import Any

from communique.eval.story import StoryScore

MY_KINDS = {"number": "value", "mode": "mode", "office": "office"}

# story → (gold contradictions of these kinds found, key facts pooled, articles of key facts
# held by the claim holding the fact, key facts split over several claims at most); measured:
# iran 9 (number 1, mode 6, office 2), 7/11, 46/59, 0/22; drc-m23 5, 4/5, 19/21, 2/9;
# thai-cambodia 7, 8/11, 49/65, 0/18. With counts and meeting lengths read in other languages
# (extract/languages/_claims.py): iran 10, 8/11, 47/59, 2/22 — two round lengths now read in
# Spanish sit in claims of their own (one article reports no event, the other's undated event
# stays apart from the round), so the split gate allows 2 there; thai-cambodia 7, 9/11, 57/65.
# With a second measured value of one statement kept as a claim of its own (``275 kg enriched
# to 60 percent``, ``18 soldiers once the truce holds for 72 hours``): iran 10, 9/11, 50/59,
# 2/22; drc-m23 unchanged; thai-cambodia 7, 9/11, 60/65, 0/18. With lengths of days to years
# read in other languages and one article's two lengths of one thing pooled (keyfacts2):
# drc-m23 5, 4/5, 19/21, 1/9 (the June agreement's 90 days, given twice by one article, is
# one claim); the others unchanged. With a meeting in a country and one in its city the same
# day read as possibly one (keyfacts4): iran 10, 9/11, 51/59, 1/22 (the Spanish three hours
# "en Omán" joins the Muscat round's); the other Spanish length (four hours) still stands
# apart: its sentence reports no event and its article none more than another. With
# distances in kilometres read in other languages and joined to the story's one English claim
# of that distance (keyfacts4): thai-cambodia 7, 10/11, 61/65, 0/18 (the border's 800 km in
# French, German and Spanish).
GATES = {
    "iran": (10, 9, 51, 1),
    "drc-m23": (5, 4, 19, 1),
    "thai-cambodia": (7, 10, 61, 0),
}


def _mine(score: StoryScore) -> tuple[int, int]:
    """Gold contradictions of the value, mode and office kinds found, and their number."""
    lines = score.details.get("gold contradictions found, by kind", [])
    found = total = 0
    for line in lines:
        kind, counts = line.split(": ")
        if kind in MY_KINDS:
            got, of = counts.split("/")
            found, total = found + int(got), total + int(of)
    return found, total


def test_contradictions_of_value_mode_and_office_are_found(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    found, total = _mine(score)
    assert found >= GATES[story][0], f"{story}: {found}/{total}"


def test_contradictions_of_value_mode_and_office_never_set_an_outlet_against_itself(
        dev_story_scored: Any) -> None:
    _, dossier, _ = dev_story_scored
    for item in dossier["contradictions"]:
        if item["kind"] not in MY_KINDS.values():
            continue
        outlets = [set(side["outlets"]) for side in item["sides"]]
        assert all(not a & b for i, a in enumerate(outlets) for b in outlets[i + 1:]), item["note"]


def test_key_facts_are_pooled_into_one_claim(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    pooled = score.get("key facts held as one claim with ≥ 2 of their articles").count
    held = score.get("articles of key facts in the claim holding the fact").count
    assert pooled >= GATES[story][1] and held >= GATES[story][2], f"{story}: {pooled}, {held}"


# The fourth dev story (a trade negotiation: rates instead of casualty counts), kept out of the
# per-story fixture so that the other gate files need no figures for it yet: (key facts pooled,
# articles held, key facts split at most). Measured when set: 12/16, 81/153, 9/16 (before the
# rates were pooled: 10/16, 48/153, 10/16); 15/16, 91/153, 6/16 once each rate of a sentence
# was aimed by its own words and metric tons were tons; 15/16, 93/153, 5/16 after the claims3
# merge (claim texts, dated claims pooled only when they date one act); 15/16, 116/153, 7/16
# once rates were read in other languages (issue 11): the split gate allows 7, not 5, because
# articles whose rate had no claim at all now have claims that stay apart, rightly kept from
# pooling on a common value alone: two Spanish articles' 30% (no name or other rate in common
# with the English claim) and a Russian 100% (no shared word across the scripts). 15/16,
# 129/153, 6/16 once a bare rate after a tariff rate was read as one (those Spanish 30% now
# state the 10% beside it) and the truce's 90 days were read in French and Spanish
# (keyfacts2); the split gate stays above 5: the 90 days of the truce and of its extension
# share an article (u056 states both), and "cut to 10% for 90 days" still stands apart from
# "a 90-day truce". 15/16, 133/153, 6/16 once a levy suspended or lowered for a time was read
# as a truce in it (keyfacts3: "cut to 10% for 90 days", "suspended most tariffs for 90 days
# to facilitate talks", the French "suspendait les droits de douane pour une période de 90
# jours" join "a 90-day truce", and "countries would have 90 days to conclude" no longer
# pools with them); still 6 split: of the 90 days, one article states the truce, its
# extension and another country's window (u056), another gives the truce's days left (u039).
# 15/16, 134/153, 6/16 once a name in another script counted as the English name the entity
# stage linked it to (keyfacts4: the Russian 100% with Трамп and Бессент joins the threat).
FOURTH = "us-china-trade"
FOURTH_GATES = (15, 134, 6)  # measured: 15/16, 134/153, 6/16


def test_key_facts_of_a_trade_story_are_pooled(dev_story_scores: Any) -> None:
    _, score = dev_story_scores(FOURTH)
    pooled = score.get("key facts held as one claim with ≥ 2 of their articles").count
    held = score.get("articles of key facts in the claim holding the fact").count
    split = score.get("key facts split over several claims").count
    assert pooled >= FOURTH_GATES[0] and held >= FOURTH_GATES[1], (pooled, held)
    assert split <= FOURTH_GATES[2], split


def test_key_facts_are_not_split_over_several_claims(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    split = score.get("key facts split over several claims").count
    assert split <= GATES[story][3], f"{story}: {split} split"
