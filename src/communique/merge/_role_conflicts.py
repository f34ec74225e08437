"""Participant contradictions: outlets that give one taker of an event incompatible roles.

Read from the sentences about one dated event (:func:`role_sentences`, in
:mod:`communique.merge._role_sentences`): those that speak of it alone, the two after each of
them while they name no event, the fresh reports of it and an undated event's sentences at its
place; none that gives another day.

In them, a role phrase and its holders. The phrases, in English, French, Spanish, Portuguese
and German, are *mediated by X*, *X-brokered*, *X served as (co-)mediators*, *X (attended) as
(an) observer*, *X signed*, *signed by X*, *X signed as a witness*, *in the presence of X*,
*witnessed by X*, *X oversaw / presided over the signing*, *chaired by X*, *X presided over*,
*Veldra's delegation was led by X*, *the head of the Veldran delegation X*, *X headed the
Veldran delegation*. The holders are the named entities right against the phrase: a run of
names joined by commas, *and* and title words (*the Veldran and Korvanian ambassadors to
Tirasol, who served as co-mediators* holds Veldra and Korvania, not Tirasol, which the run
only passes through; a relative clause about one holder is passed over). *The president* stands
for the one person of the article with that title. Each holder is taken as the party it speaks
for (a country or an organization itself, a nationality word's country, a person's affiliation)
and, when it is a person, as that person too. A phrase under negation, plan, expectation or
condition (*is set to witness*, *did not sign*, *would mediate*, *va présider*) reports no role.

Five kinds, all of kind ``participants`` (a side's value says who held which role):

* **clash**: one holder given roles that exclude each other by different outlets — mediator
  against observer (a party mediates or watches; compared per party), signer against witness
  (a person signs or watches others sign; compared per person);
* **chair**: the one chair of an event (who chaired or presided over it) given to different
  people by different outlets, each of which names a single one;
* **head**: the head of one party's delegation given to different people by different outlets;
* **side**: one person put in different countries' delegations by different outlets, as the
  head (*leading the Veldran delegation are X, Y*) or as one who came with the head (*à la
  tête de la délégation korvanienne, Z, accompagné de X*);
* **signer rank** (:mod:`communique.merge._signer_ranks`): the signers for both sides given
  different ranks (heads of state or government, ministers) by different outlets.

Never from omission: an outlet that names no role for a holder takes no side, and two
mediators named by two outlets are no contradiction (mediators are often several). Each outlet
has one value per holder (its articles pooled); an outlet that gives a holder both roles is
taken off both sides, so that no outlet is set against itself. A contradiction is ``about``
the event id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from communique.merge._blocks import BlockContext, BlockCorpus, JSONData, Reads
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._role_holders import Holder, HolderNames, RoleStatement, statements
from communique.merge._role_phrases import (
    CHAIR,
    HEAD,
    MEDIATOR,
    MEMBER,
    OBSERVER,
    SIGNER,
    WITNESS,
)
from communique.merge._role_sentences import mended, role_sentences
from communique.merge._signer_ranks import rank_contradictions
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side, StoryEvent

__all__ = ["CHAIR", "HEAD", "MEDIATOR", "OBSERVER", "SIGNER", "WITNESS", "Holder", "HolderNames",
           "RoleStatement", "role_contradictions", "role_sentences", "statements"]

# Roles that exclude each other for one holder, and whether they are compared per person (a
# person signs or watches) rather than per party (a country mediates or observes).
_CLASHES = ((MEDIATOR, OBSERVER, False), (SIGNER, WITNESS, True))


ROLES_KIND = "roles/1"
"""The memo kind of each event's participant contradictions (see :mod:`communique.merge.
_blocks`): kept per event, keyed by its sentences and their articles, and checked against the
story's names, countries, sources and outlets they read."""


def role_contradictions(events: Sequence[StoryEvent], corpus: Corpus, countries: Countries,
                        name_of: Callable[[str, str], str | None] | None = None
                        ) -> list[Contradiction]:
    """For each dated event, outlets that give one holder excluding roles, or name different
    chairs (see the module doc). ``name_of`` gives, for an article and its name of an entity,
    the story's name, so that one person spelled two ways is one holder.

    Each event is one block (:class:`~communique.merge._blocks.BlockContext`): an ``add``
    reads back the contradictions of every event its articles do not reach."""
    context = BlockContext(corpus, name_of, countries.country_of)
    shared = HolderNames(corpus, countries, name_of)
    found: list[Contradiction] = []
    for event, sentences in role_sentences(events, corpus):
        inputs = [event.id, event.title,
                  [[e.article, e.start, e.end, e.text] for e in sentences]]

        def work(view: BlockCorpus, reads: Reads, event: StoryEvent = event,
                 sentences: list[Evidence] = sentences) -> JSONData:
            names = shared.for_block(view, reads, reads.name_of)
            return [encode(c) for c in _event_contradictions(event, sentences, view, names,
                                                              reads.country_of)]

        kept = context.kept(ROLES_KIND, event.id, inputs, (e.article for e in sentences), work)
        found += [decode(c) for c in kept]
    return found


def _event_contradictions(event: StoryEvent, sentences: Sequence[Evidence], corpus: Corpus,
                          names: HolderNames, country_of: Callable[[str], str | None]
                          ) -> list[Contradiction]:
    """The participant contradictions of one event, from its sentences."""
    said = list(_said(sentences, corpus, names))
    found = _clashes(event, said, corpus)
    found += _chairs(event, said, corpus)
    found += _heads_of(event, said, corpus)
    found += _sides_of(event, said, corpus, country_of)
    found += rank_contradictions(event, sentences, corpus)
    return found


def encode(contradiction: Contradiction) -> JSONData:
    """A contradiction as JSON data (what a block keeps)."""
    return [contradiction.id, contradiction.kind, contradiction.about, contradiction.note,
            [[side.value, [[e.article, e.start, e.end, e.text] for e in side.evidence],
              list(side.outlets)] for side in contradiction.sides]]


def decode(data: JSONData) -> Contradiction:
    """The contradiction :func:`encode` wrote."""
    ident, kind, about, note, sides = data
    return Contradiction(ident, kind, about, tuple(
        Side(value, tuple(Evidence(a, s, e, t) for a, s, e, t in evidence), tuple(outlets))
        for value, evidence, outlets in sides), note)


Said = tuple[Evidence, RoleStatement]


def _said(sentences: Sequence[Evidence], corpus: Corpus, names: HolderNames) -> Iterator[Said]:
    """Each role statement of an event's own sentences, with the sentence it is read from."""
    seen: set[tuple[str, int]] = set()
    for evidence in sentences:
        if (evidence.article, evidence.start) in seen:
            continue
        seen.add((evidence.article, evidence.start))
        annotations = corpus.annotations.get(evidence.article)
        if annotations is None:
            continue
        evidence = mended(evidence, corpus)
        text = corpus.text(evidence.article)
        for statement in statements(evidence.article, evidence.start, evidence.end,
                                    names.mentions(evidence.article), text, names):
            yield evidence, statement


def _clashes(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """One holder given two roles that exclude each other, by different outlets."""
    found: list[Contradiction] = []
    for first, second, per_person in _CLASHES:
        roles: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for evidence, statement in said:
            if statement.role not in (first, second):
                continue
            for holder in statement.holders:
                key = holder.person if per_person else holder.party
                if key:
                    roles[key][statement.role].append(evidence)
        for key, made in _two_sided(roles, corpus):
            sides = tuple(Side(f"{key}: {side.value}", side.evidence, side.outlets)
                          for side in made)
            found.append(_participants(
                event, sides, f"Outlets give {key} different roles in {event.title}", key, first))
    return found


def _chairs(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """Outlets that each name one chair of the event, not the same one."""
    chairs: dict[str, list[Evidence]] = defaultdict(list)
    for evidence, statement in said:
        people = [h.person for h in statement.holders if h.person]
        if statement.role == CHAIR and len(people) == 1:
            chairs[people[0]].append(evidence)
    made = _two_sides(chairs, corpus)
    if made is None:
        return []
    return [_participants(event, made, f"Outlets name different chairs of {event.title}", CHAIR)]


def _heads_of(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """Outlets that each name one head of a party's delegation, not the same one."""
    heads: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for evidence, statement in said:
        if statement.role == HEAD and statement.of and statement.holders[0].person:
            heads[statement.of][statement.holders[0].person].append(evidence)
    found: list[Contradiction] = []
    for party, made in _two_sided(heads, corpus):
        found.append(_participants(
            event, made, f"Outlets name different heads of the {party} delegation at "
            f"{event.title}", HEAD, party))
    return found


def _sides_of(event: StoryEvent, said: Sequence[Said], corpus: Corpus,
              country_of: Callable[[str], str | None]) -> list[Contradiction]:
    """Outlets that put one person in different countries' delegations (as its head or as one
    who came with the head). Only countries the story knows: a nationality word it cannot
    place (*korvanienne*) may be either side's."""
    sides: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for evidence, statement in said:
        if (statement.role in (HEAD, MEMBER) and statement.of
                and country_of(statement.of) == statement.of):
            for holder in statement.holders:
                if holder.person:
                    sides[holder.person][statement.of].append(evidence)
    found: list[Contradiction] = []
    for person, made in _two_sided(sides, corpus):
        made = tuple(Side(f"{person}: {side.value} delegation", side.evidence, side.outlets)
                     for side in made)
        found.append(_participants(
            event, made, f"Outlets put {person} in different delegations at {event.title}",
            MEMBER, person))
    return found


def _two_sided(groups: dict[str, dict[str, list[Evidence]]], corpus: Corpus
               ) -> Iterator[tuple[str, tuple[Side, ...]]]:
    """Each key of ``groups`` (in order) whose values at least two outlets set against each
    other, with the sides :func:`_two_sides` makes of them."""
    for key in sorted(groups):
        made = _two_sides(groups[key], corpus)
        if made is not None:
            yield key, made


def _participants(event: StoryEvent, sides: tuple[Side, ...], head: str,
                  *key: str) -> Contradiction:
    """A participants contradiction of ``event``: its note is ``head`` and each side with its
    outlets; its id is the event's and ``key``'s, so a rebuild gives the same id."""
    note = (f"{head}: " + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides) + ".")
    return Contradiction(content_id("x_", "participants", event.id, *key),
                         "participants", event.id, sides, note)


def _two_sides(values: Mapping[str, list[Evidence]], corpus: Corpus) -> tuple[Side, ...] | None:
    """Sides for the values outlets state, an outlet that states several on none; ``None``
    unless two values remain."""
    sides = corpus.sides(values)
    return tuple(sides) if len(sides) >= 2 else None
