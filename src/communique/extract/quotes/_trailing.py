"""A reported clause before a trailing attribution the parser did not hang it on.

``The sides agreed to free 887 detainees after ten days of talks in Bern, the United Nations
and the Red Cross said on Monday``: on a long sentence the small parser often makes the
reported clause the main one and the cue an adverbial of it (or the clause an adverbial of
the cue), and may even lose the cue's subject into the clause's last phrase. The surface is
plain all the same: a clause, a comma, a speaker's phrase, a speech verb and nothing after it
but adverbials (``on Monday``, ``in a statement``). This module reads that shape.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import cue_of

# What a trailing cue may not govern: then it reports what follows it, or is not trailing
# (``as he said``, ``and said``).
_GOVERNS = frozenset({"ccomp", "xcomp", "dobj", "mark", "cc", "acomp", "attr"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_VERB = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words a speaker's phrase is made of when the parser lost it (``the United Nations and the
# International Committee of the Red Cross``); ``of`` and brackets join its parts.
_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PART", "NUM", "PUNCT"})
_PHRASE_MAX = 14
_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_MAX = 8


def trailing_clause(ctx: Context, cue: Token) -> tuple[list[Token], Token | None]:
    """The words before ``…, <speaker> <cue> <adverbials>.`` and, when the parse gave the cue
    no subject, the last word of the speaker's phrase read from the surface (else ``None``).

    Empty when the cue governs words of its own, words after it hold a verb, the part before
    the comma has no finite verb of its own, or it opens with a subordinator (``After the talks
    ended, the minister said``: no report).
    """
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[cue.i]]
    if cue.tag_ not in _FINITE or any(c.dep_ in _GOVERNS and not _listener(cue, c)
                                      for c in cue.children):
        return [], None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : sent.end]):
        return [], None
    # the subject nearest the cue: the parser may give it the clause's subject as well
    subj = max((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i),
               key=lambda c: c.i, default=None)
    # the subject's phrase after a comma; else the words before the cue read back to one (a
    # lost subject, or a title the parser hung on the clause before the name)
    start: int | None = _phrase_start(cue)
    if subj is not None and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == ",":
        start = subj.left_edge.i
    if start is None or start - 1 < sent.start or doc[start - 1].text != ",":
        return [], None
    lower = sent.start
    if start - 1 == sent.start:
        # ``…, the coast guard said.`` split off by the segmenter: the clause is the sentence
        # before, in the same paragraph.
        k = ctx.sent_of[cue.i]
        if k == 0 or "\n" in doc[ctx.sents[k - 1].end - 1].text_with_ws:
            return [], None
        lower = ctx.sents[k - 1].start
    # A caption or headline the segmenter ran into the sentence ends at a line break.
    first = max((t.i + 1 for t in doc[lower:start] if "\n" in t.text), default=lower)
    words = [t for t in doc[_past_dateline(ctx, first, start) : start - 1] if not t.is_space]
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    if len(words) < 3 or words[0].pos_ == "SCONJ" or words[0].dep_ == "mark" \
            or not any(t.tag_ in _CLAUSE_VERB and not ctx.quoted(t) for t in words):
        return [], None
    while words and words[-1].is_punct and words[-1].text not in "”\"’'":
        words = words[:-1]
    speaker = None if subj is not None else doc[cue.i - 1]
    return words, speaker


def _listener(cue: Token, child: Token) -> bool:
    """``…, X told reporters``, ``told the press conference``: the object of ``tell`` is
    who heard the words, not what was said."""
    return child.dep_ in ("dobj", "dative") and child.i > cue.i and cue.lemma_.lower() == "tell"


def trailing_cue(ctx: Context, tokens: list[Token]) -> tuple[Token, Token | None] | None:
    """The trailing cue whose clause holds ``tokens`` (quoted words inside a reported clause:
    ``… were in a “very poor” state, biologist X told the press conference``) and, as
    :func:`trailing_clause` gives it, the speaker's last word when the parse lost the subject."""
    if not tokens:
        return None
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[tokens[-1].i]]
    for token in doc[tokens[-1].i + 1 : sent.end]:
        if ctx.quoted(token) or cue_of(token) is None:
            continue
        words, speaker = trailing_clause(ctx, token)
        if words and words[0].i <= tokens[0].i and tokens[-1].i <= words[-1].i + 1:
            return token, speaker
    return None


def _phrase_start(cue: Token) -> int | None:
    """Where the noun phrase right before ``cue`` begins, read word by word back to a comma
    (``None`` when a verb or a too long stretch comes first)."""
    doc = cue.doc
    k = cue.i - 1
    while k >= cue.sent.start and cue.i - k <= _PHRASE_MAX:
        token = doc[k]
        if token.text == ",":
            return k + 1 if k + 1 < cue.i else None
        if token.pos_ not in _PHRASE_POS and not (token.pos_ == "ADP" and token.lower_ == "of"):
            return None
        k -= 1
    return None


def _past_dateline(ctx: Context, start: int, end: int) -> int:
    """The first word after a dateline opening the sentence (``MANILA —``, ``BEIRUT (AP) –``),
    or ``start`` when there is none."""
    doc = ctx.doc
    for k in range(start, min(end, start + _DATELINE_MAX)):
        if doc[k].text in _DASHES:
            head = [t for t in doc[start:k] if not t.is_space]
            if head and all(t.is_upper or t.is_punct or t.text.istitle() for t in head) \
                    and any(t.is_upper and len(t.text) > 1 for t in head):
                return k + 1
            return start
    return start
