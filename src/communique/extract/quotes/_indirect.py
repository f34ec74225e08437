"""Reported speech without marks: the clause a speech cue governs, or an ``according to``.

An indirect clause is left out when quotation marks already cover at least half of it (the
marked quote stands for it) or when it overlaps a direct quote; speech verbs inside quotes
are the quoted person's own words and are not cues.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._attribution import Attribution, according_to, attribute
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import CUE_LEMMAS, RELAY_VERBS, channel_near, cue_of, may_cue
from communique.extract.quotes._direct import build_quote
from communique.extract.quotes._headline import HeadlineSource
from communique.extract.quotes._people import People
from communique.extract.quotes._speaker_subject import _inverted_subject
from communique.extract.quotes._speakers import speaker_from
from communique.extract.quotes._trailing import trailing_clause
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

_MOSTLY_QUOTED = 0.5
_LEADING = frozenset({"that", ",", "—", "–", ":"})


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop a leading ``that`` and punctuation at both ends, and a dangling ``and``/``but``."""
    while tokens and (tokens[0].lower_ in _LEADING or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and ((tokens[-1].is_punct and tokens[-1].text not in "”\"’'")
                      or tokens[-1].pos_ == "CCONJ"):
        tokens = tokens[:-1]
    return tokens


def _cut(ctx: Context, token: Token, clause: Token) -> bool:
    """Whether ``token`` heads speech of its own inside ``clause`` (left out of the clause).

    ``… the talks were hard and confirmed that …`` and ``… while Washington reported …``:
    a coordinated or adverbial speech cue starts another statement, found on its own.
    """
    if token.i == clause.i or ctx.quoted(token):
        return False
    return (token.dep_ in ("conj", "advcl") and cue_of(token) is not None) \
        or _second_that_clause(token)


def _second_that_clause(token: Token) -> bool:
    """``said that A and that B``: a coordinated clause with its own ``that`` is a second
    statement, reported on its own."""
    return token.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in token.children)


def _clause_tokens(ctx: Context, heads: list[Token], cue: Token | None = None) -> list[Token]:
    """The words of a reported clause (one or more adjacent heads), nested speech cut off.

    The clause is kept up to where the first cut-off part begins, so it stays contiguous.
    A clause after its cue keeps only the words after the cue: in a relative clause
    (``a hospital that Kyiv says killed three people``) the parser hangs the relative
    pronoun, before the speaker, on the reported verb.
    """
    cut: set[int] = set()
    for head in heads:
        for token in head.subtree:
            if _cut(ctx, token, head):
                cut.update(t.i for t in token.subtree)
    words = sorted({t.i for head in heads for t in head.subtree})
    if cue is not None and heads[0].i > cue.i:
        words = [i for i in words if i > cue.i]
    kept: list[Token] = []
    for i in words:
        if i in cut or (kept and i != kept[-1].i + 1):
            break
        kept.append(ctx.doc[i])
    return _trim(kept)


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
    """Whether the reported clause is itself someone's speech (``… that Santos signaled …``)."""
    return cue_of(clause) is not None and any(c.dep_ == "ccomp" for c in clause.children)


def _reported_clauses(cue: Token) -> list[list[Token]]:
    """Heads of the clauses ``cue`` reports, adjacent ones grouped.

    The small parser splits ``said the issues to be negotiated pose …`` into two ``ccomp``
    children; two such clauses with nothing between them are one statement. ``expressed
    hope that …`` reports the ``that`` clause hanging off its object noun (``said in a
    statement that …`` off the noun of its prepositional phrase); a headline's
    ``X says ready to …`` reports the adjective phrase.
    """
    heads = [c for c in cue.children if c.dep_ == "ccomp" or _finite_xcomp(c)
             or (c.dep_ in ("acomp", "xcomp") and c.pos_ == "ADJ" and cue.lemma_ == "say")]
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    # ``said in a statement that …``: the parser hangs the clause on the statement.
    objects += [o for p in cue.children if p.dep_ == "prep" and p.i > cue.i
                for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        heads.extend(c for c in obj.children if c.dep_ in ("acl", "ccomp")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    groups: list[list[Token]] = []
    for head in sorted(heads, key=lambda t: t.i):
        if groups and head.left_edge.i == groups[-1][-1].right_edge.i + 1:
            groups[-1].append(head)
        else:
            groups.append([head])
    return groups


_FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD"})


def _finite_xcomp(clause: Token) -> bool:
    """``those that his office says have high barriers``: a finite verb the parser hung on
    a cue as an open complement is the reported clause (an infinitive, ``says to wait``, is
    no report)."""
    return clause.dep_ == "xcomp" and clause.tag_ in _FINITE_TAGS \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_OBJECT_SKIP = 3
"""Words of an object (``told reporters``) passed over to reach a ``that`` the parser lost."""


def _surface_clause(ctx: Context, cue: Token) -> list[Token]:
    """``told reporters that A``, ``lamented it was B``: the clause after a cue the parser did
    not attach to it (no ``ccomp``), read from the surface up to the end of the sentence.

    Only a ``that`` (after at most a short object) or a subject right after the cue opens it.
    """
    doc = ctx.doc
    sent_end = ctx.sents[ctx.sent_of[cue.i]].end
    i = after = _past_when(cue, sent_end)
    while i < sent_end and i - cue.i <= _OBJECT_SKIP and doc[i].lower_ != "that" \
            and doc[i].head.i in (cue.i, *range(cue.i + 1, i + _OBJECT_SKIP)) \
            and doc[i].dep_ in ("dobj", "compound", "det", "amod", "dative"):
        i += 1
    if i >= sent_end:
        return []
    first = doc[i]
    if first.lower_ == "that" and first.tag_ == "IN":  # not the relative ``that`` (WDT)
        i += 1
    elif not (i == after and first.dep_ == "nsubj" and first.head.i > first.i
              and first.head.i != cue.i):
        return []
    tokens = [doc[k] for k in range(i, sent_end) if not doc[k].is_space]
    return _trim(tokens) if len(tokens) >= 3 else []


_WHEN = frozenset({"DATE", "TIME"})
_WHEN_MAX = 3


def _past_when(cue: Token, sent_end: int) -> int:
    """The first word after the cue past a short date right after it (``insisted Tuesday it
    was …``, ``said on Monday that …`` keeps its ``on``: only date words are passed)."""
    doc = cue.doc
    i = cue.i + 1
    while i < sent_end and i - cue.i <= _WHEN_MAX and doc[i].ent_type_ in _WHEN:
        i += 1
    return i


def _without_inner_cue(tokens: list[Token], clause: Token) -> list[Token]:
    """``Santos signaled Korvania … remain central``: drop the inner speaker and cue."""
    if cue_of(clause) is None or not tokens or tokens[0].i > clause.i:
        return tokens
    rest = [t for t in tokens if t.i > clause.i]
    return _trim(rest) if len(rest) > 2 else tokens


def _clause_before(ctx: Context, cue: Token) -> list[Token]:
    """``Khan was arrested in the … case, Islamabad Police tweeted``: a cue with a subject of
    its own that the parser coordinated with the clause before it (no ``and``, a comma
    between) reports that clause; so does one it set in as an aside (``A will fail, he said,
    and …``)."""
    head = cue.head
    if cue.dep_ not in ("conj", "parataxis") or head.i >= cue.i \
            or head.pos_ not in ("VERB", "AUX") or cue_of(head) is not None \
            or any(c.dep_ == "cc" for c in cue.children) \
            or any(c.dep_ == "cc" for c in head.children if c.i < cue.i):
        return []
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # ``A will hold, said at a briefing on Friday spokesman Ivo Marin``: the speaker
        # after the cue, the clause before the comma
        start = cue.i if _inverted_subject(cue) is not None else -1
    else:
        start = subj.left_edge.i
    if start < 1 or ctx.doc[start - 1].text != ",":
        return []
    sent = ctx.sents[ctx.sent_of[cue.i]]
    return _trim([t for t in ctx.doc[sent.start : start] if not t.is_space])


def _someone(found: Attribution) -> bool:
    """Whether a cue has a speaker: one found in the text, or someone unnamed the cue's
    subject says is a person (``a spokeswoman said``), whose words are reported all the same."""
    return found.speaker.start is not None or found.speaker.kind is SpeakerKind.ROLE_NOUN


def _from_cues(ctx: Context, people: People, direct: set[int]) -> list[Quote]:
    """Indirect quotes governed by speech verbs."""
    out: list[Quote] = []
    doc, quote_of, pos, tag = ctx.doc, ctx.quote_of, ctx.table.pos, ctx.table.tag
    lemma = ctx.table.lemma
    for i in range(len(doc)):
        # Tags and lemmas first, from the table: only the few tokens that may be cues
        # become Tokens.
        if quote_of[i] >= 0 or not may_cue(pos[i], tag[i]) or lemma[i].lower() not in CUE_LEMMAS:
            continue
        token = doc[i]
        if cue_of(token) is None:
            continue
        before = _clause_before(ctx, token)
        if len(before) >= 3 and _acceptable(ctx, before, direct):
            found = attribute(ctx, people, token)
            if _someone(found):
                out.append(_quote(ctx, before, found))
        groups = _reported_clauses(token)
        if not before and not groups:
            out.extend(_from_trailing(ctx, people, token, direct))
        if not groups and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            tokens = _surface_clause(ctx, token)
            if _acceptable(ctx, tokens, direct):
                found = attribute(ctx, people, token)
                if _someone(found):
                    out.append(_quote(ctx, tokens, found))
        for heads in groups:
            clause = heads[0]
            if ctx.quoted(clause):
                # ``said that the plan “means nothing” and that only …``: the marks cover
                # the first clause, not the second
                out.extend(_second_clauses(ctx, people, token, clause, direct))
                continue
            relay = token.lemma_.lower() in RELAY_VERBS
            if relay and len(heads) == 1 and _nested_speech(clause):
                continue  # the inner cue reports it, with this outlet as relay
            tokens = _clause_tokens(ctx, heads, token)
            if relay and len(heads) > 1:
                tokens = _without_inner_cue(tokens, clause)
            found = attribute(ctx, people, token, clause)
            if not _someone(found):
                continue
            if _acceptable(ctx, tokens, direct):
                out.append(_quote(ctx, tokens, found))
            # ``said that a “deal” had been reached and that he had ordered …``: the second
            # clause stands on its own even when marks already cover the first.
            for second in (c for c in clause.children if _second_that_clause(c)):
                more = _clause_tokens(ctx, [second])
                if _acceptable(ctx, more, direct):
                    out.append(_quote(ctx, more, found))
    return out


def _second_clauses(ctx: Context, people: People, cue: Token, clause: Token,
                    direct: set[int]) -> list[Quote]:
    """The ``and that …`` clauses coordinated with a quoted first clause, unquoted themselves."""
    out: list[Quote] = []
    for second in (c for c in clause.children if _second_that_clause(c) and not ctx.quoted(c)):
        more = _clause_tokens(ctx, [second])
        found = attribute(ctx, people, cue, clause)
        if _someone(found) and _acceptable(ctx, more, direct):
            out.append(_quote(ctx, more, found))
    return out


def _from_trailing(ctx: Context, people: People, cue: Token, direct: set[int]) -> list[Quote]:
    """The clause before a trailing ``…, X said on Monday`` the parser hung elsewhere; when
    it lost the cue's subject too, the speaker is the phrase right before the cue."""
    tokens, surface = trailing_clause(ctx, cue)
    if not tokens or not _acceptable(ctx, tokens, direct):
        return []
    found = attribute(ctx, people, cue)
    if surface is not None:  # the parse's subject, if any, is the clause's own
        found = Attribution(speaker_from(ctx, people, surface), cue_of(cue), channel_near(cue))
    return [_quote(ctx, tokens, found)] if _someone(found) else []


def _from_according(ctx: Context, people: People, direct: set[int]) -> list[Quote]:
    """Sentences credited with ``according to X``: the sentence without that phrase."""
    out: list[Quote] = []
    if "according" not in ctx.text.lower():
        return out
    for k, sent in enumerate(ctx.sents):
        if not any(t.lower_ == "according" for t in sent):
            continue
        hit = according_to(ctx, people, k)
        if hit is None or hit[1].speaker.start is None:
            continue
        anchor, found = hit
        if any(_reports(ctx, t) for t in sent):
            continue  # ``X said …, according to the agency``: X speaks, the source relays
        phrase = {t.i for t in anchor.subtree} - _taken_subject(anchor)
        tokens = [t for t in sent if t.i not in phrase]
        if tokens and anchor.i > sent.start + 1 and anchor.i > tokens[-1].i - 2:
            tokens = [t for t in tokens if t.i < anchor.i]  # a trailing ``…, according to X``
        tokens = _trim(tokens)
        if _acceptable(ctx, tokens, direct):
            out.append(_quote(ctx, tokens, found))
    return out


def _taken_subject(anchor: Token) -> set[int]:
    """``According to several activists, the law, which …, shows that …``: with a verb that
    has no subject of its own, the apposition the parser hung on the source after a comma is
    that verb's subject, part of what is reported (the indices of its words)."""
    verb = anchor.head
    if verb.i == anchor.i or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return set()
    for prep in anchor.children:
        for source in prep.children:
            for appos in source.children:
                if appos.dep_ == "appos" and appos.i > source.i \
                        and source.doc[appos.left_edge.i - 1].text == ",":
                    return {t.i for t in appos.subtree}
    return set()


def _reports(ctx: Context, token: Token) -> bool:
    """Whether ``token`` is a cue of the reporter's that reports words of its own: a clause
    (``X said the talks failed``) or a quotation after it. ``The sides agreed to meet again,
    according to X`` reports no words of the sides': X is the source of the sentence."""
    if cue_of(token) is None or ctx.quoted(token):
        return False
    return any(c.dep_ == "ccomp" for c in token.children) or any(
        ctx.quoted(t) for t in token.sent)


def _from_headline(ctx: Context, source: HeadlineSource | None,
                   direct: set[int]) -> list[Quote]:
    """``NATO expansion won't bring stability to Europe - Kremlin``: a headline without marks
    or a speech verb, credited to a source the body names as a person, is reported speech."""
    if source is None or source.speaker.key is None:
        return []
    tokens = _trim([ctx.doc[i] for i in ctx.tokens_between(source.start, source.end)])
    if len(tokens) < 3 or any(ctx.quoted(t) or cue_of(t) is not None for t in tokens) \
            or not any(t.pos_ in ("VERB", "AUX") for t in tokens) \
            or not _acceptable(ctx, tokens, direct):
        return []
    return [_quote(ctx, tokens, Attribution(source.speaker, None))]


def indirect_quotes(ctx: Context, people: People, direct: set[int],
                    source: HeadlineSource | None = None) -> list[Quote]:
    """Every indirect quote of the document (``direct``: indices of direct marked spans;
    ``source``: what the headline names as its source)."""
    return (_from_headline(ctx, source, direct) + _from_cues(ctx, people, direct)
            + _from_according(ctx, people, direct))
