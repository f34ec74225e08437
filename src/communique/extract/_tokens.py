"""Per-document token attributes as plain lists, computed once and shared by the extractors.

Every ``doc[i]`` or ``for token in doc`` makes a new spaCy ``Token`` object, and every
``token.pos_`` looks a string up again: the extractors that scan every token of every sentence
(for a cue word, a verb, a letter) spent more time on that than on their own work. A
:class:`TokenTable` reads each attribute for the whole document in one ``doc.to_array`` call,
when first asked for, and keeps it on the doc, so a scan is a loop over lists of strings and
ints, and only the tokens that pass it become ``Token`` objects.

Only attributes that nothing changes after parsing are kept (never the entity labels, which
the entity fixer rewrites).
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

_KEY = "communique.tokens"


class TokenTable:
    """Attributes of every token of one parsed document, as lists indexed by token position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def _ints(self, attr: int) -> list[int]:
        """One attribute of every token, as Python ints."""
        return list(self.doc.to_array(attr).tolist())

    def _strings(self, attr: int) -> list[str]:
        """One string attribute of every token (its hashes turned back into strings once)."""
        hashes = self.doc.to_array(attr).tolist()
        strings = self.doc.vocab.strings
        names = {h: strings[h] for h in set(hashes)}
        return list(map(names.__getitem__, hashes))

    @cached_property
    def idx(self) -> list[int]:
        """``token.idx``: character offset of each token."""
        return self._ints(IDX)

    @cached_property
    def pos(self) -> list[str]:
        """``token.pos_``."""
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        """``token.tag_``."""
        return self._strings(TAG)

    @cached_property
    def text(self) -> list[str]:
        """``token.text``."""
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``token.lemma_``."""
        return self._strings(LEMMA)

    @cached_property
    def is_alpha(self) -> list[bool]:
        """``token.is_alpha``."""
        return [bool(x) for x in self._ints(IS_ALPHA)]

    @cached_property
    def is_space(self) -> list[bool]:
        """``token.is_space``."""
        return [bool(x) for x in self._ints(IS_SPACE)]


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, made on first use and kept in ``doc.user_data``."""
    table = doc.user_data.get(_KEY)
    if not isinstance(table, TokenTable):
        table = doc.user_data[_KEY] = TokenTable(doc)
    return table
