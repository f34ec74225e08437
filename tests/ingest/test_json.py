"""JSON and JSON Lines inputs: shapes, field aliases, record numbering and bad records."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.ingest import IngestOptions, sniff_format
from communique.model import RawArticle, Skipped

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]


def _json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def _lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- JSON shapes -------------------------------------------------------------------------------


def test_single_object_with_all_fields(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", {
        "text": "Body.", "url": "https://example.org/a", "title": "Bridge",
        "published": "2026-02-17", "outlet": "Harbour Post", "author": "A. Writer",
    })
    [article], skipped = read_all([str(path)])
    assert skipped == []
    assert article == RawArticle(
        source=str(path), text="Body.", url="https://example.org/a", title="Bridge",
        published="2026-02-17", outlet="Harbour Post", author="A. Writer", encoding="utf-8",
        format="json", fetched_at=article.fetched_at, order=0,
    )


def test_array_records_are_numbered_from_one(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", [{"text": "one"}, {"text": "two"}, {"html": "<p>3</p>"}])
    articles, _ = read_all([str(path)])
    assert [(a.source, a.body, a.order) for a in articles] == [
        (f"{path}#1", "one", 0), (f"{path}#2", "two", 1), (f"{path}#3", "<p>3</p>", 2),
    ]
    assert articles[2].html == "<p>3</p>" and articles[2].text is None


def test_articles_wrapper(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", {"status": "ok", "articles": [{"text": "x"}, {"text": "y"}]})
    articles, _ = read_all([str(path)])
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2"]


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ({"date": "2026-01-02"}, "published", "2026-01-02"),
        ({"published_at": "2026-01-03T10:00:00Z"}, "published", "2026-01-03T10:00:00Z"),
        ({"source": "Wire"}, "outlet", "Wire"),
        ({"site_name": "Site"}, "outlet", "Site"),
        ({"source": {"id": "w", "name": "Wire Service"}}, "outlet", "Wire Service"),
        ({"author": ["Ann", "Bob"]}, "author", "Ann, Bob"),
        ({"author": "  "}, "author", None),
        ({"link": "https://e.org/x"}, "url", "https://e.org/x"),
        ({"headline": "H"}, "title", "H"),
        ({"published": 1760000000}, "published", "1760000000"),
    ],
)
def test_field_aliases(
    tmp_path: Path, read_all: ReadAll, record: dict[str, object], field: str, value: str | None
) -> None:
    path = _json(tmp_path / "a.json", {"text": "Body.", **record})
    [article], _ = read_all([str(path)])
    assert getattr(article, field) == value


def test_text_wins_over_html(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", {"text": "plain", "html": "<p>markup</p>"})
    [article], _ = read_all([str(path)])
    assert (article.text, article.html) == ("plain", None)


def test_blank_text_falls_back_to_html(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", {"text": "  ", "html": "<p>markup</p>"})
    [article], _ = read_all([str(path)])
    assert (article.text, article.html) == (None, "<p>markup</p>")


def test_bad_records_in_an_array_are_skipped_alone(tmp_path: Path, read_all: ReadAll) -> None:
    path = _json(tmp_path / "a.json", [
        {"text": "good"}, {"title": "no body"}, "a string", {"text": ""}, {"text": 5},
        {"text": "also good"},
    ])
    articles, skipped = read_all([str(path)])
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#6"]
    assert [(s.source, s.code) for s in skipped] == [
        (f"{path}#2", "E108"), (f"{path}#3", "E108"), (f"{path}#4", "E103"),
        (f"{path}#5", "E108"),
    ]
    assert "neither 'text' nor 'html'" in skipped[0].reason


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{not json", "E108"),
        ("42", "E108"),
        ('"just a string"', "E108"),
        ("[]", "E103"),
        ('{"articles": "nope"}', "E108"),
        ("[" * 100_000 + "]" * 100_000, "E108"),
    ],
    ids=["invalid", "number", "string", "empty-array", "articles-not-list", "deep-nesting"],
)
def test_whole_file_problems(tmp_path: Path, read_all: ReadAll, content: str, code: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    articles, skipped = read_all([str(path)])
    assert articles == []
    assert [(s.source, s.code) for s in skipped] == [(str(path), code)]


def test_invalid_json_reason_has_the_position(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.json"
    path.write_text('{\n  "text": "x",\n  oops\n}', encoding="utf-8")
    _, [skip] = read_all([str(path)])
    assert "line 3" in skip.reason


def test_json_in_utf16_with_bom(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.json"
    path.write_bytes('{"text": "Grüße"}'.encode("utf-16"))
    [article], _ = read_all([str(path)])
    assert article.text == "Grüße"
    assert article.encoding.startswith("utf-16")  # type: ignore[union-attr]


# --- JSON Lines --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_records(tmp_path: Path, read_all: ReadAll, suffix: str) -> None:
    path = _lines(tmp_path / f"a{suffix}", '{"text": "one", "outlet": "A"}',
                  '{"html": "<p>two</p>", "date": "2026-01-01"}')
    articles, skipped = read_all([str(path)])
    assert skipped == []
    assert [(a.source, a.body, a.format) for a in articles] == [
        (f"{path}#1", "one", "jsonl"), (f"{path}#2", "<p>two</p>", "jsonl"),
    ]
    assert articles[0].outlet == "A" and articles[1].published == "2026-01-01"


def test_bad_jsonl_lines_are_reported_by_line_and_the_rest_go_on(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = _lines(
        tmp_path / "a.jsonl",
        '{"text": "one"}',
        "{broken",
        "",
        '["not", "an", "object"]',
        '{"no_text": true}',
        '{"text": "six"}',
    )
    articles, skipped = read_all([str(path)])
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#6"]
    assert [(s.source, s.code) for s in skipped] == [
        (f"{path}#2", "E108"), (f"{path}#4", "E108"), (f"{path}#5", "E108"),
    ]


def test_jsonl_line_over_max_bytes_is_skipped_alone(tmp_path: Path, read_all: ReadAll) -> None:
    long_line = json.dumps({"text": "w" * 500})
    path = _lines(tmp_path / "a.jsonl", '{"text": "a"}', long_line, '{"text": "c"}')
    # The file is larger than max_bytes, but JSON Lines streams: only the long line fails.
    assert path.stat().st_size > 200
    articles, skipped = read_all([str(path)], IngestOptions(max_bytes=200))
    assert [a.text for a in articles] == ["a", "c"]
    assert [(s.source, s.code) for s in skipped] == [(f"{path}#2", "E104")]
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#3"]


def test_jsonl_with_bom_and_crlf(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "one"}\r\n{"text": "two"}\r\n')
    articles, skipped = read_all([str(path)])
    assert skipped == []
    assert [a.text for a in articles] == ["one", "two"]


def test_jsonl_line_in_cp1252_is_still_read(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n' + '{"text": "\u201cq\u201d"}\n'.encode("cp1252"))
    articles, skipped = read_all([str(path)])
    assert skipped == []
    assert [a.text for a in articles] == ["ok", "\u201cq\u201d"]
    assert articles[1].encoding == "cp1252"


def test_jsonl_of_blank_lines_is_empty(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    _, skipped = read_all([str(path)])
    assert [(s.source, s.code) for s in skipped] == [(str(path), "E103")]


def test_gzipped_jsonl(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "zipped"}\n'))
    [article], _ = read_all([str(path)])
    assert (article.source, article.text) == (f"{path}#1", "zipped")


def test_empty_jsonl_file_is_e103(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    _, skipped = read_all([str(path)])
    assert [(s.source, s.code) for s in skipped] == [(str(path), "E103")]


# --- sniffing (content without a name) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!doctype html><p>x</p>", "html"),
        ("<?xml version='1.0'?>\n<html><body/></html>", "html"),
        ("  <!-- c --><html>", "html"),
        ('{"text": "x"}', "json"),
        ('[{"text": "x"}]', "json"),
        ('{"text": "a"}\n{"text": "b"}', "jsonl"),
        ('{\n "text": "a"\n}', "json"),
        ("Plain words <b>with</b> a tag later.", "text"),
    ],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt
