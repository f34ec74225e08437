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
    """Whether ``word`` is title-cased, or a surname with a capital after a short prefix."""
    text = word if isinstance(word, str) else word.text
    return text.istitle() or _INNER_CAPITAL.fullmatch(text) is not None
