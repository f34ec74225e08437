"""``communique annotate``: one JSON line per readable article, skips reported, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()

BODY = (
    "Negotiators met in the capital on Monday for a second day of talks.\n"
    "“We are close to a deal,” mediator Anna Keller said. She added that a text was ready.\n"
)


def test_annotate_writes_a_line_per_article_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out" / "ann.jsonl"
    result = runner.invoke(app, ["annotate", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["source"]).name for r in lines) == ["a.txt", "b.txt"]
    assert "empty.txt" in result.stderr
    quote = next(q for q in lines[0]["quotes"] if q["kind"] == "direct")
    assert quote["speaker"]["entity"] == "Anna Keller"
    assert lines[0]["text"][quote["start"] : quote["end"]] == quote["text"]


def test_annotate_strict_and_no_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "ann.jsonl"
    strict = runner.invoke(app, ["annotate", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"),
                                 "--out", str(out), "--strict"])
    assert strict.exit_code == 4, strict.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the good one is kept
    none = runner.invoke(app, ["annotate", str(tmp_path / "nope.txt"), "--out", str(out)])
    assert none.exit_code == 3, none.output
