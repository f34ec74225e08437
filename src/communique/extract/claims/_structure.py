"""Grammar around a number: the verb that states it, its subject, predicate and object.

Works on spaCy's dependency parse. The number's *anchor* is the token of its span whose head
lies outside the span; the *clause verb* is the first verb above the anchor. Subjects missing
from a clause (infinitives, participles, relative clauses) are taken from the clause above,
because the article states them once for the whole sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from communique.extract._parsed import entities_of
from communique.extract.claims._places import is_demonym, place_key

_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_INHERITS = frozenset({"xcomp", "conj", "advcl", "acl", "pcomp", "relcl"})
# Not "ccomp": a clause someone says or writes ("X wrote: today marked the end") without a
# subject of its own is no statement of the speaker as its subject.
_RELATIVE = frozenset({"which", "that", "who", "whom"})
# Post-modifiers that restate or qualify a noun rather than name it: left out of short phrases.
_POST = frozenset({"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advmod"})
_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "npadvmod", "nmod"})
# "two-day talks", "a five-year plan": a hyphenated measure always modifies the next noun.
_HYPHENATED = re.compile(r"\w-(?:day|week|month|year|hour|minute|decade)$", re.IGNORECASE)
# Particles the small parser often reads as prepositions right after the verb ("hand over X").
_PARTICLES = frozenset({"over", "up", "out", "off", "back", "down", "away"})
_OWNER_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
_INSTITUTIONS = frozenset({"ORG", "GPE"})
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "rain"})
_INSTITUTION_WINDOW = 60
"""Tokens before the pronoun's sentence to look for the institution ``it`` stands for."""


def anchor(span: Span) -> Token:
    """The token of ``span`` whose head is outside it (the span's syntactic root)."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span.root


def clause_verb(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the sentence root when there is none)."""
    current = token
    while current.pos_ not in _VERBS and current.head.i != current.i:
        current = current.head
    return current


def noun_phrase(head: Token) -> Span:
    """``head`` with its pre-modifiers (determiner, adjectives, possessor), no clauses after it."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _POST or child.dep_ == "relcl":
            break
        end = child.right_edge.i + 1
    return head.doc[start:end]


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, borrowed from the clause above when it has none."""
    current = verb
    for _ in range(6):  # WHY: clause chains are short; the bound stops cycles on odd parses
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ == "prep" or current.pos_ == "ADP":
            current = current.head  # WHY: "since starting X", "to consolidating X"
            continue
        if current.dep_ not in _INHERITS or current.head.i == current.i:
            return None
        current = current.head
    return None


def subject_text(subject: Token) -> Span:
    """The subject's words: its noun phrase without a leading determiner or stray numerals."""
    phrase = noun_phrase(subject)
    start = phrase.start
    # WHY: a dateline or list marker before the subject ("2026-02-17 Senior officials") is
    # parsed into its phrase; words without letters never name a subject.
    while start < subject.i and not any(c.isalpha() for c in phrase.doc[start].text):
        start += 1
    if start < subject.i and phrase.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return phrase.doc[start : phrase.end]


def predicate_of(verb: Token, inside: Span) -> str:
    """The verb lemma with its particle, a copula's preposition, or a bare light-verb object.

    ``hand over``, ``be under control``, ``take place``: the extra word tells two claims with
    the same verb apart. ``inside`` is the number's span, never part of the predicate.
    """
    words = [verb.lemma_.lower()]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in _PARTICLES and after.dep_ != "prt" \
            and not inside.start <= after.i < inside.end:
        words.append(after.lower_)
    for child in verb.children:
        if inside.start <= child.i < inside.end:
            continue
        if child.dep_ == "prt":
            words.append(child.lower_)
        elif child.dep_ == "dobj" and child.pos_ == "NOUN" and not list(child.children):
            words.append(child.lemma_.lower())
        elif verb.lemma_ == "be" and child.dep_ == "prep" and not _contains(child, inside):
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                words.extend([child.lower_, pobj[0].lemma_.lower()])
    return " ".join(words)


def _contains(token: Token, span: Span) -> bool:
    """Whether ``token``'s subtree overlaps ``span``."""
    return token.left_edge.i < span.end and span.start <= token.right_edge.i


def measured_noun(span: Span, head: Token) -> Token | None:
    """The noun the number measures: ``X`` of ``20 percent of X``, ``loan`` of ``$5 bn loan``."""
    if _HYPHENATED.search(span.text):
        return _next_noun(span)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            objects = [c for c in child.children if c.dep_ == "pobj"
                       and not span.start <= c.i < span.end]
            if objects:
                return objects[0]
    if head.dep_ in _MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of":
        # WHY: "a loan of $5 billion" — the noun the preposition hangs on is what is measured.
        owner = head.head.head
        if owner.pos_ in ("NOUN", "PROPN") and not (span.start <= owner.i < span.end):
            return owner
    return None


def _next_noun(span: Span) -> Token | None:
    """The first noun after ``span`` in its phrase (``two-day, US-led discussions``)."""
    doc = span.doc
    for token in doc[span.end : min(len(doc), span.end + 6)]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "npadvmod":
            return token
        if token.pos_ in ("VERB", "AUX", "ADP") and token.dep_ != "amod":
            return None
    return None


def object_key(noun: Token) -> str:
    """Lemma of the head noun plus its place/owner: ``Ukraine's territory`` → ``ukraine territory``.

    A proper-noun head is a place itself (``Donetsk``); an owner is a possessor, a
    proper-noun compound or a demonym adjective, normalized so *Ukrainian* = *Ukraine's*.
    """
    if noun.pos_ == "PROPN":
        return " ".join(place_key(t.text) for t in noun_phrase(noun) if t.pos_ == "PROPN")
    owners: list[str] = []
    for child in noun.lefts:
        named = child.dep_ in ("poss", "compound") and child.pos_ == "PROPN"
        place = child.dep_ == "amod" and (is_demonym(child.text) or child.ent_type_ in _OWNER_ENTS)
        if named or place:
            owners.append(place_key(child.text))
    return " ".join([*owners, noun.lemma_.lower()])


def is_negated(verb: Token) -> bool:
    """Whether the clause is negated (``not``, ``never``) here or in a governing clause."""
    current = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering ``[start, end)`` (expanded to token edges)."""
    return doc.char_span(start, end, alignment_mode="expand")


def _coordinated_subject(pronoun: Token) -> str | None:
    """``A deal is to be signed by May, and it shall align with the accord``: the subject of
    the clause the pronoun's clause is joined to, when it is a noun of the pronoun's number
    (singular for *it*, plural for *they*). WHY: the subject of the first of two joined
    clauses is what the second one's pronoun stands for far more often than the last name
    of an institution, which may be what the first clause's subject is about."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.dep_ != "conj":
        return None
    plural = pronoun.lower_ == "they"
    for child in verb.head.children:
        if child.dep_ in _SUBJECTS and child.i < pronoun.i and child.pos_ in ("NOUN", "PROPN") \
                and child.tag_ in (("NNS", "NNPS") if plural else ("NN", "NNP")):
            return " ".join(noun_phrase(child).text.split())
    return None


def antecedent(pronoun: Token) -> str | None:
    """The last person named before a personal pronoun (``she`` → ``Marveth``), or the last
    institution or country before ``it`` / ``they`` in the last few sentences, if any.

    WHY: news prose names a source and then continues with *he*/*she*; the nearest preceding
    person is right far more often than not, and a wrong guess is still a person. An ``it``
    of ``it is likely``, ``it seems`` refers to nothing and is left alone.
    """
    lower = pronoun.lower_
    if lower in ("he", "she", "him", "her"):
        people = [e for e in entities_of(pronoun.doc)
                  if e.label_ == "PERSON" and e.end <= pronoun.i]
        return people[-1].text if people else None
    if lower not in ("it", "they") or pronoun.head.lemma_ in _EMPTY_IT_VERBS:
        return None
    coordinated = _coordinated_subject(pronoun)
    if coordinated is not None:
        return coordinated
    sent_start = pronoun.sent.start
    window = max(0, sent_start - _INSTITUTION_WINDOW)
    bodies = [e for e in entities_of(pronoun.doc) if e.label_ in _INSTITUTIONS
              and window <= e.start and e.end <= pronoun.i]
    return bodies[-1].text if bodies else None
