"""Quality gates on the third real development set: quotes with speakers.

The gold (``tests/gold/quotes-dev3``: 22 articles of 22 outlets, 166 quotes, written by hand
as article id, first words, speaker, kind and how the speaker is referred to, before any
output was seen) is in the repository; the article texts are not (real text never enters
it): they are rebuilt into the git-ignored ``.data/quotes-dev3.jsonl``. Without them, these
gates are skipped with the reason.
"""

from __future__ import annotations

import pytest

from communique.eval.quotes_real import Report

from support.quote_sets import assert_quote_gates, scored

# Raised at stop 28 (an organisation's description, a surname a couple shares): found 0.934,
# speaker 0.916, end to end 0.855; pronoun 0.808, org 1.000, other forms unchanged.
# Measured when first set (all 22 articles): found 0.934, speaker 0.903, end to end 0.843;
# speaker by form: name 1.000, pronoun 0.769, after 0.963, role 0.720, org 0.950, previous
# 1.000. Before the work this set prompted (surnames with an inner capital, names never
# across a quotation mark, one person with and without accents, an apposition hung inside
# the subject's phrase, texts that speak where they are signed, words that count people,
# the union as the body named like one, acronyms spelled out earlier, a ticker past the
# dateline): 0.934 / 0.806 / 0.753 (pronoun 0.577, role 0.600, org 0.700). After a second
# ``and that`` clause after a quoted first one and a quoted predicate of the group before
# it (qdev4): found 0.946, speaker 0.904, end to end 0.855, role 0.731. Both merged: 0.946 /
# 0.917 / 0.867.
FOUND = 0.94
SPEAKER = 0.91
END_TO_END = 0.86
SPEAKER_BY_FORM = {"name": 0.99, "pronoun": 0.80, "after": 0.96, "role": 0.73, "org": 0.99,
                   "previous": 0.99}


@pytest.fixture(scope="module")
def report() -> Report:
    return scored("quotes-dev3")


def test_quotes_and_speakers_gate(report: Report) -> None:
    assert_quote_gates(report, FOUND, SPEAKER, END_TO_END, SPEAKER_BY_FORM)


def test_no_claim_repeated_in_a_sentence(report: Report) -> None:
    assert report.measures["claims_repeated_in_sentence"] == 0
