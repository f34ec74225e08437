"""Score extracted claims against gold: which facts were found, and how well they were read.

Gold and predictions are records ``{"article", "start", "end", "value", "unit", "subject",
"object", "attributed_to", …}``; ``start``/``end`` delimit the claim's sentence. Hand-written
gold names its sentence by an exact excerpt (``"sentence"``) instead of offsets, and
:func:`locate` turns the excerpt into offsets in the article's text.

* a predicted claim *matches* a gold claim of the same article when their sentences overlap
  and they state the same value in the same unit (values within a relative 1e-6). Claims
  without a number carry their round ordinal as unit ``ordinal``, or no value at all;
* matching is one-to-one, in text order;
* among matches, subject, object and attribution are *right* when their words agree loosely
  (see :func:`same_words`): both empty, equal, one inside the other, or the same head word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from communique.model.claims import Claim, two_facts

Record = Mapping[str, Any]

_WORD = re.compile(r"\w+")
_STOP = frozenset({"the", "a", "an", "of"})
_REL_TOL = 1e-6


def _words(text: str | None) -> list[str]:
    """Lower-cased words of ``text`` without articles (possessive ``'s`` dropped)."""
    if not text:
        return []
    words = [w.lower() for w in _WORD.findall(text.replace("\u2019", "'"))]
    return [w for w in words if w not in _STOP and w != "s"]


def same_words(gold: str | None, predicted: str | None) -> bool:
    """Loose agreement: both empty, one's words inside the other's, or the same last word.

    WHY: a subject written ``Russian forces`` in gold and read as ``forces`` is right; exact
    boundaries mostly measure the parser, not the claim.
    """
    g, p = _words(gold), _words(predicted)
    if not g or not p:
        return not g and not p
    if set(g) <= set(p) or set(p) <= set(g):
        return True
    return g[-1].rstrip("s") == p[-1].rstrip("s")


def _same_value(g: Record, p: Record) -> bool:
    """Same unit and (relatively) the same value; both missing counts as the same."""
    if g.get("unit") != p.get("unit"):
        return False
    gv, pv = g.get("value"), p.get("value")
    if gv is None or pv is None:
        return gv is None and pv is None
    return abs(float(gv) - float(pv)) <= _REL_TOL * max(1.0, abs(float(gv)))


def _overlap(g: Record, p: Record) -> bool:
    """Whether the two claims' sentences overlap in the same article."""
    return bool(g["article"] == p["article"] and g["start"] < p["end"] and p["start"] < g["end"])


def match(gold: Sequence[Record], predicted: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)``: same sentence, same value and unit."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and _overlap(g, p) and _same_value(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    """Precision, recall and F1 (0 when undefined) with their counts."""
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "gold": n_gold,
            "predicted": n_pred}


def _accuracy(pairs: list[tuple[int, int]], gold: Sequence[Record],
              predicted: Sequence[Record], field: str) -> float:
    """Share of matched pairs whose ``field`` agrees (0 when there are no matches)."""
    if not pairs:
        return 0.0
    right = sum(same_words(gold[g].get(field), predicted[p].get(field)) for g, p in pairs)
    return right / len(pairs)


def _numeric(records: Sequence[Record]) -> list[Record]:
    """Records that state a quantity (not an ordinal, not a bare attributed statement)."""
    return [r for r in records if r.get("value") is not None and r.get("unit") != "ordinal"]


def score_claims(gold: Sequence[Record], predicted: Sequence[Record]) -> dict[str, Any]:
    """P/R/F1 of claims overall and of number-bearing claims, plus field accuracy on matches.

    Returns ``{"claims": prf, "numeric": prf, "subject_accuracy", "object_accuracy",
    "attribution_accuracy", "attribution_kind_accuracy"}``.
    """
    pairs = match(gold, predicted)
    g_num, p_num = _numeric(gold), _numeric(predicted)
    kind_right = sum(gold[g].get("attribution_kind", "none") == predicted[p].get(
        "attribution_kind", "none") for g, p in pairs)
    return {
        "claims": _prf(len(pairs), len(gold), len(predicted)),
        "numeric": _prf(len(match(g_num, p_num)), len(g_num), len(p_num)),
        "subject_accuracy": _accuracy(pairs, gold, predicted, "subject"),
        "object_accuracy": _accuracy(pairs, gold, predicted, "object"),
        "attribution_accuracy": _accuracy(pairs, gold, predicted, "attributed_to"),
        "attribution_kind_accuracy": kind_right / len(pairs) if pairs else 0.0,
    }


def locate(gold: Iterable[Record], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """Gold records with ``start``/``end`` found from their ``sentence`` excerpt.

    Raises ``ValueError`` for an excerpt that is not in its article, so a typo in gold fails
    loudly instead of silently costing recall.
    """
    located: list[dict[str, Any]] = []
    for record in gold:
        text = texts[str(record["article"])]
        excerpt = str(record["sentence"])
        start = text.find(excerpt)
        if start == -1:
            raise ValueError(f"gold excerpt not found in {record['article']}: {excerpt!r}")
        located.append({**record, "start": start, "end": start + len(excerpt)})
    return located


def claim_records(article: str, claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Extracted claims of one article as records the scorer reads."""
    records: list[dict[str, Any]] = []
    for c in claims:
        value: float | None = c.quantity.value if c.quantity else c.ordinal
        unit = c.quantity.unit if c.quantity else ("ordinal" if c.ordinal else None)
        records.append({
            "article": article, "start": c.start, "end": c.end, "value": value, "unit": unit,
            "subject": c.subject, "predicate": c.predicate, "object": c.object,
            "object_key": c.object_key, "attributed_to": c.attributed_to,
            "attribution_kind": c.attribution_kind, "priority": c.priority, "text": c.text,
        })
    return records


# --- well-formedness: is a claim a self-contained statement? ----------------------------------

_OPENERS = frozenset(
    {"that", "whether", "unless", "because", "after", "before", "while", "although", "though",
     "if", "when", "whereas", "since", "as", "for", "which", "who", "whom", "whose", "where",
     "until", "so", "and", "but", "or", "to", "than", "with", "without", "amid", "despite"}
)
"""Words that open a subordinate piece of a sentence, never a statement of its own."""
_NO_SUBJECT = frozenset({"", "that", "which", "who", "whom", "this", "these", "those",
                         "there", "it", "what"})
_MIN_WORDS = 4


def claim_problems(claim: Claim) -> list[str]:
    """Why a claim is not a self-contained factual statement (empty when it is one).

    ``fragment``: it opens like a subordinate clause or a quote (``while Washington offers …``,
    ``that the UK will …``); ``relative``: its subject runs into a relative pronoun (``the
    leader who came second``); ``infinitive``: its verb is an infinitive, something wanted or
    planned, not asserted (``Trump to pause a tariff``); ``subject``: no subject, or one that
    names nothing by itself (*that*, *it*); ``short``: fewer than four words.
    """
    problems: list[str] = []
    words = claim.text.split()
    first = words[0].lower() if words else ""
    if not first[:1].isalnum() or first in _OPENERS:
        problems.append("fragment")
    subject = claim.subject.strip()
    rest = claim.text[len(subject):].split() if claim.text.startswith(subject) and subject else []
    if rest and rest[0].lower() in ("who", "which", "that", "whose"):
        problems.append("relative")
    if rest and rest[0].lower() == "to":
        problems.append("infinitive")
    if subject.lower() in _NO_SUBJECT:
        problems.append("subject")
    if len(words) < _MIN_WORDS:
        problems.append("short")
    return problems


def repeated_in_sentence(claims: Sequence[Claim]) -> int:
    """How many claims repeat (or sit inside) the statement of an earlier claim of their
    sentence, without another measured value of their own."""
    seen: dict[int, list[tuple[str, tuple[float, str] | None]]] = {}
    repeats = 0
    for claim in claims:
        texts = seen.setdefault(claim.start, [])
        text = " ".join(claim.text.lower().split())
        value = _own_value(claim, text)
        if any((text in t or t in text) and not _another_value(value, v) for t, v in texts):
            repeats += 1
        texts.append((text, value))
    return repeats


def _own_value(claim: Claim, text: str) -> tuple[float, str] | None:
    """A claim's value and unit, when its statement writes the number out."""
    quantity = claim.quantity
    if quantity is None or quantity.text.lower() not in text:
        return None
    return quantity.value, quantity.unit


def _another_value(value: tuple[float, str] | None, other: tuple[float, str] | None) -> bool:
    """Two values of one statement that are two facts outlets state apart, no repeat (see
    :func:`~communique.model.claims.two_facts`)."""
    return value is not None and other is not None and two_facts(value, other)
