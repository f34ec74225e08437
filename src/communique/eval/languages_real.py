"""Person linking and places on real non-English articles (``tests/gold/multilingual-real``).

The gold lists every person and place mention of 65 real excerpts in seven languages with its
canonical (English) name; the texts are rebuilt into ``.data/multilingual-real.jsonl`` and never
committed. Per article we compare the *distinct canonical names*: a system person entity links
to a gold person when their names match under the cross-script name keys (``Вадефуль`` /
``Johann Wadephul``), a place when its canonical name matches (``Peking`` must come out as
``Beijing``). Bylines and photo credits are left out of the person gold.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import InputError
from communique.eval.languages import Counts, match_count, same_person, same_place
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.entities import EntityLabel

_SKIPPED_NOTES = ("byline", "photo credit", "author")
_PLACE_LABELS = (EntityLabel.PLACE, EntityLabel.COUNTRY)


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise InputError(str(path), f"gold file unreadable: {exc}", code="E121") from exc


@dataclass
class RealArticle:
    """One gold article: its language and the distinct canonical persons and places."""

    language: str
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def load_real_gold(folder: Path) -> dict[str, RealArticle]:
    """Per article id: its language and its distinct gold persons and places."""
    gold = {row["id"]: RealArticle(row["lang"]) for row in _rows(folder / "sources.tsv")}
    for row in _rows(folder / "persons.tsv"):
        note = (row.get("note") or "").lower()
        if row["id"] in gold and not any(n in note for n in _SKIPPED_NOTES):
            gold[row["id"]].persons.add(row["canonical"])
    for row in _rows(folder / "places.tsv"):
        if row["id"] in gold:
            gold[row["id"]].places.add(row["canonical"])
    return gold


def real_inputs(texts: Path, gold: dict[str, RealArticle]) -> dict[str, str]:
    """Article url → gold id, for the texts file's articles that the gold covers."""
    if not texts.is_file():
        raise InputError(str(texts), "the rebuilt texts are missing", code="E121",
                         fix="rebuild .data/multilingual-real.jsonl (see the gold's README)")
    ids = {}
    for line in texts.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("id") in gold:
            ids[str(record["url"])] = str(record["id"])
    return ids


Same = Callable[[str, str], bool]


def _distinct(names: list[str], same: Same) -> list[str]:
    """``names`` with every name that matches an earlier one left out."""
    out: list[str] = []
    for name in names:
        if not any(same(name, kept) for kept in out):
            out.append(name)
    return out


def score_real(documents: Sequence[Document], annotated: Sequence[Annotations],
               gold: dict[str, RealArticle], ids: dict[str, str]
               ) -> dict[str, dict[str, Counts]]:
    """Per language: person-linking and place counts over the gold's articles."""
    scores: dict[str, dict[str, Counts]] = defaultdict(lambda: {"persons": Counts(),
                                                                "places": Counts()})
    for document, found in zip(documents, annotated, strict=True):
        key = ids.get(document.url or "")
        if key is None:
            continue
        wanted = gold[key]
        counts = scores[wanted.language]
        persons = _distinct([e.canonical for e in found.entities
                             if e.label is EntityLabel.PERSON], same_person)
        places = _distinct([e.canonical for e in found.entities if e.label in _PLACE_LABELS],
                           same_place)
        gold_persons, gold_places = sorted(wanted.persons), sorted(wanted.places)
        counts["persons"].add(match_count(persons, gold_persons, same_person), len(persons),
                              len(gold_persons))
        counts["places"].add(match_count(places, gold_places, same_place), len(places),
                             len(gold_places))
    return dict(sorted(scores.items()))


def render_real(scores: dict[str, dict[str, Counts]]) -> str:
    """A Markdown table: person linking and places per language (precision, recall, F1)."""
    lines = ["| language | persons P | R | F1 | places P | R | F1 |",
             "|---|---|---|---|---|---|---|"]
    for language, counts in scores.items():
        cells = []
        for name in ("persons", "places"):
            c = counts[name]
            p = c.tp / c.system if c.system else 0.0
            r = c.tp / c.gold if c.gold else 0.0
            cells += [f"{p:.2f}", f"{r:.2f}", f"{c.f1:.2f}"]
        lines.append(f"| {language} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
