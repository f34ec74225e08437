"""Children of parse tokens, listed once per document.

spaCy walks a token's whole subtree range each time ``Token.children`` is read; event reading
asks for the children of the same verbs and nouns many times, so they are listed once per
document and kept in ``Doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Token

_KEY = "communique.children"


def kids(token: Token) -> list[Token]:
    """The syntactic children of ``token``, left to right."""
    cache: dict[int, list[Token]] = token.doc.user_data.setdefault(_KEY, {})
    found = cache.get(token.i)
    if found is None:
        found = list(token.children)
        cache[token.i] = found
    return found
