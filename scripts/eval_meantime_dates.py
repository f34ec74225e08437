"""Score ``find_dates`` on the MEANTIME English corpus (TimeML TIMEX3, TempEval-3 style).

Usage: ``python scripts/eval_meantime_dates.py [DATA_DIR] [--errors] [--no-vague]``. DATA_DIR
defaults to ``../shared/data/meantime_english`` beside the checkout. Prints extent P/R/F1
(strict and relaxed) and value P/R/F1 over all documents, and with ``--errors`` every
missed, spurious or wrongly valued expression.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from communique.eval.temporal import (
    TimexDocument,
    add_counts,
    read_meantime,
    score_dates,
)
from communique.extract.temporal import find_dates

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime_english"


def documents(root: Path) -> list[TimexDocument]:
    """Every annotated document under ``root`` (the cross-document annotation set)."""
    files = sorted((root / "intra_cross-doc_annotation").glob("*/*.xml"))
    return [read_meantime(f) for f in files]


def evaluate(docs: list[TimexDocument], *, vague: bool, errors: bool) -> dict[str, float]:
    """Summed scores over ``docs``; prints the disagreements when ``errors`` is set."""
    total: dict[str, float] = {}
    for doc in docs:
        found = [e for e in find_dates(doc.text, doc.published, vague=vague)
                 if e.end <= doc.annotated_end]
        total = add_counts(total, score_dates(doc.gold, found))
        if errors:
            _print_errors(doc, found)
    return total


def _print_errors(doc: TimexDocument, found: list) -> None:  # type: ignore[type-arg]
    """Missed (``-``), spurious (``+``) and wrongly valued (``~``) expressions of one document."""
    predicted = {(p.start, p.end): p for p in found}
    for g in doc.gold:
        hit = next((p for p in found if p.start < g.end and g.start < p.end), None)
        if hit is None:
            print(f"- {doc.name}: {g.text!r} {g.value}")
        elif hit.value != g.value:
            print(f"~ {doc.name}: {g.text!r} {g.value} | {hit.text!r} {hit.value}")
    for (start, end), p in predicted.items():
        if not any(g.start < end and start < g.end for g in doc.gold):
            print(f"+ {doc.name}: {p.text!r} {p.value}")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-vague", action="store_true")
    args = parser.parse_args()
    docs = documents(args.data)
    scores = evaluate(docs, vague=not args.no_vague, errors=args.errors)
    print(json.dumps({"documents": len(docs), **{k: round(v, 4) for k, v in scores.items()}},
                     indent=1))


if __name__ == "__main__":
    main()
