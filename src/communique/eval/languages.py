"""``communique eval lang``: the same story in several languages, scored against one gold.

``examples/parallel/`` retells English articles of ``examples/`` in German, French, Spanish,
Russian and Ukrainian (``gold.json`` there says which). Each language's articles and the English
originals are extracted, and per language we score, article by article:

* **dates** — values (``2031-03-19``, ``P2D``) against the gold's, as multisets;
* **places**, **persons** — the article's place/country and person entities against the gold's
  English canonical names, matched through the name keys of :mod:`communique.lang.names` (so
  ``Андрей Цветкаров`` links to ``Andriy Tsvetkarov``: this is person linking across scripts);
* **quotes** — a system quote matches a gold one of the same article when half of the gold
  quote's words are in it and its speaker links to the gold speaker;
* **events** — the places of the article's event mentions against the places of the gold
  events the article reports.

Each F1 is also given as a ratio of the English F1 on the same articles (the goal is 0.8).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import InputError
from communique.lang.names import same_person as names_same_person
from communique.lang.names import similar_names, spelling_key
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.entities import EntityLabel

CATEGORIES = ("dates", "places", "persons", "quotes", "events")
_WORD = re.compile(r"\w+")
_QUOTE_OVERLAP = 0.5


@dataclass
class Counts:
    """True positives, system items and gold items of one category."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, tp: int, system: int, gold: int) -> None:
        """Add one article's counts."""
        self.tp += tp
        self.system += system
        self.gold += gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when nothing was found or expected)."""
        if not self.system or not self.gold:
            return 0.0
        p, r = self.tp / self.system, self.tp / self.gold
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class LanguageScore:
    """Scores of one language over its parallel articles."""

    language: str
    articles: int
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})


def name_key(name: str) -> str:
    """A spelling key of a whole name (every word's key, joined)."""
    return "".join(spelling_key(w) for w in name.split())


def same_place(a: str, b: str) -> bool:
    """Whether two place names can be one place (``Halvek`` / ``Halvek district`` too)."""
    ka, kb = name_key(a), name_key(b)
    return similar_names(ka, kb) or (min(len(ka), len(kb)) >= 4 and
                                     (ka.startswith(kb) or kb.startswith(ka)))


def same_person(a: str, b: str) -> bool:
    """Whether two person names link (:func:`communique.lang.names.same_person`: similar
    surnames, a second surname or middle name counting as one, and agreeing given names)."""
    return names_same_person(a, b)


def match_count(system: Sequence[Any], gold: Sequence[Any], same: Any) -> int:
    """Greedy one-to-one matches between ``system`` and ``gold`` items under ``same``."""
    free = list(gold)
    tp = 0
    for item in system:
        hit = next((g for g in free if same(item, g)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return tp


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _quote_match(speaker_of: dict[str, str]) -> Any:
    def same(item: tuple[str, str | None], gold: dict[str, Any]) -> bool:
        text, speaker = item
        wanted = _words(gold["text"])
        overlap = len(wanted & _words(text)) / len(wanted) if wanted else 0.0
        resolved = speaker_of.get(speaker or "", speaker or "")
        return overlap >= _QUOTE_OVERLAP and bool(speaker) and same_person(resolved,
                                                                             gold["speaker"])
    return same


def _entity_names(annotations: Annotations, labels: Iterable[EntityLabel]) -> list[str]:
    wanted = set(labels)
    return [e.canonical for e in annotations.entities if e.label in wanted]


def score_article(annotations: Annotations, gold: dict[str, Any], counts: dict[str, Counts]
                  ) -> None:
    """Add one article's scores (``gold``: its dates, quotes, persons, places, event places)."""
    dates = Counter(d.value for d in annotations.dates if d.value)
    wanted = Counter(v for v in gold["dates"] if v)
    counts["dates"].add(sum((dates & wanted).values()), sum(dates.values()), sum(wanted.values()))
    places = list(dict.fromkeys(_entity_names(annotations,
                                              (EntityLabel.PLACE, EntityLabel.COUNTRY))))
    counts["places"].add(match_count(places, gold["places"], same_place), len(places),
                         len(gold["places"]))
    persons = list(dict.fromkeys(_entity_names(annotations, (EntityLabel.PERSON,))))
    counts["persons"].add(match_count(persons, gold["persons"], same_person), len(persons),
                          len(gold["persons"]))
    quotes = [(q.text, q.speaker_text) for q in annotations.quotes]
    full = {a: e.canonical for e in annotations.entities for a in e.aliases}
    counts["quotes"].add(match_count(quotes, gold["quotes"], _quote_match(full)), len(quotes),
                         len(gold["quotes"]))
    events = list(dict.fromkeys(e.place for e in annotations.events if e.place))
    counts["events"].add(match_count(events, gold["events"], same_place), len(events),
                         len(gold["events"]))


def load_parallel_gold(folder: Path, english_gold: Path) -> dict[str, dict[str, Any]]:
    """Per article key (``de/01_….txt`` and the English originals' keys), what it must yield."""
    try:
        data = json.loads((folder / "gold.json").read_text("utf-8"))
        english = json.loads(english_gold.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(folder), f"parallel gold unreadable: {exc}", code="E121") from exc
    out: dict[str, dict[str, Any]] = {}
    originals = {a["parallel_of"] for a in data["articles"].values()}
    for key in [*data["articles"], *sorted(originals)]:
        source = english if key in originals else data
        slot = key if key in originals else data["articles"][key]["parallel_of"]
        names = [(e["name"], e["type"]) for e in data["entities"]
                 if any(data["articles"][a]["parallel_of"] == slot for a in e["articles"])]
        out[key] = {
            "language": "en" if key in originals else data["articles"][key]["language"],
            "dates": [d["value"] for d in source["dates"] if d["article"] == key],
            "quotes": [q for q in source["quotes"] if q["article"] == key],
            "persons": sorted({n for n, t in names if t == "person"}),
            "places": sorted({n for n, t in names if t != "person"}),
            "events": [e["place"] for e in data["events"] if e["place"] and any(
                data["articles"][a]["parallel_of"] == slot for a in e["articles"])],
        }
        out[key]["events"] = list(dict.fromkeys(out[key]["events"]))
    return out


def document_key(document: Document, examples: Path) -> str | None:
    """The gold key of a built document: its path under ``examples`` (``#N`` for JSONL)."""
    try:
        relative = Path(document.source.split("#")[0]).resolve().relative_to(examples.resolve())
    except ValueError:
        return None
    key = relative.as_posix()
    if key.startswith("parallel/"):
        key = key[len("parallel/"):]
    return key + ("#" + document.source.split("#")[1] if "#" in document.source else "")


def score_languages(documents: Sequence[Document], annotated: Sequence[Annotations],
                    gold: dict[str, dict[str, Any]], examples: Path) -> list[LanguageScore]:
    """Score every language of the parallel gold, English first."""
    scores: dict[str, LanguageScore] = {}
    for document, found in zip(documents, annotated, strict=True):
        key = document_key(document, examples)
        if key is None or key not in gold:
            continue
        language = gold[key]["language"]
        score = scores.setdefault(language, LanguageScore(language, 0))
        score.articles += 1
        score_article(found, gold[key], score.counts)
    return sorted(scores.values(), key=lambda s: (s.language != "en", s.language))


def render(scores: Sequence[LanguageScore]) -> str:
    """A Markdown table: F1 per category and language, and its ratio to English."""
    english = next((s for s in scores if s.language == "en"), None)
    head = "| language | articles | " + " | ".join(f"{c} F1 (÷ en)" for c in CATEGORIES) + " |"
    lines = [head, "|---|---|" + "---|" * len(CATEGORIES)]
    for score in scores:
        cells = []
        for category in CATEGORIES:
            f1 = score.counts[category].f1
            base = english.counts[category].f1 if english else 0.0
            ratio = f"{f1 / base:.2f}" if base and score is not english else "—"
            cells.append(f"{f1:.2f} ({ratio})")
        lines.append(f"| {score.language} | {score.articles} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
