"""Shared by the quality gates of the real quote sets (quotes-real, quotes-dev2, quotes-blind).

Each set's gold is in ``tests/gold/<set>``; its article texts are not in the repository (real
text never enters it) and are rebuilt into the git-ignored ``.data/<set>.jsonl``. Without them
a set's gates are skipped with the reason, never passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from communique.eval.quotes_real import Report, evaluate

REPO = Path(__file__).resolve().parents[2]


def set_paths(name: str) -> tuple[Path, Path]:
    """The gold folder and the rebuilt texts of the quote set ``name``."""
    return REPO / "tests" / "gold" / name, REPO / ".data" / f"{name}.jsonl"


def scored(name: str) -> Report:
    """Our quotes and speakers on the set ``name``, or a skip saying which file is missing."""
    gold, texts = set_paths(name)
    if not (gold / "quotes.tsv").is_file():
        pytest.skip(f"quote gold of {name} not found at {gold}")
    if not texts.is_file():
        pytest.skip(f"real article texts not found at {texts} (git-ignored; rebuilt locally)")
    return evaluate(gold, texts, textacy=False)


def assert_quote_gates(report: Report, found: float, speaker: float, end_to_end: float,
                       speaker_by_form: Mapping[str, float]) -> None:
    """Fail unless every overall and per-form figure reaches its floor."""
    rows = report.tables["communique"]
    overall = rows["all"]
    assert overall["found"] >= found, overall
    assert overall["speaker"] >= speaker, overall
    assert overall["end_to_end"] >= end_to_end, overall
    for form, floor in speaker_by_form.items():
        assert rows[form]["speaker"] >= floor, (form, rows[form])


def assert_entity_claim_gates(report: Report, duplicates: int, repeated: int,
                              problem_share: float) -> None:
    """Fail when entities split into duplicates or claims repeat or lose their shape beyond
    the set's floors (``problem_share``: of all its claims)."""
    m = report.measures
    assert m["entity_duplicates"] <= duplicates, m["duplicate_groups"]
    assert m["claims_repeated_in_sentence"] <= repeated
    assert m["claims_with_problems"] <= problem_share * m["claims"], m["claim_problems"]


def gold_rows(gold: Path, articles: int, quotes: int) -> tuple[list[str], list[list[str]]]:
    """The article ids and quote rows of a set's gold, checked without the texts: the counts
    its README gives, and every row of the quotes-real conventions (a known article, a kind,
    a speaker form, first words of at most five tokens)."""
    sources = (gold / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ids = [line.split("\t")[0] for line in sources]
    rows = [line.split("\t") for line in
            (gold / "quotes.tsv").read_text(encoding="utf-8").splitlines()[1:] if line]
    assert len(set(ids)) == articles and len(rows) == quotes
    for row in rows:
        assert len(row) == 6, row
        article, first_words, speaker, kind, form, _ = row
        assert article in ids and speaker, row
        assert kind in {"direct", "partial", "indirect"}, row
        assert form in {"name", "pronoun", "after", "role", "org", "previous", "none"}, row
        assert 1 <= len(first_words.split()) <= 5, row
    return ids, rows
