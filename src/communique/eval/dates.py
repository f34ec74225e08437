"""``communique eval dates``: TimeML scores on MEANTIME English, ours beside HeidelTime's.

Both systems tag the same rebuilt texts with the same creation dates in the same run; both are
scored the TempEval-3 way (:func:`communique.eval.temporal.score_dates`): strict span F1 (same
extent), relaxed span F1 (overlapping extents, matched one to one), value F1 (relaxed matches
with the gold value, over all predictions and all gold) and type accuracy (relaxed matches with
the gold type). MEANTIME marks time expressions in the title, the date line and the first four
sentences of each article, so predictions after those are not scored, for either system.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import InputError
from communique.eval.temporal import TimexDocument, add_counts, read_meantime, score_dates
from communique.extract.temporal import find_timex
from communique.model.temporal import Timex3

Tagger = Callable[[Sequence[TimexDocument]], list[list[Timex3]]]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One expression where a system and the gold disagree."""

    kind: str
    """``missed``, ``spurious`` or ``wrong value``."""
    type: str
    """The gold TIMEX3 type (the system's for a spurious one)."""
    line: str
    """A readable line: document, text, type and value of both sides."""


@dataclass(frozen=True, slots=True)
class SystemScore:
    """One system's summed counts and rates over a corpus, and its disagreements with gold."""

    name: str
    scores: dict[str, float]
    errors: list[Disagreement] = field(default_factory=list)
    """One per missed, spurious or wrongly valued expression."""


def meantime_documents(root: Path) -> list[TimexDocument]:
    """Every annotated MEANTIME document under ``root`` (the folder with ``intra_cross-doc…``)."""
    files = sorted((root / "intra_cross-doc_annotation").glob("*/*.xml"))
    if not files:
        raise InputError(str(root), "no MEANTIME documents (intra_cross-doc_annotation/*/*.xml)",
                         code="E120", fix="pass the meantime_english folder of the shared data")
    return [read_meantime(path) for path in files]


def ours(documents: Sequence[TimexDocument]) -> list[list[Timex3]]:
    """communique's TIMEX3 expressions for each document."""
    return [find_timex(d.text, d.published) for d in documents]


def heideltime(documents: Sequence[TimexDocument]) -> list[list[Timex3]]:
    """HeidelTime's TIMEX3 expressions for each document (needs the ``eval`` extra and Java)."""
    from communique.eval.heideltime import HeidelTimeInput, run_heideltime

    inputs = []
    for d in documents:
        if d.published is None:
            raise InputError(d.name, "no creation date; HeidelTime's news mode needs one",
                             code="E120")
        inputs.append(HeidelTimeInput(d.text, d.published))
    return run_heideltime(inputs)


def score_system(name: str, documents: Sequence[TimexDocument],
                 found: Sequence[Sequence[Timex3]]) -> SystemScore:
    """Sum one system's TempEval-3 counts over ``documents`` (only their annotated part)."""
    total: dict[str, float] = {}
    errors: list[Disagreement] = []
    for document, predicted in zip(documents, found, strict=True):
        scored = [t for t in predicted if t.end <= document.annotated_end]
        total = add_counts(total, score_dates(document.gold, scored))
        errors.extend(_disagreements(document, scored))
    return SystemScore(name, total, errors)


def _disagreements(document: TimexDocument, found: Sequence[Timex3]) -> list[Disagreement]:
    """Missed, spurious and wrongly valued expressions of one document."""
    out = []
    for g in document.gold:
        hit = next((p for p in found if p.start < g.end and g.start < p.end), None)
        gold_type = g.type or "?"
        if hit is None:
            out.append(Disagreement("missed", gold_type,
                                    f"- {document.name}: {g.text!r} {gold_type} {g.value}"))
        elif hit.value != g.value:
            out.append(Disagreement("wrong value", gold_type,
                                    f"~ {document.name}: {g.text!r} {gold_type} {g.value} | "
                                    f"{hit.text!r} {hit.type} {hit.value}"))
    for p in found:
        if not any(g.start < p.end and p.start < g.end for g in document.gold):
            out.append(Disagreement("spurious", p.type,
                                    f"+ {document.name}: {p.text!r} {p.type} {p.value}"))
    return out


def compare(documents: Sequence[TimexDocument], systems: Sequence[tuple[str, Tagger]]
            ) -> list[SystemScore]:
    """Run every system over the same documents and score each."""
    return [score_system(name, documents, tag(documents)) for name, tag in systems]


_COLUMNS = (("strict span F1", "span_exact_f1"), ("relaxed span F1", "span_overlap_f1"),
            ("value F1", "value_f1"), ("type accuracy", "type_accuracy"),
            ("value P", "value_p"), ("value R", "value_r"))


def render(results: Sequence[SystemScore], corpus: str) -> str:
    """One Markdown table: a row per system, then ours / the first peer as a ratio row."""
    header = "| system | " + " | ".join(name for name, _ in _COLUMNS) + " | gold | predicted |"
    lines = [f"TimeML TIMEX3 on {corpus} (TempEval-3 counting)", "", header,
             "|---" * (len(_COLUMNS) + 3) + "|"]
    for result in results:
        cells = " | ".join(f"{result.scores[key]:.3f}" for _, key in _COLUMNS)
        lines.append(f"| {result.name} | {cells} | {result.scores['gold']:.0f} | "
                     f"{result.scores['predicted']:.0f} |")
    if len(results) >= 2:
        first, peer = results[0], results[1]
        cells = " | ".join(_ratio(first.scores[key], peer.scores[key]) for _, key in _COLUMNS)
        lines.append(f"| {first.name} / {peer.name} | {cells} | | |")
    return "\n".join(lines)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "-"


def error_kinds(result: SystemScore, top: int = 10) -> list[tuple[str, int]]:
    """The most frequent disagreements by kind (missed/spurious/wrong value, and gold type)."""
    counts = Counter(f"{e.kind} {e.type}" for e in result.errors)
    return counts.most_common(top)
