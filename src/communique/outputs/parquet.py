"""Parquet tables of the dossier (``communique export --format parquet``), for DuckDB, pandas,
polars or Spark.

One file per table of :data:`communique.outputs.tables.TABLES` (articles, entities, events,
quotes, claims, positions, contradictions, timeline), with the same rows and columns as the CSV
export: lists of names joined with `` | ``, nested structures as JSON text, evidence as
``article:start-end`` references. A column keeps its type (integers, floats, booleans, text)
when every value has it; a column that mixes types is written as text. Needs pyarrow
(``pip install 'communique[parquet]'``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from communique.errors import MissingExtraError, OutputError
from communique.outputs.tables import TABLES, Row


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise MissingExtraError("export --format parquet", "pyarrow", "parquet") from exc
    return pyarrow


def _column(pa: Any, values: list[Any]) -> Any:
    """An Arrow array of ``values``: its own type when pyarrow infers one, else text."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # WHY: a column mixing numbers and text (a claim value "3" beside 3.5) must not fail
        # the export; as text nothing is lost.
        return pa.array([None if v is None else v if isinstance(v, str) else json.dumps(v)
                         for v in values], type=pa.string())


def table_of(rows: list[Row]) -> Any:
    """An Arrow table of ``rows`` (a table without rows has the single column ``id``)."""
    pa = _pyarrow()
    columns = list(dict.fromkeys(k for row in rows for k in row)) or ["id"]
    if not rows:
        return pa.table({"id": pa.array([], type=pa.string())})
    return pa.table({name: _column(pa, [row.get(name) for row in rows]) for name in columns})


def export_parquet(dossier: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write one Parquet file per table into ``out_dir`` and return the paths."""
    pa = _pyarrow()
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, rows_of in TABLES.items():
            path = out_dir / f"{name}.parquet"
            pa.parquet.write_table(table_of(rows_of(dossier)), path)
            written.append(path)
    except OSError as exc:
        raise OutputError(
            f"cannot write Parquet files to {out_dir}: {exc.strerror or exc}",
            fix="choose a writable --out directory",
        ) from exc
    return written
