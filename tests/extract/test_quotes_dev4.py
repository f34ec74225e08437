"""Quality gates on the fourth real development set: quotes with speakers.

The gold (``tests/gold/quotes-dev4``: 37 articles of 37 outlets, 227 quotes, 20 of them on
diplomacy, negotiations, wars, sanctions and trade talks, 17 on courts, business and
local government, written by hand as article id, first words, speaker, kind and how the
speaker is referred to, before any output was seen) is in the repository; the article texts
are not (real text never enters it): they are rebuilt into the git-ignored
``.data/quotes-dev4.jsonl``. Without them, these gates are skipped with the reason.
"""

from __future__ import annotations

import pytest

from communique.eval.quotes_real import Report

from support.quote_sets import assert_quote_gates, scored

# Measured when first set (all 37 articles, main at this stop): found 0.974, speaker 0.864,
# end to end 0.841; speaker by form: name 1.000, pronoun 0.735, after 0.947, role 0.833,
# org 0.700, previous 0.800. After the trailing attribution the parser hung elsewhere and
# a clause after a cue and a date: found 0.982, end to end 0.846; speaker 0.861 and org
# 0.690 only because two more organisations' quotes are found, one of them ("Brussels
# insisted") with the capital as its speaker.
FOUND = 0.98
SPEAKER = 0.86
END_TO_END = 0.84
SPEAKER_BY_FORM = {"name": 0.99, "pronoun": 0.73, "after": 0.94, "role": 0.83, "org": 0.69,
                   "previous": 0.80}


@pytest.fixture(scope="module")
def report() -> Report:
    return scored("quotes-dev4")


def test_quotes_and_speakers_gate(report: Report) -> None:
    assert_quote_gates(report, FOUND, SPEAKER, END_TO_END, SPEAKER_BY_FORM)
