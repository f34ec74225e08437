"""Which words of a document are persons: the keys (last name words, lower-cased) of the
people :class:`~communique.extract.quotes._people.People` follows.

The tagger's persons, kept where a longer name, a title or a speech cue supports them; names
it missed that their context shows to be persons; given and middle names standing for a
known person; and the office-holder phrases the entity stage resolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.extract._parsed import entities_of
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._lexicon import ORG_HEADS
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import ROLE_NOUNS, cue_of
from communique.extract.quotes._gender import HONORIFICS
from communique.extract.quotes._name_case import capitalized, name_cased
from communique.extract.quotes._name_tokens import (
    NAME_WORDS,
    NOT_NAMES,
    SUBJECT_DEPS,
    is_place,
    looks_like_person,
    name_run,
    speaking_name,
    titled_word,
)
from communique.model.entities import DocEntity, EntityLabel

PRONOUN_WINDOW = 4
"""Sentences to look back for a pronoun's antecedent before settling for the nearest name."""
_SPEAKING_PRONOUNS = frozenset({"he", "she"})
_NAME_LETTERS = 3
"""Letters a one-word name needs (shorter capitalized words are initials or acronyms)."""


def _named_by_pronoun(ctx: Context, tokens: list[Token], keys: set[str],
                      propn: list[Token]) -> set[str]:
    """``…, Okavelo said. He added that …``: a one-word name that speaks, which the tagger
    missed or called an organization or a place, is a person when the next speech cue of the
    reporter's has ``he`` or ``she`` as its subject and no known person is named between
    or a few sentences before (a body would be ``it``). Places, acronyms and words for
    bodies are never such names (``propn``: the proper nouns of ``tokens``)."""
    found: set[str] = set()
    for token in propn:
        if token.pos_ != "PROPN" or not name_cased(token) or token.dep_ != "nsubj" \
                or cue_of(token.head) is None or is_place(token.lower_) \
                or token.lower_ in ORG_HEADS or token.lower_ in NOT_NAMES \
                or token.ent_type_ in ("NORP", "DATE", "TIME") \
                or token.lower_ in keys or ctx.quoted(token) \
                or token.text.isupper() or len(token.text) < _NAME_LETTERS \
                or any(c.dep_ in ("compound", "flat") for c in token.children):
            continue
        before = ctx.doc[ctx.window_start(token, PRONOUN_WINDOW) : token.i]
        if any(t.lower_ in keys and capitalized(t) for t in before):
            continue  # a person named just before is who the pronoun may stand for
        last = ctx.sents[min(ctx.sent_of[token.i] + 2, len(ctx.sents) - 1)].end
        for later in tokens[token.i + 1 : last]:
            if ctx.quoted(later):
                continue
            if later.lower_ in keys and capitalized(later):
                break
            if later.dep_ == "nsubj" and cue_of(later.head) is not None:
                if later.lower_ in _SPEAKING_PRONOUNS:
                    found.add(token.lower_)
                break
    return found


def _person_keys(doc: Doc) -> set[str]:
    """Last words of the PERSON names of ``doc``; a one-word name counts only with support.

    The small tagger calls words like *Brexit* a person. A one-word name is kept when a
    longer name ends with it, when a title or honorific stands before it (or before the
    proper nouns written with it), or when it speaks (the subject of a speech cue).
    """
    names = [n for n in (_cut_at_shout(e) for e in entities_of(doc) if e.label_ == "PERSON")
             if len(n)]
    full = {e[-1].lower_ for e in names if len(e) > 1 and name_cased(e[-1])}
    keys = set(full)
    for ent in names:
        last = ent[-1]
        if len(ent) > 1 or not name_cased(last) or last.lower_ in full:
            continue
        start = name_run(last)[0].i
        before = doc[start - 1] if start > 0 else None
        titled = before is not None and (before.lower_ in ROLE_NOUNS
                                         or before.lower_.rstrip(".") in HONORIFICS)
        speaks = last.dep_ in SUBJECT_DEPS and cue_of(last.head) is not None
        if titled or speaks:
            keys.add(last.lower_)
    return keys


_SHOUT_LETTERS = 3
"""Letters a capitals-only word needs to be a shouted headline word (``LASHES``), not an
initial or an acronym."""


def _cut_at_shout(ent: Span) -> Span:
    """``Oren Dahl SLAMS Council``: a headline's capitals-only verb inside what the tagger
    took for one person's name ends the name before it (a surname in capitals closes a
    name, ``Ana LOBO``, and is kept). ``’s Questions`` (of ``Prime Minister’s Questions``):
    a possessive ending opens no name, so the words after it stand alone."""
    while len(ent) and ent[0].tag_ == "POS":
        ent = ent[1:]
    for token in ent[1:-1]:
        if token.is_upper and token.is_alpha and len(token.text) >= _SHOUT_LETTERS \
                and name_cased(token.nbor(-1)):
            return ent.doc[ent.start : token.i]
    return ent


def _real_names(doc: Doc) -> set[str]:
    """Last words of the PERSON names of ``doc`` that hold a word other than a title, an
    office or a nationality (``Ana King``, not ``Foreign Secretary`` or ``the President``):
    the only way a role noun ends a person's name."""
    return {e[-1].lower_ for e in entities_of(doc) if e.label_ == "PERSON" and any(
        t.lower_ not in NOT_NAMES and t.ent_type_ != "NORP" and t.is_alpha for t in e)}


def name_parts(tokens: list[Token], words: list[str], keys: set[str]) -> dict[str, str]:
    """Other words of a known person's full name, each mapped to that person's key.

    Many reports go on with a given name or a middle name (``Ramiro Santos`` … ``Ramiro
    said``, ``Ana Maria Tavares da Costa`` … ``Tavares``). A word counts only when it belongs to
    one person's names, ends no full name and is no place, title or honorific; a one-word
    name that is such a word stops being a person of its own.
    """
    owners: dict[str, set[str]] = {}
    lasts: set[str] = set()
    for i, word in enumerate(words):  # the lower-cased words: only keys become tokens
        if word not in keys:
            continue
        last = tokens[i]
        if not name_cased(last) or last.dep_ in ("compound", "flat"):
            continue
        run = name_run(last)
        if len(run) > 1:
            lasts.add(last.lower_)
        for token in run[:-1]:
            lower = token.lower_
            if token.is_alpha and len(lower) > 2 and lower not in NOT_NAMES:
                owners.setdefault(lower, set()).add(last.lower_)
    return {word: next(iter(found)) for word, found in owners.items()
            if len(found) == 1 and word not in lasts and not is_place(word)}


_NOT_PERSON_LABELS = frozenset({EntityLabel.ORGANIZATION, EntityLabel.COUNTRY,
                                EntityLabel.PLACE})


def _not_persons(entities: tuple[DocEntity, ...]) -> set[str]:
    """Last words of names the entity stage, reading the whole article, made organisations
    or places and never a person (``the White House``, which the tagger may call a person
    where it opens a sentence)."""
    others = {e.canonical.split()[-1].lower() for e in entities
              if e.label in _NOT_PERSON_LABELS and e.canonical.split()
              and not _ends_in_titled_name(e.canonical.split())}
    persons = {e.canonical.split()[-1].lower() for e in entities
               if e.label is EntityLabel.PERSON and e.canonical.split()}
    return others - persons


def _ends_in_titled_name(words: list[str]) -> bool:
    """``Foreign Ministry Spokesperson Ana Lobo`` as one organisation: a title word followed
    by two or more capitalized words that are no title, body or place word ends in a
    person's name (the tagger took the office and the name for one body)."""
    title = next((j for j in range(len(words) - 1, -1, -1) if words[j].lower() in ROLE_NOUNS),
                 None)
    tail = words[title + 1 :] if title is not None else []
    return len(tail) >= NAME_WORDS and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in NOT_NAMES
        and gazetteer().lookup(w) is None for w in tail)


def known_keys(ctx: Context, tokens: list[Token],
                entities: tuple[DocEntity, ...]) -> set[str]:
    """The keys (last name words, lower-cased) of the persons ``ctx`` names.

    The tagger's persons, plus names it missed that their context shows to be persons,
    less places and the names the entity stage made organisations or places. With no
    person at all, the names that speak count, so that ``he said`` still finds one. Names
    that speak and a pronoun continues are added; title words that are no real name's last
    word (``the Foreign Secretary said``) are removed.
    """
    doc = ctx.doc
    # Both tests want a proper noun: the tags come from the table, not from each token.
    propn = [tokens[i] for i, pos in enumerate(ctx.table.pos) if pos == "PROPN"]
    keys = _person_keys(doc)
    keys.update(t.lower_ for t in propn if looks_like_person(t) or titled_word(t))
    others = _not_persons(entities)
    keys = {k for k in keys if not is_place(k)} - others
    if not keys:
        keys = {t.lower_ for t in propn if speaking_name(t)} - others
    keys |= _named_by_pronoun(ctx, tokens, keys, propn)
    keys -= ROLE_NOUNS - _real_names(doc)  # ``the Foreign Secretary said``: a title
    return keys


def office_holders(entities: tuple[DocEntity, ...]) -> list[tuple[int, int, str]]:
    """The office-holder phrases (``the Chinese president``: lower-case or ``the …``
    mentions) the entity stage resolved to a person, with that person's key: a role noun
    there is that person, whatever the titles found here say."""
    return [(m.start, m.end, e.canonical.split()[-1].lower()) for e in entities
            if e.label is EntityLabel.PERSON for m in e.mentions
            if m.text[:1].islower() or m.text.lower().startswith("the ")]


def shared_surnames(given: dict[str, set[tuple[str, ...]]]) -> set[str]:
    """The keys two people share (``Pierre Astor`` and ``his wife, Anaida Astor``):
    ``given`` holds, per key, the lower-cased words written before it in each mention; a key
    is shared when two mentions give it first names (title words aside) neither of which
    ends the other and which start with different letters (``Le Pen`` ends ``Marine Le
    Pen``; ``J. Ost`` and ``Jan Ost`` may be one person)."""
    shared = set()
    for key, written in given.items():
        names = {n for n in (tuple(w for w in words if w.rstrip(".") not in NOT_NAMES
                                   and w[:1].isalpha()) for words in written) if n}
        if any(a[-len(b):] != b and b[-len(a):] != a and a[-1][0] != b[-1][0]
               for a in names for b in names):
            shared.add(key)
    return shared
