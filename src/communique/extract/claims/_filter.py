"""Which sentences and numbers are not claims: questions, headings, quoted words, pronoun *one*.

A claim is the article's own statement of a fact. A question asserts nothing, a heading is a
label, and words inside quotation marks are someone's speech (the quotes stage keeps them).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from communique.extract._sentences import span_text
from communique.extract._tokens import token_table
from communique.extract.claims._lexicon import QUOTE_PAIRS, SPEECH_NOUNS, SPEECH_VERBS
from communique.model.claims import Quantity

_MIN_WORDS = 5
# Page markup left in the text (``{"id":7719,"date":...``, ``[ref:1]{index=1}``): no prose.
_MARKUP = re.compile(r'[{}]|":\s*["{\[\d]')
# Words that join a sentence's pieces: a sentence opening with one in lower case is a piece.
_JOINING = frozenset({"ADP", "CCONJ", "SCONJ"})


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges between matching quotation marks (marks included)."""
    ranges: list[tuple[int, int]] = []
    for opening, closing in QUOTE_PAIRS:
        start = text.find(opening)
        while start != -1:
            end = text.find(closing, start + 1)
            if end == -1:
                break
            # WHY: a quote never spans a paragraph break without reopening; an unmatched mark
            # would otherwise swallow the rest of the article.
            if "\n" not in text[start:end]:
                ranges.append((start, end + 1))
                start = text.find(opening, end + 1)
            else:
                start = text.find(opening, start + 1)
    return ranges


def inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies within one of ``ranges``."""
    return any(s <= start and end <= e for s, e in ranges)


def quoted_share(sentence: Span, ranges: list[tuple[int, int]]) -> float:
    """Share of the sentence's characters that are inside quotation marks."""
    length = max(1, sentence.end_char - sentence.start_char)
    covered = sum(max(0, min(e, sentence.end_char) - max(s, sentence.start_char))
                  for s, e in ranges)
    return covered / length


def is_statement(sentence: Span) -> bool:
    """Whether a sentence can state a fact: not a question, not a heading-like fragment."""
    text = span_text(sentence).strip()
    if not text or text.endswith("?") or _MARKUP.search(text):
        return False
    first = sentence[0]
    if first.is_lower and first.pos_ in _JOINING:
        return False  # "of the taxation of 24% and ...": the tail of a sentence cut in two
    # This runs on every sentence of every article: read the token table, make no Tokens.
    table = token_table(sentence.doc)
    alpha, pos = table.is_alpha, table.pos
    span = range(sentence.start, sentence.end)
    words = sum(alpha[i] for i in span)
    verb = any(pos[i] in ("VERB", "AUX") for i in span)
    if words < _MIN_WORDS or not verb:
        return False
    # WHY: headings run into the paragraph on one line carry no closing punctuation
    return ended(text) or words > 12


def ended(text: str) -> bool:
    """Whether a text ends the way a sentence does (closing punctuation or quotation mark)."""
    return text.rstrip()[-1:] in ".!\"'\u201d)\u2019"


def is_pronoun_number(doc: Doc, quantity: Quantity, head: Token) -> bool:
    """``the one pushed``, ``one of them``, ``the two sides``, ``the two largest``: reference or
    rank, not a measured fact."""
    if quantity.unit != "count":
        return False
    if _ranks(doc, head):
        return True
    if quantity.text[0].isdigit():
        return False
    if quantity.text.lower() == "one" and head.dep_ != "nummod":
        return True
    noun = head.head if head.dep_ == "nummod" else head
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def _ranks(doc: Doc, head: Token) -> bool:
    """``the world's two largest economies``, ``the 10 most populous states``: a number
    before a superlative picks the top of a ranking; it measures nothing of the story."""
    after = head.i + 1
    if after >= len(doc):
        return False
    word = doc[after]
    return word.tag_ == "JJS" or (word.tag_ == "RBS" and after + 1 < len(doc)
                                  and doc[after + 1].pos_ == "ADJ")


def dates_a_statement(head: Token) -> bool:
    """Whether a date hangs on a speech act (``said on Feb. 14``, ``remarks on Feb. 14``)."""
    current = head
    for _ in range(6):
        if current.head.i == current.i:
            return current.lemma_.lower() in SPEECH_VERBS
        current = current.head
        lemma = current.lemma_.lower()
        if current.pos_ in ("NOUN", "PROPN") and (lemma in SPEECH_NOUNS
                                                  or current.lower_ in SPEECH_NOUNS):
            return True
        if current.pos_ in ("VERB", "AUX"):
            return lemma in SPEECH_VERBS
    return False
