"""Quote extraction: quoted and reported speech in one article, with speakers.

``extract_quotes(doc)`` reads a parsed article (one paragraph per line) and returns its
direct, partial and indirect quotes in text order. It uses the parse and the PERSON/ORG
entities of the given spaCy ``Doc`` and no other model; every pass is linear in the length of
the document apart from small bounded look-backs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.extract._sentences import doc_text
from communique.extract.quotes._context import Context
from communique.extract.quotes._direct import marked_quotes
from communique.extract.quotes._headline import headline_source
from communique.extract.quotes._indirect import indirect_quotes
from communique.extract.quotes._marks import Marked, find_marked
from communique.extract.quotes._people import People
from communique.model.entities import DocEntity
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

__all__ = ["Marked", "Quote", "QuoteKind", "SpeakerKind", "extract_quotes", "find_marked"]


def extract_quotes(doc: Doc, entities: tuple[DocEntity, ...] = ()) -> list[Quote]:
    """Return the quotes of a parsed article, ordered by where they start.

    ``entities`` (the article's entities, if extracted already) lend their roles to the
    resolution of role nouns (``the chief negotiator said``).
    """
    ctx = Context(doc, find_marked(doc_text(doc)))
    people = People(ctx, entities)
    source = headline_source(ctx, people)
    marked, direct = marked_quotes(ctx, people, source)
    indirect = indirect_quotes(ctx, people, direct, source)
    return sorted(marked + indirect, key=lambda q: (q.start, q.end))
