"""Document-level label voting: one label per name, surnames follow their full names.

A name is usually written the same way several times in one article; the tagger may label
each occurrence differently. Summing the evidence per name (a gazetteer hit or a title outweighs
the tagger's guess) and applying the winner everywhere makes the labels consistent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

GAZETTEER = 4
"""Weight of a gazetteer hit: never overruled."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed entity span: token range, spaCy label and the weight of its evidence."""

    start: int
    end: int
    label: str
    weight: int


def _winners(keys: list[str], candidates: list[Candidate]) -> dict[str, str]:
    """The label with the most evidence for each name (ties go to PERSON, then by name)."""
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for name, cand in zip(keys, candidates, strict=True):
        tally[name][cand.label] += cand.weight
    return {
        name: max(counts.items(), key=lambda kv: (kv[1], kv[0] == "PERSON", kv[0]))[0]
        for name, counts in tally.items()
    }


def _surnames(winners: dict[str, str]) -> set[str]:
    """Last words of multi-word PERSON names."""
    return {name.split()[-1] for name, label in winners.items()
            if label == "PERSON" and len(name.split()) > 1}


def _split_joined(doc: Doc, candidates: list[Candidate], key: Callable[[Span], str],
                  surnames: set[str], known: dict[str, str]) -> list[Candidate]:
    """Split spans that run two known names together (a heading glued to a sentence)."""
    out: list[Candidate] = []
    for cand in candidates:
        last = key(doc[cand.end - 1 : cand.end])
        prefix = key(doc[cand.start : cand.end - 1]) if cand.end - cand.start > 1 else ""
        if last in surnames and prefix in known and known[prefix] != "PERSON":
            out.append(replace(cand, end=cand.end - 1, label=known[prefix]))
            out.append(Candidate(cand.end - 1, cand.end, "PERSON", cand.weight))
        else:
            out.append(cand)
    return out


def vote(doc: Doc, candidates: list[Candidate], key: Callable[[Span], str]) -> list[Candidate]:
    """Candidates relabelled by per-document voting (see the module docstring)."""
    keys = [key(doc[c.start : c.end]) for c in candidates]
    winners = _winners(keys, candidates)
    surnames = _surnames(winners)
    candidates = _split_joined(doc, candidates, key, surnames, winners)
    keys = [key(doc[c.start : c.end]) for c in candidates]
    winners = _winners(keys, candidates)
    from_gazetteer = {name for name, c in zip(keys, candidates, strict=True)
                      if c.weight >= GAZETTEER}
    out = []
    for name, cand in zip(keys, candidates, strict=True):
        label = winners[name]
        if name in surnames and name not in from_gazetteer:
            label = "PERSON"
        out.append(replace(cand, label=label))
    return out
