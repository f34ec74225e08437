"""Cross-document entity resolution: one entity per person, organization, country or place.

Within a document the extract stage has already given every mention a canonical name. Across
documents the same person is spelled differently (transliterations: Zelenskyy / Zelensky), named
in full in one article and by surname in another, in another script in another language
(Зеленский). We block by a spelling-tolerant key of the last name (so nothing compares all
pairs) and, within a block, merge names whose first names agree or are missing. The name keys
live in :mod:`communique.lang.names`, the one place that decides which spellings can match.
Two people who share a surname but have different first names are never merged, and a bare
surname shared by several full names in the corpus stays on its own rather than guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from communique.extract._parties import unknown_countries
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._mentions import fold
from communique.lang.names import block_key, is_latin, similar_names, spelling_key
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.model import content_id
from communique.model.entities import DocEntity, EntityLabel
from communique.model.story import Evidence, StoryEntity, StoryRole

_FIRST_PREFIX = 3
_TYPES = {
    EntityLabel.PERSON: "person",
    EntityLabel.ORGANIZATION: "organization",
    EntityLabel.COUNTRY: "country",
    EntityLabel.PLACE: "place",
    EntityLabel.NATIONALITY: "other",
    EntityLabel.OTHER: "other",
}


@dataclass
class _Cluster:
    """Entities of several documents found to be one."""

    label: EntityLabel
    members: list[tuple[str, DocEntity]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    """Canonical names of the members weighted by mentions, kept up to date by ``add``."""

    def add(self, doc_id: str, entity: DocEntity) -> None:
        """Add one document's entity."""
        self.members.append((doc_id, entity))
        self.counts[entity.canonical] += entity.count

    def names(self) -> Counter[str]:
        """Canonical names of the members, weighted by mentions."""
        return self.counts


def _person_key(name: str) -> str:
    """Blocking key for a person: the consonant classes of the last name, in any script."""
    return block_key(name.split()[-1])


def _similar(a: str, b: str) -> bool:
    """Whether two spelling keys are variants of one name."""
    return similar_names(a, b)


def _first_compatible(a: str, b: str) -> bool:
    """Whether two first names can be one person's (Andriy / Andrii / Andrei; not Anna / Jonas)."""
    ka, kb = spelling_key(a), spelling_key(b)
    return ka[:_FIRST_PREFIX] == kb[:_FIRST_PREFIX] or _similar(ka, kb)


def _compatible(cluster: _Cluster, name: str) -> bool:
    """Whether a person's name can join a cluster: similar surname, compatible first name."""
    parts = name.split()
    surname = spelling_key(parts[-1])
    if not any(_similar(surname, spelling_key(n.split()[-1])) for n in cluster.names()):
        return False
    if len(parts) == 1:
        return True
    firsts = [n.split()[0] for n in cluster.names() if len(n.split()) > 1]
    return not firsts or any(_first_compatible(parts[0], f) for f in firsts)


class EntityIndex:
    """The resolved entities and a map from (document, local canonical name) to their ids."""

    def __init__(self) -> None:
        self.entities: list[StoryEntity] = []
        self._ids: dict[tuple[str, str], str] = {}
        self._by_name: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._affiliations: dict[str, str] = {}
        self._canonical: dict[str, str] = {}
        self.countries = Countries()
        """Country names of the corpus (gazetteer ones and nationality-backed unknown ones)."""

    def id_of(self, doc_id: str, name: str | None) -> str | None:
        """The story entity id of a document-level name (or of any name seen in the story)."""
        if name is None:
            return None
        return self._ids.get((doc_id, name)) or self._by_name.get(name)

    def name_of(self, entity_id: str | None) -> str | None:
        """The canonical name of an entity id."""
        return self._names.get(entity_id) if entity_id else None

    def affiliation_of(self, entity_id: str | None) -> str | None:
        """The affiliation of an entity id, across all articles."""
        return self._affiliations.get(entity_id) if entity_id else None

    def canonical_party(self, name: str) -> str:
        """A party name, nationality words mapped to their country (``Veldran`` → ``Veldra``)."""
        return self.countries.country_of(name) or name

    def party_ref(self, doc_id: str, name: str | None) -> str | None:
        """The id of a party named ``name``: an entity with that canonical name first.

        Parties are canonical country or organization names, so a global canonical match is
        safer than a document alias (a mis-tagged "Outlet Veldra" must not capture "Veldra").
        """
        if name is None:
            return None
        name = self.canonical_party(name)
        return self._canonical.get(name) or self.id_of(doc_id, name)

    def add(self, entity: StoryEntity, members: Iterable[tuple[str, DocEntity]]) -> None:
        """Register a resolved entity and the document entities it stands for."""
        self.entities.append(entity)
        self._names[entity.id] = entity.name
        self._canonical.setdefault(entity.name, entity.id)
        if entity.affiliation:
            self._affiliations[entity.id] = entity.affiliation
        for doc_id, member in members:
            self._ids[(doc_id, member.canonical)] = entity.id
            for alias in member.aliases:
                self._ids.setdefault((doc_id, alias), entity.id)
        for alias in (entity.name, *entity.aliases):
            self._by_name.setdefault(alias, entity.id)


def _cluster_people(items: list[tuple[str, DocEntity]]) -> list[_Cluster]:
    """Group person entities by surname block, full names first so surnames can join them."""
    blocks: dict[str, list[_Cluster]] = defaultdict(list)
    ordered = sorted(items, key=lambda item: (-len(item[1].canonical.split()), item[1].canonical))
    for doc_id, entity in ordered:
        block = blocks[_person_key(entity.canonical)]
        fits = [c for c in block if _compatible(c, entity.canonical)]
        if len(entity.canonical.split()) == 1 and len(fits) > 1:
            fits = []  # a bare surname shared by two people: do not guess
        if fits:
            fits[0].add(doc_id, entity)
        else:
            block.append(_Cluster(EntityLabel.PERSON))
            block[-1].add(doc_id, entity)
    return [c for block in blocks.values() for c in block]


def _cluster_others(items: list[tuple[str, DocEntity]]) -> list[_Cluster]:
    """Group non-person entities by label and spelling key of the whole name."""
    clusters: dict[tuple[EntityLabel, str], _Cluster] = {}
    for doc_id, entity in items:
        key = (entity.label, " ".join(spelling_key(w) for w in entity.canonical.split()))
        clusters.setdefault(key, _Cluster(entity.label)).add(doc_id, entity)
    return list(clusters.values())


def _name_keys(cluster: _Cluster) -> tuple[str, str]:
    """Block and spelling key of a cluster's most-mentioned name, words joined."""
    name = cluster.names().most_common(1)[0][0]
    return " ".join(block_key(w) for w in name.split()), "".join(map(spelling_key, name.split()))


def _attach_foreign(clusters: list[_Cluster], corpus: Corpus) -> list[_Cluster]:
    """Join clusters seen only in non-English articles to an English one of similar name.

    A place the gazetteer does not know keeps the form the article uses, which in a declining
    language may be inflected (``Вельдры``); its key is then close to, not equal to, the
    English one. Only foreign-only clusters move, so English clustering is unchanged.
    """
    def english(cluster: _Cluster) -> bool:
        return any(corpus.documents[d].language in ("en", None) for d, _ in cluster.members)

    targets: dict[tuple[EntityLabel, str], list[tuple[str, _Cluster]]] = defaultdict(list)
    for cluster in clusters:
        if english(cluster):
            block, key = _name_keys(cluster)
            targets[(cluster.label, block)].append((key, cluster))
    kept = []
    for cluster in clusters:
        if not english(cluster):
            block, key = _name_keys(cluster)
            match = next((c for k, c in targets.get((cluster.label, block), [])
                          if similar_names(k, key)), None)
            if match is not None:
                for doc_id, entity in cluster.members:
                    match.add(doc_id, entity)
                continue
        kept.append(cluster)
    return kept


def _roles(cluster: _Cluster, corpus: Corpus) -> tuple[StoryRole, ...]:
    """Roles of a cluster's members, merged by (title, of) with all their evidence."""
    merged: dict[tuple[str, str | None], list[Evidence]] = defaultdict(list)
    for doc_id, entity in cluster.members:
        for role in entity.roles:
            merged[(role.title.lower(), role.of)].append(
                corpus.evidence(doc_id, role.start, role.end)
            )
    return tuple(
        StoryRole(t, o, tuple(ev))
        for (t, o), ev in sorted(merged.items(), key=lambda kv: (-len(kv[1]), kv[0][0]))
    )


def _english_names(cluster: _Cluster, corpus: Corpus) -> set[str]:
    """Names the cluster's members have in English (or undetected-language) articles."""
    return {
        entity.canonical
        for doc_id, entity in cluster.members
        if corpus.documents[doc_id].language in ("en", None)
    }


def _story_entity(cluster: _Cluster, corpus: Corpus, index: EntityIndex) -> StoryEntity:
    """The merged entity of a cluster: fullest common name, every alias, roles, affiliation."""
    names = cluster.names()
    english = _english_names(cluster, corpus)
    # The English spelling is canonical when an English article uses one, then any Latin one.
    name = max(names, key=lambda n: (n in english, is_latin(n), len(n.split()) > 1, names[n],
                                     -len(n), n))
    aliases = sorted({a for _, e in cluster.members for a in (e.canonical, *e.aliases)} - {name})
    affiliations = Counter(a for _, e in cluster.members if (a := _affiliation(e, index)))
    kind = _TYPES[cluster.label]
    if name in index.countries and (cluster.label is not EntityLabel.PERSON or " " not in name):
        kind = "country"
    return StoryEntity(
        id=content_id("e_", kind, spelling_key(name.split()[-1]), name),
        name=name,
        type=kind,
        aliases=tuple(aliases),
        roles=_roles(cluster, corpus),
        affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
        mentions=sum(e.count for _, e in cluster.members),
        articles=tuple(dict.fromkeys(d for d, _ in cluster.members)),
    )


def _affiliation(entity: DocEntity, index: EntityIndex) -> str | None:
    """An entity's party, with nationality words of unknown countries mapped to the country."""
    for value in (entity.affiliation, *(r.of for r in entity.roles)):
        if not value:
            continue
        if value in index.countries or (
            gazetteer().lookup(value) is not None and value == entity.affiliation
        ):
            return value
        match = index.countries.country_of(value)
        if match is not None:
            return match
    return None


def _corpus_countries(corpus: Corpus) -> set[str]:
    """Countries named anywhere: gazetteer countries and places used with a nationality word."""
    found: set[str] = set()
    for annotated in corpus.annotations.values():
        found |= {e.canonical for e in annotated.entities if e.label is EntityLabel.COUNTRY}
        found |= unknown_countries(annotated.entities)
    return found


_NAMED = (EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.OTHER,
          EntityLabel.NATIONALITY)


def _one_label_per_name(items: list[tuple[str, DocEntity]]) -> list[tuple[str, DocEntity]]:
    """One label per name across the story: the tagger labels each article on its own.

    ``Rustem Umerov`` may be an organization in one article and a person in three others;
    each name (case and accents aside) labelled as a person, organization, nationality or
    other in different articles takes the label with the most mentions (a person on a tie,
    for a full name of two words or more).
    """
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    for _, entity in items:
        if entity.label in _NAMED:
            votes[fold(entity.canonical)][entity.label] += entity.count
    out = []
    for doc_id, entity in items:
        tally = votes.get(fold(entity.canonical))
        if tally is not None and len(tally) > 1:
            person_first = len(entity.canonical.split()) > 1
            best = max(tally, key=lambda lab: (tally[lab], person_first and
                                               lab is EntityLabel.PERSON, lab.value))
            entity = replace(entity, label=best)
        out.append((doc_id, entity))
    return out


def resolve_entities(corpus: Corpus) -> EntityIndex:
    """Resolve every document's entities into story entities."""
    items: list[tuple[str, DocEntity]] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is not None:
            items.extend((doc_id, entity) for entity in annotations.entities)
    items = _one_label_per_name(items)
    people = [(d, e) for d, e in items if e.label is EntityLabel.PERSON]
    others = [(d, e) for d, e in items if e.label is not EntityLabel.PERSON]
    index = EntityIndex()
    clusters = _cluster_people(people) + _attach_foreign(_cluster_others(others), corpus)
    countries = _corpus_countries(corpus)
    index.countries = Countries(countries)
    built = [(_story_entity(c, corpus, index), c) for c in clusters]
    built.sort(key=lambda pair: (-pair[0].mentions, pair[0].name))
    for story_entity, cluster in built:
        index.add(story_entity, cluster.members)
    return index
