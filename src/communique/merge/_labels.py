"""One type per name across the story, and namesake countries read from context.

The tagger labels each article on its own, so one name comes out as a person in one article,
a place in another (``Orvy``, ``Santos``) and an organization in a third. Before clustering,
every document entity is given the type the story supports:

* a surname or given name of a person named in full in the story is a person (``Santos`` is
  also a Brazilian town; the story's Ramiro Santos decides);
* a place the gazetteers know (a country, a capital, a region, a city of 15,000 people) is never
  a person (``Lyon``), nor is an acronym (``МИД``: an organization);
* any other name takes the type most of its mentions have (in English articles when there are
  any: the English pipeline is the stronger one);
* a "person" made of honorifics alone (``Datuk Seri``) is no entity.

A name two countries share (``Congo``) means the one the article names unambiguously, by name
or capital (Kinshasa, Brazzaville); when the article names neither or both, the one the story
names most.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from communique.extract.entities._gazetteer import GazEntry, GazKind, gazetteer
from communique.extract.entities._world import world_gazetteer
from communique.lang._phrases import phrases
from communique.lang.names import (
    fold,
    initials,
    is_acronym,
    name_words,
    similar_names,
    spelling_key,
    strip_honorifics,
)
from communique.merge._clusters import Item
from communique.model.entities import DocEntity, EntityLabel

_VOTED = (EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.OTHER,
          EntityLabel.NATIONALITY, EntityLabel.PLACE)
_PLACE_KINDS = (GazKind.COUNTRY, GazKind.CAPITAL, GazKind.REGION, GazKind.CITY)
_COUNTRY_CUES = (GazKind.COUNTRY, GazKind.CAPITAL, GazKind.SEAT)
_MIN_PERSON_MENTIONS = 3
_MIN_CODE = 3
"""Letters of the shortest country acronym read from initials (two would be too many guesses)."""

Renamed = dict[tuple[str, str], str]
"""(document, canonical name as extracted) → the canonical name the story gives it."""


def _place_entry(name: str) -> GazEntry | None:
    """The gazetteer entry of a place name: the English gazetteer's countries, capitals and
    regions, else a world city or country by its own name (not by an alternate spelling:
    ``Hun`` is a Khmer surname, ``Hūn`` a Libyan town)."""
    entry = gazetteer().lookup(name)
    if entry is None:
        entry = world_gazetteer().exact(name.split())
        if entry is not None and entry.canonical != name:
            return None
    return entry if entry is not None and entry.kind in _PLACE_KINDS else None


class _PersonWords:
    """Keys of the words of the story's full person names.

    Only names the story mentions a few times count (a one-off tagging error such as a person
    ``Unión Africana`` must not turn every ``Union`` into a person), and only words written as
    names (no acronym, no word the gazetteer knows).
    """

    def __init__(self, items: list[Item]) -> None:
        counts: Counter[str] = Counter()
        for _, entity in items:
            if entity.label is EntityLabel.PERSON and len(name_words(entity.canonical)) > 1:
                counts[entity.canonical] += entity.count
        self.words = {
            spelling_key(word)
            for name, count in counts.items() if count >= _MIN_PERSON_MENTIONS
            for word in name_words(name)
            if word[:1].isupper() and not is_acronym(word) and gazetteer().lookup(word) is None
        }

    def names(self, name: str) -> bool:
        """Whether ``name`` is one word of a full person name of the story."""
        words = name_words(name)
        return len(words) == 1 and spelling_key(words[0]) in self.words


def _votes(items: list[Item], english: set[str]) -> dict[str, Counter[EntityLabel]]:
    """Mentions per type of every name, counted in the English articles when any of them names
    it: the English pipeline (a trained tagger checked by the entity fixer) decides over the
    light pipelines of other languages."""
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    others: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    for doc_id, entity in items:
        if entity.label in _VOTED:
            table = votes if doc_id in english else others
            table[fold(entity.canonical)][entity.label] += entity.count
    for name, tally in others.items():
        votes.setdefault(name, tally)
    return votes


def _as_place(entity: DocEntity, entry: GazEntry) -> DocEntity:
    label = EntityLabel.COUNTRY if entry.kind is GazKind.COUNTRY else EntityLabel.PLACE
    return replace(entity, label=label, canonical=entry.canonical)


def _settled(entity: DocEntity, people: _PersonWords,
             votes: dict[str, Counter[EntityLabel]]) -> DocEntity | None:
    """The entity with the type the story supports (``None``: not a name at all)."""
    label, name = entity.label, entity.canonical
    if label is EntityLabel.PERSON and not strip_honorifics(name):
        return None
    if label not in _VOTED:
        return entity
    known = gazetteer().lookup(name) is not None
    place = _place_entry(name)
    person = people.names(name)
    if label is EntityLabel.PERSON and place is not None and (known or not person):
        return _as_place(entity, place)  # a place is never a person (a town named like one may be)
    if person:
        return entity if known else replace(entity, label=EntityLabel.PERSON)
    if label is EntityLabel.PERSON and is_acronym(name) and not known:
        return replace(entity, label=EntityLabel.ORGANIZATION)  # "МИД", "NSC": no one's name
    tally = votes.get(fold(name))
    if known or place is not None or not tally:
        return entity
    multiword = " " in name
    # A nationality it is not (the gazetteer would know it): the tagger's NORP on an unknown
    # name (``Axios``) loses to any other type.
    best = max(tally, key=lambda lab: (lab is not EntityLabel.NATIONALITY, tally[lab],
                                       multiword and lab is EntityLabel.PERSON, lab is label,
                                       lab.value))
    return entity if best is label else replace(entity, label=best)


def settle_labels(items: list[Item], english: set[str]) -> tuple[list[Item], Renamed]:
    """Every item with the type the story supports (see the module docstring), and the names
    changed on the way. ``english``: the ids of the English articles."""
    people = _PersonWords(items)
    votes = _votes(items, english)
    out: list[Item] = []
    renamed: Renamed = {}
    decided: dict[tuple[EntityLabel, str], tuple[EntityLabel, str] | None] = {}
    for doc_id, entity in items:
        key = (entity.label, entity.canonical)
        if key not in decided:  # one decision per name and type, not per article
            done = _settled(entity, people, votes)
            decided[key] = None if done is None else (done.label, done.canonical)
        outcome = decided[key]
        if outcome is None:
            continue
        settled = entity if outcome == key else replace(entity, label=outcome[0],
                                                        canonical=outcome[1])
        if settled is None:
            continue
        if settled.canonical != entity.canonical:
            renamed[(doc_id, entity.canonical)] = settled.canonical
        out.append((doc_id, settled))
    return out, renamed


@lru_cache(maxsize=1)
def _shared_keys() -> tuple[tuple[str, frozenset[str]], ...]:
    """Spelling keys of the English names several countries share, with those countries."""
    return tuple((spelling_key(form), countries)
                 for form, countries in gazetteer().namesake_forms().items())


@lru_cache(maxsize=4096)
def _namesakes(text: str) -> frozenset[str]:
    """The countries a mention may mean when it may mean several: an English shared name, or
    another language's spelling of one (``Kongo``, ``Конго``)."""
    sakes = gazetteer().namesakes(text)
    if sakes or " " in text.strip():
        return sakes
    world = world_gazetteer().exact([text])
    if world is None or world.kind is not GazKind.COUNTRY:
        return frozenset()
    key = spelling_key(text)
    return next((countries for shared, countries in _shared_keys()
                 if world.country in countries and similar_names(key, shared)), frozenset())


@lru_cache(maxsize=4096)
def _unambiguous_country(text: str) -> str | None:
    """The country a mention names without doubt (a country name or capital), if any."""
    if _namesakes(text):
        return None
    entry = gazetteer().lookup(text) or world_gazetteer().exact(text.split())
    if entry is None or entry.kind not in _COUNTRY_CUES:
        return None
    return entry.country


# The word after the first words of a country's long name in each language ("of", "du", "del").
_CONNECTORS = frozenset(phrases("name_connectors"))


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset[str]]:
    """Two or more words before ``of`` (``du``, ``del``…) in a country's long name in any
    language, lower case, with every country whose name starts with them (``république
    démocratique`` of the Congo, ``islamic republic`` of Iran, Pakistan …)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for name, entry in world_gazetteer().country_names():
        words = name.split()
        cut = next((i for i, w in enumerate(words) if w in _CONNECTORS), 0)
        if cut >= 2 and entry.country:
            forms[" ".join(words[:cut])].add(entry.country)
    return {form: frozenset(c) for form, c in forms.items()}


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, frozenset[str]]:
    """Initials of every multi-word country name in every language, with the countries that
    have them (``США``: the United States, ``ДРК``, ``UAE``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, entry in world_gazetteer().country_names():
        if " " in name and entry.country:
            found[initials(name)].add(entry.country)
    for name in gazetteer().country_forms():
        country = gazetteer().lookup(name)
        if " " in name and country is not None and country.country:
            found[initials(name)].add(country.country)
    return {letters: frozenset(c) for letters, c in found.items() if len(letters) >= _MIN_CODE}


def _short_form(name: str) -> frozenset[str]:
    """The countries whose long name ``name`` shortens, in English or another language."""
    return gazetteer().short_form(name) or _short_forms().get(" ".join(name.casefold().split()),
                                                              frozenset())


def _ambiguous(entity: DocEntity) -> frozenset[str]:
    """The countries an entity may be when every mention of it is a namesake (``Congo``), a
    short form of a country's long name (``Islamic Republic``, ``République démocratique``:
    never anyone's name, whatever the tagger said), or the initials of one (``США``)."""
    short = _short_form(entity.canonical) if " " in entity.canonical else frozenset()
    if not short and entity.label is not EntityLabel.PERSON and is_acronym(entity.canonical):
        short = _country_initials().get(entity.canonical.replace(".", "").upper(), frozenset())
    if short:
        return short
    if entity.label is not EntityLabel.COUNTRY:
        return frozenset()
    options: frozenset[str] | None = None
    for mention in entity.mentions:
        sakes = _namesakes(mention.text)
        if not sakes:
            return frozenset()
        options = sakes if options is None else options & sakes
    return options or frozenset()


def _ambiguity_key(entity: DocEntity) -> tuple[object, ...]:
    """Everything of an entity that :func:`_ambiguous` reads: its name and label, and the
    words of its mentions when it is a country."""
    texts = tuple(m.text for m in entity.mentions) if entity.label is EntityLabel.COUNTRY else ()
    return entity.canonical, entity.label, texts


def settle_namesakes(items: list[Item], renamed: Renamed) -> list[Item]:
    """Country entities named only by a shared name (``Congo``) resolved from their article,
    else from the story (see the module docstring); ``renamed`` records the changes."""
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    story: Counter[str] = Counter()
    for doc_id, entity in items:
        if entity.label in (EntityLabel.COUNTRY, EntityLabel.PLACE, EntityLabel.ORGANIZATION):
            for mention in entity.mentions:
                country = _unambiguous_country(mention.text)
                if country is not None:
                    cues[doc_id][country] += 1
                    story[country] += 1
    out: list[Item] = []
    # Every article names the same few countries: each distinct reading is worked out once.
    known: dict[tuple[object, ...], frozenset[str]] = {}
    for doc_id, entity in items:
        key = _ambiguity_key(entity)
        options = known.get(key)
        if options is None:
            options = known[key] = _ambiguous(entity)
        named = [c for c in options if cues[doc_id][c]]
        pool = named if len(named) == 1 else sorted(options)
        best = max(pool, key=lambda c: (story[c], c)) if pool else None
        # Only a country the article or the story names: never a guess from the list alone.
        if best is not None and (named or story[best]):
            if best != entity.canonical:
                renamed[(doc_id, entity.canonical)] = best
            entity = replace(entity, canonical=best, label=EntityLabel.COUNTRY)
        out.append((doc_id, entity))
    return out
