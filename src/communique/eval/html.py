"""Score HTML main-text extraction against snippet gold (trafilatura's evaluation format).

Gold is a JSON object ``url -> {"file", "with", "without", "title", "author", "date", ...}``:
``with`` lists snippets that belong to the article and must appear in the extracted text,
``without`` lists boilerplate (navigation, teasers, author blurbs) that must not. As in the
upstream scorer, a ``with`` snippet found is a true positive and one missing a false negative; a
``without`` snippet found is a false positive and one absent a true negative. Snippets are looked
for after white space is folded and typographic quotes and dashes are made plain, so that the
score measures what was kept, not how it was spelled.

Metadata is scored per field on the pages whose gold states it: the title (loosely compared),
the author (after :func:`~communique.clean._metadata.clean_author`, loosely compared) and the
publication date (after :func:`~communique.clean._dates.parse_date`, exact day).
"""

from __future__ import annotations

import gzip
import html as html_lib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.clean._dates import parse_date
from communique.clean._html import HtmlExtract, extract_html
from communique.clean._metadata import clean_author, outlet_from_url

__all__ = [
    "HtmlCase", "HtmlScore", "evaluate", "load_cases", "normalize", "read_html", "score_case",
]

GOLD_FILE = "evaldata_english_news.json"
"""Name of the gold file inside the data folder."""

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                       "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
_AUTHOR_SPLIT = re.compile(r";|,|\s+and\s+", re.IGNORECASE)


def normalize(text: str) -> str:
    """Fold white space, typographic quotes and dashes, and compatibility forms (NFKC)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_FOLD)).strip()


def _loose(text: str) -> str:
    """Lower-case words only, for comparing titles and names whatever their punctuation."""
    return _NON_WORD.sub(" ", normalize(html_lib.unescape(text)).casefold()).strip()


@dataclass(frozen=True, slots=True)
class HtmlCase:
    """One gold page: where its HTML is and what a good extraction contains."""

    url: str
    path: Path
    with_snippets: tuple[str, ...]
    without_snippets: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass(slots=True)
class HtmlScore:
    """Counts over a set of pages, and the rates derived from them."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    metadata: dict[str, list[int]] = field(default_factory=dict)
    """Field name -> ``[correct, pages with gold]``."""
    misses: list[str] = field(default_factory=list)
    """``file: snippet`` for every false negative and false positive (for reading, not scoring)."""

    @property
    def precision(self) -> float:
        """Share of snippets found in the text that are article text (1.0 when none found)."""
        found = self.tp + self.fp
        return self.tp / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of must-have snippets that were found."""
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def accuracy(self) -> float:
        """Share of all snippets (must-have and must-not-have) judged right."""
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 1.0

    def metadata_accuracy(self, name: str) -> float:
        """Share of pages with gold ``name`` whose extracted value agrees (1.0 when none)."""
        correct, total = self.metadata.get(name, [0, 0])
        return correct / total if total else 1.0

    def as_dict(self) -> dict[str, Any]:
        """All counts and rates, rounded, for reports."""
        return {
            "tp": self.tp, "fn": self.fn, "fp": self.fp, "tn": self.tn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "accuracy": round(self.accuracy, 4),
            "metadata": {k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                         for k, (c, t) in sorted(self.metadata.items())},
        }


def _text_or_none(value: object) -> str | None:
    """Keep a non-empty string gold value; anything else means the gold does not say."""
    return value if isinstance(value, str) and value.strip() else None


def load_cases(folder: Path) -> list[HtmlCase]:
    """Read the gold file in ``folder``; pages whose HTML file is missing are left out."""
    gold: Mapping[str, Mapping[str, Any]] = json.loads(
        (folder / GOLD_FILE).read_text(encoding="utf-8"))
    cases = []
    for url, entry in sorted(gold.items()):
        path = folder / "html" / f"{entry['file']}.gz"
        if not path.is_file():
            continue
        cases.append(HtmlCase(
            url=url,
            path=path,
            with_snippets=tuple(entry.get("with") or ()),
            without_snippets=tuple(entry.get("without") or ()),
            title=_text_or_none(entry.get("title")),
            author=_text_or_none(entry.get("author")),
            date=_text_or_none(entry.get("date")),
        ))
    return cases


def read_html(path: Path) -> str:
    """Decode a gzipped page; bytes that are not UTF-8 are replaced, as a crawler would."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def _same_author(gold: str, found: str | None) -> bool:
    """Authors agree when every gold name's words appear in the cleaned extraction.

    The gold is cleaned the same way first: some gold bylines keep their affiliation ("... For
    The Mail On Sunday"), which is not part of any name.
    """
    if not found:
        return False
    extracted = set(_loose(found).split())
    names = [n for n in _AUTHOR_SPLIT.split(clean_author(gold) or gold) if n.strip()]
    return bool(names) and all(set(_loose(name).split()) <= extracted for name in names)


def _score_metadata(case: HtmlCase, page: HtmlExtract, score: HtmlScore) -> None:
    """Add the page's title, author and date agreement to ``score.metadata``."""
    outlet = outlet_from_url(case.url)
    checks: list[tuple[str, str | None, Callable[[str], bool]]] = [
        ("title", case.title, lambda g: bool(page.title) and _loose(g) == _loose(page.title or "")),
        ("author", case.author,
         lambda g: _same_author(g, clean_author(page.author or "", page.sitename or outlet))),
        ("date", case.date, lambda g: page.published is not None
         and parse_date(g) == parse_date(page.published)),
    ]
    for name, gold, agrees in checks:
        if gold is None:
            continue
        tally = score.metadata.setdefault(name, [0, 0])
        tally[0] += int(agrees(gold))
        tally[1] += 1


def score_case(case: HtmlCase, page: HtmlExtract, score: HtmlScore) -> None:
    """Add one page's snippet and metadata counts to ``score``."""
    text = normalize(page.text)
    for snippet in case.with_snippets:
        if normalize(snippet) in text:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"FN {case.path.name}: {snippet}")
    for snippet in case.without_snippets:
        if normalize(snippet) in text:
            score.fp += 1
            score.misses.append(f"FP {case.path.name}: {snippet}")
        else:
            score.tn += 1
    _score_metadata(case, page, score)


def evaluate(
    cases: Sequence[HtmlCase],
    extract: Callable[[str, str | None], HtmlExtract] = extract_html,
) -> HtmlScore:
    """Run ``extract`` on every page and score it; the body text alone is scored.

    The headline that :func:`~communique.clean._html.extract_html` moves out of the body is not
    put back: communique reads evidence from the body only, so that is what must be right.
    """
    score = HtmlScore()
    for case in cases:
        score_case(case, extract(read_html(case.path), case.url), score)
    return score
