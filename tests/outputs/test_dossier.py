"""The dossier object, its JSON Schema, and the Markdown rendering."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest

from communique.errors import OutputError
from communique.model import Document, PublishedBasis, Removal, Skipped, Span
from communique.outputs import build_dossier, load_schema, render_markdown, write_dossier


def _doc(i: int, **kw: object) -> Document:
    text = f"Heading {i}\nThe envoys met for the {i}th time on Monday | and said little."
    base: dict[str, object] = {
        "id": f"a_{i:016x}",
        "source": f"in/{i}.txt",
        "text": text,
        "outlet": f"outlet{i % 2}.example",
        "published": date(2031, 3, i),
        "published_basis": PublishedBasis.HEADER,
        "removed": (Removal("Share on X", "share_buttons", 3),),
        "headings": (Span(0, 9),),
        "language": "en",
    }
    base.update(kw)
    return Document(**base)  # type: ignore[arg-type]


def test_dossier_validates_against_schema() -> None:
    docs = [
        _doc(1),
        _doc(2, duplicate_of="a_0000000000000001", duplicate_kind="near"),
        _doc(3, published=None, published_basis=PublishedBasis.UNKNOWN, outlet=None),
    ]
    dossier = build_dossier(docs, [Skipped("x.bin", "binary data", "E102")])
    jsonschema.validate(dossier, load_schema())
    corpus = dossier["corpus"]
    assert corpus["articles"] == 3 and corpus["duplicates"] == 1
    assert corpus["date_range"] == {"start": "2031-03-01", "end": "2031-03-02"}
    assert corpus["skipped"] == [{"source": "x.bin", "reason": "binary data", "code": "E102"}]


def test_precision_says_a_day_a_month_or_none() -> None:
    docs = [
        _doc(1),
        _doc(2, published=None, published_month="2031-03", published_basis=PublishedBasis.INFERRED),
        _doc(3, published=None, published_basis=PublishedBasis.UNKNOWN),
    ]
    dossier = build_dossier(docs)
    jsonschema.validate(dossier, load_schema())
    got = [(a["published"], a["published_precision"]) for a in dossier["articles"]]
    assert got == [("2031-03-01", "day"), ("2031-03", "month"), (None, None)]


def test_schema_rejects_a_broken_dossier() -> None:
    dossier = build_dossier([_doc(1)])
    dossier["articles"][0]["published_basis"] = "guessed"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dossier, load_schema())


def test_heading_offsets_cut_the_heading() -> None:
    record = build_dossier([_doc(4)])["articles"][0]
    span = record["headings"][0]
    assert record["text"][span["start"] : span["end"]] == "Heading 4"


def test_markdown_escapes_table_cells_and_lists_removals() -> None:
    md = render_markdown(build_dossier([_doc(1, title="A | B\nC")]))
    assert "A \\| B C" in md
    assert "*share_buttons*: Share on X" in md


def test_write_is_atomic_and_reports_errors(tmp_path: Path) -> None:
    dossier = build_dossier([_doc(1)], generated_at=datetime(2031, 3, 5, tzinfo=UTC))
    paths = write_dossier(dossier, "# Dossier\n", tmp_path / "out")
    assert json.loads(paths["json"].read_text(encoding="utf-8"))["generated_at"].startswith(
        "2031-03-05"
    )
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")] == []
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_dossier(dossier, "", blocker / "sub")
