"""People across articles: one cluster per person, whatever the spelling or the part of the name.

Names are read by :mod:`communique.lang.names` (honorifics, patronymic links and the Arabic
article set aside). Every full name is indexed under the block key of each word after its given
name, so a name only meets names that share a surname-like word; nothing compares all pairs.

* A full name joins a cluster whose surname is a spelling variant of its own (``Orvi`` /
  ``Orvy``) or that holds its surname as a middle word (``Renée Valmont`` /
  ``Renée Valmont Vask``), when the given names agree (``Andriy`` / ``Andrii``).
* A bare surname joins the one cluster whose surname it spells; shared by two people
  (``Tavares``: Ana and Rui) it stays apart rather than guess.
* A bare given name (``Rafiq``, ``Kittisak``: how some national presses name people) joins
  the one full name of the story that starts with it, unless the word is also a surname there.
* A full name joins the cluster of a longer name that ends with it (``Tresorerie Aldo Brenn``
  / ``Aldo Brenn``): the longer one has a title word in another language glued before it.
* Evidence against always wins: two names whose parties (affiliations) are known and differ are
  two people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from communique.lang.names import (
    block_key,
    given_name,
    given_names_compatible,
    keys_similar,
    name_words,
    spelling_key,
    surname_keys,
)
from communique.merge._clusters import Cluster, Item
from communique.model.entities import EntityLabel

_DOMINANT = 0.9
"""Share of the mentions of all people with a surname that makes one of them its bearer when the
surname stands alone (the press names the others in full)."""
_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "von", "van", "der", "den", "de", "da",
                        "di", "del", "della", "dos", "du", "la", "le", "ter", "zu"})


@dataclass
class _Name:
    """One distinct person name of the story with the document entities that use it."""

    name: str
    words: list[str]
    members: list[Item] = field(default_factory=list)
    parties: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return sum(e.count for _, e in self.members)

    @property
    def affiliations(self) -> set[str]:
        """The party most of the name's articles give it (one misread role is outvoted)."""
        if not self.parties:
            return set()
        top = max(self.parties.values())
        return {party for party, n in self.parties.items() if n == top}

    def later_keys(self) -> list[tuple[str, ...]]:
        """Surname keys of every word after the given name (middle names included)."""
        return [surname_keys(w) for w in self.words[1:] if w.lower() not in _PARTICLES]


@dataclass(eq=False)
class _Person:
    """A cluster of names under construction."""

    names: list[_Name] = field(default_factory=list)
    surnames: list[tuple[str, ...]] = field(default_factory=list)
    """Keys of each full name's last word."""
    middles: list[tuple[str, ...]] = field(default_factory=list)
    """Keys of the other words after a given name."""
    givens: list[str] = field(default_factory=list)
    affiliations: set[str] = field(default_factory=set)
    index: int = 0

    def add(self, name: _Name) -> None:
        self.names.append(name)
        self.affiliations |= name.affiliations
        later = name.later_keys()
        if len(name.words) > 1 and later:
            self.surnames.append(later[-1])
            self.middles.extend(later[:-1])
            given = given_name(name.name)
            if given is not None:
                self.givens.append(given)
        else:
            self.surnames.append(surname_keys(name.words[-1]))

    @property
    def count(self) -> int:
        return sum(n.count for n in self.names)

    def conflicts(self, name: _Name) -> bool:
        """Known parties that differ: two people."""
        return bool(self.affiliations and name.affiliations
                    and self.affiliations.isdisjoint(name.affiliations))


def _names(items: list[Item]) -> list[_Name]:
    """The distinct names of the story's person entities, with their members and parties."""
    by_name: dict[str, _Name] = {}
    for doc_id, entity in items:
        node = by_name.get(entity.canonical)
        if node is None:
            node = by_name[entity.canonical] = _Name(entity.canonical,
                                                     name_words(entity.canonical))
        node.members.append((doc_id, entity))
        if entity.affiliation:
            node.parties[entity.affiliation] += 1
    return list(by_name.values())


class _Blocks:
    """Clusters indexed by the block keys of their surname-like words and by given name."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self._by_block: dict[str, list[int]] = defaultdict(list)
        self._by_given: dict[str, set[int]] = defaultdict(set)

    def candidates(self, keys: list[tuple[str, ...]]) -> list[_Person]:
        found: dict[int, None] = {}
        for variants in keys:
            for key in variants:
                for i in self._by_block.get(block_key(key), ()):
                    found[i] = None
        return [self.people[i] for i in found]

    def by_given(self, word: str) -> list[_Person]:
        return [self.people[i] for i in sorted(self._by_given.get(spelling_key(word), ()))]

    def place(self, name: _Name, person: _Person | None) -> None:
        """Put ``name`` into ``person`` (a new cluster when ``None``) and index it."""
        if person is None:
            person = _Person(index=len(self.people))
            self.people.append(person)
        index = person.index
        person.add(name)
        keys = name.later_keys() if len(name.words) > 1 else [surname_keys(name.words[-1])]
        for variants in keys:
            for key in variants:
                if index not in self._by_block[block_key(key)]:
                    self._by_block[block_key(key)].append(index)
        given = given_name(name.name)
        if len(name.words) > 1 and given is not None:
            self._by_given[spelling_key(given)].add(index)


def _full_fit(person: _Person, name: _Name) -> int:
    """How well a full name fits a cluster: 2 by surname, 1 by a middle word, 0 not at all."""
    if person.conflicts(name):
        return 0
    if _glued(person, name):
        return 2
    given = given_name(name.name)
    if given is not None and person.givens and not any(
            given_names_compatible(given, g) for g in person.givens):
        return 0
    surname = surname_keys(name.words[-1])
    if any(keys_similar(surname, s) for s in person.surnames):
        return 2
    return 1 if any(keys_similar(surname, m) for m in person.middles) else 0


def _glued(person: _Person, name: _Name) -> bool:
    """Whether a name of the cluster is this full name with a word glued before it.

    A title or ministry word in another language read as part of the name ("Tresorerie Aldo
    Brenn" for "Aldo Brenn") makes a longer name that ends with the person's full name, and
    the shorter name is the same person. The words before are not checked: a longer name
    ending with the whole of a full name (every word, spelling-tolerant) is taken for it.
    """
    keys = [spelling_key(w) for w in name.words]
    return any(
        len(other.words) > len(keys)
        and [spelling_key(w) for w in other.words[-len(keys):]] == keys
        for other in person.names
    )


def _place_full(blocks: _Blocks, name: _Name) -> None:
    """A full name into the cluster it fits best (by surname, the biggest; by a middle word,
    only when one cluster fits)."""
    scored = [(fit, p) for p in blocks.candidates(name.later_keys()[-1:])
              if (fit := _full_fit(p, name))]
    strong = [p for fit, p in scored if fit == 2]
    if strong:
        blocks.place(name, max(strong, key=lambda p: p.count))
    elif len(scored) == 1:
        blocks.place(name, scored[0][1])
    else:
        blocks.place(name, None)


def _place_bare(blocks: _Blocks, name: _Name) -> None:
    """A one-word name into the one cluster it is the surname (or given name) of."""
    keys = surname_keys(name.words[0])
    full = [p for p in blocks.candidates([keys]) if p.givens and not p.conflicts(name)
            and any(keys_similar(keys, s) for s in (*p.surnames, *p.middles))]
    given = [p for p in blocks.by_given(name.words[0]) if not p.conflicts(name)]
    rivals = full + [p for p in given if all(p is not f for f in full)]
    if full:
        # A surname two people share (or the given name of another) stays apart, unless one
        # of them is nearly always meant.
        top = max(rivals, key=lambda p: p.count)
        dominant = top.count >= _DOMINANT * sum(p.count for p in rivals)
        blocks.place(name, top if len(rivals) == 1 or (dominant and top in full) else None)
        return
    same = [p for p in blocks.candidates([keys]) if not p.givens
            and any(keys_similar(keys, s) for s in p.surnames)]
    if not same and len(given) == 1:
        blocks.place(name, given[0])
    else:
        blocks.place(name, same[0] if same else None)


def cluster_people(items: list[Item]) -> list[Cluster]:
    """Group person entities into one cluster per person (see the module docstring)."""
    names = _names(items)
    blocks = _Blocks()
    full = sorted((n for n in names if len(n.words) > 1),
                  key=lambda n: (-len(n.words), -n.count, n.name))
    for name in full:
        _place_full(blocks, name)
    for name in sorted((n for n in names if len(n.words) == 1), key=lambda n: (-n.count, n.name)):
        _place_bare(blocks, name)
    clusters = []
    for person in blocks.people:
        cluster = Cluster(EntityLabel.PERSON)
        for name in person.names:
            for doc_id, entity in name.members:
                cluster.add(doc_id, entity)
        clusters.append(cluster)
    return clusters
