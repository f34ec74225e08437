"""Cross-document entity resolution: one entity per person, organization, country or place.

Within a document the extract stage has already given every mention a canonical name. Across
documents the same person is spelled differently (transliterations: Zelenskyy / Zelensky,
Orvy / Orvi), named in full in one article and by surname, given name or with an
honorific in another, in another script in another language (Зеленский); an organization is
named in full in one and by its acronym in another. Resolution runs in steps:

1. one type per name across the story, namesake countries read from context
   (:mod:`communique.merge._labels`);
2. people clustered by blocks of surname keys (:mod:`communique.merge._people`), other names by
   the spelling key of the whole name, foreign-only spellings attached to English ones;
3. acronyms and slash compounds joined to what they name (:mod:`communique.merge._acronyms`).

Nationality words (``Iranian``) are no entities of the story: they resolve to their country's
entity, so that extractors reading them as party cues still find it. The name keys live in
:mod:`communique.lang.names`, the one place that decides which spellings can match.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import partial

from communique.extract._parties import namesake_rivals, unknown_countries
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.lang.names import (
    block_key,
    is_latin,
    name_words,
    similar_names,
    spelling_key,
    strip_honorifics,
)
from communique.merge._acronyms import join_names
from communique.merge._clusters import Cluster, Item
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._labels import Renamed, settle_labels, settle_namesakes
from communique.merge._people import cluster_people
from communique.model import content_id
from communique.model.entities import DocEntity, EntityLabel
from communique.model.story import Evidence, StoryEntity, StoryRole

_TYPES = {
    EntityLabel.PERSON: "person",
    EntityLabel.ORGANIZATION: "organization",
    EntityLabel.COUNTRY: "country",
    EntityLabel.PLACE: "place",
    EntityLabel.NATIONALITY: "other",
    EntityLabel.OTHER: "other",
}
_GEO = (EntityLabel.COUNTRY, EntityLabel.PLACE)


class EntityIndex:
    """The resolved entities and a map from (document, local canonical name) to their ids."""

    def __init__(self) -> None:
        self.entities: list[StoryEntity] = []
        self._ids: dict[tuple[str, str], str] = {}
        self._by_name: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._affiliations: dict[str, str] = {}
        self._canonical: dict[str, str] = {}
        self._types: dict[str, str] = {}
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

    def type_of(self, entity_id: str | None) -> str | None:
        """The type of an entity id (``person``, ``place``…), ``None`` for no entity."""
        return self._types.get(entity_id) if entity_id else None

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
        return (self._canonical.get(name) or self.id_of(doc_id, name)
                or self._named_rival(name))

    def _named_rival(self, country: str) -> str | None:
        """The one namesake of a country the story never names that it does name: a party
        read from a nationality word two countries share ("tavranien", of Tavrania and of
        North Tavrania) is the one reported on."""
        named = [self._canonical[r] for r in sorted(namesake_rivals().get(country, ()))
                 if r in self._canonical]
        return named[0] if len(named) == 1 else None

    def add(self, entity: StoryEntity, members: Iterable[tuple[str, DocEntity]]) -> None:
        """Register a resolved entity and the document entities it stands for."""
        self.entities.append(entity)
        self._names[entity.id] = entity.name
        self._types[entity.id] = entity.type
        self._canonical.setdefault(entity.name, entity.id)
        if entity.affiliation:
            self._affiliations[entity.id] = entity.affiliation
        for doc_id, member in members:
            self._ids[(doc_id, member.canonical)] = entity.id
            for alias in member.aliases:
                self._ids.setdefault((doc_id, alias), entity.id)
        for alias in (entity.name, *entity.aliases):
            self._by_name.setdefault(alias, entity.id)

    def refer(self, doc_id: str, name: str, entity_id: str | None) -> None:
        """Let a document's ``name`` (a nationality word, a name the story retyped) resolve to
        ``entity_id`` without making it an alias of that entity."""
        if entity_id is not None:
            self._ids.setdefault((doc_id, name), entity_id)

    def named(self, name: str) -> str | None:
        """The id of the entity whose canonical name (or an alias) is ``name``."""
        return self._canonical.get(name) or self._by_name.get(name)


def _cluster_others(items: list[Item]) -> list[Cluster]:
    """Group non-person entities by the spelling key of the whole name (``the`` aside); a
    country and a place of one name are one (``Democratic Republic of Congo``)."""
    clusters: dict[tuple[str, str], Cluster] = {}
    for doc_id, entity in items:
        group = "geo" if entity.label in _GEO else entity.label.value
        words = [w for w in entity.canonical.split() if w.lower() != "the"] or ["the"]
        key = (group, " ".join(spelling_key(w) for w in words))
        cluster = clusters.setdefault(key, Cluster(entity.label))
        if entity.label is EntityLabel.COUNTRY:
            cluster.label = EntityLabel.COUNTRY
        cluster.add(doc_id, entity)
    return list(clusters.values())


def _name_keys(cluster: Cluster) -> tuple[str, str]:
    """Block and spelling key of a cluster's most-mentioned name, words joined."""
    name = cluster.names().most_common(1)[0][0]
    return " ".join(block_key(w) for w in name.split()), "".join(map(spelling_key, name.split()))


def _attach_foreign(clusters: list[Cluster], corpus: Corpus) -> list[Cluster]:
    """Join clusters seen only in non-English articles to an English one of similar name.

    A place the gazetteer does not know keeps the form the article uses, which in a declining
    language may be inflected (``Вельдры``); its key is then close to, not equal to, the
    English one. Only foreign-only clusters move, so English clustering is unchanged.
    """
    def english(cluster: Cluster) -> bool:
        return any(corpus.documents[d].language in ("en", None) for d, _ in cluster.members)

    targets: dict[tuple[EntityLabel, str], list[tuple[str, Cluster]]] = defaultdict(list)
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


def _roles(cluster: Cluster, corpus: Corpus) -> tuple[StoryRole, ...]:
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


def _english_names(cluster: Cluster, corpus: Corpus) -> set[str]:
    """Names the cluster's members have in English (or undetected-language) articles."""
    return {
        entity.canonical
        for doc_id, entity in cluster.members
        if corpus.documents[doc_id].language in ("en", None)
    }


def _display(cluster: Cluster, names: Iterable[str]) -> Counter[str]:
    """A cluster's names as shown: a person's without honorifics, weighted by mentions."""
    counts = cluster.names()
    shown: Counter[str] = Counter()
    for name in names:
        bare = strip_honorifics(name) if cluster.label is EntityLabel.PERSON else name
        shown[bare or name] += counts.get(name, 0)
    return shown


def _story_entity(cluster: Cluster, corpus: Corpus, index: EntityIndex) -> StoryEntity:
    """The merged entity of a cluster: fullest common name, every alias, roles, affiliation."""
    names = _display(cluster, cluster.names())
    english = set(_display(cluster, _english_names(cluster, corpus)))
    # The English spelling is canonical when an English article uses one, then any Latin one;
    # then a full name, the most mentioned, the fullest (patronymic links aside).
    name = max(names, key=lambda n: (n in english, is_latin(n), len(n.split()) > 1, names[n],
                                     len(name_words(n)), -len(n), n))
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


COUNTRIES_KIND = "countries/1"
"""The kind under which :func:`_article_countries` is kept between runs (see
:meth:`~communique.model.memo.TextMemo.get_annotated`); change its version when what it
returns changes."""


def _corpus_countries(corpus: Corpus) -> set[str]:
    """Countries named anywhere: gazetteer countries and places used with a nationality word."""
    found: set[str] = set()
    for doc_id, annotated in corpus.annotations.items():
        entities = annotated.entities
        if doc_id in corpus.memo.annotations and doc_id in corpus.documents:
            found.update(corpus.memo.get_annotated(
                COUNTRIES_KIND, doc_id, corpus.text(doc_id),
                partial(_article_countries, entities)))
        else:
            found.update(_article_countries(entities))
    return found


def _article_countries(entities: Sequence[DocEntity]) -> list[str]:
    """The countries one article names (sorted: kept as JSON, read back as a set)."""
    found = {e.canonical for e in entities if e.label is EntityLabel.COUNTRY}
    return sorted(found | unknown_countries(entities))


def _nationality_of(name: str, countries: Countries, places: Countries) -> tuple[bool, str | None]:
    """Whether a nationality-labelled name is a nationality word, and the country or place it
    belongs to (``Iranian`` → Iran, ``Southeast Asian`` → Southeast Asia, ``European`` → none
    in a story that never names Europe)."""
    entry = gazetteer().lookup(name)
    if entry is not None and entry.kind is GazKind.DEMONYM:
        return True, entry.country or places.country_of(entry.canonical)
    found = countries.country_of(name) or places.country_of(name)
    return found is not None, found


def _split_nationalities(items: list[Item], countries: Countries, places: Countries
                         ) -> tuple[list[Item], list[tuple[str, str, str | None]]]:
    """Nationality words set aside, each with what it refers to; the rest kept."""
    kept: list[Item] = []
    words: list[tuple[str, str, str | None]] = []
    for doc_id, entity in items:
        if entity.label is EntityLabel.NATIONALITY:
            nationality, target = _nationality_of(entity.canonical, countries, places)
            if nationality:
                words.append((doc_id, entity.canonical, target))
                continue
        kept.append((doc_id, entity))
    return kept, words


def _items(corpus: Corpus) -> list[Item]:
    """Every document entity of the corpus, in document order."""
    items: list[Item] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is not None:
            items.extend((doc_id, entity) for entity in annotations.entities)
    return items


def _refer(index: EntityIndex, renamed: Renamed,
           nationalities: list[tuple[str, str, str | None]]) -> None:
    """Names the story retyped or renamed, and nationality words, resolve to their entity."""
    for (doc_id, old), new in renamed.items():
        index.refer(doc_id, old, index.id_of(doc_id, new))
    for doc_id, word, target in nationalities:
        index.refer(doc_id, word, index.named(target) if target else None)


def resolve_entities(corpus: Corpus) -> EntityIndex:
    """Resolve every document's entities into story entities (see the module docstring)."""
    english = {d for d, document in corpus.documents.items() if document.language in ("en", None)}
    items, renamed = settle_labels(_items(corpus), english)
    items = settle_namesakes(items, renamed)
    index = EntityIndex()
    index.countries = Countries(_corpus_countries(corpus))
    places = Countries({e.canonical for _, e in items if e.label is EntityLabel.PLACE})
    items, nationalities = _split_nationalities(items, index.countries, places)
    people = [(d, e) for d, e in items if e.label is EntityLabel.PERSON]
    others = [(d, e) for d, e in items if e.label is not EntityLabel.PERSON]
    clusters = cluster_people(people) + join_names(
        _attach_foreign(_cluster_others(others), corpus), corpus)
    built = [(_story_entity(c, corpus, index), c) for c in clusters]
    built.sort(key=lambda pair: (-pair[0].mentions, pair[0].name))
    for story_entity, cluster in built:
        index.add(story_entity, cluster.members)
    _refer(index, renamed, nationalities)
    return index
