"""NUL and lone surrogates never get past ingest: replaced with U+FFFD and recorded."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.clean._document import clean_article
from communique.ingest import read_inputs, sanitize_article
from communique.ingest._sanitize import scrub
from communique.model import RawArticle, Skipped

BODY = "Talks resumed in Vienna on Monday, officials said, and went on late into the night."


@given(st.text())
def test_scrubbed_text_always_encodes_and_keeps_its_length(text: str) -> None:
    clean, nul, surrogates = scrub(text)
    clean.encode("utf-8")
    assert "\x00" not in clean and len(clean) == len(text)
    assert nul == text.count("\x00")
    assert nul + surrogates == sum(a != b for a, b in zip(text, clean, strict=True))


def test_json_escapes_for_nul_and_surrogates_are_replaced_and_noted(tmp_path: Path) -> None:
    record = {"text": BODY + " \ud800 and \u0000 here.", "title": "Talks \udfff\u0000"}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, RawArticle) and article.text is not None
    assert "\ufffd and \ufffd here" in article.text and article.title == "Talks \ufffd\ufffd"
    assert article.notes == (
        "replaced 1 NUL character(s) and 1 lone surrogate(s) in the text with U+FFFD",
        "replaced 1 NUL character(s) and 1 lone surrogate(s) in the title with U+FFFD")
    document = clean_article(article)
    document.text.encode("utf-8")
    assert document.notes == article.notes


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_an_undecodable_file_name_is_reported_readably(tmp_path: Path) -> None:
    os.makedirs(tmp_path / "in")
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / "in" / name).write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / os.fsdecode(b"empty\xff.txt")).write_text(" ", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "in")]))
    sources = sorted(Path(item.source).name for item in items)
    assert sources == ["caf\\xe9.txt", "empty\\xff.txt"]
    for item in items:
        item.source.encode("utf-8")
    assert any(isinstance(item, Skipped) for item in items)


def test_a_clean_article_is_returned_unchanged() -> None:
    article = RawArticle(source="a.txt", text=BODY)
    assert sanitize_article(article) is article
