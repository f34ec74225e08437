"""Per-document indexes shared by the quote passes, each built in one linear pass."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from communique.extract._parsed import sentences_of
from communique.extract._sentences import doc_text
from communique.extract._tokens import token_table
from communique.extract.quotes._marks import Marked


class Context:
    """A parsed document with its quoted spans and fast token/offset look-ups."""

    def __init__(self, doc: Doc, marked: list[Marked]) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.marked = marked
        self.table = token_table(doc)
        self.starts = self.table.idx
        self.quote_of = [-1] * len(doc)
        """Index into ``marked`` of the quote a token lies in, or -1."""
        for q, span in enumerate(marked):
            for s, e in span.pieces:
                for i in range(self.first_token(s), self.first_token(e)):
                    self.quote_of[i] = q
        self.quote_of_flags = [q >= 0 for q in self.quote_of]
        """Per token: whether it lies inside quotation marks."""
        self.sents = list(sentences_of(doc))
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        alpha = self.table.is_alpha
        flags = self.quote_of_flags
        self.reporter = [any(alpha[i] and not flags[i] for i in range(sent.start, sent.end))
                         for sent in self.sents]
        """Per sentence: whether it has words of the reporter's (not only quoted words, a
        dash or a line break)."""

    def window_start(self, token: Token, back: int) -> int:
        """Index of the first token of the sentence ``back`` sentences of the reporter's
        before the one holding ``token`` (the sentences of a long quotation between do not
        count, so they do not push an antecedent out of reach)."""
        k = self.sent_of[token.i]
        while back > 0 and k > 0:
            k -= 1
            back -= self.reporter[k]
        return int(self.sents[k].start)

    def first_token(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (the last token at most,
        so that an offset past the last token still names a real token)."""
        return min(bisect_left(self.starts, offset), max(len(self.starts) - 1, 0))

    def token_at(self, offset: int) -> int:
        """Index of the token covering ``offset`` (the last token starting at or before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(self.first_token(start), self.first_token(end))

    def quoted(self, token: Token) -> bool:
        """Whether the token lies inside quotation marks."""
        return self.quote_of[token.i] >= 0
