"""Quality gates on the second real development set: quotes with speakers.

The gold (``tests/gold/quotes-dev2``: 24 articles, 160 quotes, written by hand as article
id, first words, speaker, kind and how the speaker is referred to) is in the repository; the
article texts are not (real text never enters it): they are rebuilt into the git-ignored
``.data/quotes-dev2.jsonl``. Without them, these gates are skipped with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.eval.quotes_real import Report, evaluate

# From this file, not from ``conftest``: another folder's conftest module may be the one
# imported under that name.
REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "quotes-dev2"
TEXTS = REPO / ".data" / "quotes-dev2.jsonl"

# Measured when first set (all 24 articles): found 0.956, speaker 0.908, end to end 0.869;
# speaker by form: name 0.957, pronoun 0.889, after 1.000, role 0.692, org 0.905, previous
# 0.947. Before the work this set prompted (quote runs under headings, label lines and
# bracketed translations, the sentence before a quote, datelines, capitalised titles and
# names run into a role's affiliation, ``it said`` after its report, a surname tagged as a
# date; the scorer folds accents): 0.950 / 0.797 / 0.758 (previous 0.421, name 0.894).
FOUND = 0.95
SPEAKER = 0.90
END_TO_END = 0.86
SPEAKER_BY_FORM = {"name": 0.95, "pronoun": 0.88, "after": 0.99, "role": 0.69, "org": 0.90,
                   "previous": 0.94}


@pytest.fixture(scope="module")
def report() -> Report:
    if not (GOLD / "quotes.tsv").is_file():
        pytest.skip(f"second development quote gold not found at {GOLD}")
    if not TEXTS.is_file():
        pytest.skip(f"real article texts not found at {TEXTS} (git-ignored; rebuilt locally)")
    return evaluate(GOLD, TEXTS, textacy=False)


def test_quotes_and_speakers_gate(report: Report) -> None:
    rows = report.tables["communique"]
    overall = rows["all"]
    assert overall["found"] >= FOUND, overall
    assert overall["speaker"] >= SPEAKER, overall
    assert overall["end_to_end"] >= END_TO_END, overall
    for form, floor in SPEAKER_BY_FORM.items():
        assert rows[form]["speaker"] >= floor, (form, rows[form])


def test_no_claim_repeated_in_a_sentence(report: Report) -> None:
    assert report.measures["claims_repeated_in_sentence"] == 0
