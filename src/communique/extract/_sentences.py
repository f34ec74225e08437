"""Sentence boundaries that respect the clean text's layout.

The clean text has one paragraph (or heading) per line. The statistical parser sometimes runs a
sentence over a line break — a recovered heading then becomes the start of the next sentence and
every extractor that works per sentence sees the two as one. A line break is always a boundary,
so this component marks it before the parser runs (the parser keeps preset boundaries).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from communique.extract._parsed import sentences_of
from communique.model import Span

COMPONENT = "communique_line_breaks_v1"
_TEXT = "communique.text"
"""Key of the doc's text in ``doc.user_data`` (:func:`doc_text`)."""


@Language.component(COMPONENT, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after every line break.

    The breaks are found in the text, not by a pass over the tokens (every token of a pass
    would be made as a spaCy ``Token``): each line break maps to the token that holds it, and
    the first token after it that is not white space starts a sentence.
    """
    text = doc_text(doc)
    pos = text.find("\n")
    if pos < 0:
        return doc
    starts = doc.to_array(IDX).tolist()
    space = doc.to_array(IS_SPACE).tolist()
    count = len(starts)
    while pos >= 0:
        i = bisect_right(starts, pos) - 1  # the token whose text or trailing space holds it
        if not space[i]:
            # A break inside a word's text (a tokenizer that keeps one there): the token
            # pass reads that case as it always has.
            return _line_breaks_by_token(doc)
        j = i + 1
        while j < count and space[j]:
            j += 1
        if j >= count:
            break
        doc[j].is_sent_start = True
        pos = text.find("\n", starts[j])
    return doc


def _line_breaks_by_token(doc: Doc) -> Doc:
    """:func:`line_breaks` read token by token (a break inside a token's own text)."""
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
        elif token.i > 0 and not token.is_space:
            after_break = False
    return doc


def tokenized(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` with ``text`` kept as its :func:`doc_text`, so that neither our
    components nor the extractors rebuild the string from the tokens.

    spaCy's tokenizer keeps every character, so the text the tokens spell is ``text``; the
    doc keeps it only when its tokens cover it to the last character (a check of the length
    that costs nothing).
    """
    doc = nlp.make_doc(text)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data[_TEXT] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds the string from the tokens on every access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return str(text)


def span_text(span: SpacySpan) -> str:
    """``span.text`` cut from :func:`doc_text` (spaCy joins the span's tokens on every access;
    tokenization keeps every character, so the two are equal)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_spans(doc: Doc) -> tuple[Span, ...]:
    """Character spans of the sentences of a parsed doc, trimmed of surrounding white space."""
    spans: list[Span] = []
    for sent in sentences_of(doc):
        text = span_text(sent)
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            spans.append(Span(start, end))
    return tuple(spans)


_CONTINUING = frozenset(",;:)]»”")
"""Characters that never open a sentence: what follows them continues the one before."""


def joined_fragments(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """``spans`` with the pieces a parser cut off mid-sentence joined back: a piece of
    punctuation alone (an opening ``«``) and a piece that starts with a lower-case letter or
    a comma
    continue the sentence before them, unless a line break lies between.

    A model trained on edited text splits at quotation marks inside a sentence ("ont débuté
    des pourparlers « indirects » dans …"); the event reader then sees the talks word and its
    place in two sentences.
    """
    joined: list[Span] = []
    for span in spans:
        piece = text[span.start : span.end]
        if joined and "\n" not in text[joined[-1].end : span.start] and (
                piece[:1].islower() or piece[:1] in _CONTINUING
                or not any(c.isalnum() for c in piece)
                or not any(c.isalnum() for c in text[joined[-1].start : joined[-1].end])):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return tuple(joined)
