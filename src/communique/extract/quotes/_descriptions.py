"""``the minister said``: the earlier mention of the same description that it repeats.

A definite role noun repeats the description the reader last met: ``Ana Lobo met the
Tavran foreign minister … The minister called the talks “useful”`` (the minister is the
one Lobo met, not Lobo); ``according to a Veldran government source … “…,” the source
said`` (the same source); ``Ivo Hart, the foreign minister, … the minister said`` (Hart).
Only when no such mention is near does the role noun fall back on the article's titles and
on the person last talked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import ANONYMOUS_ROLES
from communique.extract.quotes._people import People
from communique.extract.quotes._titles import role_details

_WINDOW = 4
"""Sentences of the reporter's before a role noun to look for the description it repeats."""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_TITLE_DEPS = frozenset({"compound", "appos", "amod", "nmod"})
_PREDICATE_DEPS = frozenset({"attr", "oprd"})
_AFTER_DEPS = frozenset({"punct", "acl", "advmod"})
"""What may follow a repeated role noun without saying whose it is (``the official,
speaking on condition of anonymity,``)."""


@dataclass(frozen=True, slots=True)
class Earlier:
    """The mention a role noun repeats, and what it tells about who that is."""

    token: Token
    """The earlier role noun."""
    holder: Token | None
    """The named person the earlier mention is a title of (``Ivo Hart, the minister``)."""
    spoke: bool
    """Whether it was a subject, an indefinite (``a senior official``), a speaker (``according
    to the official``) or a role most holders of which stay unnamed: then whoever it is
    resolved to speaks again; an unnamed object (``met the foreign minister``) speaks as that
    description."""


_SPECIFIC_WINDOW = 12
"""Sentences to look back for the description a specific role noun repeats (``the defence
minister`` names one office, so its earlier mention may be far back, in the lead)."""


def earlier_description(ctx: Context, people: People, subj: Token) -> Earlier | None:
    """The nearest earlier mention (outside quotes, a few sentences back) of the role noun
    ``subj`` said with ``the`` and no owner, when that mention says at least as much
    (``the minister`` repeats ``the Tavran foreign minister``, not ``the prime minister``).
    A role noun with details (``the defence minister``) looks further back, and only at
    mentions that spoke."""
    if not _plain_definite(subj):
        return None
    details = role_details(subj)
    found = _earlier_within(ctx, people, subj, details, _WINDOW)
    if found is None and details:
        found = _earlier_within(ctx, people, subj, details, _SPECIFIC_WINDOW)
        if found is not None and found.holder is None and not found.spoke:
            return None
    return found


def _earlier_within(ctx: Context, people: People, subj: Token, details: frozenset[str],
                    window: int) -> Earlier | None:
    """:func:`earlier_description` within ``window`` sentences of the reporter's."""
    first = ctx.window_start(subj, window)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ != subj.lower_ or token.pos_ not in ("NOUN", "PROPN") \
                or ctx.quoted(token) or not details <= role_details(token):
            continue
        if _other_office(token, subj):
            continue
        holder = holder_of(people, token)
        spoke = holder is None and (_indefinite(token) or token.dep_ in _SUBJECT_DEPS
                                    or _according_to(token) or token.lower_ in ANONYMOUS_ROLES)
        if holder is None and not spoke and not _someone_else(people, token):
            return None  # ``crowds greeted the president``: whoever the article is about
        return Earlier(token, holder, spoke)
    return None


def _plain_definite(subj: Token) -> bool:
    """``the minister``, ``the Veldran minister``: ``the`` and at most adjectives and nouns
    before the role noun, and no owner after it."""
    children = list(subj.children)
    if subj.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the"
                                                 for c in children):
        return False
    return all(c.dep_ in _AFTER_DEPS if c.i > subj.i else c.dep_ in ("det", "amod", "compound")
               for c in children)


def _other_office(token: Token, subj: Token) -> bool:
    """``prime minister`` is no earlier mention of ``the minister``: a word that makes it
    another office stands right before it and not before ``subj``."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and prev.lower_ in ("prime", "vice", "deputy") and not any(
        c.lower_ == prev.lower_ for c in subj.children)


def _someone_else(people: People, token: Token) -> bool:
    """``Ana Lobo met the foreign minister``: a description that is the object of a verb
    whose subject is a named person describes someone other than that person."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in _SUBJECT_DEPS and people.is_person(c) for c in verb.children)


def _according_to(token: Token) -> bool:
    """``according to the official``: the noun a report attributes words to."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _indefinite(token: Token) -> bool:
    """A noun said with ``a`` or ``an`` (someone new to the reader)."""
    return any(c.lower_ in ("a", "an") for c in token.children)


def holder_of(people: People, token: Token) -> Token | None:
    """The named person a role noun is a title of: written before the name (``foreign
    minister Ana Lobo``), set beside it (``Ana Lobo, the minister``, ``the minister, Ana
    Lobo``) or said of them (``Lobo, who is the minister``, ``Lobo was the minister``)."""
    head = token.head
    if token.dep_ in _TITLE_DEPS and head.i != token.i and people.is_person(head):
        return head
    named = next((c for c in token.children if c.dep_ == "appos" and people.is_person(c)),
                 None)
    if named is not None:
        return named
    if token.dep_ in _PREDICATE_DEPS:
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ in ("who", "that") and head.dep_ == "relcl":
            subject = head.head
        if subject is not None and people.is_person(subject):
            return subject
    return None


def first_reference(people: People, subj: Token) -> bool:
    """``The foreign minister said … Anna Berg, who took office in May, …``: a definite role
    noun before which the article names no person introduces the one it names next."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            and not any(c.dep_ == "poss" for c in subj.children):
        return False
    between = subj.doc[subj.i : max(subj.head.i, subj.right_edge.i + 1)]
    if any(people.is_person(t) for t in between):
        return False  # ``the head of the agency Ana Lobo said``: the role names its holder
    return not any(m.start < subj.idx for m in people.mentions)


def names_it(token: Token) -> bool:
    """``the ministry of fellow mediator Veldra``: a proper noun the parser set in apposition
    with no comma before it names what the phrase describes (an aside set off by commas,
    ``Veldra, a mediator,``, does not)."""
    if token.dep_ != "appos" or token.pos_ != "PROPN" or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    return not (before.is_punct or before.is_space) and before.i > token.head.i
