"""Event words: which words of a clause name an event, and of which type.

A meeting noun or verb names talks or a meeting; an agreement noun names an agreement only when
its clause says it was signed, reached or agreed on; a ceasefire, only when it takes effect or
is agreed; an exchange noun, only of captives. Also the clause cuts of a sentence, the tense of
a clause without a status, and what an agreement signed, as the text names it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_tree import kids
from communique.extract._sentences import doc_text
from communique.model.annotations import EventStatus, EventType

_FUTURE = re.compile(
    r"\b(?:will|would|shall|set to|scheduled|expected to|due to|upcoming|next|plans? to|"
    r"going to|is to|are to|starts|begins|opens|could|might)\b",
    re.IGNORECASE,
)
_SIGNED_WORDS = 10


def sentence_clauses(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges of the coordinated clauses of a sentence (", and a second round took…")."""
    cuts = [sent.start]
    for token in sent:
        if token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"):
            conj = [c for c in kids(token.head) if c.dep_ == "conj" and c.i > token.i]
            if conj and conj[0].pos_ in ("VERB", "AUX"):
                cuts.append(token.i)
    cuts.append(sent.end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def candidate_tokens(doc: Doc, lex: EventLexicon) -> list[int]:
    """Indexes of the tokens that may name an event (computed once per document)."""
    key = f"communique.event_candidates.{lex.language}"
    cached: list[int] | None = doc.user_data.get(key)
    if cached is None:
        # Compared as string hashes (the lexicon's hashed once per process): no Token object
        # is made for most words.
        noun_ids, verb_ids = _event_word_ids(lex)
        words = doc.to_array([LOWER, LEMMA]).tolist()
        cached = [i for i, (word, lemma) in enumerate(words)
                  if word in noun_ids or lemma in verb_ids]
        doc.user_data[key] = cached
    return cached


@cache
def _event_word_ids(lex: EventLexicon) -> tuple[frozenset[int], frozenset[int]]:
    """:func:`event_words` as spaCy string ids (an id depends on the string alone)."""
    nouns, verbs = event_words(lex)
    return frozenset(map(get_string_id, nouns)), frozenset(map(get_string_id, verbs))


@cache
def event_words(lex: EventLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and verb lemmas that may name an event, in one set each (built once)."""
    nouns = (
        set(lex.meeting_nouns)
        | lex.agreement_nouns
        | lex.signing_nouns
        | lex.ceremony_nouns
        | lex.exchange_nouns
        | lex.deadline_nouns
    )
    return frozenset(nouns), lex.meeting_verbs | lex.receive_verbs | lex.hosting_verbs


def _signed_by_verb(token: Token, lex: EventLexicon) -> bool:
    """Whether an agreement noun is what a clause says was signed, reached or agreed on."""
    head = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.lemma_.lower() in (
        lex.signing_verbs
    ):
        return True
    # "the declaration of principles signed on April 25": the participle may hang on the
    # noun's "of" phrase.
    named = [token, *(g for c in kids(token) if c.lower_ == "of" for g in kids(c))]
    if any(
        c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in lex.signing_verbs
        # "a deal agreed upon in June" reads as a plan as often as a signing: not this way
        and c.lemma_.lower() not in lex.planned_heads
        and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("to", "be") for a in kids(c))
        for noun in named
        for c in kids(noun)
    ):
        return True
    if token.dep_ == "pobj" and head.lower_ in ("to", "on", "upon"):
        return head.head.lemma_.lower() == "agree"  # "agreed to a ceasefire"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.signing_nouns:
        return True  # "the signing of the declaration"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in (
        lex.text_nouns
    ):
        return _signed_by_verb(head.head, lex)  # "initialed the text of the agreement"
    return any(c.lower_ in lex.signing_nouns for c in kids(token) if c.dep_ == "compound")


def _suspended(token: Token, lex: EventLexicon) -> bool:
    """Whether an agreement noun is what a clause says one side suspended or withdrew from
    (``suspended the declaration``, ``withdrew from the accord``, ``the suspension of the
    deal``, ``suspended implementation of the pact``)."""
    head = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in lex.suspension_verbs:
        return True
    if token.dep_ != "pobj":
        return False
    governor = head.head
    if head.lower_ == "from" and governor.lemma_.lower() in lex.suspension_verbs:
        return True
    if head.lower_ != "of":
        return False
    if governor.lower_ in lex.suspension_nouns:
        return True
    return governor.lower_ in lex.implementation_nouns and governor.i != token.i and (
        _suspended(governor, lex)
    )


def suspension_act(token: Token, lex: EventLexicon) -> Token:
    """The word of suspending that makes agreement noun ``token`` a suspension (the verb of
    ``suspended the accord``, ``withdrew from the accord``; the noun of ``the suspension of the
    accord``): its subject, tense, date and place are the suspension's, not the signing's."""
    head = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass"):
        return _announced(head, lex)
    governor = head.head
    if governor.lower_ in lex.implementation_nouns and governor.i != token.i:
        return suspension_act(governor, lex)
    if governor.dep_ in ("dobj", "obj") and governor.head.lemma_.lower() in lex.suspension_heads:
        return governor.head  # "announced the suspension of the accord on Monday"
    return _announced(governor, lex)


def _announced(verb: Token, lex: EventLexicon) -> Token:
    """The verb announcing a suspension when the suspending is its clause ("X announced Monday
    it was suspending the accord": the announcing is the act, and X its author)."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.suspension_heads:
        return verb.head
    return verb


def deadline_verbs(token: Token, lex: EventLexicon) -> set[int]:
    """The verb that ends or moves a deadline (``expired on``, ``extended until``), or that
    says which day it is (``the deadline is May 2``, ``May 2 marks the deadline``): its date is
    the deadline's."""
    found = {v.i for v in _expiring(token, lex)}
    lemma = token.head.lemma_.lower()
    if lemma in lex.expiry_verbs | lex.extension_verbs | lex.renewal_verbs:
        found.add(token.head.i)
    if (token.lower_ in lex.deadline_nouns and lemma in lex.deadline_link_verbs
            and token.dep_ in ("nsubj", "dobj", "obj", "attr")):
        found.add(token.head.i)
    return found


def deadline_status(token: Token, lex: EventLexicon) -> EventStatus | None:
    """What a clause says became of a deadline: ``held`` when it ran out (``the deadline
    expired``), ``postponed`` when it was pushed back (``extended the deadline``)."""
    verb = token.head
    lemma = verb.lemma_.lower()
    expiring = _expiring(token, lex)
    if expiring or (token.dep_ == "nsubj" and lemma in lex.expiry_verbs):
        verb = expiring[0] if expiring else verb
        # "expired" has run out; "expires on May 2" may be still to come: its date will say.
        past = verb.tag_ in ("VBD", "VBN") and not _negated(verb) and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in lex.planned_auxiliaries | {"to"}
            for c in kids(verb)
        )
        if past:
            return EventStatus.HELD
        # "set to expire on June 2": a plan governs the expiry, which is still to come.
        return EventStatus.PLANNED if verb.head.lemma_.lower() in lex.planned_heads and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) else None
    if token.dep_ in ("dobj", "obj", "nsubjpass") and lemma in (
        lex.extension_verbs | lex.renewal_verbs
    ) and not _negated(verb):
        return EventStatus.POSTPONED
    return None


def _runs_out(token: Token, lex: EventLexicon) -> bool:
    """Whether a clause says when a time-limited text ends or is prolonged (``the truce
    expires on May 2``, ``extended the truce until May 2``)."""
    lemma = token.head.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in lex.expiry_verbs:
        return True
    if _expiring(token, lex):
        return True  # "the truce, set to expire on May 2"
    return (token.dep_ in ("dobj", "obj", "nsubjpass") and lemma in lex.renewal_verbs
            and not _negated(token.head))


def _expiring(token: Token, lex: EventLexicon) -> list[Token]:
    """The expiry verbs of participles describing ``token`` (``the truce, due to expire``;
    ``the truce, which was agreed in May and is set to expire``), and of the verb it is the
    subject of (``the truce is set to expire``, ``the deal is due to end``)."""
    clauses = [c for c in kids(token) if c.dep_ in ("acl", "relcl", "amod")]
    clauses += [j for c in clauses for j in kids(c) if j.dep_ == "conj"]
    described = [
        g for c in clauses
        for g in [c, *kids(c)] if g.dep_ in ("xcomp", "acl", "relcl", "amod", "conj")
        and (g.lemma_.lower() in lex.expiry_verbs or _set_to_end(g, lex))
    ]
    if token.dep_ in ("nsubj", "nsubjpass"):
        described += [c for c in kids(token.head) if c.dep_ == "xcomp" and (
            c.lemma_.lower() in lex.expiry_verbs or _set_to_end(c, lex))]
    return list(dict.fromkeys(described))


def _set_to_end(verb: Token, lex: EventLexicon) -> bool:
    """``set to end``, ``due to end``: an ending verb a plan governs, with no object of its own
    (``a truce set to end the fighting`` ends something else)."""
    return (verb.dep_ == "xcomp" and verb.lemma_.lower() in lex.ending_verbs
            and verb.head.lemma_.lower() in lex.planned_heads
            and not any(c.dep_ in ("dobj", "obj") for c in kids(verb)))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(verb))


def _takes_effect(token: Token, lex: EventLexicon) -> bool:
    """``the ceasefire took effect``, ``came into force``, ``began at midnight``."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in lex.effect_verbs:
        return False
    if verb.lemma_.lower() in ("begin", "start"):
        return True
    return any(
        t.lower_ in lex.effect_objects for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3
    )


def _kind(token: Token, lex: EventLexicon) -> EventType | None:
    """The type of event ``token`` names, or ``None`` when it names none here."""
    lower, lemma = token.lower_, token.lemma_.lower()
    noun = token.pos_ in ("NOUN", "PROPN")
    if noun and lower in lex.meeting_nouns:
        return lex.meeting_nouns[lower]
    if token.pos_ == "VERB" and lemma in lex.meeting_verbs | lex.receive_verbs:
        return EventType.MEETING
    if token.pos_ == "VERB" and lemma in lex.hosting_verbs and any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" for c in kids(token)
    ):
        return EventType.MEETING  # "X hosted Y and Z"
    if noun and lower in lex.deadline_nouns:
        return EventType.DEADLINE
    if noun and lower in lex.agreement_nouns and _suspended(token, lex):
        return EventType.SUSPENSION
    if noun and lower in lex.agreement_nouns and _runs_out(token, lex):
        return EventType.DEADLINE  # "the truce expires on Monday": a time-limited text's end
    if noun and lower in lex.ceasefire_nouns and (
        _takes_effect(token, lex) or _signed_by_verb(token, lex)
    ):
        return EventType.CEASEFIRE
    if noun and lower in lex.agreement_nouns and _signed_by_verb(token, lex):
        return EventType.AGREEMENT
    if noun and lower in lex.signing_nouns and token.dep_ != "compound":
        return EventType.AGREEMENT
    if noun and lower in lex.ceremony_nouns and any(
        c.lower_ in lex.signing_nouns for c in kids(token) if c.dep_ in ("compound", "amod")
    ):
        return EventType.AGREEMENT  # "the signing ceremony"
    if noun and lower in lex.exchange_nouns and any(
        t.lower_ in lex.captive_nouns for t in token.subtree
    ):
        return EventType.EXCHANGE
    if noun and lower in lex.exchange_nouns and any(
        c.lower_ in lex.captive_nouns for c in kids(token) if c.dep_ == "compound"
    ):
        return EventType.EXCHANGE
    return None


def clause_triggers(
    doc: Doc, start: int, end: int, lex: EventLexicon
) -> list[tuple[int, EventType]]:
    """Every event word of a clause, in order, with the type of event it names."""
    found = []
    for index in candidate_tokens(doc, lex):
        if index < start:
            continue
        if index >= end:
            break
        kind = _kind(doc[index], lex)
        if kind is not None:
            found.append((index, kind))
    return found


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """``future``, ``past`` or ``present`` from a clause's words, when its status is unknown."""
    first, last = doc[start], doc[end - 1]
    if _FUTURE.search(doc_text(doc)[first.idx : last.idx + len(last)]):
        return "future"
    if any(t.tag_ in ("VBD", "VBN") and t.dep_ not in ("amod", "acl") for t in doc[start:end]):
        return "past"
    return "present"

def names_event(name: str, lex: EventLexicon) -> bool:
    """Whether a name is an event's or a text's, not a side's ("the Peace Agreement")."""
    words = name.lower().split()
    return bool(words) and words[-1] in event_words(lex)[0]


def signed_text(token: Token, kind: EventType, lex: EventLexicon) -> str | None:
    """What an agreement event signed, as the text names it (``a framework agreement``); for a
    suspension, what was suspended."""
    if kind not in (EventType.AGREEMENT, EventType.CEASEFIRE, EventType.SUSPENSION):
        return None
    head = token
    if token.lower_ in lex.signing_nouns or token.lower_ in lex.ceremony_nouns:
        objects = [g for c in kids(token) if c.lower_ == "of" for g in kids(c)]
        if not objects:
            return None
        head = objects[0]
    skipped = {
        t.i for c in kids(head) if c.dep_ in ("relcl", "acl", "punct", "appos")
        or (c.dep_ == "prep" and (c.lower_ in lex.location_prepositions or _dated(c)))
        for t in c.subtree
    }
    words = [t for t in head.subtree if t.i not in skipped]
    while words and words[0].dep_ in ("det", "poss", "case", "nummod"):
        words = words[1:]
    text = doc_span_text(words[:_SIGNED_WORDS])
    return text or None


def _dated(prep: Token) -> bool:
    """Whether a prepositional phrase is a date ("on Tuesday"), not part of a text's name."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def doc_span_text(tokens: Sequence[Token]) -> str:
    """The text of consecutive tokens, as written (spaces kept from the document)."""
    return "".join(t.text_with_ws for t in tokens).strip()
