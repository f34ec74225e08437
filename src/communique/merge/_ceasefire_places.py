"""Where a ceasefire holds when no source names a place: along its parties' border.

A ceasefire is kept where the fighting is, not where it was agreed. Reports of one between two
neighbours seldom name a town ("agreed to a ceasefire to end a bloody border conflict", "agree on
a ceasefire along the border"): when a sentence of the ceasefire itself calls the fighting, or
the line it holds on, a border's, the event's place is the border of its parties. A border word
inside a name ("the General Border Committee") is a forum's name, not where anything holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from communique.lang import language_pack
from communique.merge._corpus import Corpus
from communique.merge._event_clusters import EventCluster
from communique.merge.entities import EntityIndex

_ENGLISH = ("border", "frontier", "cross-border")


@cache
def _border_word(language: str) -> re.Pattern[str]:
    """The beginnings of a language's border words, at the start of a word."""
    pack = language_pack(language)
    words = (pack.border_words if pack is not None else ()) or _ENGLISH
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")",
                      re.IGNORECASE)


def _names_border(corpus: Corpus, doc_id: str, start: int, end: int) -> bool:
    """Whether a sentence has a border word outside the names it holds."""
    document = corpus.documents[doc_id]
    annotations = corpus.annotations.get(doc_id)
    names = [(m.start, m.end) for e in (annotations.entities if annotations else ())
             for m in e.mentions if m.start < end and start < m.end]
    pattern = _border_word(document.language or "en")
    return any(
        not any(a <= found.start() < b for a, b in names)
        for found in pattern.finditer(document.text, start, end)
    )


def border_place(cluster: EventCluster, corpus: Corpus, entities: EntityIndex,
                 parties: Sequence[str]) -> str | None:
    """``A–B border`` for a ceasefire between two countries whose own sentences speak of their
    border, else ``None``."""
    if len(parties) != 2 or any(entities.type_of(p) != "country" for p in parties):
        return None  # a movement or a bloc shares no border with a state
    names = [entities.name_of(p) for p in parties]
    if any(n is None for n in names):
        return None
    if not any(_names_border(corpus, m.doc_id, m.mention.start, m.mention.end)
               for m in cluster.mentions):
        return None
    return "–".join(sorted(n for n in names if n)) + " border"
