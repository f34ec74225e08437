"""Score extracted quotes against gold: quote spans, speaker attribution, and per kind.

Gold and predictions are records ``{"article", "text", "speaker", "kind", …}``. Spans are
compared by their words, not offsets, so gold written by hand (and quotes that run over
several paragraphs, whose ``text`` joins the pieces) needs no offsets:

* a predicted quote *matches* a gold quote of the same article when the words they share
  cover at least half of the shorter of the two (``overlap match``). Reported clauses have
  no marks to fix their ends, so exact boundaries would mostly measure the parser;
* matching is one-to-one, best overlap first;
* a matched quote's speaker is right when the names agree after normalization, when one
  contains the other, or when their last words agree (``Orvy`` for
  ``Tomas Orvy``).

Speaker precision/recall count a prediction as right only when its span matched *and* its
speaker is right, so they measure the whole attribution, not the speaker step alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from communique.model.quotes import Quote

Record = Mapping[str, Any]

KINDS = ("direct", "partial", "indirect")
MIN_OVERLAP = 0.5
"""Shared words over the shorter quote's words needed for two quotes to match."""

_WORD = re.compile(r"\w+")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
"""An abbreviation written with dots (``U.S.``, ``U.N.``)."""


def _words(text: str) -> Counter[str]:
    """The lower-cased words of a text, as a multiset."""
    return Counter(w.lower() for w in _WORD.findall(text))


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's words that the other text also has (0 when either is empty)."""
    wa, wb = _words(a), _words(b)
    shorter = min(sum(wa.values()), sum(wb.values()))
    if shorter == 0:
        return 0.0
    return sum((wa & wb).values()) / shorter


def _name(text: str | None) -> str:
    """A speaker name reduced to lower-case words without a leading article."""
    if not text:
        return ""
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # ``U.S.`` is ``US``
    # ``Vălescu`` is ``Valescu``: one article may spell a name with and without accents.
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    words = " ".join(w.lower() for w in _WORD.findall(text))
    return _LEADING_ARTICLE.sub("", words)


def _content_words(name: str) -> frozenset[str]:
    """A name's words without function words, demonyms as their place (``Chinese`` = ``China``)."""
    from communique.extract.claims._places import place_key

    return frozenset(place_key(w) for w in name.replace("’", "'").replace("'s", "").split()
                     if w not in ("of", "the", "for", "s"))


def _acronym(short: str, long: str) -> bool:
    """``UN`` for ``United Nations``: one word whose letters are the other's initials."""
    words = long.split()
    return (len(short.split()) == 1 and len(words) > 1
            and short == "".join(w[0] for w in words if w not in ("of", "the", "for")))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted speaker names the gold speaker: full name, part of it, surname, the
    same words in another order (``China's Commerce Ministry`` = ``Chinese Ministry of
    Commerce``) or an acronym (``UN`` = ``United Nations``)."""
    g, p = _name(gold), _name(predicted)
    if not g or not p:
        return False
    if g == p or f" {p} " in f" {g} " or f" {g} " in f" {p} ":
        return True
    if _content_words(g) == _content_words(p) or _acronym(g, p) or _acronym(p, g):
        return True
    return g.split()[-1] == p.split()[-1]


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    """Precision, recall and F1 (each 0 when undefined) with the counts they came from."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "gold": n_gold,
            "predicted": n_pred}


def match(gold: Sequence[Record], predicted: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of matching quotes, best first."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g["article"] != p["article"]:
                continue
            score = overlap(str(g["text"]), str(p["text"]))
            if score >= MIN_OVERLAP:
                candidates.append((score, gi, pi))
    # Ties keep text order, so the result does not depend on dict or set ordering.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _score, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _of_kind(records: Sequence[Record], kind: str) -> list[Record]:
    """The records of one kind."""
    return [r for r in records if r.get("kind") == kind]


def score_quotes(gold: Sequence[Record], predicted: Sequence[Record]) -> dict[str, Any]:
    """P/R/F1 for quote spans and for speakers, overall and per kind, plus kind accuracy.

    Returns ``{"spans": prf, "speakers": prf, "kind_accuracy": float,
    "by_kind": {kind: {"spans": prf, "speakers": prf}}}`` where each ``prf`` holds
    ``precision``, ``recall``, ``f1``, ``tp``, ``gold`` and ``predicted``.
    """
    pairs = match(gold, predicted)
    right = sum(same_speaker(gold[g].get("speaker"), predicted[p].get("speaker"))
                for g, p in pairs)
    same_kind = sum(gold[g].get("kind") == predicted[p].get("kind") for g, p in pairs)
    by_kind: dict[str, dict[str, dict[str, float]]] = {}
    for kind in KINDS:
        g_k, p_k = _of_kind(gold, kind), _of_kind(predicted, kind)
        k_pairs = match(g_k, p_k)
        k_right = sum(same_speaker(g_k[g].get("speaker"), p_k[p].get("speaker"))
                      for g, p in k_pairs)
        by_kind[kind] = {"spans": _prf(len(k_pairs), len(g_k), len(p_k)),
                         "speakers": _prf(k_right, len(g_k), len(p_k))}
    return {
        "spans": _prf(len(pairs), len(gold), len(predicted)),
        "speakers": _prf(right, len(gold), len(predicted)),
        "kind_accuracy": same_kind / len(pairs) if pairs else 0.0,
        "by_kind": by_kind,
    }


def quote_records(article: str, quotes: Iterable[Quote]) -> list[dict[str, Any]]:
    """Extracted quotes of one article as records the scorer reads."""
    return [
        {"article": article, "text": q.text, "speaker": q.speaker_text, "kind": q.kind.value,
         "cue": q.cue, "channel": q.channel, "relay": q.relay, "start": q.start, "end": q.end}
        for q in quotes
    ]


# --- first-words scoring (gold written as an article id, a quote's first words, a speaker) ----

FIRST_WORDS = 6
"""Gold first words compared (at most): enough to tell quotes of one article apart."""
_MAX_LEAD = 3
"""Words a predicted quote may have before the gold's first words (``that``, a dash …)."""


def _word_list(text: str) -> list[str]:
    """Lower-cased words in order (punctuation and quotation marks dropped)."""
    return [w.lower() for w in _WORD.findall(text)]


def starts_like(first_words: str, predicted: str) -> bool:
    """Whether ``predicted`` begins with the gold's first words (a few lead words allowed)."""
    want = _word_list(first_words)[:FIRST_WORDS]
    got = _word_list(predicted)
    if not want:
        return False
    if len(got) < len(want):
        # A quote shorter than the gold's first words: all of it must be their beginning.
        return bool(got) and want[: len(got)] == got and len(got) >= 2
    return any(got[i : i + len(want)] == want for i in range(min(_MAX_LEAD, len(got)) + 1))


UNKNOWN_SPEAKER = "?"
"""Gold's mark for words whose speaker the article does not establish."""


def speaker_right(gold: str | None, predicted: str | None) -> bool:
    """:func:`same_speaker`, except that where gold says the article names nobody (``?``),
    only predicting no speaker is right."""
    if gold == UNKNOWN_SPEAKER:
        return predicted is None
    return same_speaker(gold, predicted)


def match_first_words(gold: Sequence[Record],
                      predicted: Sequence[Record]) -> dict[int, int]:
    """One-to-one ``{gold index: predicted index}``: in text order, the first unused
    predicted quote of the same article that begins with the gold's first words."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    by_article: dict[str, list[int]] = {}
    for pi, p in enumerate(predicted):
        by_article.setdefault(str(p["article"]), []).append(pi)
    for gi, g in enumerate(gold):
        for pi in by_article.get(str(g["article"]), []):
            if pi not in used and starts_like(str(g["first_words"]), str(predicted[pi]["text"])):
                used.add(pi)
                pairs[gi] = pi
                break
    return pairs


def score_first_words(gold: Sequence[Record], predicted: Sequence[Record],
                      group: str = "speaker_form") -> dict[str, dict[str, float]]:
    """Found, speaker right (of those found) and end to end, overall and per ``group`` value.

    ``found`` is the share of gold quotes some prediction begins like; ``speaker`` the share
    of found quotes whose speaker names the gold speaker; ``end_to_end`` the share of gold
    quotes both found and rightly attributed. Each row also holds its counts.
    """
    pairs = match_first_words(gold, predicted)
    rows: dict[str, dict[str, float]] = {}
    keys = ["all", *sorted({str(g.get(group) or "-") for g in gold})]
    for key in keys:
        members = [i for i, g in enumerate(gold) if key == "all" or str(g.get(group) or "-") == key]
        found = [i for i in members if i in pairs]
        right = [i for i in found
                 if speaker_right(gold[i].get("speaker"), predicted[pairs[i]].get("speaker"))]
        n = len(members)
        rows[key] = {"gold": n, "found": len(found) / n if n else 0.0,
                     "speaker": len(right) / len(found) if found else 0.0,
                     "end_to_end": len(right) / n if n else 0.0,
                     "n_found": len(found), "n_right": len(right)}
    rows["all"]["predicted"] = len(predicted)
    return rows
