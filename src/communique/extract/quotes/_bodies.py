"""Bodies named through a person: ``his office said``, ``her party said``, ``leaders from his
party said``, ``the office of Prime Minister Karl Ost said``.

The owner (a pronoun resolved like a speaking pronoun, or a person's name) leads to the body
the article names with that person: for an office, the title written before the person's name
(``Prime Minister``: the office of the premiership speaks, not the person); for a party or
another organisation, the organisation named with the person (``VJP chief Karl Ost``, ``Ost's
Unity Party``, ``leader of the Unity Party``), else the nearest organisation named a few
sentences before whose name holds the noun (``the Unity Party`` for ``his party``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.extract._parsed import entities_of
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import ROLE_NOUNS
from communique.extract.quotes._people import People
from communique.extract.quotes._titles import role_details

OFFICE_NOUNS = frozenset({"office", "presidency", "secretariat"})
"""Nouns for the staff of an office-holder: the office speaks under the holder's title."""
MEMBER_BODIES = frozenset({"party", "movement", "campaign", "alliance", "coalition",
                           "organization", "organisation", "group", "union", "company",
                           "firm", "bloc", "faction"})
"""Nouns for an organisation a person belongs to or leads (``her party``)."""
_MEMBER_NOUNS = frozenset({"leaders", "members", "officials", "lawmakers", "legislators",
                           "spokesman", "spokeswoman", "spokesperson", "supporters",
                           "activists", "workers", "mps", "senators"})
"""Nouns for people speaking for a body they are ``from`` or ``of`` (``leaders from his
party``): the body speaks."""
_OWNER_PRONOUNS = frozenset({"his", "her"})
_BODY_WINDOW = 6
"""Sentences before ``his party`` to look for an organisation whose name holds ``party``."""


@dataclass(frozen=True, slots=True)
class Body:
    """Where the body's name is written, and the person it was reached through."""

    start: int
    end: int
    key: str | None
    office: bool


def owned_body(ctx: Context, people: People, noun: Token) -> Body | None:
    """The body a speaking noun names through a person, or ``None`` (no such noun, no
    person owner, or no body the article names with them)."""
    if noun.lower_ in _MEMBER_NOUNS or noun.lemma_.lower() in _MEMBER_NOUNS:
        inner = next((o for c in noun.children if c.dep_ == "prep"
                      and c.lower_ in ("from", "of", "in") for o in c.children
                      if o.dep_ == "pobj"), None)
        return owned_body(ctx, people, inner) if inner is not None else None
    word = noun.lemma_.lower()
    if (word not in OFFICE_NOUNS and word not in MEMBER_BODIES) or noun.tag_ != "NN":
        return None
    key = owner_key(ctx, people, noun)
    if key is None:
        return None
    if word in OFFICE_NOUNS:
        span = people.title_spans.get(key)
        return Body(span[0], span[1], key, True) if span is not None else None
    return _member_body(ctx, people, key, noun)


def owner_key(ctx: Context, people: People, noun: Token, names: bool = True) -> str | None:
    """The person who owns ``noun``: ``his``/``her`` resolved, ``the prime minister's`` as
    the person holding that title, and unless ``names`` is false ``Ost's`` or ``of Karl
    Ost``."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in _OWNER_PRONOUNS:
                found = people.resolve(child.idx, ctx.sent_of[child.i], None,
                                       pronoun=child.lower_)
                return found.key if found is not None else None
            if child.lower_ in ROLE_NOUNS and child.tag_ == "NN":
                # ``the prime minister's office``: the person holding that title
                found = people.resolve(child.idx, ctx.sent_of[child.i], child.lower_,
                                       owned=True, details=role_details(child))
                return found.key if found is not None else None
            return people.key_of(child) if names else None
        if names and child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            return people.key_of(obj) if obj is not None else None
    return None


def _member_body(ctx: Context, people: People, key: str, noun: Token) -> Body | None:
    """The organisation person ``key`` is named with (one whose name holds ``noun``'s word
    first), else the nearest one a few sentences before whose name holds it."""
    word = noun.lemma_.lower()
    bodies = [b for b in people.bodies.get(key, []) if b[0] < noun.idx] \
        or people.bodies.get(key, [])
    if bodies:
        named = [b for b in bodies if word in b[2].split()] or bodies
        start, end, _words = named[-1]
        return _without_article(ctx, Body(start, end, key, False))
    # Another person's party is not this person's, however near it was named.
    others = {b[2] for k, found in people.bodies.items() if k != key for b in found}
    first = ctx.window_start(noun, _BODY_WINDOW)
    for ent in reversed([e for e in entities_of(ctx.doc) if first <= e.start and e.end <= noun.i]):
        if ent.label_ == "ORG" and not ctx.quoted(ent[0]) and ent.text.lower() not in others \
                and word in {t.lower_ for t in ent}:
            return _without_article(ctx, Body(ent.start_char, ent.end_char, key, False))
    return None


def _without_article(ctx: Context, body: Body) -> Body:
    """A body's name without a leading ``the`` (``the Unity Party`` → ``Unity Party``)."""
    words = ctx.text[body.start : body.end]
    if words.lower().startswith("the "):
        return Body(body.start + 4, body.end, body.key, body.office)
    return body
