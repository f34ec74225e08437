"""Person mentions of one document, for resolving ``he`` and ``the spokesman`` to a name.

A person is keyed by the last word of a name the NER tagged PERSON anywhere in the document,
so a later mention the tagger missed or mislabelled (``Orvy`` as ORG) still counts. Which
words are persons is :mod:`~communique.extract.quotes._person_keys`, what a token of a name
is :mod:`~communique.extract.quotes._name_tokens`; this module files their mentions, titles
and genders and resolves a pronoun or a role noun to one of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from communique.extract._parsed import entities_of
from communique.extract.entities._world import fold_accents
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import ROLE_NOUNS
from communique.extract.quotes._gender import (
    Genders,
    honorific_before,
    nouns_gender,
    pronoun_after,
)
from communique.extract.quotes._name_case import capitalized
from communique.extract.quotes._name_tokens import (
    COUNTERPARTS,
    FORMER,
    alone,
    counterpart_owner,
    is_subject,
    name_span,
    titles_of,
)
from communique.extract.quotes._offices import may_describe
from communique.extract.quotes._person_keys import (
    PRONOUN_WINDOW,
    known_keys,
    name_parts,
    office_holders,
    shared_surnames,
)
from communique.extract.quotes._titles import (
    bodies_near,
    is_place_word,
    predicate_titles,
    role_details,
    span_words,
    title_before,
    title_keys,
)
from communique.model.entities import DocEntity, EntityLabel

_OBLIQUE_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
_ROLE_WINDOW = 12
"""Sentences to look back for a person whose title matches a role noun."""
_ROLE_AHEAD = 3
"""Sentences to look ahead for that person when none was named before."""
_INTRODUCED_AHEAD = 2
"""Sentences after ``a minister said`` in which the person it introduces is named."""
_HEAD_TITLES = frozenset({"chief", "leader", "head", "chairman", "chairwoman", "chairperson",
                          "chair", "founder"})
"""Words for whoever leads a party, movement or body: one may refer back to another."""


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
        keys = known_keys(ctx, tokens, entities)
        self.parts = name_parts(tokens, ctx.table.lower, keys)
        """Given and middle names standing alone for a known person, mapped to the key."""
        keys.difference_update(self.parts)
        self.keys = keys
        self._folded: dict[str, str] = {}
        """Keys by their accent-free spelling: an article may write ``Lajčák`` and
        ``Lajcak`` for one person (and the tagger call one spelling an organisation).
        Where both spellings are keys, the accent-free one stands for both."""
        for key in sorted(keys, key=lambda k: (fold_accents(k) != k, k)):
            self._folded.setdefault(fold_accents(key), key)
        self.mentions: list[Mention] = []
        self.titles: dict[str, set[str]] = {}
        self.genders = Genders()
        self.title_spans: dict[str, tuple[int, int]] = {}
        """Per person, the longest title written before their name (``Israeli Prime
        Minister``): the office that speaks as ``his office``."""
        self.bodies: dict[str, list[tuple[int, int, str]]] = {}
        """Per person, the organisations named with them (offsets and lower-cased words)."""
        self._given: dict[str, set[tuple[str, ...]]] = {}
        """Per person key, the words written before it in its mentions (``pierre``)."""
        self._find_mentions(ctx, tokens)
        self._predicate_titles(ctx, tokens)
        self._add_roles(entities)
        self._counterparts(tokens, ctx.table.lower)
        self._holders = office_holders(entities)
        """Office-holder phrases the entity stage resolved (``the Chinese president``)."""
        for key, words in self.titles.items():
            self.genders.vote(key, nouns_gender(words), 3)
        self._pronoun_votes(ctx)
        for key in shared_surnames(self._given):
            # ``Pierre Astor`` and ``his wife, Anaida Astor``: one key, two people,
            # and her pronouns say nothing of his gender.
            self.genders.forget(key)
        self.mention_starts = [m.start for m in self.mentions]
        self._rank = _reporter_ranks(ctx)
        """Per sentence, how many sentences with words of the reporter's come before it: a
        dash or a line break the parser made a sentence of, or the sentences of a long
        quotation (``“A. B. C. D. E,” he said``), do not push an antecedent out of reach."""

    def _find_mentions(self, ctx: Context, tokens: list[Token]) -> None:
        """File every mention of a known person outside quotation marks, with the titles,
        gender (from an honorific) and organisations written with it."""
        doc = ctx.doc
        orgs = [e for e in entities_of(doc) if e.label_ == "ORG"]
        keys, parts = self.keys, self.parts
        folded = self._folded
        for i, word in enumerate(ctx.table.lower):
            if word not in keys and word not in parts and fold_accents(word) not in folded:
                continue  # :meth:`key_of` would say None
            token = tokens[i]
            key = self.key_of(token)
            if key is None or not capitalized(token) or ctx.quoted(token):
                continue
            span = name_span(token)
            if token.lower_ == key and token.i < span.end - 1 \
                    and span[-1].lower_ != key:
                # ``Marek Hosts Korvania`` in a headline tagged as one name: the name ends
                # with the person's last name, not with the words after it.
                span = doc[span.start : token.i + 1]
            self.mentions.append(
                Mention(span.start_char, span.end_char, key, ctx.sent_of[token.i],
                        is_subject(token), token.dep_ in _OBLIQUE_DEPS)
            )
            if token.lower_ == key:
                self._given.setdefault(key, set()).add(
                    tuple(t.lower_ for t in span if t.i < token.i))
            self.titles.setdefault(key, set()).update(titles_of(token))
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

    def _counterparts(self, tokens: list[Token], lower: list[str]) -> None:
        """A counterpart holds the office of the person whose counterpart they are, with
        their own country (``his Veldran counterpart Ana Lobo`` after ``Foreign Minister
        Kravel``: a Veldran foreign minister); the owner's country words are not copied."""
        if COUNTERPARTS.isdisjoint(lower):
            return  # no counterpart noun (``lower``: the words), so no token has an owner
        for token in tokens:
            owner = counterpart_owner(token)
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
                    if FORMER & set(words):
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
            return self._folded.get(fold_accents(lower), lower)
        if token.pos_ == "PROPN" and capitalized(token):
            same = self._folded.get(fold_accents(lower))
            if same is not None:
                return same  # ``Lajčák`` for a person written ``Lajcak`` elsewhere
        key = self.parts.get(lower)
        if key is None or token.pos_ != "PROPN" or not alone(token):
            return None
        return key

    def current_holders(self, role: str) -> frozenset[str]:
        """Persons the article gives the title ``role`` now (no ``former`` with it): never
        the one ``the former <role>`` describes."""
        return frozenset(k for k, titles in self.titles.items()
                         if role in titles and not titles & FORMER)

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
            if self._gap(m.sent, sent) > PRONOUN_WINDOW or (best_sent is not None
                                                             and m.sent < best_sent):
                break
            if m.subject:
                best_sent, pick = m.sent, m  # keep walking left: the sentence's first subject
        if pick is not None:
            return pick
        if before and self._gap(before[-1].sent, sent) <= PRONOUN_WINDOW:
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
