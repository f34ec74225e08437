"""Quality gates on real articles: quotes with speakers, entity duplicates, claim shape.

The gold (``tests/gold/quotes-real``: 52 articles of 52 outlets, 383 quotes, written by hand as
article id, first words, speaker, kind and how the speaker is referred to) is in the
repository; the article texts are not (real text never enters it): they are rebuilt into the
git-ignored ``.data/quotes-real.jsonl``. Without them, these gates are skipped with the reason;
the seed and example-corpus gates in ``test_quotes.py`` run everywhere.
"""

from __future__ import annotations

import pytest

from communique.eval.quotes_real import Report, half_of

from support.quote_sets import assert_entity_claim_gates, assert_quote_gates, scored

# Raised at stop 28 (descriptions of an organisation speak as the one last named: the party,
# the group): found 0.984, speaker 0.976, end to end 0.961; org 0.981, other forms unchanged.
# Before (all 52 articles): found 0.984, speaker 0.973, end to end 0.958; speaker
# by form: name 1.000, pronoun 0.988, after 1.000, role 0.848, org 0.963; held half 0.974 / 0.951 /
# 0.926, dev half unchanged (a pronoun after a role noun's act, banners a group carries, those who
# …, a speaker after the cue's adverbials, an owner's lost apostrophe, a finite clause hung on a cue
# as a complement; these were read off errors of both halves, so the blind set, not the held half,
# now says whether they generalize). Before that: found 0.977, speaker 0.963, end to end 0.940;
# speaker by form: name 1.000, pronoun 0.975, after 1.000, role 0.800, org 0.962; held half 0.958 /
# 0.929 / 0.889, dev half unchanged (texts that speak for their author, the body an earlier
# spokesperson followed, misfaced curly marks, names the tagger ran past a shouted verb or a
# possessive, relayed chants, reduced relatives). Before that: found 0.969, speaker 0.925, end to
# end 0.896, held 0.942 / 0.849 / 0.800. When first set: found 0.961, speaker 0.924, end to end
# 0.888; speaker by form: name 0.992, pronoun 0.937, after 0.981, role 0.705, org 0.863; by half
# (``--half``; rules were developed on the dev half's errors only): dev 0.995 / 0.995 / 0.990, held
# 0.926 / 0.847 / 0.784. 0 entity duplicates in 390 named entities; 5 of 111 claims not
# self-contained, none repeated. Before the title-evidence work (role nouns by office and country,
# bodies named through a person): 0.961 / 0.913 / 0.877 (role 0.659, org 0.824); before the fourth
# speaker work: 0.956 / 0.904 / 0.864; textacy then 0.300 / 0.530 / 0.159. Before the third: 0.945 /
# 0.898 / 0.849 (held 0.747); before the second: 0.911 / 0.871 / 0.794 (role 0.452); before the
# first quote work: 0.856 / 0.768 / 0.658.
FOUND = 0.98
SPEAKER = 0.97
END_TO_END = 0.96
SPEAKER_BY_FORM = {"name": 0.99, "pronoun": 0.98, "after": 0.99, "role": 0.84, "org": 0.98}
MAX_ENTITY_DUPLICATES = 1
MAX_CLAIM_PROBLEM_SHARE = 0.08


@pytest.fixture(scope="module")
def report() -> Report:
    return scored("quotes-real")


def test_quotes_and_speakers_gate(report: Report) -> None:
    assert_quote_gates(report, FOUND, SPEAKER, END_TO_END, SPEAKER_BY_FORM)


def test_entities_and_claims_gate(report: Report) -> None:
    assert_entity_claim_gates(report, MAX_ENTITY_DUPLICATES, 0, MAX_CLAIM_PROBLEM_SHARE)


def test_halves_split_by_id_parity() -> None:
    # Rules are developed on the dev half's errors; the held half says whether they generalize.
    assert [half_of(i) for i in ("q001", "q052", "q013", "story")] == [
        "dev", "held", "dev", "held"]
