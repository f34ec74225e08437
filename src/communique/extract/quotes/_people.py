"""Person mentions of one document, for resolving ``he`` and ``the spokesman`` to a name.

A person is keyed by the last word of a name the NER tagged PERSON anywhere in the document,
so a later mention the tagger missed or mislabelled (``Orvy`` as ORG) still counts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._lexicon import ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import ROLE_NOUNS, cue_of
from communique.extract.quotes._gender import (
    HONORIFICS,
    Genders,
    honorific_before,
    nouns_gender,
    pronoun_after,
)
from communique.extract.quotes._offices import may_describe
from communique.extract.quotes._titles import (
    bodies_near,
    is_place_word,
    predicate_titles,
    role_details,
    span_words,
    title_before,
    title_keys,
)
from communique.lang.names import HONORIFICS as NAME_HONORIFICS
from communique.model.entities import DocEntity, EntityLabel

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBLIQUE_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
_PRONOUN_WINDOW = 4
"""Sentences to look back for a pronoun's antecedent before settling for the nearest name."""
_ROLE_WINDOW = 12
"""Sentences to look back for a person whose title matches a role noun."""
_ROLE_AHEAD = 3
"""Sentences to look ahead for that person when none was named before."""
_INTRODUCED_AHEAD = 2
"""Sentences after ``a minister said`` in which the person it introduces is named."""
_HEAD_TITLES = frozenset({"chief", "leader", "head", "chairman", "chairwoman", "chairperson",
                          "chair", "founder"})
"""Words for whoever leads a party, movement or body: one may refer back to another."""
_FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
"""Words that make a title a past one."""

_NOT_NAMES = ROLE_NOUNS | TITLE_HEADS | TITLE_MODIFIERS | ORG_HEADS | NAME_HONORIFICS | frozenset(
    HONORIFICS) | frozenset({"speaker", "opposition", "justice", "seri"})
"""Capitalized words written before a name that are titles or bodies, never a given name."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a person outside quotation marks."""

    start: int
    end: int
    key: str
    sent: int
    subject: bool
    oblique: bool = False
    """The object of a verb or preposition (``after meeting Anna Berg, he said``)."""


def _entity_bounds(doc: Doc) -> list[tuple[int, int] | None]:
    """For each token, the (start, end) of the entity it is in; computed once per document.

    ``doc.ents`` builds new Span objects on every access, so scanning it per token made
    person finding quadratic in the number of entities.
    """
    bounds = doc.user_data.get("communique.entity_bounds")
    if bounds is None:
        bounds = [None] * len(doc)
        for ent in doc.ents:
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
        first = _name_run(token)[0].i
    while first > 0 and ent is None:
        prev = doc[first - 1]
        if prev.head.i != token.i or prev.dep_ not in ("compound", "flat") or not prev.is_title:
            break
        first -= 1
    while first < last - 1 and (doc[first].lower_ in ROLE_NOUNS or doc[first].ent_type_ == "NORP"):
        first += 1
    if ent is not None and token.ent_type_ != "PERSON":
        first = _after_title(doc, first, last)
    return doc[first:last]


_NAME_WORDS = 2
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
    if len(tail) < _NAME_WORDS or not all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in _NOT_NAMES
            and gazetteer().lookup(t.text) is None for t in tail):
        return first
    return title + 1


def is_place(word: str) -> bool:
    """Whether a (lower-cased) word is a country, capital or seat of power in the gazetteer.

    The small model often tags capitals as PERSON (``Kyiv has said``); they are never
    the person a pronoun points back to.
    """
    return gazetteer().lookup(word.title()) is not None


def _looks_like_person(token: Token) -> bool:
    """A capitalized name the NER missed or mislabelled, told by what surrounds it.

    Counts when ``token`` ends a run of at least two capitalized proper nouns and either
    carries a role title (``lead negotiator Tomas Orvy``) or heads a ``who`` clause
    (``Tomas Orvy, who led …``): both are said only of people.
    """
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ == "PERSON":
        return False
    if token.dep_ in ("compound", "flat"):
        return False  # not the last word of the name
    span = name_span(token)
    if len(span) < 2 or any(gazetteer().lookup(t.text) is not None for t in span):
        return False
    ent = _entity_bounds(token.doc)[token.i]
    if ent is not None and span.start > ent[0] and token.doc[span.start - 1].lower_ in ROLE_NOUNS:
        return True  # ``Ministry Spokesperson Ana Lobo`` tagged as one organization
    return bool(_titles(token) & ROLE_NOUNS) or any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
        for c in token.children
    )


def _titled_word(token: Token) -> bool:
    """``spokesman Okavelo said``: one capitalized word right after a title, the subject of
    a speech cue, is a person's name the tagger missed or called an organization (never an
    institution word, a place or an acronym)."""
    doc = token.doc
    if token.i == 0 or token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in (
            "PERSON", "GPE", "LOC", "NORP", "DATE") or token.lower_ in _NOT_NAMES:
        return False
    if token.dep_ not in _SUBJECT_DEPS or cue_of(token.head) is None or is_place(token.lower_):
        return False
    return doc[token.i - 1].lower_ in ROLE_NOUNS and doc[token.i - 1].lower_ not in ("prime",)


def _speaking_name(token: Token) -> bool:
    """A capitalized name that is the subject of a speech verb (``Burton explained``).

    Used only when the NER found no person at all in the document, so that ``he said``
    still finds the one name that spoke.
    """
    return (token.pos_ == "PROPN" and token.is_title and token.dep_ == "nsubj"
            and cue_of(token.head) is not None and not is_place(token.lower_)
            and token.ent_type_ not in ("GPE", "LOC", "NORP") and token.lower_ not in ORG_HEADS)


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
        if token.pos_ != "PROPN" or not token.is_title or token.dep_ != "nsubj" \
                or cue_of(token.head) is None or is_place(token.lower_) \
                or token.lower_ in ORG_HEADS or token.lower_ in _NOT_NAMES \
                or token.ent_type_ in ("NORP", "DATE", "TIME") \
                or token.lower_ in keys or ctx.quoted(token) \
                or token.text.isupper() or len(token.text) < _NAME_LETTERS \
                or any(c.dep_ in ("compound", "flat") for c in token.children):
            continue
        before = ctx.doc[ctx.window_start(token, _PRONOUN_WINDOW) : token.i]
        if any(t.lower_ in keys and t.text[:1].isupper() for t in before):
            continue  # a person named just before is who the pronoun may stand for
        last = ctx.sents[min(ctx.sent_of[token.i] + 2, len(ctx.sents) - 1)].end
        for later in tokens[token.i + 1 : last]:
            if ctx.quoted(later):
                continue
            if later.lower_ in keys and later.text[:1].isupper():
                break
            if later.dep_ == "nsubj" and cue_of(later.head) is not None:
                if later.lower_ in _SPEAKING_PRONOUNS:
                    found.add(token.lower_)
                break
    return found


def _is_subject(token: Token) -> bool:
    """Whether a token is (part of) a clause subject."""
    if token.dep_ in _SUBJECT_DEPS:
        return True
    head = token.head
    return token.dep_ in ("conj", "appos", "compound") and head.dep_ in _SUBJECT_DEPS


def _titles(token: Token) -> set[str]:
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


_COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite", "equivalent"})
"""Nouns for the holder of the same office on the other side (``his Veldran counterpart``)."""


def _counterpart_owner(token: Token) -> Token | None:
    """``Foreign Minister Kravel met his Veldran counterpart Ana Lobo``: for a name set in
    apposition to ``counterpart``, the person whose counterpart it is (the owner, or the
    subject of the verb for ``his``/``her``)."""
    head = token.head
    if token.dep_ != "appos" or head.lower_ not in _COUNTERPARTS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        verb = head.head
        owner = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None) \
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
        c.lower_ in _FORMER for c in noun.children if c.i < noun.i)


def _name_run(token: Token) -> list[Token]:
    """The capitalized proper nouns compounded onto ``token`` right before it, with it:
    the whole written name even where the tagger split it (``Tavrani`` ORG + ``Okavelo``
    PERSON), less titles."""
    doc = token.doc
    first = token.i
    while first > 0:
        prev = doc[first - 1]
        if prev.pos_ != "PROPN" or not prev.is_title or prev.dep_ not in ("compound", "flat") \
                or prev.lower_ in ROLE_NOUNS or prev.lower_.rstrip(".") in HONORIFICS \
                or prev.ent_type_ in ("NORP", "GPE"):
            break
        first -= 1
    return list(doc[first : token.i + 1])


def _person_keys(doc: Doc) -> set[str]:
    """Last words of the PERSON names of ``doc``; a one-word name counts only with support.

    The small tagger calls words like *Brexit* a person. A one-word name is kept when a
    longer name ends with it, when a title or honorific stands before it (or before the
    proper nouns written with it), or when it speaks (the subject of a speech cue).
    """
    names = [n for n in (_cut_at_shout(e) for e in doc.ents if e.label_ == "PERSON") if len(n)]
    full = {e[-1].lower_ for e in names if len(e) > 1 and e[-1].is_title}
    keys = set(full)
    for ent in names:
        last = ent[-1]
        if len(ent) > 1 or not last.is_title or last.lower_ in full:
            continue
        start = _name_run(last)[0].i
        before = doc[start - 1] if start > 0 else None
        titled = before is not None and (before.lower_ in ROLE_NOUNS
                                         or before.lower_.rstrip(".") in HONORIFICS)
        speaks = last.dep_ in _SUBJECT_DEPS and cue_of(last.head) is not None
        if titled or speaks:
            keys.add(last.lower_)
    return keys


_SHOUT_LETTERS = 3
"""Letters a capitals-only word needs to be a shouted headline word (``LASHES``), not an
initial or an acronym."""


def _cut_at_shout(ent: Span) -> Span:
    """``John Redwood LASHES Labour``: a headline's capitals-only verb inside what the tagger
    took for one person's name ends the name before it (a surname in capitals closes a
    name, ``Ana LOBO``, and is kept). ``’s Questions`` (of ``Prime Minister’s Questions``):
    a possessive ending opens no name, so the words after it stand alone."""
    while len(ent) and ent[0].tag_ == "POS":
        ent = ent[1:]
    for token in ent[1:-1]:
        if token.is_upper and token.is_alpha and len(token.text) >= _SHOUT_LETTERS \
                and token.nbor(-1).is_title:
            return ent.doc[ent.start : token.i]
    return ent


def _real_names(doc: Doc) -> set[str]:
    """Last words of the PERSON names of ``doc`` that hold a word other than a title, an
    office or a nationality (``Ana King``, not ``Foreign Secretary`` or ``the President``):
    the only way a role noun ends a person's name."""
    return {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and any(
        t.lower_ not in _NOT_NAMES and t.ent_type_ != "NORP" and t.is_alpha for t in e)}


def _name_parts(tokens: list[Token], keys: set[str]) -> dict[str, str]:
    """Other words of a known person's full name, each mapped to that person's key.

    Many reports go on with a given name or a middle name (``Ramiro Santos`` … ``Ramiro
    said``, ``Ana Maria Tavares da Costa`` … ``Tavares``). A word counts only when it belongs to
    one person's names, ends no full name and is no place, title or honorific; a one-word
    name that is such a word stops being a person of its own.
    """
    owners: dict[str, set[str]] = {}
    lasts: set[str] = set()
    for last in tokens:
        if last.lower_ not in keys or not last.is_title or last.dep_ in ("compound", "flat"):
            continue
        run = _name_run(last)
        if len(run) > 1:
            lasts.add(last.lower_)
        for token in run[:-1]:
            lower = token.lower_
            if token.is_alpha and len(lower) > 2 and lower not in _NOT_NAMES:
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
    return len(tail) >= _NAME_WORDS and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in _NOT_NAMES
        and gazetteer().lookup(w) is None for w in tail)


def _alone(token: Token) -> bool:
    """Whether a name part stands for the whole name here: not followed by more of a name."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is None or not (nxt.is_title and nxt.pos_ == "PROPN")


def _known_keys(ctx: Context, tokens: list[Token],
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
    keys.update(t.lower_ for t in propn if _looks_like_person(t) or _titled_word(t))
    others = _not_persons(entities)
    keys = {k for k in keys if not is_place(k)} - others
    if not keys:
        keys = {t.lower_ for t in propn if _speaking_name(t)} - others
    keys |= _named_by_pronoun(ctx, tokens, keys, propn)
    keys -= ROLE_NOUNS - _real_names(doc)  # ``the Foreign Secretary said``: a title
    return keys


def _office_holders(entities: tuple[DocEntity, ...]) -> list[tuple[int, int, str]]:
    """The office-holder phrases (``the Chinese president``: lower-case or ``the …``
    mentions) the entity stage resolved to a person, with that person's key: a role noun
    there is that person, whatever the titles found here say."""
    return [(m.start, m.end, e.canonical.split()[-1].lower()) for e in entities
            if e.label is EntityLabel.PERSON for m in e.mentions
            if m.text[:1].islower() or m.text.lower().startswith("the ")]


def _reporter_ranks(ctx: Context) -> list[int]:
    """Per sentence, how many sentences with words of the reporter's come before it: the
    distance that windows measure, so that sentences of only quoted words or punctuation
    do not count."""
    ranks: list[int] = []
    count = 0
    for has_words in ctx.reporter:
        ranks.append(count)
        count += has_words
    return ranks


class People:
    """Every person mention of a document in text order, with titles and gender per person.

    ``entities`` (the document's entities, when already extracted) add the titles their roles
    give (``Michel Barnier, the EU's chief negotiator`` holds ``negotiator``), so that a later
    ``the chief negotiator said`` finds him.
    """

    def __init__(self, ctx: Context, entities: tuple[DocEntity, ...] = ()) -> None:
        tokens = list(ctx.doc)  # made once: each pass below would make every token again
        keys = _known_keys(ctx, tokens, entities)
        self.parts = _name_parts(tokens, keys)
        """Given and middle names standing alone for a known person, mapped to the key."""
        keys.difference_update(self.parts)
        self.keys = keys
        self.mentions: list[Mention] = []
        self.titles: dict[str, set[str]] = {}
        self.genders = Genders()
        self.title_spans: dict[str, tuple[int, int]] = {}
        """Per person, the longest title written before their name (``Israeli Prime
        Minister``): the office that speaks as ``his office``."""
        self.bodies: dict[str, list[tuple[int, int, str]]] = {}
        """Per person, the organisations named with them (offsets and lower-cased words)."""
        self._find_mentions(ctx, tokens)
        self._predicate_titles(ctx, tokens)
        self._add_roles(entities)
        self._counterparts(tokens)
        self._holders = _office_holders(entities)
        """Office-holder phrases the entity stage resolved (``the Chinese president``)."""
        for key, words in self.titles.items():
            self.genders.vote(key, nouns_gender(words), 3)
        self._pronoun_votes(ctx)
        self.mention_starts = [m.start for m in self.mentions]
        self._rank = _reporter_ranks(ctx)
        """Per sentence, how many sentences with words of the reporter's come before it: a
        dash or a line break the parser made a sentence of, or the sentences of a long
        quotation (``“A. B. C. D. E,” he said``), do not push an antecedent out of reach."""

    def _find_mentions(self, ctx: Context, tokens: list[Token]) -> None:
        """File every mention of a known person outside quotation marks, with the titles,
        gender (from an honorific) and organisations written with it."""
        doc = ctx.doc
        orgs = [e for e in doc.ents if e.label_ == "ORG"]
        keys, parts = self.keys, self.parts
        for i, word in enumerate(ctx.table.lower):
            if word not in keys and word not in parts:
                continue  # :meth:`key_of` would say None
            token = tokens[i]
            key = self.key_of(token)
            if key is None or not token.text[:1].isupper() or ctx.quoted(token):
                continue
            span = name_span(token)
            if token.lower_ == key and token.i < span.end - 1 \
                    and span[-1].lower_ != key:
                # ``Marek Hosts Korvania`` in a headline tagged as one name: the name ends
                # with the person's last name, not with the words after it.
                span = doc[span.start : token.i + 1]
            self.mentions.append(
                Mention(span.start_char, span.end_char, key, ctx.sent_of[token.i],
                        _is_subject(token), token.dep_ in _OBLIQUE_DEPS)
            )
            self.titles.setdefault(key, set()).update(_titles(token))
            self.genders.vote(key, honorific_before(doc[span.start]), 3)
            self._file_title(key, span, orgs)

    def _file_title(self, key: str, name: Span, orgs: list[Span]) -> None:
        """The title written before a person's name and the organisations named with it."""
        title = title_before(name)
        if title is not None:
            self.titles.setdefault(key, set()).update(span_words(title))
            kept = self.title_spans.get(key)
            if kept is None or kept[1] - kept[0] < title.end_char - title.start_char:
                self.title_spans[key] = (title.start_char, title.end_char)
        for body in bodies_near(name[-1], title, orgs):
            self.bodies.setdefault(key, []).append((body.start_char, body.end_char,
                                                    body.text.lower()))

    def _counterparts(self, tokens: list[Token]) -> None:
        """A counterpart holds the office of the person whose counterpart they are, with
        their own country (``his Veldran counterpart Ana Lobo`` after ``Foreign Minister
        Kravel``: a Veldran foreign minister); the owner's country words are not copied."""
        for token in tokens:
            owner = _counterpart_owner(token)
            key = self.key_of(token)
            owner_key = self.key_of(owner) if owner is not None else None
            if owner is None or key is None or owner_key is None or owner_key == key:
                continue
            offices = {w for w in self.titles.get(owner_key, set()) if not is_place_word(w)}
            if offices & ROLE_NOUNS:
                self.titles.setdefault(key, set()).update(offices | role_details(token.head))

    def _predicate_titles(self, ctx: Context, tokens: list[Token]) -> None:
        """Titles said of a person in a predicate (``Berg, who is the finance minister``)."""
        lower = ctx.table.lower
        for i, token in enumerate(tokens):
            if lower[i] not in ROLE_NOUNS:
                continue  # no title word: :func:`predicate_titles` would say None
            found = predicate_titles(token) if not ctx.quoted(token) else None
            if found is None:
                continue
            key = self.key_of(found[0])
            if key is not None:
                self.titles.setdefault(key, set()).update(found[1])

    def _gap(self, first: int, second: int) -> int:
        """Sentences with words from sentence ``first`` to sentence ``second``."""
        return self._rank[second] - self._rank[first]

    def _add_roles(self, entities: tuple[DocEntity, ...]) -> None:
        """Title words of the persons' roles, filed under their keys."""
        for entity in entities:
            if entity.label is not EntityLabel.PERSON or not entity.roles:
                continue
            key = entity.canonical.split()[-1].lower()
            if key in self.keys:
                for role in entity.roles:
                    words = role.title.lower().split()
                    if _FORMER & set(words):
                        continue  # ``a former health minister`` is not ``the minister`` now
                    # What the office is of (``Tory``, ``Brazil``) tells it apart as well.
                    words += (role.of or "").lower().split()
                    self.titles.setdefault(key, set()).update(words)

    def _pronoun_votes(self, ctx: Context) -> None:
        """A pronoun after the only person a sentence names, as its subject, refers to them."""
        by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_sent.setdefault(m.sent, []).append(m)
        for sent, found in by_sent.items():
            if len({m.key for m in found}) != 1 or not found[0].subject:
                continue
            tokens = list(ctx.sents[sent])
            last = ctx.token_at(found[0].end - 1)
            self.genders.vote(found[0].key, pronoun_after(tokens, last, ctx.quote_of_flags))

    def is_person(self, token: Token) -> bool:
        """Whether a token is the last word of a known person's name (or a part of that
        name standing alone for it)."""
        return self.key_of(token) is not None

    def key_of(self, token: Token) -> str | None:
        """The key of the known person a token names, or ``None``."""
        lower = token.lower_
        if lower in self.keys:
            return lower
        key = self.parts.get(lower)
        if key is None or token.pos_ != "PROPN" or not _alone(token):
            return None
        return key

    def current_holders(self, role: str) -> frozenset[str]:
        """Persons the article gives the title ``role`` now (no ``former`` with it): never
        the one ``the former <role>`` describes."""
        return frozenset(k for k, titles in self.titles.items()
                         if role in titles and not titles & _FORMER)

    def holder_at(self, offset: int) -> str | None:
        """The person key of an office-holder phrase covering ``offset``, when that person
        is a known person of the document (there are a handful such phrases at most)."""
        for start, end, key in self._holders:
            if start <= offset < end and key in self.keys:
                return key
        return None

    def fullest(self, key: str) -> Mention:
        """The longest mention of person ``key`` anywhere in the document."""
        found = [m for m in self.mentions if m.key == key]
        return max(found, key=lambda m: (m.end - m.start, -m.start))

    def fullest_before(self, key: str, offset: int) -> Mention:
        """The longest mention of person ``key`` starting before ``offset``."""
        best: Mention | None = None
        for m in self.mentions[: bisect_left(self.mention_starts, offset)]:
            if m.key == key and (best is None or m.end - m.start > best.end - best.start):
                best = m
        if best is None:
            raise ValueError(key)
        return best

    def resolve(self, offset: int, sent: int, role: str | None,
                exclude: frozenset[str] = frozenset(), pronoun: str = "",
                owned: bool = False, introduces: bool = False,
                details: frozenset[str] = frozenset(),
                clause: tuple[tuple[int, int], ...] = (),
                ahead: int | None = None) -> Mention | None:
        """The person a pronoun or role noun at ``offset`` (in sentence ``sent``) points to.

        A role noun looks for the nearest person carrying that title, before it and then
        just after it (``the trade minister said …`` then ``Mary Ng, the minister, …``); an
        ``owned`` role noun (``Turkey's foreign minister``) stops there. Otherwise the subject
        of the nearest sentence that has a person subject wins, and failing that the nearest
        person at all. Persons whose gender disagrees with the pronoun (or with a gendered
        role noun: ``spokeswoman``) are passed over. A role noun that ``introduces`` someone
        (``A Tory minister said …``, no article in a headline) first looks for a person the
        next sentences name as a subject for the first time (``Chris Philp played down …``).
        A role noun's ``details`` (``foreign`` of ``the foreign minister``) pick, among the
        holders of the role, one whose titles have them, and never one whose titles say
        another office of the same sort (``defence``, another country). A role noun no
        one holds and no one owns (``the Veldran president``) is then the person a pronoun
        would be, among those the article gave no other office, portfolio or country.
        A pronoun points ahead only to a name outside its ``clause`` (the character ranges
        of what its verb says or acts on): in ``He added that Ana Lobo met …`` the pronoun
        cannot be Ana Lobo, who is named inside what he said. ``ahead`` (sentences) widens
        the look ahead for a role's holder (a headline's role noun is named in the body).
        """
        fits = self._fitting(role, exclude, pronoun)
        cut = bisect_left(self.mention_starts, offset)
        before = [m for m in self.mentions[:cut] if fits(m)]
        if role is not None:
            after = [m for m in self.mentions[cut:] if fits(m)]
            holder = self._holder(role, before, after, cut, sent, details,
                                  _ROLE_AHEAD if ahead is None else ahead, introduces)
            if holder is not None:
                return holder
            if owned:
                return None  # ``Tavra's foreign minister`` held by no one named: someone new
            # ``the Veldran president`` held by no one named: the person last talked about,
            # unless the article gave them another office or country.
            before = [m for m in before if self._may_be(m.key, role, details)]
        nearest = self._nearest(before, sent)
        if nearest is not None:
            return nearest
        if pronoun and not before:
            # ``He stated this …, Kremlin spokesman Dmitry Peskov`` with no one named before:
            # the pronoun points ahead, to the first person its own or the next sentence names.
            return next((m for m in self.mentions[cut:] if fits(m)
                         and self._gap(sent, m.sent) <= 1
                         and not any(lo <= m.start < hi for lo, hi in clause)), None)
        return None

    def _fitting(self, role: str | None, exclude: frozenset[str],
                 pronoun: str) -> Callable[[Mention], bool]:
        """The test a candidate mention must pass whatever else decides: not excluded, of
        the pronoun's gender, and of a gendered role noun's (``spokeswoman``)."""
        wanted = nouns_gender({role}) if role else None

        def fits(m: Mention) -> bool:
            return (m.key not in exclude and self.genders.agrees(m.key, pronoun)
                    and (wanted is None or self.genders.of(m.key) in (None, wanted)))

        return fits

    def _holder(self, role: str, before: list[Mention], after: list[Mention], cut: int,
                sent: int, details: frozenset[str], ahead: int,
                introduces: bool) -> Mention | None:
        """The person a role noun names by its title (:meth:`_titled`), else, when it
        ``introduces`` someone, the first person the next sentences name as a subject who
        was not named before mention index ``cut``."""
        titled = self._titled(role, before, after, sent, details, ahead)
        if titled is not None or not introduces:
            return titled
        seen = {m.key for m in self.mentions[:cut]}
        return next((m for m in after if m.subject and m.key not in seen
                     and 0 < self._gap(sent, m.sent) <= _INTRODUCED_AHEAD), None)

    def _nearest(self, before: list[Mention], sent: int) -> Mention | None:
        """The person a pronoun most likely continues, among the mentions ``before`` it:
        one named in its own sentence, else the first subject of the nearest sentence with
        a person subject, else the nearest mention, all within the pronoun window."""
        same = [m for m in before if m.sent == sent]
        # ``Prokhorov's reaction was calmer; he said …``: a person named earlier in the
        # pronoun's own sentence, its subject first, beats earlier sentences; but not one
        # named as an object (``after meeting Anna Berg, he said``: she is who he met).
        here = next((m for m in same if m.subject), None) or next(
            (m for m in reversed(same) if not m.oblique), None)
        if here is not None:
            return here
        best_sent: int | None = None
        pick: Mention | None = None
        for m in reversed(before):
            if self._gap(m.sent, sent) > _PRONOUN_WINDOW or (best_sent is not None
                                                             and m.sent < best_sent):
                break
            if m.subject:
                best_sent, pick = m.sent, m  # keep walking left: the sentence's first subject
        if pick is not None:
            return pick
        if before and self._gap(before[-1].sent, sent) <= _PRONOUN_WINDOW:
            return before[-1]
        return None

    def _may_be(self, key: str, role: str, details: frozenset[str]) -> bool:
        """Whether person ``key``, holding no title that matches ``role``, may still be the
        one the role noun describes (no other office, portfolio or country)."""
        titles = self.titles.get(key, set())
        return may_describe(role, details, titles) and not _contradicts(details,
                                                                        title_keys(titles))

    def _titled(self, role: str, before: list[Mention], after: list[Mention],
                sent: int, details: frozenset[str] = frozenset(),
                ahead: int = _ROLE_AHEAD) -> Mention | None:
        """The nearest person holding ``role``: before (a long window), else just after;
        with ``details``, first one whose titles have them all, then one whose titles
        contradict none of them."""
        tests = [lambda t: details <= t, lambda t: not _contradicts(details, t)] if details \
            else [lambda t: True]
        for fits in tests:
            for m in reversed(before):
                if self._gap(m.sent, sent) > _ROLE_WINDOW:
                    break
                titles = title_keys(self.titles.get(m.key, set()))
                if _holds(role, titles) and fits(titles):
                    return m
            for m in after:
                if self._gap(sent, m.sent) > ahead:
                    break
                titles = title_keys(self.titles.get(m.key, set()))
                if _holds(role, titles) and fits(titles):
                    return m
        return None


_OFFICE_WORDS = frozenset({"prime", "deputy", "vice"})
"""Title words that make another office of the same head noun (``prime`` minister)."""


def _contradicts(details: frozenset[str], titles: set[str]) -> bool:
    """Whether a person's titles name another office of the same sort as a role noun's
    details: another portfolio (``defence`` or ``prime`` for ``the foreign minister``) or
    another country."""
    wanted_places = {w for w in details if is_place_word(w)}
    wanted_other = details - wanted_places
    for word in titles - details - (ROLE_NOUNS - _OFFICE_WORDS):
        if is_place_word(word):
            if wanted_places:
                return True
        elif wanted_other:
            return True
    return False


def _holds(role: str, titles: set[str]) -> bool:
    """Whether a person with ``titles`` holds ``role``: the same word, or another word for
    the head of a body (``Justice Party leader X`` … ``the party chief said``), or for the
    head of government (``Prime Minister X`` … ``the premier said``)."""
    return role in titles or (role in _HEAD_TITLES and bool(titles & _HEAD_TITLES)) or (
        role == "premier" and {"prime", "minister"} <= titles)
