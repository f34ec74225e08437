"""Claims: the number-bearing facts (and credited statements) of one parsed document.

Public API::

    claims = extract_claims(doc)   # doc: a spaCy Doc parsed by communique's pipeline

One claim per (sentence, quantity). A sentence without a quantity yields a claim when it numbers
a round or meeting (``ordinal``, priority 2) or credits a stated fact to a source (``according
to X``, ``X reported that``; priority 3). Questions, headings and words inside quotation marks
are never claims.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.extract._parsed import sentences_of
from communique.extract._sentences import doc_text
from communique.extract.claims._build import sentence_claims
from communique.extract.claims._filter import is_statement, quoted_ranges
from communique.extract.claims._numbers import find_quantities
from communique.model.claims import Claim, Quantity

__all__ = ["Claim", "Quantity", "extract_claims", "find_quantities"]


def extract_claims(doc: Doc) -> list[Claim]:
    """Every claim of ``doc``, in text order, offsets into ``doc.text``."""
    quoted = quoted_ranges(doc_text(doc))
    claims: list[Claim] = []
    for sentence in sentences_of(doc):
        if is_statement(sentence):
            claims.extend(sentence_claims(sentence, quoted))
    return claims
