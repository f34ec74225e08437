"""Regression gates on a third held-out set of real articles: quotes with speakers, entity
duplicates, claim shape.

The gold (``tests/gold/quotes-blind3``: 43 articles of 43 outlets, 289 quotes) was annotated by
reading the excerpts before communique (or textacy) was ever run on them, on topics apart from
the dev stories, ``quotes-real``, ``quotes-dev2`` and ``quotes-blind``. It is kept blind: these
gates only stop a change from making things worse on text nobody tuned to; do not write or tune
rules by reading its errors. The article texts are rebuilt into the git-ignored
``.data/quotes-blind3.jsonl``; without them the quote gates are skipped with the reason.
"""

from __future__ import annotations

import pytest

from communique.eval.quotes_real import Report

from support.quote_sets import (
    assert_entity_claim_gates,
    assert_quote_gates,
    gold_rows,
    scored,
    set_paths,
)

GOLD, _ = set_paths("quotes-blind3")

# Measured when first set (main at e2a3eb6, no rule written against this set): found 0.8997,
# speaker 0.854, end to end 0.768; speaker by form: name 0.914, pronoun 0.918, after 1.000,
# role 0.733 (30 of 42 found), org 0.727, previous 0.538 (13 quotes); textacy on the same texts
# 0.256 / 0.500 / 0.128. 2 entity duplicates in 331 entities; 3 of 117 claims not
# self-contained, 1 repeated in a sentence. Gates are these figures rounded down.
FOUND = 0.89
SPEAKER = 0.85  # 0.858 after stop 27's quote rules (0.854 when first set)
END_TO_END = 0.77  # 0.772 after stop 27's quote rules (0.768 when first set)
SPEAKER_BY_FORM = {"name": 0.91, "pronoun": 0.91, "after": 1.00, "role": 0.73, "org": 0.75,
                   "previous": 0.53}
MAX_ENTITY_DUPLICATES = 2
MAX_CLAIMS_REPEATED = 1
MAX_CLAIM_PROBLEM_SHARE = 0.03


@pytest.fixture(scope="module")
def report() -> Report:
    return scored("quotes-blind3")


def test_quotes_and_speakers_gate(report: Report) -> None:
    assert_quote_gates(report, FOUND, SPEAKER, END_TO_END, SPEAKER_BY_FORM)


def test_entities_and_claims_gate(report: Report) -> None:
    assert_entity_claim_gates(report, MAX_ENTITY_DUPLICATES, MAX_CLAIMS_REPEATED,
                              MAX_CLAIM_PROBLEM_SHARE)


def test_gold_rows_are_well_formed() -> None:
    # Runs without the texts: the quotes-real conventions (support.quote_sets.gold_rows), one
    # url per article, rows of one article contiguous and in id order, every article with rows,
    # and a speaker the excerpt leaves open (?) with form none.
    ids, rows = gold_rows(GOLD, 43, 289)
    sources = (GOLD / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(ids) == len({line.split("\t")[1] for line in sources}) == 43
    order = [row[0] for row in rows]
    assert sorted(set(order)) == sorted(ids)
    assert order == sorted(order), "rows of one article are contiguous, in id order"
    for row in rows:
        assert row[2] != "?" or row[4] == "none", row
