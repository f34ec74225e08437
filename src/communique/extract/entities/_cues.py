"""Local cues around a token span: titles before a name, appositions after it, headings.

All functions look at a handful of neighbouring tokens, so they are cheap enough to run on
every named entity of every document inside the spaCy pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.extract._sentences import doc_text
from communique.extract.entities._lexicon import (
    PERSON_RELATIVES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

_IN_LAW = ("in", "-", "law")
_MAX_TITLE_WORDS = 8
_APPOS_WINDOW = 7
_SENTENCE_END = tuple(".!?:;\"'”’)")


def title_head_start(doc: Doc, k: int) -> int | None:
    """If token ``k`` ends a title head noun, the index of that noun's first token.

    Handles one-token heads (``spokesman``) and the hyphenated ``-in-law`` relations, which
    the tokenizer splits into five tokens.
    """
    if k < 0:
        return None
    if doc[k].lower_ in TITLE_HEADS:
        return k
    if doc[k].lower_ == "law" and k >= 4:
        tail = tuple(t.lower_ for t in doc[k - 2 : k + 1])
        if tail == _IN_LAW and doc[k - 3].text == "-" and doc[k - 4].lower_ in TITLE_HEADS:
            return k - 4
    return None


def title_before(doc: Doc, start: int) -> int | None:
    """Start of the title phrase right before token ``start`` (``Deputy Foreign Minister``).

    Walks back over title words while they stay inside one title; ``None`` if the token before
    ``start`` is not the end of a title. The returned index is the first title word (modifiers
    included), which may be preceded by the title's holder (``Ukrainian``, ``Ukraine's``).
    """
    k = start - 1
    first: int | None = None
    # Modifiers right of the first head found (``Secretary of [State]``) count only once a
    # head turns up to their left; modifiers left of a head (``[Deputy Foreign] Minister``)
    # extend the title.
    while k >= 0 and start - k <= _MAX_TITLE_WORDS and not doc[k].is_space:
        head = title_head_start(doc, k)
        if head is not None:
            first, k = head, head - 1
        elif doc[k].lower_ in TITLE_MODIFIERS:
            if first is not None:
                first = k
            k -= 1
        else:
            break
    if first is None:
        return None
    while first < start and doc[first].lower_ == "of":
        first += 1
    return first if first < start else None


def person_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after ``[start, end)`` describe a person.

    ``Name, who ...`` or ``Name, the head of ...`` / ``Name, a ... adviser`` (an apposition
    whose head is a title noun attached to the name).
    """
    if end >= len(doc) or doc[end].text != ",":
        return False
    if end + 1 < len(doc) and doc[end + 1].lower_ in PERSON_RELATIVES:
        return True
    for token in doc[end + 1 : min(len(doc), end + 1 + _APPOS_WINDOW)]:
        if token.is_punct and token.text not in ("-", "'s", "’s"):
            return False
        if token.lower_ in TITLE_HEADS and token.dep_ == "appos" and start <= token.head.i < end:
            return True
    return False


def inside_title(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the object inside a title (``Secretary of [State] Marco``)."""
    if start < 2 or end >= len(doc):
        return False
    before_of = doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_HEADS
    return before_of and doc[end].pos_ == "PROPN" and doc[end].is_title


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line of ``text`` holding offset ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def on_heading_line(doc: Doc, start: int) -> bool:
    """Whether token ``start`` lies on a heading: a line that does not end like a sentence."""
    text = doc_text(doc)
    line_start, line_end = line_bounds(text, doc[start].idx)
    line = text[line_start:line_end].rstrip()
    return bool(line) and not line.endswith(_SENTENCE_END)
