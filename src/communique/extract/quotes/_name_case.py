"""Whether a word is written like a name: capitalized, the rest lower case.

``str.istitle`` (spaCy's ``is_title``) rejects surnames with a capital inside
(``McGrail``, ``MacDonald``, ``DeSantis``, ``LeBlanc``): the small prefix before the inner
capital makes them read as two title-cased pieces. Those are names all the same; a word of
capitals and digits (``DB1Gn``, ``NATO``) is not.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{1,2}[A-Z][a-z]+")
"""A short capitalized prefix, then a capitalized rest: ``Mc|Grail``, ``Mac|Donald``."""


def name_cased(word: Token | str) -> bool:
    """Whether ``word`` is title-cased, or a surname with a capital after a short prefix,
    or (a token) the lower-case end of a hyphenated given name (:func:`hyphen_end`)."""
    text = word if isinstance(word, str) else word.text
    return text.istitle() or _INNER_CAPITAL.fullmatch(text) is not None or (
        not isinstance(word, str) and hyphen_end(word))


def capitalized(token: Token) -> bool:
    """Whether a token starts with a capital as a name does, the lower-case end of a
    hyphenated given name included (``Min-jae``, ``Ha-rin``)."""
    return token.text[:1].isupper() or hyphen_end(token)


def hyphen_end(token: Token) -> bool:
    """``jae`` of ``Seo Min-jae``: a lower-case word joined by a hyphen, with no space,
    to a capitalized word the tagger made part of the same person's name (the given names
    of Korean and Chinese names are written so)."""
    if not token.is_alpha or not token.is_lower or token.i < 2 or token.ent_type_ != "PERSON":
        return False
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ \
        and first.text[:1].isupper() and first.is_alpha
