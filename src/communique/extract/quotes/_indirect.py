"""Reported speech without marks: the clause a speech cue governs, or an ``according to``.

An indirect clause is left out when quotation marks already cover at least half of it (the
marked quote stands for it) or when it overlaps a direct quote; speech verbs inside quotes
are the quoted person's own words and are not cues.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._attribution import Attribution, according_to, attribute
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import RELAY_VERBS, cue_of
from communique.extract.quotes._direct import build_quote
from communique.extract.quotes._people import People
from communique.model.quotes import Quote, QuoteKind

_MOSTLY_QUOTED = 0.5
_LEADING = frozenset({"that", ",", "—", "–", ":"})


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop a leading ``that`` and punctuation at both ends of a clause."""
    while tokens and (tokens[0].lower_ in _LEADING or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"’'":
        tokens = tokens[:-1]
    return tokens


def _acceptable(ctx: Context, tokens: list[Token], direct: set[int]) -> bool:
    """Whether a clause adds something the marked quotes do not already give."""
    if not tokens:
        return False
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    quoted = 0
    for q, m in enumerate(ctx.marked):
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > 0:
            if q in direct:
                return False
            quoted += overlap
    return quoted < _MOSTLY_QUOTED * (end - start)


def _quote(ctx: Context, tokens: list[Token], found: Attribution) -> Quote:
    """An indirect quote over ``tokens``."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return build_quote(ctx, start, end, ctx.text[start:end], QuoteKind.INDIRECT, found)


def _nested_speech(clause: Token) -> bool:
    """Whether the reported clause is itself someone's speech (``… that Rubio signaled …``)."""
    return cue_of(clause) is not None and any(c.dep_ == "ccomp" for c in clause.children)


def _from_cues(ctx: Context, people: People, direct: set[int]) -> list[Quote]:
    """Indirect quotes governed by speech verbs."""
    out: list[Quote] = []
    for token in ctx.doc:
        if ctx.quoted(token) or cue_of(token) is None:
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or ctx.quoted(clause):
                continue
            if token.lemma_.lower() in RELAY_VERBS and _nested_speech(clause):
                continue  # the inner cue reports it, with this outlet as relay
            tokens = _trim(list(clause.subtree))
            if not _acceptable(ctx, tokens, direct):
                continue
            found = attribute(ctx, people, token, clause)
            if found.speaker.start is not None:
                out.append(_quote(ctx, tokens, found))
    return out


def _from_according(ctx: Context, people: People, direct: set[int]) -> list[Quote]:
    """Sentences credited with ``according to X``: the sentence without that phrase."""
    out: list[Quote] = []
    for k, sent in enumerate(ctx.sents):
        if not any(t.lower_ == "according" for t in sent):
            continue
        hit = according_to(ctx, people, k)
        if hit is None or hit[1].speaker.start is None:
            continue
        anchor, found = hit
        phrase = {t.i for t in anchor.subtree}
        tokens = [t for t in sent if t.i not in phrase]
        if anchor.i > sent.start + 1:
            tokens = [t for t in tokens if t.i < anchor.i] if anchor.i > tokens[-1].i - 2 else tokens
        tokens = _trim(tokens)
        if _acceptable(ctx, tokens, direct):
            out.append(_quote(ctx, tokens, found))
    return out


def indirect_quotes(ctx: Context, people: People, direct: set[int]) -> list[Quote]:
    """Every indirect quote of the document (``direct``: indices of direct marked spans)."""
    return _from_cues(ctx, people, direct) + _from_according(ctx, people, direct)
