"""Names as keys that hold across languages and scripts: *Марин*, *Pequim*, *EUA* are the
words *Marin*, *Beijing*, *States* of an English clause.

The words of two languages never overlap, so two outlets stating one rate in Russian and in
English share no word, not even the names they both give. The entity stage has already linked
the spellings of one person, country or place across articles (*Марин* and *Марина* are
aliases of *Ivo Marin*); a claim read in another language than English has its name words
replaced by the stems of the English name they stand for, so that a name said in two
languages counts as one shared word. Only names: the other words of a clause stay as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from communique.merge._fact import Fact
from communique.merge._fact_words import WORD, stem
from communique.model.story import StoryEntity

# People, countries and places: what a claim's clause names. Organizations' aliases hold
# common words (*Ministry*, *Trésor*) too often for a word of theirs to stand for the name.
_NAMED = frozenset({"person", "country", "place"})
_SHORTEST = 3


def name_keys(entities: Iterable[StoryEntity]) -> dict[str, str]:
    """Stem of a name word in another spelling → the stem of the entity's own name word it
    stands for. An alias of as many words as the name maps word by word (*Иво Марина*);
    an alias of one word stands for the name's last (*Марин* for *Ivo Marin*, *EUA* for
    *United States*); a word two entities would claim maps to neither."""
    found: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type not in _NAMED:
            continue
        name = WORD.findall(entity.name)
        if not name:
            continue
        own = {stem(word) for word in name}
        for alias in entity.aliases:
            words = WORD.findall(alias)
            if len(words) == len(name):
                pairs: Iterable[tuple[str, str]] = zip(words, name, strict=True)
            elif len(words) == 1:
                pairs = [(words[0], name[-1])]
            else:
                continue
            for word, english in pairs:
                key = stem(word)
                # A capitalized word of the alias that is not already the name's own.
                if len(word) >= _SHORTEST and word[:1].isupper() and key not in own:
                    found[key].add(stem(english))
    return {word: next(iter(keys)) for word, keys in found.items() if len(keys) == 1}


def with_name_keys(facts: Sequence[Fact], keys: Mapping[str, str]) -> list[Fact]:
    """``facts`` with the name words of those read in another language than English put as
    the English name's stems (English facts, and all when ``keys`` is empty, as they are)."""
    if not keys:
        return list(facts)
    out: list[Fact] = []
    for fact in facts:
        if (fact.language or "en") == "en" or not fact.words & keys.keys():
            out.append(fact)
            continue
        out.append(replace(fact, words=frozenset(keys.get(w, w) for w in fact.words)))
    return out
