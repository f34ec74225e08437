"""Scoring entities and roles against gold: precision, recall and F1 per type and for roles.

Gold per document is ``{"entities": [{"name", "type", "aliases"}], "roles": [{"entity",
"title", "of"}]}``. A predicted entity matches a gold entity of the same type when their name
sets (canonical name plus aliases, normalized) share a name; matching is one-to-one. A predicted
role matches a gold role when the person matches, the title words agree (one title contains the
other) and, where gold gives ``of``, ``of`` is equal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from communique.model.entities import DocEntity

SCORED_TYPES = ("person", "organization", "country", "place")
_POSSESSIVES = ("'s", "’s", "'", "’")


def normalize(name: str) -> str:
    """Case-folded, accent-free, single-spaced name without a leading ``the`` or possessive."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().replace(".", "").split())
    if text.startswith("the "):
        text = text[4:]
    for ending in _POSSESSIVES:
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return text.strip()


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Scores and counts, plus what was missed and what was spurious."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f1, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "missed": self.missed, "spurious": self.spurious}


@dataclass(frozen=True, slots=True)
class _Item:
    """A name set with a type, from gold or from a prediction."""

    name: str
    type: str
    names: frozenset[str]


def _gold_items(entities: Iterable[Mapping[str, Any]]) -> list[_Item]:
    """Gold entities as name sets."""
    return [_Item(str(g["name"]), str(g["type"]),
                  frozenset(normalize(n) for n in [g["name"], *g.get("aliases", [])]))
            for g in entities]


def _predicted_items(entities: Iterable[DocEntity]) -> list[_Item]:
    """Predicted entities as name sets."""
    return [_Item(e.canonical, e.label.value,
                  frozenset(normalize(n) for n in [e.canonical, *e.aliases]))
            for e in entities]


def _match(gold: list[_Item], predicted: list[_Item], counts: Counts) -> dict[str, _Item]:
    """Greedy one-to-one matching; returns gold name → matched prediction."""
    free = list(predicted)
    matched: dict[str, _Item] = {}
    for g in gold:
        hit = next((p for p in free if p.names & g.names), None)
        if hit is None:
            counts.fn += 1
            counts.missed.append(g.name)
        else:
            counts.tp += 1
            free.remove(hit)
            matched[g.name] = hit
    counts.fp += len(free)
    counts.spurious.extend(p.name for p in free)
    return matched


def _title_agrees(gold: str, predicted: str) -> bool:
    """One title's words contain the other's (``negotiator`` vs ``lead negotiator``)."""
    g, p = normalize(gold), normalize(predicted)
    return g in p or p in g


def _score_roles(gold: Sequence[Mapping[str, Any]], predicted: Sequence[DocEntity],
                 names: Mapping[str, frozenset[str]], counts: Counts) -> None:
    """Add one document's role matches to ``counts`` (``names``: gold entity → name set)."""
    pool = [(e, r) for e in predicted for r in e.roles]
    for g in gold:
        person = names.get(str(g["entity"]), frozenset({normalize(str(g["entity"]))}))
        of = normalize(str(g["of"])) if g.get("of") else None
        hit = next(
            ((e, r) for e, r in pool
             if person & {normalize(n) for n in [e.canonical, *e.aliases]}
             and _title_agrees(str(g["title"]), r.title)
             and (of is None or (r.of is not None and normalize(r.of) == of))),
            None,
        )
        if hit is None:
            counts.fn += 1
            counts.missed.append(f"{g['entity']}: {g['title']} / {g.get('of')}")
        else:
            counts.tp += 1
            pool.remove(hit)
    counts.fp += len(pool)
    counts.spurious.extend(f"{e.canonical}: {r.title} / {r.of}" for e, r in pool)


def score_entities(gold: Mapping[str, Mapping[str, Any]],
                   predicted: Mapping[str, Sequence[DocEntity]]) -> dict[str, dict[str, Any]]:
    """P/R/F1 per scored type, for all scored types together (``all``) and for ``roles``.

    ``gold`` and ``predicted`` are keyed by document; a document missing from ``predicted``
    counts as predicting nothing.
    """
    per_type = {t: Counts() for t in SCORED_TYPES}
    roles = Counts()
    for doc_id, doc_gold in gold.items():
        entities = list(predicted.get(doc_id, ()))
        gold_items = _gold_items(doc_gold.get("entities", []))
        pred_items = _predicted_items(entities)
        for kind in SCORED_TYPES:
            _match([g for g in gold_items if g.type == kind],
                   [p for p in pred_items if p.type == kind], per_type[kind])
        names = {g.name: g.names for g in gold_items}
        _score_roles(doc_gold.get("roles", []), entities, names, roles)
    total = Counts(sum(c.tp for c in per_type.values()), sum(c.fp for c in per_type.values()),
                   sum(c.fn for c in per_type.values()))
    result = {kind: c.as_dict() for kind, c in per_type.items()}
    result["all"] = total.as_dict()
    result["roles"] = roles.as_dict()
    return result


def drop_ignored(entities: Sequence[DocEntity], text: str,
                 line_starts: Iterable[str]) -> list[DocEntity]:
    """Entities with at least one mention outside the lines starting with ``line_starts``."""
    spans = []
    for prefix in line_starts:
        at = text.find(prefix)
        if at >= 0:
            end = text.find("\n", at)
            spans.append((at, len(text) if end < 0 else end))
    return [e for e in entities
            if any(not any(s <= m.start < t for s, t in spans) for m in e.mentions)]


NAMED_TYPES = ("person", "organization", "other")
"""Entity types a real person or institution may be (mis)labelled with."""


def _name_keys(entity: DocEntity) -> set[str]:
    """Normalized names of an entity, plus a person's surname (last word of each name)."""
    names = {normalize(n) for n in [entity.canonical, *entity.aliases]}
    if entity.label.value == "person":
        names |= {n.split()[-1] for n in names if len(n.split()) > 1}
    return {n for n in names if n}


def duplicate_groups(entities: Sequence[DocEntity]) -> list[list[str]]:
    """Entities of one article that name the same person or institution twice.

    Two person/organization/other entities are one when they share a normalized name or alias,
    or when one is a person's surname (``Orvy`` as an organization beside the person
    ``Tomas Orvy``). Returns the groups (two or more entities each) as ``type:name`` lists.
    """
    named = [e for e in entities if e.label.value in NAMED_TYPES]
    keys = [_name_keys(e) for e in named]
    parent = list(range(len(named)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, names in enumerate(keys):
        for name in names:
            if name in owner:
                parent[root(i)] = root(owner[name])
            else:
                owner[name] = i
    groups: dict[int, list[str]] = {}
    for i, entity in enumerate(named):
        groups.setdefault(root(i), []).append(f"{entity.label.value}:{entity.canonical}")
    return [g for g in groups.values() if len(g) > 1]
