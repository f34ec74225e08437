"""Positions: which party demands, offers, accepts or rejects what, issue by issue, over time.

Issues are not a list: they are found by grouping stance mentions whose objects share a place
(or a named facility) or a content word that is not common to many unrelated objects. Each
group becomes an issue labelled by its most frequent place or words. A position is one
(party, issue, stance) with every sentence that states it and the first and last days it was
reported, so that a party's positions on an issue read in time order. A stance stated as a
negation or denial is summarized as one (``X does not support Y``), never as the stance it
denies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from communique.merge._corpus import Corpus
from communique.merge.entities import EntityIndex
from communique.model import content_id
from communique.model.annotations import StanceMention
from communique.model.story import Evidence, Issue, StoryPosition

# A word shared by more than this share of all stance objects says nothing about the issue.
_COMMON_SHARE = 0.3


@dataclass
class _Item:
    doc_id: str
    stance: StanceMention


class _Union:
    """Union-find over item indexes."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _features(item: _Item, common: set[str]) -> set[str]:
    """What an item's issue is about: its places and its uncommon content words."""
    places = {f"place:{p.lower()}" for p in item.stance.issue_places}
    words = {f"word:{w}" for w in item.stance.issue_key if w not in common}
    return places | words


def _issues(items: list[_Item]) -> list[list[int]]:
    """Group items into issues by shared features (an inverted index, not all pairs)."""
    counts = Counter(w for it in items for w in set(it.stance.issue_key))
    limit = max(2, int(_COMMON_SHARE * len(items)))
    common = {w for w, n in counts.items() if n > limit}
    union = _Union(len(items))
    first_with: dict[str, int] = {}
    for i, item in enumerate(items):
        for feature in _features(item, common):
            if feature in first_with:
                union.join(first_with[feature], i)
            else:
                first_with[feature] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[union.find(i)].append(i)
    return list(groups.values())


def _label(items: list[_Item]) -> str:
    """A short label for an issue: its commonest place plus its commonest words."""
    places = Counter(p for it in items for p in it.stance.issue_places)
    words = Counter(w for it in items for w in it.stance.issue_key)
    parts = [places.most_common(1)[0][0]] if places else []
    for word, _ in words.most_common(3):
        if not any(word.lower() in p.lower() for p in parts) and len(parts) < 3:
            parts.append(word)
    return " / ".join(parts) if parts else items[0].stance.issue


def build_positions(corpus: Corpus, entities: EntityIndex) -> list[StoryPosition]:
    """The positions matrix: one entry per (party, issue, stance) with its evidence."""
    items = [
        _Item(doc_id, stance)
        for doc_id in corpus.order
        if (annotations := corpus.annotations.get(doc_id)) is not None
        for stance in annotations.stances
    ]
    positions: list[StoryPosition] = []
    for members in _issues(items):
        group = [items[i] for i in members]
        label = _label(group)
        issue = Issue(content_id("i_", label.lower()), label)
        cells: dict[tuple[str, str], list[_Item]] = defaultdict(list)
        for item in group:
            party = entities.id_of(item.doc_id, item.stance.party) or item.stance.party
            cells[(party, item.stance.stance.value)].append(item)
        for (party, stance), cell in sorted(cells.items()):
            positions.append(_position(party, stance, issue, cell, corpus, entities))
    positions.sort(key=lambda p: (p.issue.label, p.party, p.date or "", p.stance))
    return positions


def _position(
    party: str, stance: str, issue: Issue, cell: list[_Item], corpus: Corpus, entities: EntityIndex
) -> StoryPosition:
    """One cell of the matrix, with the first and last day it was reported."""
    evidence: dict[tuple[str, int], Evidence] = {}
    for item in cell:
        evidence.setdefault(
            (item.doc_id, item.stance.start),
            corpus.evidence(item.doc_id, item.stance.start, item.stance.end),
        )
    dates = sorted(d.isoformat() for it in cell if (d := corpus.published(it.doc_id)))
    values = [it.stance.value for it in cell if it.stance.value]
    name = entities.name_of(party) or party
    first = cell[0].stance
    # A denial keeps its words: "does not support X", never the stance it denies.
    negated = sum(1 for it in cell if it.stance.negated) * 2 > len(cell)
    said = next((it.stance for it in cell if it.stance.negated), first) if negated else first
    verb = f"does not {said.cue}" if negated else stance
    return StoryPosition(
        id=content_id("p_", party, issue.id, stance),
        party=party,
        issue=issue,
        stance=stance,
        summary=f"{name} {verb} {said.issue}" + (f" ({values[0]})" if values else ""),
        value=values[0] if values else None,
        date=dates[0] if dates else None,
        evidence=tuple(evidence.values()),
        until=dates[-1] if dates else None,
        negated=negated,
    )
