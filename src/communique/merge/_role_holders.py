"""Role statements of one sentence: each role phrase (:mod:`communique.merge._role_phrases`)
and the named entities that hold it, taken as the party each speaks for and, for a person, the
person too. *The president* stands for the one person of the article with that title; a phrase
under negation, plan, expectation or condition reports no role."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from communique.merge._corpus import Corpus
from communique.merge._role_phrases import (
    ACCOMPANIED,
    AFTER,
    BEFORE,
    CLAUSE_END,
    COMPLEMENT,
    HEAD,
    HEAD_AFTER,
    HEAD_BEFORE,
    JOIN,
    LEAD,
    MEMBER,
    NOT_A_REPORT,
    PLAN,
    RELATIVE,
    THE_TITLE,
    TITLE_GAP,
)
from communique.model.entities import DocEntity, EntityLabel, EntityMention

_HOLDER_LABELS = (EntityLabel.PERSON, EntityLabel.COUNTRY, EntityLabel.ORGANIZATION,
                  EntityLabel.NATIONALITY)
_PARTY_LABELS = (EntityLabel.COUNTRY, EntityLabel.ORGANIZATION, EntityLabel.NATIONALITY)
_LOOK_BACK = 50
"""How far before a role phrase its hedges are looked for (characters)."""
_GAP = 60
"""The most characters between two names of one run of holders."""


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a role: the party they speak for, and the person when the holder is one."""

    party: str | None
    person: str | None


@dataclass(frozen=True, slots=True)
class RoleStatement:
    """One role phrase of a sentence: the role and its holders."""

    role: str
    holders: tuple[Holder, ...]
    of: str | None = None
    """The party whose delegation a head leads, when the phrase names it."""


class CountryOf(Protocol):
    """What holders read of the country list (a
    :class:`~communique.merge._countries.Countries`, or a block's recorded reads of it)."""

    def country_of(self, word: str) -> str | None:
        """The country ``word`` names or is the nationality of, else ``None``."""


class HolderNames:
    """Turns an article's entity mentions into holders: a party and, for a person, a name."""

    def __init__(self, corpus: Corpus, countries: CountryOf,
                 name_of: Callable[[str, str], str | None] | None = None) -> None:
        self._corpus = corpus
        self._countries = countries
        self._names = name_of
        self._entities: dict[str, dict[str, DocEntity]] = {}
        self._mentions: dict[str, list[EntityMention]] = {}

    def for_block(self, corpus: Corpus, countries: CountryOf,
                  name_of: Callable[[str, str], str | None] | None) -> HolderNames:
        """Holder names over another view of the corpus (a block's), sharing what is worked
        out per article from its annotations alone (its entities and mentions in order)."""
        names = HolderNames(corpus, countries, name_of)
        names._entities = self._entities
        names._mentions = self._mentions
        return names

    def _entity(self, article: str, canonical: str) -> DocEntity | None:
        known = self._entities.get(article)
        if known is None:
            annotations = self._corpus.annotations.get(article)
            known = {e.canonical: e for e in annotations.entities} if annotations else {}
            self._entities[article] = known
        return known.get(canonical)

    def name(self, article: str, canonical: str) -> str:
        """The story's name of a document name (the document's own when the story has none)."""
        named = self._names(article, canonical) if self._names is not None else None
        return named or canonical

    def holder(self, article: str, mention: EntityMention) -> Holder | None:
        """The holder a mention names, ``None`` for a name that can hold no role."""
        if mention.label not in _HOLDER_LABELS:
            return None
        if mention.label == EntityLabel.PERSON:
            entity = self._entity(article, mention.canonical)
            party = entity.affiliation if entity is not None else None
            party = party or self._title_party(article, mention)
            return Holder(self._party(article, party) if party else None,
                          self.name(article, mention.canonical))
        party = mention.stands_for or mention.canonical
        return Holder(self._party(article, party), None)

    def _title_party(self, article: str, mention: EntityMention) -> str | None:
        """The party named in a person's title right before the name (*Veldran foreign
        minister X*, *Korvania field commander X*): a country, nationality or organization
        followed by at most three lower-case title words."""
        mentions = self.mentions(article)
        at = bisect_left([m.start for m in mentions], mention.start)
        if at == 0:
            return None
        before = mentions[at - 1]
        if before.label not in _PARTY_LABELS or not TITLE_GAP.fullmatch(
                self._corpus.text(article), before.end, mention.start):
            return None
        return before.stands_for or before.canonical

    def mentions(self, article: str) -> list[EntityMention]:
        """The entity mentions of an article, in text order (worked out once per article)."""
        known = self._mentions.get(article)
        if known is None:
            annotations = self._corpus.annotations.get(article)
            entities = annotations.entities if annotations else ()
            known = self._mentions[article] = sorted(
                (m for e in entities for m in e.mentions), key=lambda m: (m.start, m.end))
        return known

    def titled(self, article: str, start: int, sentence: str) -> list[EntityMention]:
        """*The president*, *the foreign minister*: a definite title standing for the one
        person of the article who bears it, as a mention of that person (``start``: the
        sentence's offset in the article)."""
        found: list[EntityMention] = []
        for match in THE_TITLE.finditer(sentence):
            title = match.group("title").casefold()
            bearers = {e.canonical for e in self._people(article)
                       if any(r.title.casefold() == title for r in e.roles)}
            if len(bearers) == 1:
                found.append(EntityMention(start + match.start(), start + match.end(),
                                           match.group(), EntityLabel.PERSON, bearers.pop()))
        return found

    def _people(self, article: str) -> list[DocEntity]:
        self._entity(article, "")
        return [e for e in self._entities[article].values() if e.label == EntityLabel.PERSON]

    def _party(self, article: str, name: str) -> str:
        country = self._countries.country_of(name)
        return country if country is not None else self.name(article, name)


def statements(article: str, start: int, end: int, mentions: Sequence[EntityMention],
               text: str, names: HolderNames) -> list[RoleStatement]:
    """The role phrases of the sentence ``text[start:end]`` of ``article`` and their holders
    (``mentions``: the article's entity mentions, in text order)."""
    sentence = text[start:end]
    if PLAN.search(sentence):
        return []
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    inside = sorted([*inside, *names.titled(article, start, sentence)], key=lambda m: m.start)
    found: list[RoleStatement] = []
    for role, pattern in AFTER:
        for match in pattern.finditer(sentence):
            if hedged(sentence, match.start()):
                continue
            run = _run_after(inside, start + match.end(), text)
            found += _statement(role, run, article, text, names)
    for mention in inside:
        rest = text[mention.end:end]
        for role, pattern in BEFORE:
            if pattern.match(rest) is None:
                continue
            run = _run_before(inside, mention, text)
            if hedged(sentence, run[0].start - start):
                continue
            found += _statement(role, run, article, text, names)
    found += _heads(article, start, end, inside, text, names)
    return found


def _heads(article: str, start: int, end: int, inside: Sequence[EntityMention], text: str,
           names: HolderNames) -> list[RoleStatement]:
    """Heads of delegations and the party each leads: named in the phrase (*Veldra's
    delegation*, *the Veldran team*), else the head's own affiliation."""
    sentence = text[start:end]
    found: list[RoleStatement] = []
    for match in HEAD_AFTER.finditer(sentence):
        if hedged(sentence, match.start()):
            continue
        at, to = start + match.start(), start + match.end()
        named = [m for m in inside if at <= m.start and m.end <= to] or [
            m for m in inside if m.end <= at and re.fullmatch(r"['’]s?\s*", text[m.end:at])]
        # the first person of the run: a ministry named before them is their title
        # ("Finance Secretary X")
        run = [m for m in _run_after(inside, to, text)
               if m.label == EntityLabel.PERSON][:1]
        head = _head(run, named, article, names)
        found += head + _members(head, run, inside, text, article, names)
    for mention in inside:
        led = HEAD_BEFORE.match(text, mention.end, end)
        if led is None or hedged(sentence, mention.start - start):
            continue
        named = [m for m in inside if mention.end <= m.start and m.end <= led.end()]
        found += _head([mention], named, article, names)
    return found


def _head(run: Sequence[EntityMention], named: Sequence[EntityMention], article: str,
          names: HolderNames) -> list[RoleStatement]:
    people = [h for m in run if (h := names.holder(article, m)) is not None and h.person]
    parties = {h.party for m in named if (h := names.holder(article, m)) is not None and h.party}
    if len(people) != 1 or len(parties) > 1:
        return []
    party = next(iter(parties)) if parties else people[0].party
    return [RoleStatement(HEAD, (people[0],), party)] if party else []


def _members(head: Sequence[RoleStatement], run: Sequence[EntityMention],
             inside: Sequence[EntityMention], text: str, article: str,
             names: HolderNames) -> list[RoleStatement]:
    """The people a head of delegation has with them (*X, accompanied by Y and Z*), on the
    head's side."""
    if not head or not run:
        return []
    with_head = ACCOMPANIED.match(text, run[-1].end)
    if with_head is None or with_head.end() == run[-1].end:
        return []
    people = tuple(dict.fromkeys(
        h for m in _run_after(inside, with_head.end(), text)
        if (h := names.holder(article, m)) is not None and h.person))
    return [RoleStatement(MEMBER, people, head[0].of)] if people else []


def _statement(role: str, run: Sequence[EntityMention], article: str, text: str,
               names: HolderNames) -> list[RoleStatement]:
    holders = tuple(dict.fromkeys(
        h for m in run if not COMPLEMENT.search(text[max(0, m.start - 6):m.start])
        and (h := names.holder(article, m)) is not None))
    return [RoleStatement(role, holders)] if holders else []


def hedged(sentence: str, at: int) -> bool:
    """Whether the words before a role phrase make it a plan, a wish or a denial."""
    before = sentence[max(0, at - _LOOK_BACK):at]
    cut = list(CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    return bool(NOT_A_REPORT.search(before))


def _run_after(mentions: Sequence[EntityMention], at: int, text: str) -> list[EntityMention]:
    """The run of names right after a role phrase ending at ``at``."""
    run: list[EntityMention] = []
    previous = at
    for mention in mentions:
        if mention.start < previous:
            continue  # before the phrase, or inside a relative clause passed over
        gap = text[previous:mention.start]
        if len(gap) > _GAP or not (LEAD if not run else JOIN).match(gap):
            break
        run.append(mention)
        previous = mention.end
        # "X, who chairs the Union, and Y": the clause about X is no part of the run.
        relative = RELATIVE.match(text, previous)
        if relative is not None:
            previous = relative.end()
    return run


def _run_before(mentions: Sequence[EntityMention], last: EntityMention,
                text: str) -> list[EntityMention]:
    """The run of names that ends with ``last``, right before a role phrase."""
    run = [last]
    earlier = [m for m in mentions if m.end <= last.start]
    following = last
    for mention in reversed(earlier):
        gap = text[mention.end:following.start]
        if len(gap) > _GAP or not JOIN.match(gap):
            break
        run.append(mention)
        following = mention
    return run[::-1]

