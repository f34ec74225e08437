"""Flat tables of the dossier, for spreadsheets and other tools (``communique export``).

Each section becomes one CSV file with one row per item. Lists of names are joined with
`` | ``; nested structures (delegations, sides, evidence) are written as JSON in their cell so
nothing is lost; evidence is also summarized as ``article:start-end`` references.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique.errors import OutputError

Row = dict[str, Any]


def _refs(evidence: list[dict[str, Any]]) -> str:
    """``article:start-end`` references of evidence passages."""
    return " | ".join(f"{e['article']}:{e['start']}-{e['end']}" for e in evidence)


def _cell(value: Any) -> Any:
    """A CSV cell: scalars as they are, lists of strings joined, anything else as JSON."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " | ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flat(item: dict[str, Any], drop: tuple[str, ...] = ()) -> Row:
    """One row from an item: evidence summarized, nested values as JSON."""
    row = {k: _cell(v) for k, v in item.items() if k not in drop and k != "evidence"}
    if "evidence" in item:
        row["evidence"] = _refs(item["evidence"])
    return row


def _articles(d: dict[str, Any]) -> list[Row]:
    return [
        _flat(a, drop=("text", "removed", "headings", "captions"))
        | {"removed_lines": len(a["removed"])}
        for a in d["articles"]
    ]


def _positions(d: dict[str, Any]) -> list[Row]:
    return [
        _flat(p, drop=("issue",)) | {"issue_id": p["issue"]["id"], "issue": p["issue"]["label"]}
        for p in d["positions"]
    ]


def _contradictions(d: dict[str, Any]) -> list[Row]:
    return [
        _flat(x, drop=("sides",))
        | {
            "values": " | ".join(str(s["value"]) for s in x["sides"]),
            "evidence": " || ".join(_refs(s["evidence"]) for s in x["sides"]),
        }
        for x in d["contradictions"]
    ]


TABLES: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "articles": _articles,
    "entities": lambda d: [_flat(e) for e in d["entities"]],
    "events": lambda d: [_flat(e) for e in d["events"]],
    "quotes": lambda d: [_flat(q) for q in d["quotes"]],
    "claims": lambda d: [_flat(c) for c in d["claims"]],
    "positions": _positions,
    "contradictions": _contradictions,
    "timeline": lambda d: [dict(t) for t in d["timeline"]],
}
"""Table name → function from the dossier to its rows."""


def export_csv(dossier: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write one CSV per table into ``out_dir`` and return the paths."""
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, rows_of in TABLES.items():
            rows = rows_of(dossier)
            columns = list(dict.fromkeys(k for row in rows for k in row)) or ["id"]
            path = out_dir / f"{name}.csv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
            written.append(path)
    except OSError as exc:
        raise OutputError(
            f"cannot write CSV files to {out_dir}: {exc.strerror or exc}",
            fix="choose a writable --out directory",
        ) from exc
    return written
