"""The quote scorer (communique.eval.quotes): overlap matching, speaker names, kinds."""

from __future__ import annotations

import json
from pathlib import Path

from communique.eval.quotes import (
    overlap,
    same_speaker,
    score_first_words,
    score_quotes,
    starts_like,
)
from communique.eval.quotes_real import load_gold, load_texts


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
    assert same_speaker("Marco Delvecchio", "U.S. Secretary of State Marco Delvecchio")
    assert not same_speaker("Marco Delvecchio", "Ana Tavares")
    assert not same_speaker("Marco Delvecchio", None)
    assert same_speaker("Chinese Ministry of Commerce", "China’s Commerce Ministry")
    assert same_speaker("United Nations", "UN")
    assert not same_speaker("United Nations", "US")
    assert same_speaker("US government", "U.S.")
    assert same_speaker("United Nations", "U.N.")
    assert not same_speaker("UK government", "U.S.")
    assert same_speaker("Dorin Vălescu", "Dorin Valescu")  # one name, with and without accents
    assert not same_speaker("Dorin Vălescu", "Dorin Velescu")


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


# --- first-words scoring (real-article gold: first words and speaker only) -------------------

def test_starts_like_allows_a_few_lead_words() -> None:
    assert starts_like("I don't want an election", "“I don't want an election, we don't…")
    assert starts_like("the talks would resume soon", "that the talks would resume soon")
    assert not starts_like("the talks would resume soon", "he said that last week the talks "
                           "would resume soon")
    assert starts_like("We are ready to talk now", "We are ready")  # a shorter quote
    assert not starts_like("We are ready", "We")


def test_score_first_words_by_speaker_form() -> None:
    gold = [
        {"article": "a", "first_words": "We will win", "speaker": "Ann Lee",
         "speaker_form": "name"},
        {"article": "a", "first_words": "Not yet", "speaker": "Bo Park",
         "speaker_form": "pronoun"},
        {"article": "b", "first_words": "Never again", "speaker": "Bo Park",
         "speaker_form": "pronoun"},
    ]
    pred = [_q("We will win this", "Lee"), _q("Not yet, not now", "Ann Lee"),
            _q("Never again", "Bo Park", article="a")]
    rows = score_first_words(gold, pred)
    assert rows["all"]["gold"] == 3 and rows["all"]["n_found"] == 2
    assert rows["name"]["end_to_end"] == 1.0
    assert rows["pronoun"]["found"] == 0.5 and rows["pronoun"]["speaker"] == 0.0
    assert rows["all"]["end_to_end"] == 1 / 3


def test_real_gold_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "quotes.tsv").write_text(
        "id\tfirst_words\tspeaker\tkind\tspeaker_form\tnote\n"
        "q001-1\tWe will win\tAnn Lee\tdirect\tname\t\n"
        "q002\tNot yet\t\tpartial\tnone\tno speaker\n", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "q001", "url": "u", "text": "T"}) + "\n"
                     + json.dumps({"id": "q002", "url": None, "text": "U"}) + "\n",
                     encoding="utf-8")
    articles = load_texts(texts)
    gold = load_gold(tmp_path, [a.id for a in articles])
    assert [g["article"] for g in gold] == ["q001", "q002"]
    assert gold[1]["speaker"] is None and gold[0]["speaker_form"] == "name"
