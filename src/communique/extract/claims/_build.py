"""Assemble :class:`Claim` objects for one sentence from its numbers, ordinals and attribution."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from communique.extract._sentences import span_text
from communique.extract.claims import _structure as st
from communique.extract.claims._attribution import Attribution, according_to, attribution_for
from communique.extract.claims._filter import (
    dates_a_statement,
    inside,
    is_pronoun_number,
    quoted_share,
)
from communique.extract.claims._lexicon import (
    CASUALTY_STEMS,
    CASUALTY_VERBS,
    HEDGES,
    ORDINALS,
    REPORT_VERBS,
    ROUND_NOUNS,
)
from communique.extract.claims._numbers import find_quantities
from communique.extract.claims._statement import (
    RELATIVE_SUBJECTS,
    asserting_verb,
    conditional,
    render,
    statement_words,
)
from communique.model.claims import Claim, Quantity, two_facts

# Verbs that take *over* as a particle ("hand over", "turn over", "take over"): the parser reads
# the particle as a bound of the number after it, which it is after no other verb.
_OVER_PARTICLE_VERBS = frozenset({"hand", "turn", "take", "give", "sign", "pass", "fork", "win",
                                  "carry", "roll", "switch", "cede", "transfer"})
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_MAX_QUOTED_SHARE = 0.4
# A date that modifies a noun at the very start of a sentence is a dateline, not a dated fact.
_NOT_ADVERBIAL = frozenset({"compound", "nummod", "amod", "nmod", "appos"})
_DATELINE_TOKENS = 3
_FIRST_PERSON = frozenset({"i", "we"})
_MIN_STATEMENT_WORDS = 3
# What stands between a number and its conversion: an opening bracket (``800 km (500 miles)``).
_CONVERSION = re.compile(r"\s*[(\[]\s*(?:about|around|some|roughly|or\s+)?\s*")
"""An attributed sentence mostly in quotation marks is a quote, not the article's claim."""


def sentence_claims(sentence: Span, quoted: list[tuple[int, int]]) -> Iterator[Claim]:
    """Every claim of one sentence: one per stated quantity, else one for an ordinal or source."""
    hedged = _hedged(sentence, quoted)
    quantities = _kept_quantities(sentence, quoted)
    yield from _distinct(_sentence_claims(sentence, quoted, hedged, quantities))


def _hedged(sentence: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether a hedge word stands in the sentence outside quotation marks."""
    lower = span_text(sentence).lower()
    # WHY: most sentences hold no hedge at all; a substring test spares the pass over tokens.
    if not any(word in lower for word in HEDGES):
        return False
    return any(t.lower_ in HEDGES and not inside(t.idx, t.idx + 1, quoted) for t in sentence)


def _sentence_claims(sentence: Span, quoted: list[tuple[int, int]], hedged: bool,
                     quantities: list[tuple[Quantity, Token]]) -> Iterator[Claim | None]:
    """The claims of one sentence before repeats are dropped (``None`` for a condition)."""
    for quantity, head in quantities:
        yield _claim(sentence, head, quantity, hedged or quantity.approximate)
    if quantities:
        return
    token = _sentence_ordinal(sentence)
    if token is not None:
        yield _claim(sentence, token, None, hedged, priority=2)
        return
    yield from _attributed(sentence, quoted, hedged)


def _distinct(claims: Iterator[Claim | None]) -> Iterator[Claim]:
    """Claims of one sentence that state something new: an empty statement, or one that
    repeats (or sits inside) an earlier claim's statement, is left out. A casualty count of
    something else in the same clause (``killing one soldier and wounding eight``: another
    verb or another counted noun) is a claim of its own: casualty figures come that way, and
    outlets that disagree on them are to be found."""
    kept: list[tuple[str, str, str, tuple[float, str] | None]] = []
    for claim in claims:
        if claim is None:
            continue
        text = claim.text.lower()
        what = (claim.predicate.lower(), (claim.object or "").lower())
        # Only when its statement holds its own number: else the words are another claim's.
        own = claim.quantity is not None and claim.quantity.text.lower() in text
        counts = own and claim.quantity is not None and claim.quantity.unit == "count" \
            and _casualties(claim, text)
        value = (claim.quantity.value, claim.quantity.unit) if claim.quantity else None
        # A count without what it counts ("instead of the typical 52") compares.
        elliptic = value is not None and value[1] == "count" and not claim.object
        if len(text.split()) < _MIN_STATEMENT_WORDS or any(
                (text in k or k in text)
                and not _second_value(own, counts, what == (p, o), None if elliptic else value,
                                      v)
                for k, p, o, v in kept):
            continue
        kept.append((text, *what, value))
        yield claim


def _second_value(own: bool, counts: bool, same_what: bool, value: tuple[float, str] | None,
                  other: tuple[float, str] | None) -> bool:
    """Whether a claim whose words repeat an earlier one's still states a fact of its own: a
    casualty count of something else, or another value written in its own statement that is a
    fact of its own (see :func:`two_facts`: ``cut tariffs from 45% to 15%``, ``cut to 10% for
    90 days``, ``275 kg enriched to 60 percent``): outlets that give only one of the values
    must find it."""
    if not own:
        return False
    if counts and not same_what:
        return True
    return value is not None and other is not None and two_facts(value, other)


def _casualties(claim: Claim, text: str) -> bool:
    """Whether a claim counts people harmed or moved: by its verb (``killing one``), or by the
    word right after its number (``over 200 injured``, ``35 people dead``)."""
    if claim.predicate.lower().partition(" ")[0] in CASUALTY_VERBS:
        return True
    quantity = claim.quantity.text.lower() if claim.quantity else ""
    after = text.partition(quantity)[2].split()[:2] if quantity else []
    return any(word.startswith(CASUALTY_STEMS) for word in after)


def _kept_quantities(sentence: Span,
                     quoted: list[tuple[int, int]]) -> list[tuple[Quantity, Token]]:
    """The sentence's quantities that state facts, each with its anchor token."""
    doc = sentence.doc
    kept: list[tuple[Quantity, Token]] = []
    for quantity in find_quantities(span_text(sentence), sentence.start_char):
        if inside(quantity.start, quantity.end, quoted):
            continue
        quantity = _particle_not_bound(sentence, quantity)
        span = st.char_span(doc, quantity.start, quantity.end)
        if span is None:
            continue
        head = st.anchor(span)
        if is_pronoun_number(doc, quantity, head):
            continue
        if quantity.unit == "date" and (dates_a_statement(head) or _dateline(sentence, head)):
            continue
        kept.append((quantity, head))
    if any(q.unit != "date" for q, _ in kept):
        # WHY: a date beside a measured amount dates that fact ("a $5bn loan for 2026"); it
        # is not a second fact of the sentence.
        kept = [(q, h) for q, h in kept if q.unit != "date"]
    return _without_conversions(kept, sentence.doc.text)


def _without_conversions(kept: list[tuple[Quantity, Token]], text: str
                         ) -> list[tuple[Quantity, Token]]:
    """The quantities less those in brackets right after another (``800 km (500 miles)``,
    ``$10 (€9)``): a conversion of the number before it, no fact of its own."""
    out: list[tuple[Quantity, Token]] = []
    for quantity, head in kept:
        if out and _CONVERSION.fullmatch(text[out[-1][0].end : quantity.start]):
            continue
        out.append((quantity, head))
    return out


def _particle_not_bound(sentence: Span, quantity: Quantity) -> Quantity:
    """``hand over 20 percent``: *over* right after a verb that takes it as a particle is that
    particle, not *more than*; after any other verb (``displaced over 300,000``) it is a bound."""
    word, _, rest = quantity.text.partition(" ")
    if word.lower() != "over" or not rest or quantity.low is None:
        return quantity
    before = st.char_span(sentence.doc, quantity.start, quantity.start + len(word))
    if before is None or before.start == 0:
        return quantity
    verb = sentence.doc[before.start - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OVER_PARTICLE_VERBS:
        return quantity
    start = quantity.start + len(word) + 1
    return Quantity(quantity.value, None, quantity.high, quantity.unit, rest, start,
                    quantity.end, quantity.approximate)


def _dateline(sentence: Span, head: Token) -> bool:
    """Whether a date opens the sentence as a label (``date 2026-02-17 Officials met``)."""
    return head.dep_ in _NOT_ADVERBIAL and head.i - sentence.start < _DATELINE_TOKENS


def _claim(sentence: Span, head: Token, quantity: Quantity | None, hedged: bool,
           priority: int = 1) -> Claim | None:
    """One claim whose number (or ordinal) hangs on ``head`` (``None``: a condition)."""
    doc = sentence.doc
    span = (st.char_span(doc, quantity.start, quantity.end) if quantity else None) \
        or doc[head.i : head.i + 1]
    verb = st.clause_verb(head)
    noun = st.measured_noun(span, head) if quantity else _verb_object(verb, span)
    if quantity is not None and quantity.unit == "date":
        noun = _verb_object(verb, span)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        # WHY: "wants a commitment lasting 30 years": the participle describes the object of
        # the clause that states the fact.
        noun = noun or verb.head
        verb = st.clause_verb(verb.head)
    # The number's own verb gives the predicate; the clause that asserts it gives the words
    # and the subject (``refused to hand over 20 percent``: predicate ``hand over``).
    stating = asserting_verb(verb)
    if conditional(verb) or conditional(stating):
        return None
    source = attribution_for(sentence, stating)
    subject = st.subject_of(stating)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS:
        return None  # ``… that killed three people``: the clause says nothing on its own
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return None  # ``we made progress in our two rounds``: a speaker's words, no report
    subject_span = st.subject_text(subject) if subject is not None else None
    ordinal_token = _ordinal_token(_clause(verb)) or (
        _sentence_ordinal(sentence) if priority == 1 else head)
    ordinal = _ordinal_value(ordinal_token) if ordinal_token is not None else None
    obj = st.noun_phrase(noun) if noun is not None else None
    return Claim(
        start=sentence.start_char,
        end=sentence.end_char,
        text=_statement(sentence, stating, subject, subject_span, source),
        subject=_subject_name(subject, subject_span),
        subject_start=subject_span.start_char if subject_span is not None else None,
        subject_end=subject_span.end_char if subject_span is not None else None,
        predicate=st.predicate_of(verb, span),
        object=obj.text if obj is not None else None,
        quantity=quantity,
        negated=st.is_negated(verb),
        hedged=hedged,
        attributed_to=source.source,
        attribution_kind=source.kind,
        ordinal=ordinal,
        object_key=st.object_key(noun) if noun is not None else None,
        priority=priority,
    )


def _subject_name(subject: Token | None, span: Span | None) -> str:
    """The subject's words, a personal pronoun replaced by the person it refers to."""
    if subject is None or span is None:
        return ""
    return st.antecedent(subject) or span.text


def _verb_object(verb: Token, span: Span) -> Token | None:
    """The verb's direct object (or passive subject), when it is not the number itself."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and not (span.start <= child.i < span.end):
            if child.dep_ == "dobj" and not list(child.children):
                continue  # WHY: a bare object ("take place") is part of the predicate
            return child
    return None


def _attributed(sentence: Span, quoted: list[tuple[int, int]],
                hedged: bool) -> Iterator[Claim | None]:
    """A claim without a number, kept when an outlet or source is credited for a stated fact."""
    if quoted_share(sentence, quoted) > _MAX_QUOTED_SHARE:
        return
    source = according_to(sentence)
    root = sentence.root
    if source is None and root.lemma_.lower() in REPORT_VERBS:
        clauses = [c for c in root.children if c.dep_ == "ccomp"]
        if clauses:
            yield _claim(sentence, clauses[0], None, hedged, priority=3)
        return
    if source is not None:
        yield _claim(sentence, root, None, hedged, priority=3)


def _clause(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s own clause: its subtree without coordinated clauses."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in child.subtree)
        elif child.dep_ == "cc":
            skip.add(child.i)
    return sorted((t for t in verb.subtree if t.i not in skip), key=lambda t: t.i)


def _sentence_ordinal(sentence: Span) -> Token | None:
    """:func:`_ordinal_token` over a sentence, without a pass over its tokens when its text
    holds no ordinal word and no digit (an ordinal is one or the other)."""
    lower = span_text(sentence).lower()
    # ``str.isdigit`` per character, at C speed: no table of every digit of Unicode to build.
    if not any(map(str.isdigit, lower)) and not any(w in lower for w in ORDINALS):
        return None
    return _ordinal_token(sentence)


def _ordinal_token(tokens: Iterable[Token]) -> Token | None:
    """The first ordinal modifying a round noun (``second round``, ``first set of talks``)."""
    for token in tokens:
        value = _ordinal_value(token)
        if value and token.head.lemma_.lower() in ROUND_NOUNS and token.head.i != token.i:
            return token
    return None


def _ordinal_value(token: Token) -> int | None:
    """Value of an ordinal word or numeral (``third``, ``3rd``); ``None`` for anything else."""
    lower = token.lower_
    if lower in ORDINALS:
        return ORDINALS[lower]
    if lower.endswith(_ORDINAL_SUFFIXES) and lower[:-2].isdigit():
        return int(lower[:-2])
    return None


def _statement(sentence: Span, verb: Token, subject: Token | None, subject_span: Span | None,
               source: Attribution) -> str:
    """The claim in words: the clause of its verb, opened by its subject (a pronoun subject
    replaced by what it refers to), without the words that made it a piece of a sentence."""
    skip: set[int] = set()
    if source.kind == "according_to" and source.verb is not None:
        skip = {t.i for t in source.verb.subtree}
    words = statement_words([t for t in _clause(verb)
                             if t.i not in skip and sentence.start <= t.i < sentence.end])
    name = st.antecedent(subject) if subject is not None and subject.pos_ == "PRON" else None
    replace = {subject.i: name} if subject is not None and name else {}
    text = render(words, replace)
    if not words:
        return text
    if subject_span is not None and not words[0].i <= subject_span.start <= words[-1].i:
        head = render(list(subject_span), replace)
        text = f"{head} {text}"
    return " ".join(text.split())
