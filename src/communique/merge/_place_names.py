"""Whether the name an event mention gives as its place is a place, by what the story says.

A reader takes the name after "in" or "at" for the event's place; one sentence can be wrong
("signed the deal in front of Ambassador Marin", "held at the invitation of the bloc's
chair", "agreed at the Extraordinary Meeting"), and the tagger's type for one sentence can
be wrong too (it calls unfamiliar towns people or bodies). The batch decides:

- a name the gazetteer knows as a country, a capital, a city or a region is a place, one it
  knows as an organization is not;
- a name the story types as a place or a country is a place, unless its last word names an
  event (``the Extraordinary Meeting``: the meeting it was agreed at, not where);
- a name the story types as a person or a body is a place only when the batch writes it as
  places are written: after a locative preposition (``in X``, ``à X``, ``в X``) in at least a
  third of the times it names it. A town the tagger calls a person is mostly written "in X";
  a person's name is almost never.

Shared by event coreference (:mod:`._event_mentions`): a mention whose place is no place keeps
no place, and follows its date or its article's events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from communique.extract._event_lexicon import lexicon
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.languages._locatives import introduced
from communique.lang import language_pack
from communique.merge._corpus import Corpus
from communique.merge.entities import EntityIndex

_PLACE_KINDS = frozenset({GazKind.COUNTRY, GazKind.CAPITAL, GazKind.CITY, GazKind.REGION})
_PLACE_TYPES = frozenset({"place", "country"})
# A third of the times the batch names it: a town the tagger mislabels is "in X" most times.
_PLACE_SHARE = 1 / 3
_POSSESSIVE = ("'s", "’s")
_LAST_WORD = re.compile(r"(\w[\w'’-]*)\W*$")


@cache
def _event_nouns() -> frozenset[str]:
    """Words that make a name an event's name (``Summit``, ``Meeting``, ``Talks``)."""
    lex = lexicon("en")
    return frozenset(lex.meeting_nouns) if lex is not None else frozenset()


def _event_name(name: str) -> bool:
    """Whether a name ends in an event word (``the Extraordinary Joint Committee Meeting``)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _event_nouns()


def _after_preposition(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the name at ``start`` is written as a place is: a locative preposition right
    before it, and no possessive after it (``in X's name`` is about X, not in X)."""
    if text[end : end + 2] in _POSSESSIVE:
        return False
    if language in (None, "en"):
        lex = lexicon("en")
        found = _LAST_WORD.search(text[max(0, start - 20) : start])
        return bool(lex and found and found.group(1).lower() in lex.location_prepositions)
    pack = language_pack(language)
    return pack is not None and introduced(text, start, pack)


class StoryPlaces:
    """The story's verdict on the names its event mentions give as places."""

    def __init__(self, corpus: Corpus, entities: EntityIndex | None) -> None:
        self._corpus = corpus
        self._entities = entities
        self._verdicts: dict[str | None, bool] = {}
        self._written: dict[str, list[bool]] | None = None

    def is_place(self, doc_id: str, name: str) -> bool:
        """Whether ``name``, given as an event's place in article ``doc_id``, is a place."""
        if _event_name(name):
            return False
        entry = gazetteer().lookup(name)
        if entry is not None:
            return entry.kind in _PLACE_KINDS
        if self._entities is None:
            return True
        entity = self._entities.id_of(doc_id, name)
        if entity is None or self._entities.type_of(entity) in _PLACE_TYPES:
            return True
        if entity not in self._verdicts:
            written = self._written_as_place().get(entity, [])
            self._verdicts[entity] = bool(written) and (
                sum(written) >= _PLACE_SHARE * len(written))
        return self._verdicts[entity]

    def _written_as_place(self) -> dict[str, list[bool]]:
        """For each story entity, whether each of its mentions in the batch is written after
        a locative preposition (worked out once, on the first name that needs it)."""
        if self._written is None:
            assert self._entities is not None
            written: dict[str, list[bool]] = defaultdict(list)
            for doc_id in self._corpus.order:
                annotations = self._corpus.annotations.get(doc_id)
                if annotations is None:
                    continue
                text = self._corpus.text(doc_id)
                language = self._corpus.language(doc_id)
                for entity in annotations.entities:
                    ref = self._entities.id_of(doc_id, entity.canonical)
                    if ref is None:
                        continue
                    written[ref] += [_after_preposition(text, m.start, m.end, language)
                                     for m in entity.mentions]
            self._written = dict(written)
        return self._written
