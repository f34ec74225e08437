"""The claim scorer on hand-made records."""

from __future__ import annotations

import pytest

from communique.eval.claims import locate, same_words, score_claims


def _rec(start: int, value: float | None, unit: str | None, **extra: object) -> dict[str, object]:
    return {"article": "a", "start": start, "end": start + 10, "value": value, "unit": unit,
            **extra}


def test_match_needs_same_sentence_and_value() -> None:
    gold = [_rec(0, 20, "percent", subject="Russian forces"), _rec(20, 2, "day")]
    predicted = [_rec(0, 20, "percent", subject="forces"), _rec(20, 3, "day"),
                 _rec(40, 20, "percent")]
    scores = score_claims(gold, predicted)
    assert scores["claims"]["tp"] == 1
    assert scores["claims"]["precision"] == pytest.approx(1 / 3)
    assert scores["claims"]["recall"] == pytest.approx(1 / 2)
    assert scores["subject_accuracy"] == 1.0


def test_numeric_scores_leave_out_ordinals_and_bare_statements() -> None:
    gold = [_rec(0, 3, "ordinal"), _rec(20, None, None), _rec(40, 5, "count")]
    scores = score_claims(gold, [_rec(40, 5, "count")])
    assert scores["numeric"]["f1"] == 1.0
    assert scores["claims"]["recall"] == pytest.approx(1 / 3)


def test_same_words() -> None:
    assert same_words(None, "")
    assert same_words("Ukraine’s territory", "Ukraine's territory")
    assert same_words("Donald Trump", "Trump")
    assert not same_words("Kyiv", None)
    assert not same_words("Russia", "Ukraine")


def test_locate_finds_excerpts_and_fails_loudly() -> None:
    (located,) = locate([{"article": "a", "sentence": "b c"}], {"a": "a b c d"})
    assert (located["start"], located["end"]) == (2, 5)
    with pytest.raises(ValueError, match="not found"):
        locate([{"article": "a", "sentence": "zz"}], {"a": "a b"})
