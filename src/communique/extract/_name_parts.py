"""Parts of one person's name that the tagger gave as two people, in one sentence.

A tagger sometimes cuts a long name in two (*Mirela* | *Osterhagen Vask*) or a sentence names
someone by a part of the name it gives in full nearby (*Mirela … Mirela Osterhagen Vask*). A
list of heads or members read from such a sentence would then hold one person twice, once as a
lone first name. Here, two person mentions with only a space between are one name; and a
person whose name is a part of exactly one longer name in the same sentence is that person
(a part found in two longer names — *Kravel* beside *Bohdan Kravel* and *Mira Kravel* — stays
as it is: nothing says which one is meant).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from communique.model.entities import EntityLabel, EntityMention


def _words(name: str) -> frozenset[str]:
    """A name's words, case and accents folded (*Renée* and *RENEE* are one word)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return frozenset(plain.replace("-", " ").split())


def whole_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """A sentence's mentions (offsets into ``text``) in text order, each cut person's name made
    whole: adjacent parts joined into one mention, named by the part whose name has more words
    (the later on a tie: a surname says more than a first name), and a part of one longer
    name in the sentence given that name. Other mentions are left as they are."""
    joined: list[EntityMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        last = joined[-1] if joined else None
        if (last is not None and _person(last) and _person(mention)
                and last.end < mention.start
                and text[last.end : mention.start].strip(" ") == ""):
            name = (last.canonical if len(_words(last.canonical)) > len(_words(mention.canonical))
                    else mention.canonical)
            joined[-1] = replace(mention, start=last.start, text=text[last.start : mention.end],
                                 canonical=name)
            continue
        joined.append(mention)
    names = {m.canonical: _words(m.canonical) for m in joined if _person(m)}
    made: list[EntityMention] = []
    for mention in joined:
        own = names.get(mention.canonical) if _person(mention) else None
        longer = {name for name, words in names.items() if own and own < words}
        if len(longer) == 1:
            mention = replace(mention, canonical=next(iter(longer)))
        made.append(mention)
    return made


def _person(mention: EntityMention) -> bool:
    """Whether the tagger took a mention for a person."""
    return mention.label is EntityLabel.PERSON
