"""Scoring temporal expressions against gold: spans (exact and overlapping) and values.

Gold files name each expression by its surface text in reading order, not by offsets, so that a
person can write them while reading; :func:`locate_gold` turns them into offsets.
:func:`score_dates` then counts, TempEval-3 style, span matches (exact and relaxed) and, among the
relaxed matches, those with the same normalized value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol
from xml.etree import ElementTree


class DateSpan(Protocol):
    """Anything with offsets and a value: a :class:`GoldDate` or a ``TimeExpression``."""

    @property
    def start(self) -> int:
        """Start offset."""

    @property
    def end(self) -> int:
        """End offset (exclusive)."""

    @property
    def value(self) -> str | None:
        """Normalized value (``None`` when unknowable)."""


def _type_of(item: DateSpan) -> str | None:
    """The TimeML type of a gold or predicted expression, when it has one."""
    return getattr(item, "type", None)


@dataclass(frozen=True, slots=True)
class GoldDate:
    """One gold temporal expression placed in its text."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None = None
    type: str | None = None
    """TimeML type (``DATE``, ``TIME``, ``DURATION``, ``SET``) where the gold gives one."""


def locate_gold(text: str, items: Iterable[Mapping[str, Any]]) -> list[GoldDate]:
    """Place gold items (``text``, ``value``, optional ``granularity``) in ``text``, in order.

    Each item is searched after the previous one, as a whole word sequence, so repeated
    expressions (``Feb. 14`` five times) land on their own occurrences. Raises ``ValueError``
    when an item is not found: a gold file that does not fit its text must fail loudly.
    """
    placed: list[GoldDate] = []
    cursor = 0
    for item in items:
        surface = str(item["text"])
        pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        found = pattern.search(text, cursor)
        if found is None:
            raise ValueError(f"gold expression {surface!r} not found after offset {cursor}")
        placed.append(GoldDate(found.start(), found.end(), surface, item.get("value"),
                               item.get("granularity")))
        cursor = found.start() + 1
    return placed


def ignored_spans(text: str, snippets: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of every occurrence of boilerplate snippets whose predictions are not scored."""
    spans: list[tuple[int, int]] = []
    for snippet in snippets:
        spans.extend(m.span() for m in re.finditer(re.escape(snippet), text))
    return spans


def score_dates(gold_items: Sequence[DateSpan], predicted: Sequence[DateSpan],
                ignore: Sequence[tuple[int, int]] = ()) -> dict[str, float]:
    """Precision, recall and F1 for spans (exact, overlap) and values, plus the raw counts.

    Predictions inside an ``ignore`` span (boilerplate) are dropped first. Overlap matching is
    one-to-one, in text order. A value counts as right when a relaxed match has the same value;
    two ``None`` values agree (both say the date cannot be known).
    """
    preds = [p for p in predicted if not any(p.start < e and s < p.end for s, e in ignore)]
    exact = len({(g.start, g.end) for g in gold_items} & {(p.start, p.end) for p in preds})
    pairs = _overlap_pairs(gold_items, preds)
    values = sum(1 for g, p in pairs if g.value == p.value)
    types = sum(1 for g, p in pairs if _type_of(g) is not None and _type_of(g) == _type_of(p))
    return rates_from_counts({"gold": len(gold_items), "predicted": len(preds),
                              "exact_matches": exact, "overlap_matches": len(pairs),
                              "value_matches": values, "type_matches": types})


def _overlap_pairs(gold: Sequence[DateSpan], predicted: Sequence[DateSpan]
                   ) -> list[tuple[DateSpan, DateSpan]]:
    """One-to-one pairs of overlapping gold and predicted spans, exact matches first."""
    free = list(predicted)
    pairs: list[tuple[DateSpan, DateSpan]] = []
    unmatched = []
    for g in gold:
        same = next((p for p in free if (p.start, p.end) == (g.start, g.end)), None)
        if same is None:
            unmatched.append(g)
            continue
        free.remove(same)
        pairs.append((g, same))
    for g in unmatched:
        hit = next((p for p in free if p.start < g.end and g.start < p.end), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def add_counts(total: dict[str, float], part: Mapping[str, float]) -> dict[str, float]:
    """Sum the raw counts of several :func:`score_dates` results and recompute the rates."""
    keys = ("gold", "predicted", "exact_matches", "overlap_matches", "value_matches",
            "type_matches")
    merged = {k: total.get(k, 0.0) + part.get(k, 0.0) for k in keys}
    return rates_from_counts(merged)


def rates_from_counts(counts: Mapping[str, float]) -> dict[str, float]:
    """A full score dictionary from the raw counts alone."""
    out = {"type_matches": 0.0, **counts}
    gold, predicted = int(out["gold"]), int(out["predicted"])
    for name, key in (("span_exact", "exact_matches"), ("span_overlap", "overlap_matches"),
                      ("value", "value_matches"), ("type", "type_matches")):
        p, r, f = prf(int(out[key]), predicted, gold)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    matched = out["overlap_matches"]
    out["value_accuracy"] = out["value_matches"] / matched if matched else 0.0
    out["type_accuracy"] = out["type_matches"] / matched if matched else 0.0
    return out


@dataclass(frozen=True, slots=True)
class TimexDocument:
    """One annotated document rebuilt as text: its creation date and gold expressions."""

    name: str
    text: str
    published: date | None
    gold: list[GoldDate]
    annotated_end: int
    """MEANTIME marks time only in the title, the date line and the first four sentences;
    predictions past this offset are not scored."""


# Tokens written against the previous one; MEANTIME stores tokens, not the original spacing.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't",
                              "'", "''", "'re", "'ve", "'ll", "'d", "'m"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``", "#"})
# Sentences 0-5 (title, date line, four sentences) carry every TIMEX3 in the corpus: counted
# over all 120 documents, no expression is marked later although events are.
_TIMEX_SENTENCES = 6


def read_meantime(path: Path) -> TimexDocument:
    """Rebuild one MEANTIME (CAT XML) document's text and place its TIMEX3 annotations in it.

    Tokens are joined with light detokenization, one sentence a line; expressions without
    tokens (empty TIMEX3 that only anchor relations) are left out.
    """
    root = ElementTree.parse(path).getroot()
    text, spans, sentence_ends = _detokenize(root)
    gold, published = [], None
    for timex in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in timex.iter("token_anchor")]
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = _iso_date(timex.get("value", ""))
        if not ids or any(i not in spans for i in ids):
            continue
        start, end = spans[ids[0]][0], spans[ids[-1]][1]
        gold.append(GoldDate(start, end, text[start:end], timex.get("value"),
                             type=timex.get("type")))
    gold.sort(key=lambda g: g.start)
    if published is None:
        published = _date_line(gold, text)
    annotated_end = sentence_ends[min(_TIMEX_SENTENCES, len(sentence_ends)) - 1] \
        if sentence_ends else 0
    return TimexDocument(path.stem, text, published, gold, annotated_end)


def _detokenize(root: ElementTree.Element
                ) -> tuple[str, dict[str, tuple[int, int]], list[int]]:
    """The document text, each token id's offsets in it and where each sentence ends."""
    ends: list[int] = []
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            ends.append(length)
            parts.append("\n")
            length += 1
        elif parts and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            parts.append(" ")
            length += 1
        spans[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        sentence, previous = token.get("sentence"), word
    ends.append(length)
    return "".join(parts), spans, ends


def _date_line(gold: Sequence[GoldDate], text: str) -> date | None:
    """The creation date of a document whose DCT is not marked: its date line (second line).

    Three MEANTIME documents mark no creation time; their date line (``September 01, 2007``)
    states it, as in every other document, and its gold value says it in ISO form.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    line_start = len(lines[0]) + 1
    line_end = line_start + len(lines[1])
    for item in gold:
        if line_start <= item.start and item.end <= line_end and item.value:
            found = _iso_date(item.value)
            if found is not None:
                return found
    try:
        return datetime.strptime(lines[1].strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def _iso_date(value: str) -> date | None:
    """A creation date from its TIMEX3 value (``2008-03-01``, maybe with a time)."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
