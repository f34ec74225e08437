"""The quote scorer (communique.eval.quotes): overlap matching, speaker names, kinds."""

from __future__ import annotations

from communique.eval.quotes import overlap, same_speaker, score_quotes


def _q(text: str, speaker: str | None, kind: str = "direct",
       article: str = "a") -> dict[str, object]:
    return {"article": article, "text": text, "speaker": speaker, "kind": kind}


def test_overlap_uses_the_shorter_quote() -> None:
    assert overlap("talks were hard", "the talks were hard and long") == 1.0
    assert overlap("the talks were hard", "talks were hard and long and slow") == 0.75
    assert overlap("", "x") == 0.0


def test_speaker_names() -> None:
    assert same_speaker("Volodymyr Zelenskyy", "Zelenskyy")
    assert same_speaker("the delegations", "delegations")
    assert same_speaker("Marco Rubio", "U.S. Secretary of State Marco Rubio")
    assert not same_speaker("Marco Rubio", "Donald Trump")
    assert not same_speaker("Marco Rubio", None)


def test_perfect_and_empty() -> None:
    gold = [_q("we will win", "Ann Lee")]
    assert score_quotes(gold, gold)["speakers"]["f1"] == 1.0
    empty = score_quotes(gold, [])
    assert empty["spans"]["recall"] == 0.0 and empty["spans"]["precision"] == 0.0


def test_wrong_speaker_counts_span_but_not_speaker() -> None:
    gold = [_q("we will win", "Ann Lee"), _q("not yet", "Bo Park", "partial")]
    pred = [_q("we will win today", "Bo Park"), _q("not yet", "Park", "partial"),
            _q("something else entirely", "Ann Lee", "indirect")]
    s = score_quotes(gold, pred)
    assert s["spans"]["tp"] == 2 and s["spans"]["predicted"] == 3
    assert s["speakers"]["tp"] == 1
    assert s["by_kind"]["partial"]["speakers"]["f1"] == 1.0
    assert s["by_kind"]["indirect"]["spans"]["precision"] == 0.0
    assert s["kind_accuracy"] == 1.0


def test_matching_is_one_to_one_and_per_article() -> None:
    gold = [_q("we will win", "Ann Lee")]
    pred = [_q("we will win", "Ann Lee"), _q("we will win", "Ann Lee"),
            _q("we will win", "Ann Lee", article="b")]
    assert score_quotes(gold, pred)["spans"]["tp"] == 1
