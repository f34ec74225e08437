"""What a token of a person's name is: the name it heads, whether it looks like a person's
name the tagger missed, whether it is a subject, and the titles written with it.

The token-level tests of :mod:`communique.extract.quotes._people` (which words are persons is
:mod:`communique.extract.quotes._person_keys`, where they are mentioned is ``_people``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.extract._parsed import entities_of
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._lexicon import ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from communique.extract.quotes._cues import ROLE_NOUNS, cue_of
from communique.extract.quotes._gender import HONORIFICS
from communique.extract.quotes._name_case import name_cased
from communique.extract.quotes._titles import role_details
from communique.lang.names import HONORIFICS as NAME_HONORIFICS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""Dependency labels of a clause subject."""
FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
"""Words that make a title a past one."""

NOT_NAMES = ROLE_NOUNS | TITLE_HEADS | TITLE_MODIFIERS | ORG_HEADS | NAME_HONORIFICS | frozenset(
    HONORIFICS) | frozenset({"speaker", "opposition", "justice", "seri"})
"""Capitalized words written before a name that are titles or bodies, never a given name."""


def _entity_bounds(doc: Doc) -> list[tuple[int, int] | None]:
    """For each token, the (start, end) of the entity it is in; computed once per document.

    ``doc.ents`` builds new Span objects on every access, so scanning it per token made
    person finding quadratic in the number of entities.
    """
    bounds = doc.user_data.get("communique.entity_bounds")
    if bounds is None:
        bounds = [None] * len(doc)
        for ent in entities_of(doc):
            for i in range(ent.start, ent.end):
                bounds[i] = (ent.start, ent.end)
        doc.user_data["communique.entity_bounds"] = bounds
    return list(bounds)


def name_span(token: Token) -> Span:
    """The name a token heads: its entity, else the capitalized compound run ending at it.

    Leading titles and nationality words (``Ukrainian President``) are left out. A one-word
    person the tagger split from the rest of the name gets the proper nouns written before it.
    """
    doc = token.doc
    ent = _entity_bounds(doc)[token.i] if token.ent_type_ else None
    first, last = ent if ent is not None else (token.i, token.i + 1)
    if ent is not None and last - first == 1 and token.ent_type_ == "PERSON" \
            and token.dep_ not in ("compound", "flat"):
        first = name_run(token)[0].i
    while first > 0 and ent is None:
        prev = doc[first - 1]
        if prev.head.i != token.i or prev.dep_ not in ("compound", "flat") or not name_cased(prev):
            break
        first -= 1
    while first < last - 1 and (doc[first].lower_ in ROLE_NOUNS or doc[first].ent_type_ == "NORP"):
        first += 1
    if ent is not None and token.ent_type_ != "PERSON":
        first = _after_title(doc, first, last)
    return doc[first:last]



NAME_WORDS = 2
"""Capitalized words after a title inside an organization's span that make a name (a given
name and a surname: one word alone may be a body's, ``Ministry Spokesperson Office``)."""


def _after_title(doc: Doc, first: int, last: int) -> int:
    """``Foreign Ministry Spokesperson Ana Lobo`` tagged as one organization: the name
    starts after the last title word in the span when two or more capitalized words that
    are no title, body or place word follow it; else ``first`` unchanged."""
    title = next((j for j in range(last - 1, first - 1, -1) if doc[j].lower_ in ROLE_NOUNS),
                 None)
    if title is None:
        return first
    tail = doc[title + 1 : last]
    if len(tail) < NAME_WORDS or not all(
            t.pos_ == "PROPN" and name_cased(t) and t.lower_ not in NOT_NAMES
            and gazetteer().lookup(t.text) is None for t in tail):
        return first
    return title + 1


def is_place(word: str) -> bool:
    """Whether a (lower-cased) word is a country, capital or seat of power in the gazetteer.

    The small model often tags capitals as PERSON (``Kyiv has said``); they are never
    the person a pronoun points back to.
    """
    return gazetteer().lookup(word.title()) is not None


def looks_like_person(token: Token) -> bool:
    """A capitalized name the NER missed or mislabelled, told by what surrounds it.

    Counts when ``token`` ends a run of at least two capitalized proper nouns and either
    carries a role title (``lead negotiator Tomas Orvy``) or heads a ``who`` clause
    (``Tomas Orvy, who led …``): both are said only of people.
    """
    if token.pos_ != "PROPN" or not name_cased(token) or token.ent_type_ == "PERSON":
        return False
    if token.dep_ in ("compound", "flat"):
        return False  # not the last word of the name
    span = name_span(token)
    if len(span) < 2 or any(gazetteer().lookup(t.text) is not None for t in span):
        return False
    ent = _entity_bounds(token.doc)[token.i]
    if ent is not None and span.start > ent[0] and token.doc[span.start - 1].lower_ in ROLE_NOUNS:
        return True  # ``Ministry Spokesperson Ana Lobo`` tagged as one organization
    return bool(titles_of(token) & ROLE_NOUNS) or any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
        for c in token.children
    )


def titled_word(token: Token) -> bool:
    """``spokesman Okavelo said``: one capitalized word right after a title, the subject of
    a speech cue, is a person's name the tagger missed or called an organization (never an
    institution word, a place or an acronym)."""
    doc = token.doc
    if token.i == 0 or token.pos_ != "PROPN" or not name_cased(token) or token.ent_type_ in (
            "PERSON", "GPE", "LOC", "NORP", "DATE") or token.lower_ in NOT_NAMES:
        return False
    if token.dep_ not in SUBJECT_DEPS or cue_of(token.head) is None or is_place(token.lower_):
        return False
    return doc[token.i - 1].lower_ in ROLE_NOUNS and doc[token.i - 1].lower_ not in ("prime",)


def speaking_name(token: Token) -> bool:
    """A capitalized name that is the subject of a speech verb (``Burton explained``).

    Used only when the NER found no person at all in the document, so that ``he said``
    still finds the one name that spoke.
    """
    return (token.pos_ == "PROPN" and name_cased(token) and token.dep_ == "nsubj"
            and cue_of(token.head) is not None and not is_place(token.lower_)
            and token.ent_type_ not in ("GPE", "LOC", "NORP") and token.lower_ not in ORG_HEADS)



def is_subject(token: Token) -> bool:
    """Whether a token is (part of) a clause subject."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    head = token.head
    if token.dep_ in ("conj", "appos", "compound") and head.dep_ in SUBJECT_DEPS:
        return True
    # ``The envoy for the dialogue, Ana Lobo, says …``: the parser hangs the name on the
    # last noun of the subject's phrase; it is still the subject's apposition.
    steps = 0
    while token.dep_ == "appos" and head.dep_ in ("pobj", "prep") and steps < _APPOS_CLIMB:
        head, steps = head.head, steps + 1
        if head.dep_ in SUBJECT_DEPS:
            return True
    return False


_APPOS_CLIMB = 4
"""Prepositions and their objects an apposition may hang below the subject it names."""


def titles_of(token: Token) -> set[str]:
    """Role and nationality words written before a name (``Ukrainian President``)."""
    words = set()
    for child in token.children:
        if child.i < token.i and child.dep_ in ("compound", "amod", "nmod"):
            lower = child.lower_
            if lower in ROLE_NOUNS or child.ent_type_ == "NORP":
                words.add(lower)
        elif child.dep_ == "appos" and _current_role(child):
            # ``Ana Lobo, the president of Brazil``
            words.update({child.lower_, *role_details(child)})
    role = _apposed_role(token)
    if role is not None:  # ``the president, Ana Lobo,``, ``the president of Brazil, Ana Lobo,``
        words.update({role.lower_, *role_details(role)})
    return words


COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite", "equivalent"})
"""Nouns for the holder of the same office on the other side (``his Veldran counterpart``)."""


def counterpart_owner(token: Token) -> Token | None:
    """``Foreign Minister Kravel met his Veldran counterpart Ana Lobo``: for a name set in
    apposition to ``counterpart``, the person whose counterpart it is (the owner, or the
    subject of the verb for ``his``/``her``)."""
    head = token.head
    if token.dep_ != "appos" or head.lower_ not in COUNTERPARTS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        verb = head.head
        owner = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) \
            if verb.i != head.i else None
    if owner is None or owner.pos_ != "PROPN" or owner.i == token.i:
        return None
    return owner


def _apposed_role(token: Token) -> Token | None:
    """The role noun a name stands in apposition to: ``the president, Ana Lobo``, or
    ``the president of Brazil, Ana Lobo``, which the parser hangs on the country."""
    if token.dep_ != "appos":
        return None
    head = token.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of":
        head = head.head.head
    return head if _current_role(head) else None


def _current_role(noun: Token) -> bool:
    """A role noun that is no past title (``a former health minister`` is not one now)."""
    return noun.lower_ in ROLE_NOUNS and not any(
        c.lower_ in FORMER for c in noun.children if c.i < noun.i)


def name_run(token: Token) -> list[Token]:
    """The capitalized proper nouns compounded onto ``token`` right before it, with it:
    the whole written name even where the tagger split it (``Tavrani`` ORG + ``Okavelo``
    PERSON), less titles."""
    doc = token.doc
    first = token.i
    while first > 0:
        prev = doc[first - 1]
        if prev.pos_ != "PROPN" or not name_cased(prev) or prev.dep_ not in ("compound", "flat") \
                or prev.lower_ in ROLE_NOUNS or prev.lower_.rstrip(".") in HONORIFICS \
                or prev.ent_type_ in ("NORP", "GPE"):
            break
        first -= 1
    return list(doc[first : token.i + 1])


def alone(token: Token) -> bool:
    """Whether a name part stands for the whole name here: not followed by more of a name."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is None or not (name_cased(nxt) and nxt.pos_ == "PROPN")

