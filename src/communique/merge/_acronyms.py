"""Acronyms joined to the names they stand for, and names written as one with a slash.

* Stated: an article writes the name and then its acronym in brackets (``Korvanian
  Liberation Front (KLF)``, ``Organisation des Nations unies (ONU)``): wherever the
  acronym stands alone in the story, it is that entity (and so are the names of other
  languages spelled out as the same acronym).
* Initials: an acronym whose letters are the initials of exactly one multi-word name of the
  story (``KLF``, ``UVR``), and that shares an article with it, is that name.
* Slash compounds: two names written as one (``KLF/NDV``) in most of the mentions of one of
  them are one actor in the outlets' eyes. Countries are never joined this way
  (``Korvanian/Veldran``).
* Compound names: a name written ``A/B`` or ``A-B`` whose every part is a name of one other
  entity (``LFR/NDV`` beside a movement known as ``LFR`` and ``NDV``) is that entity; the
  extractor kept the compound as one mention, so the rule above never sees its parts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._world import world_gazetteer
from communique.lang.names import expansion_start, initials, is_acronym
from communique.merge._clusters import Cluster
from communique.merge._corpus import Corpus
from communique.model.entities import EntityLabel

_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]\s]{2,12})\s*[)\]]")
_HALF = 0.5
_LOOK_BACK = 120
"""Characters before a bracketed acronym searched for its expansion."""
_JOINABLE = (EntityLabel.ORGANIZATION, EntityLabel.PLACE, EntityLabel.OTHER,
             EntityLabel.NATIONALITY)


def _letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isalnum()).upper()


class _Owners:
    """Which cluster each (document, canonical name) ended up in."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.of: dict[tuple[str, str], int] = {}
        for i, cluster in enumerate(clusters):
            for doc_id, entity in cluster.members:
                self.of[(doc_id, entity.canonical)] = i


def _stated(clusters: list[Cluster], corpus: Corpus) -> dict[str, set[int]]:
    """Acronym letters → clusters whose name an article spells out before that acronym in
    brackets: the name is a mention that covers the whole expansion, or the expansion is a
    name one of the clusters holds (``République démocratique du Congo`` read as ``Congo``)."""
    found: dict[str, set[int]] = defaultdict(set)
    holder = {name: i for i, c in enumerate(clusters) for name in c.names()}
    for i, cluster in enumerate(clusters):
        for doc_id, entity in cluster.members:
            text = corpus.text(doc_id)
            for mention in entity.mentions:
                match = _BRACKETED.match(text, mention.end)
                if not match or not is_acronym(match.group(1)):
                    continue
                before = text[max(0, mention.end - _LOOK_BACK):mention.end]
                start = expansion_start(match.group(1), before)
                if start is None:
                    continue
                expansion = " ".join(before[start:].split())
                owner = _owner_of(expansion, holder)
                if owner is None and len(before) - start <= len(mention.text):
                    owner = i
                if owner is not None:
                    found[_letters(match.group(1))].add(owner)
    return found


def _owner_of(expansion: str, holder: dict[str, int]) -> int | None:
    """The cluster holding a spelled-out name, directly or as the gazetteer's name for it."""
    if expansion in holder:
        return holder[expansion]
    entry = gazetteer().lookup(expansion) or world_gazetteer().exact(expansion.split())
    return holder.get(entry.canonical) if entry is not None else None


def _by_initials(clusters: list[Cluster]) -> dict[str, set[int]]:
    """Initials → clusters with a multi-word name that has them."""
    found: dict[str, set[int]] = defaultdict(set)
    for i, cluster in enumerate(clusters):
        if cluster.label is EntityLabel.PERSON:
            continue
        for name in cluster.names():
            if " " in name and len(letters := initials(name)) >= 2:
                found[letters].add(i)
    return found


def _acronym(cluster: Cluster, stated: dict[str, set[int]]) -> str | None:
    """The acronym a cluster is named by: its most-mentioned name when some name of it is that
    name in capitals, or when the story spells that name out as an acronym (``Asean``)."""
    top = cluster.top_name()
    letters = _letters(top)
    if any(is_acronym(name) and _letters(name) == letters for name in cluster.names()):
        return letters
    return letters if " " not in top and letters in stated else None


def _union(parent: list[int], a: int, b: int) -> None:
    """Join the sets of ``a`` and ``b`` (union-find over cluster indices)."""
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[ra] = rb


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _documents(cluster: Cluster) -> set[str]:
    return {doc_id for doc_id, _ in cluster.members}


def _join_acronyms(clusters: list[Cluster], corpus: Corpus, parent: list[int]) -> None:
    stated = _stated(clusters, corpus)
    spelled = _by_initials(clusters)
    for i, cluster in enumerate(clusters):
        letters = _acronym(cluster, stated)
        if letters is None or len(letters) < 2 or cluster.label is EntityLabel.PERSON:
            continue
        targets = {t for t in stated.get(letters, ()) if t != i}
        if targets:
            # Every name the story spells out as this acronym is its expansion: in two
            # languages, two names of one thing (``March 23 Movement``, ``Mouvement du 4 mars``).
            for target in targets:
                _union(parent, i, target)
            continue
        docs = _documents(cluster)
        targets = {t for t in spelled.get(letters, ()) if t != i
                   and not docs.isdisjoint(_documents(clusters[t]))}
        if len(targets) == 1:
            _union(parent, i, targets.pop())


def _join_compounds(clusters: list[Cluster], corpus: Corpus, parent: list[int]) -> None:
    """Join clusters written ``A/B`` in most of the mentions of one of them."""
    owners = _Owners(clusters)
    starts: dict[tuple[str, int], int] = {}
    for i, cluster in enumerate(clusters):
        if cluster.label in _JOINABLE:
            for doc_id, entity in cluster.members:
                for mention in entity.mentions:
                    starts[(doc_id, mention.start)] = owners.of.get((doc_id, entity.canonical), i)
    together: Counter[tuple[int, int]] = Counter()
    for i, cluster in enumerate(clusters):
        if cluster.label not in _JOINABLE:
            continue
        for doc_id, entity in cluster.members:
            text = corpus.text(doc_id)
            for mention in entity.mentions:
                if text[mention.end:mention.end + 1] == "/":
                    other = starts.get((doc_id, mention.end + 1))
                    if other is not None and other != i:
                        together[(i, other)] += 1
                        together[(other, i)] += 1
    for (a, b), count in together.items():
        if count >= _HALF * clusters[a].mentions and a < len(clusters) and b < len(clusters):
            _union(parent, a, b)


_COMPOUND_SPLIT = re.compile(r"\s*[/\u2010-\u2015-]\s*")


def _join_compound_names(clusters: list[Cluster], parent: list[int]) -> None:
    """Join a cluster named ``A/B`` to the one other group that holds both ``A`` and ``B``
    (groups as the rules above have joined them so far)."""
    holder: dict[str, set[int]] = defaultdict(set)
    for i, cluster in enumerate(clusters):
        if cluster.label in _JOINABLE:
            names = set(cluster.names()) | {a for _, e in cluster.members for a in e.aliases}
            for name in names:
                holder[name].add(_root(parent, i))
    for i, cluster in enumerate(clusters):
        if cluster.label not in _JOINABLE:
            continue
        for name in cluster.names():
            parts = [p for p in _COMPOUND_SPLIT.split(name) if p]
            if len(parts) < 2 or any(len(p) < 2 for p in parts):
                continue
            # Every part must name the same single other group: a compound of two actors
            # (``LFR/Tirasol``) stays apart.
            own = _root(parent, i)
            common = set.intersection(*(holder.get(p, set()) - {own} for p in parts))
            if len(common) == 1:
                _union(parent, i, common.pop())
                break


def join_names(clusters: list[Cluster], corpus: Corpus) -> list[Cluster]:
    """Clusters with acronyms and slash compounds joined to what they name (see the module
    docstring); the joined cluster keeps the label of its biggest part."""
    parent = list(range(len(clusters)))
    _join_acronyms(clusters, corpus, parent)
    _join_compounds(clusters, corpus, parent)
    _join_compound_names(clusters, parent)
    groups: dict[int, list[Cluster]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        groups[_root(parent, i)].append(cluster)
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        countries = [c for c in group if c.label is EntityLabel.COUNTRY]
        head = max(countries or group, key=lambda c: c.mentions)
        merged = Cluster(head.label)
        for part in sorted(group, key=lambda c: c is not head):
            merged.absorb(part)
        out.append(merged)
    return out
