"""Organisations a description stands for: ``the Veldran group said``, ``the rebels said``.

Reports name an organisation once and then describe it (``Korvan Front`` … ``the Veldran
group``; ``the KLF rebel group`` … ``the guerrillas``). A definite noun the language data
lists as describing an organisation (``group``, ``operator``) or as its members speaking as
one (``rebels``), with nothing but common words to say which one it is, is the organisation
the article last named a few sentences before as one that acts or speaks, that it described
with the same noun, or that a person holds a title in.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from communique.extract._parsed import entities_of
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import MEMBER_PLURALS, ORG_DESCRIPTORS, ROLE_NOUNS
from communique.extract.quotes._speaker_subject import _SUBJECT_DEPS

WEB_NAME = re.compile(r"[A-Za-z]\.[a-z]{2,6}$")
"""A site's name (``Veldranews.com``): the outlet writing the article, which ``the party`` or
``the group`` never stands for."""

_DESCRIBED_WINDOW = 6
"""Sentences of the reporter's searched back for the organisation a description repeats."""

_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "punct", "npadvmod"})
"""What may describe the noun besides ``the`` (``far-right``, ``guerrilla``, ``Veldran``)."""


def acting(token: Token) -> bool:
    """Whether an organization's name is one that acts or speaks in its sentence (a
    subject, an owner, the source of something) rather than a modifier (``the Royal Veldran
    Police headquarters``) or a place."""
    if token.dep_ in (*_SUBJECT_DEPS, "poss", "appos", "conj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("from", "by", "of", "to")


def described_organization(ctx: Context, subj: Token) -> Token | None:
    """The organisation a definite description (``the exchange operator``, ``the
    guerrillas``) stands for, or ``None`` when the noun is no such description, a name or
    an owner says which body it is, or no fitting organisation was named shortly before."""
    if not _is_description(subj):
        return None
    first = ctx.window_start(subj, _DESCRIBED_WINDOW)
    for ent in reversed([e for e in entities_of(ctx.doc) if first <= e.start and e.end <= subj.i]):
        if ent.label_ != "ORG" or ctx.quoted(ent[0]) or WEB_NAME.search(ent[-1].text):
            continue
        root = ent.root
        if acting(root) or _describes(root, subj):
            return root
    return None


def _is_description(subj: Token) -> bool:
    """``the`` and a descriptive noun, with only adjectives and common nouns before it: no
    name (``the Hamas group`` is named by its own words), no owner, no ``of`` phrase."""
    lower, lemma = subj.lower_, subj.lemma_.lower()
    if subj.tag_ == "NNS":
        if lower not in MEMBER_PLURALS:
            return False
    elif subj.tag_ != "NN" or lemma not in ORG_DESCRIPTORS:
        return False
    children = list(subj.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    for child in children:
        if child.dep_ == "det":
            continue
        if child.i > subj.i or child.dep_ not in _MODIFIER_DEPS:
            return False
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE")
               for t in child.subtree):
            return False
    return True


def _describes(root: Token, subj: Token) -> bool:
    """``the KLF rebel group``, ``VNP Chairman Ivo Marin``: an organisation's name written
    as the modifier of the same noun as the description, or of a person's title."""
    if root.dep_ not in ("compound", "nmod"):
        return False
    head = root.head
    return head.lemma_.lower() == subj.lemma_.lower() or head.lower_ in ROLE_NOUNS
