"""Parquet export: one file per table, read back with pyarrow to the rows of the CSV export."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import MissingExtraError
from communique.outputs import write_dossier
from communique.outputs.parquet import export_parquet, table_of
from communique.outputs.tables import TABLES
from outputs.test_story_outputs import _dossier

pq = pytest.importorskip("pyarrow.parquet")
runner = CliRunner()


def test_every_table_reads_back_as_its_rows(tmp_path: Path) -> None:
    dossier = _dossier()
    written = export_parquet(dossier, tmp_path)
    assert [p.name for p in written] == [f"{name}.parquet" for name in TABLES]
    for name, rows_of in TABLES.items():
        rows = rows_of(dossier)
        back = pq.read_table(tmp_path / f"{name}.parquet").to_pylist()
        columns = list(dict.fromkeys(k for row in rows for k in row))
        assert back == [{c: row.get(c) for c in columns} for row in rows] or (
            not rows and back == [])


def test_a_column_mixing_types_is_written_as_text() -> None:
    table = table_of([{"id": "a", "value": 3}, {"id": "b", "value": "three"},
                      {"id": "c", "value": None}])
    assert str(table.schema.field("value").type) == "string"
    assert table.column("value").to_pylist() == ["3", "three", None]
    assert str(table_of([{"n": 1}, {"n": 2.5}]).schema.field("n").type) == "double"


def test_cli_exports_parquet_from_a_dossier(tmp_path: Path) -> None:
    written = write_dossier(_dossier(), "# x\n", tmp_path / "d")
    out = tmp_path / "tables"
    result = runner.invoke(app, ["export", str(written["json"]), "--format", "parquet",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.parquet" for n in TABLES)
    claims = pq.read_table(out / "claims.parquet")
    assert claims.num_rows == len(_dossier()["claims"])


def test_export_needs_one_source(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "parquet", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--db" in result.stderr


def test_without_pyarrow_the_error_says_how_to_install_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError) as raised:
        export_parquet(_dossier(), tmp_path)
    assert "communique[parquet]" in str(raised.value)
