"""Title variants: outlets that give one person the same title with another qualifier.

*Permanent secretary* against *executive secretary*, *special representative* against *high
representative*: one post, named two ways, so at least one outlet has it wrong. Titles are read
right against the person's name in every language the story has — before it (``the
president's high representative X``, ``haut représentant X``) or in an apposition after it
(``X, secrétaire permanent du mouvement``, ``X, Rappresentante Speciale della Presidenza``) — as a
head noun (secretary, representative, envoy, adviser) and the qualifier right beside it. A
title without a qualifier (*secretary*, *representative*) agrees with any; two qualifiers that
differ are the two sides. Each outlet one side, none when it gives both; the side most outlets
give must have at least two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from communique.lang._phrases import alternation, grouped
from communique.merge._corpus import Corpus
from communique.merge._office_sides import office_sides, sides_note
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEntity

# Heads and qualifiers of titles by their English name (``title_heads`` and
# ``title_qualifiers`` of lang/<code>/conflict_phrases.json): a head's group is its name.
_HEAD = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{'|'.join(patterns)})"
                                       for name, patterns in grouped("title_heads").items())
                   + r")\b", re.IGNORECASE)
_QUALIFIER = [(name, re.compile(rf"^(?:{'|'.join(patterns)})$", re.IGNORECASE))
              for name, patterns in grouped("title_qualifiers").items()]
# A title's clause starts after the last stop or conjunction before the name.
_CLAUSE = re.compile(rf"[,.;:()\n]|\s{alternation('conjunctions')}\s")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_BEFORE = 60
_AFTER = 60


@dataclass(frozen=True, slots=True)
class _Variant:
    person: str
    head: str
    qualifier: str
    article: str
    evidence: Evidence


def read_variant(title: str, *, before_name: bool) -> tuple[str, str] | None:
    """``(head, qualifier)`` of a title next to a name; the qualifier is empty when none stands
    beside the head. Before the name the title must end with its head (``high
    representative``); after it, start with it, or its qualifier (``secrétaire permanent``)."""
    words = _WORDS.findall(title)
    if not words:
        return None
    heads = [i for i, w in enumerate(words) if _HEAD.fullmatch(w)]
    if not heads:
        return None
    i = heads[-1] if before_name else heads[0]
    if before_name and i != len(words) - 1:
        return None
    if not before_name and i > 1:
        return None
    match = _HEAD.fullmatch(words[i])
    head = next(k for k, v in match.groupdict().items() if v) if match else ""
    beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    if before_name:
        beside = beside[:1]
    qualifier = next((name for word in beside for name, pattern in _QUALIFIER
                      if pattern.match(word)), "")
    return head, qualifier


def _names(entity: StoryEntity) -> list[str]:
    return sorted({n for n in (entity.name, *entity.aliases) if len(n.split()) > 1},
                  key=len, reverse=True)


def _variants(entities: Sequence[StoryEntity], corpus: Corpus) -> Iterator[_Variant]:
    for entity in entities:
        if entity.type != "person":
            continue
        names = _names(entity)
        if not names:
            continue
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names))
        for article in entity.articles:
            if article not in corpus.documents:
                continue
            text = corpus.text(article)
            for match in pattern.finditer(text):
                yield from _around(entity.id, article, text, match.start(), match.end(),
                                   corpus)


def _around(person: str, article: str, text: str, start: int, end: int,
            corpus: Corpus) -> Iterator[_Variant]:
    before = _CLAUSE.split(text[max(0, start - _BEFORE) : start])[-1]
    after = text[end : end + _AFTER]
    apposition = re.match(r"\s*,\s*([^,.;:()\n]+)", after)
    found = [read_variant(before, before_name=True)]
    if apposition is not None:
        found.append(read_variant(apposition.group(1), before_name=False))
    for variant in found:
        if variant is not None:
            evidence = corpus.evidence(article, max(0, start - len(before)),
                                       end + (apposition.end() if apposition else 0))
            yield _Variant(person, variant[0], variant[1], article, evidence)


def variant_contradictions(entities: Sequence[StoryEntity],
                           corpus: Corpus) -> list[Contradiction]:
    """For each person and title head, outlets that qualify the title differently."""
    by_head: dict[tuple[str, str], list[_Variant]] = defaultdict(list)
    for variant in _variants(entities, corpus):
        if variant.qualifier:
            by_head[(variant.person, variant.head)].append(variant)
    names = {e.id: e.name for e in entities}
    found = []
    for (person, head), items in sorted(by_head.items()):
        made = _contradiction(person, head, names.get(person, person), items, corpus)
        if made is not None:
            found.append(made)
    return found


def _contradiction(person: str, head: str, name: str, items: list[_Variant],
                   corpus: Corpus) -> Contradiction | None:
    sides: dict[str, list[_Variant]] = defaultdict(list)
    for item in items:
        sides[f"{item.qualifier} {head}"].append(item)
    made = office_sides(sides, corpus, distinct=True)
    if made is None:
        return None
    note = sides_note(f"Outlets give {name} the title of {head} with different qualifiers", made)
    return Contradiction(content_id("x_", "office", "variant", person, head), "office", person,
                         made, note)
