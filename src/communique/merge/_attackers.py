"""Attacker contradictions: outlets that name different countries as having attacked one.

"The US and Veldra launched an attack on Korvania" in one outlet and "Veldra has launched an
unprovoked attack on Korvania" in another, both in sentences about one event (those it cites
and those roles are read from: :func:`communique.merge._role_sentences.role_sentences`),
disagree on who attacked:
a ``participants`` contradiction. Read where a launching verb (``attack_verbs``: *launched*,
*carried out*), after at most an auxiliary (``attack_auxiliaries``), has an attack noun
(``attack_nouns``: *attack*, *strikes*) for object within a few words, aimed at a country
(``attack_targets``: *on*, *against*) named right after; the attackers are the countries its
subject names in the few words before the verb (*the US-Israel*, *the Veldra government*). A
sentence under a plan or a denial (*would have launched*, *has not launched*) attacks no one,
and a subject naming no country (*his country*) gives no side. Per target, each article gives
one set of attackers, else none; each outlet one side, never two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache

from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._modes import listing, one_value_groups, sides_of
from communique.merge._role_holders import hedged
from communique.merge._role_sentences import each_once, role_sentences
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

# For an article and its name of an entity, the story's name of it (*US* → United States).
NameOf = Callable[[str, str], str | None]
# Words of the subject read before the verb, and words between the verb and its attack noun.
_SUBJECT_WORDS = 4
_BETWEEN = 3


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<who>(?:[\w'’.]+[\s-]+){{1,{_SUBJECT_WORDS}}}?)"
        rf"(?:{alternation('attack_auxiliaries')}\s+)?"
        rf"(?P<verb>{alternation('attack_verbs')})\s+(?:[\w-]+\s+){{0,{_BETWEEN}}}?"
        rf"{alternation('attack_nouns')}\s+{alternation('attack_targets')}\s+"
        r"(?:l['’])?(?P<target>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def attackers_in(sentence: str, country: Callable[[str], str | None]) -> dict[str, str]:
    """Each country a sentence says was attacked, with the countries it names as attackers
    (``country`` gives the country a word names, else ``None``), as ``A and B``."""
    found: dict[str, str] = {}
    for match in _pattern().finditer(sentence):
        if hedged(sentence, match.start("verb")):
            continue
        targets = countries_named(match.group("target").split(), country)
        target = targets[0] if targets else None
        attackers = frozenset(countries_named(
            re.split(r"[\s-]+", match.group("who").strip()), country))
        if target is not None and attackers and target not in attackers:
            found[target] = " and ".join(sorted(attackers))
    return found


def countries_named(words: Sequence[str], country: Callable[[str], str | None]
                    ) -> list[str]:
    """The countries a run of words names, in order, each read from the longest run of words
    that names one (*United States*, never *United* alone, which only opens a longer name)."""
    bare = [re.sub(r"['’]s$", "", w).strip("'’.,") for w in words]
    found: list[str] = []
    i = 0
    while i < len(bare):
        for length in range(min(4, len(bare) - i), 0, -1):
            named = country(" ".join(bare[i:i + length]))
            if named is not None and _spans(named, bare[i], length):
                found.append(named)
                i += length
                break
        else:
            i += 1
    return found


def _spans(named: str, first: str, length: int) -> bool:
    # A country is read by its opening letters and stems ("Israeli" is Israel), so "United
    # States and" reads as the United States and "United" alone as the first country of
    # that prefix: a run names a country only when it has the name's own number of words,
    # and a lone word only when it is not the opening word of a longer name.
    words = named.split()
    if length > 1:
        return len(words) == length
    return len(words) == 1 or words[0].lower() != first.lower()


def attacker_contradictions(events: Sequence[StoryEvent], corpus: Corpus,
                            countries: Countries, name_of: NameOf | None = None
                            ) -> list[Contradiction]:
    """For each dated event, outlets whose sentences about it name different attackers of
    one country (``name_of`` gives, for an article and its name of an entity, the story's
    name: *US* for the United States)."""
    made: list[Contradiction] = []
    for event, sentences in role_sentences(events, corpus):
        per_target: dict[str, dict[str, set[str]]] = defaultdict(
            lambda: defaultdict(set))
        evidence_of: dict[str, dict[str, list[Evidence]]] = defaultdict(
            lambda: defaultdict(list))
        # The attack is dated apart from the event (the role sentences leave out a sentence
        # giving another day): the event's own cited sentences are read too.
        for evidence in each_once((*event.evidence, *sentences)):

            def country(word: str, article: str = evidence.article) -> str | None:
                named = name_of(article, word) if name_of is not None else None
                return countries.country_of(named or word)

            for target, attackers in attackers_in(evidence.text, country).items():
                per_target[target][evidence.article].add(attackers)
                evidence_of[target][evidence.article].append(evidence)
        for target in sorted(per_target):
            made += _contradiction(event, target, per_target[target], evidence_of[target],
                                   corpus)
    return made


def _contradiction(event: StoryEvent, target: str,
                   per_article: dict[str, set[str]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus
                   ) -> list[Contradiction]:
    groups = one_value_groups(
        {a: v for a, v in per_article.items() if len(v) == 1}, corpus)
    if len(groups) < 2:
        return []
    sides = sides_of(groups, evidence_of, corpus)
    note = (f"Outlets name different attackers of {target} around {event.title}: "
            f"{listing(sides)}.")
    return [Contradiction(content_id("x_", "participants", "attack", event.id, target),
                          "participants", event.id, sides, note)]
