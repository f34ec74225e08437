"""Score a dossier's claims against hand judgements of whether an analyst can use them.

The gold's ``claims_audit.tsv`` (one per dev story) holds judged claims of seeded random
samples (``sample``: ``random`` from all claims, ``pooled`` from those with two outlets or
more), each keyed by its article (``id`` of ``sources.tsv``), the first words of its evidence
sentence (``sentence``), its value as written (``value``) and the first words of the claim's
text as it was judged (``claim``), with the verdict (``usable``: yes/no) and the failure kind.
A claim is usable when its text is a self-contained statement (subject, predicate, what is
asserted; a number with what it measures) and its outlets plausibly say the same thing.

A judged claim is looked up by article, sentence and value; when its text still opens with
judged words, the verdict stands; when the text changed it is listed to be judged again (add
a row for the new wording); when no claim rests on that sentence with that value any more it
is listed as gone. Usage::

    .venv/bin/python scripts/claims_audit.py DOSSIER.json tests/gold/dev-stories/STORY [...]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any


def _rows(folders: list[Path], name: str) -> list[dict[str, str]]:
    """The rows of the first ``name`` found in ``folders``."""
    for folder in folders:
        path = folder / name
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                return list(csv.DictReader(handle, delimiter="\t"))
    raise SystemExit(f"no {name} in {', '.join(map(str, folders))}")


def _words(text: str, n: int) -> str:
    """The first ``n`` words of a text, white space normalized."""
    return " ".join(text.split()[:n])


def _index(dossier: dict[str, Any], urls: dict[str, str]
           ) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """(gold id, sentence first words, value text) → the claims resting on that sentence."""
    gold_of = {a["id"]: urls.get(a.get("url") or "") for a in dossier["articles"]}
    index: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for claim in dossier["claims"]:
        value = (claim.get("value") or {}).get("text") or ""
        for evidence in claim["evidence"]:
            gold = gold_of.get(evidence["article"])
            if gold:
                index[(gold, _words(evidence["text"], 6), value)].append(claim)
    return index


def main() -> None:
    """Print per sample: verdicts that stand, claims to judge again, claims gone."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossier", type=Path)
    parser.add_argument("gold", nargs="+", type=Path, help="gold folder(s) of the story")
    args = parser.parse_args()
    dossier = json.loads(args.dossier.read_text("utf-8"))
    urls = {r["url"]: r["id"] for r in _rows(args.gold, "sources.tsv")}
    index = _index(dossier, urls)
    judged: dict[tuple[str, str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _rows(args.gold, "claims_audit.tsv"):
        judged[(row["sample"], row["id"], row["sentence"], row["value"])].append(row)
    for sample in ("random", "pooled"):
        usable = standing = 0
        again: list[str] = []
        gone: list[str] = []
        for (kind, gold, sentence, value), rows in judged.items():
            if kind != sample:
                continue
            claims = index.get((gold, sentence, value), [])
            if not claims:
                gone.append(f"  gone ({rows[0]['usable']}): {gold} {sentence} [{value}]")
                continue
            texts = [_words(c["text"], 6) for c in claims]
            row = next((r for r in rows if r["claim"] in texts), None)
            if row is None:
                again.append(f"  judge again: {gold} {sentence} [{value}] -> {claims[0]['text']}")
                continue
            standing += 1
            usable += row["usable"] == "yes"
        total = sum(1 for key in judged if key[0] == sample)
        print(f"{sample}: {usable}/{standing} usable of the judged claims still shown as judged;"
              f" {len(again)} to judge again, {len(gone)} gone (of {total})")
        print("\n".join(again + gone))


if __name__ == "__main__":
    main()
