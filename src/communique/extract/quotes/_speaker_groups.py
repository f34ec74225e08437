"""Speakers that are bodies, groups and documents, and the named subject's fallback.

A definite noun phrase or a group pronoun (``the ministry``, ``they``) stands for the body or
group named before it; a document (``the statement said``) speaks for whoever issued it; an
epithet (``the veteran diplomat``) for the person it describes; any other subject is a name or
an organization as the parse labels it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from communique.extract._parsed import entities_of
from communique.extract.entities._lexicon import ORG_HEADS
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import (
    DOCUMENT_NOUNS,
    EPITHET_NOUNS,
    GROUP_NOUNS,
    ORG_KINDS,
    OUTLET_NOUNS,
    SPEAKING_NOUNS,
    cue_of,
)
from communique.extract.quotes._described_bodies import WEB_NAME, described_organization
from communique.extract.quotes._described_bodies import acting as _acting
from communique.extract.quotes._descriptions import holder_of
from communique.extract.quotes._name_case import capitalized
from communique.extract.quotes._name_tokens import name_span
from communique.extract.quotes._people import People
from communique.extract.quotes._speaker_roles import (
    _GROUP_WINDOW,
    _SPOKES_WINDOW,
    _is_group,
    _spokesperson_owner,
    document_author,
)
from communique.extract.quotes._speaker_subject import (
    _ORG_LABELS,
    _SUBJECT_DEPS,
    _nearest_subject,
    _phrase_bounds,
    _with_conjuncts,
    age_epithet,
    subject_of,
)
from communique.extract.quotes._speaker_type import NO_SPEAKER, Speaker
from communique.model.quotes import SpeakerKind

_ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "sign", "file", "post", "adopt"})
"""Verbs whose object is a text that may then speak for whoever issued it."""


def _definite_antecedent(ctx: Context, subj: Token) -> Token | None:
    """``the group said``, ``the party said``: the organization named just before, when the
    noun has nothing but ``the`` to say which one it is. ``the ministry``, ``the air force``:
    an organization named a few sentences before whose name holds those words comes first."""
    words = _definite_words(subj)
    if words is None:
        return _organization_of_owner(ctx, subj) or described_organization(ctx, subj)
    named = _organization_named(ctx, subj, {w.lower_ for w in words} | {subj.lower_})
    if named is not None:
        return named
    if words:  # ``the Veldran group``: no name holds the words, the group last named
        return described_organization(ctx, subj)
    kind = _organization_of_kind(ctx, subj)
    if kind is not None:
        return kind
    first = ctx.window_start(subj, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.ent_type_ == "ORG" and token.pos_ == "PROPN" and not ctx.quoted(token) \
                and (token.i + 1 >= len(ctx.doc) or ctx.doc[token.i + 1].ent_type_ != "ORG"
                     or ctx.doc[token.i + 1].ent_iob_ == "B") and _acting(token) \
                and not WEB_NAME.search(token.text):
            return token
    return described_organization(ctx, subj)


def _definite_words(subj: Token) -> list[Token] | None:
    """The modifiers of a singular noun with ``the`` and only compounds or adjectives before
    it (``the air force``: ``[air]``), or ``None`` when it has more or no ``the``."""
    children = list(subj.children)
    if subj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    words = [c for c in children if c.dep_ != "det"]
    if any(c.dep_ not in ("compound", "amod") or c.i > subj.i for c in words):
        return None
    return words


def _organization_of_kind(ctx: Context, subj: Token) -> Token | None:
    """``the union said``: the nearest earlier organisation (within a longer reach than
    any organisation's) whose name holds a word of the noun's kind (``Association``,
    ``Workers``), when the noun names a kind the lexicon knows."""
    kind = ORG_KINDS.get(subj.lower_)
    if kind is None:
        return None
    first = ctx.window_start(subj, _KIND_WINDOW)
    for ent in reversed([e for e in entities_of(ctx.doc) if first <= e.start and e.end <= subj.i]):
        if ent.label_ == "ORG" and not ctx.quoted(ent[0]) and any(t.lower_ in kind for t in ent):
            return ent.root
    return None


def _organization_of_owner(ctx: Context, subj: Token) -> Token | None:
    """``the machinists’ union said``: a body owned by a plural common noun
    (``machinists’``) is the nearest earlier organisation whose name holds that noun, when
    one does."""
    if subj.tag_ != "NN":
        return None
    # plural owners only: the members a body is named after (``machinists’``), never the
    # body it belongs to (``the council’s administration`` is not the council)
    owner = next((c for c in subj.children
                  if c.dep_ in ("poss", "nmod") and c.tag_ == "NNS" and c.i < subj.i), None)
    if owner is None:
        return None
    first = ctx.window_start(subj, _KIND_WINDOW)
    for ent in reversed([e for e in entities_of(ctx.doc) if first <= e.start and e.end <= subj.i]):
        if ent.label_ == "ORG" and not ctx.quoted(ent[0]) \
                and owner.lower_ in {t.lower_ for t in ent}:
            return ent.root
    return None


_KIND_WINDOW = 12
"""Sentences searched back for the organisation a kind noun or an owned body refers to:
the match of a name's own words is strong enough to reach past the nearest bodies."""


def _organization_named(ctx: Context, subj: Token, words: set[str]) -> Token | None:
    """The last word of the nearest earlier organization name (outside quotes, a few
    sentences back) that holds every one of ``words``."""
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for ent in reversed([e for e in entities_of(ctx.doc) if first <= e.start and e.end <= subj.i]):
        if ent.label_ == "ORG" and not ctx.quoted(ent[0]) \
                and words <= {t.lower_ for t in ent}:
            return ent.root
    return None


def _group_antecedent(ctx: Context, people: People, pronoun: Token) -> Speaker:
    """``It said`` / ``they said``: the nearest earlier subject that is an institution (or,
    for ``they``, any plural group) in this or the two sentences before."""
    plural = pronoun.lower_ == "they"
    first = ctx.window_start(pronoun, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : _before_own_report(ctx, pronoun)]):
        if token.dep_ in _SUBJECT_DEPS and _is_group(ctx, people, token, plural):
            start, end = _phrase_bounds(token)
            return Speaker(start, end, SpeakerKind.PRONOUN)
    source = None if plural else _source_before(ctx, people, pronoun)
    if source is not None:
        if source.lower_ in DOCUMENT_NOUNS:  # ``it said`` goes on with a text: its owner's
            source = document_owner(ctx, people, source) or source
        start, end = _phrase_bounds(source)
        return Speaker(start, end, SpeakerKind.PRONOUN)
    return Speaker(None, None, SpeakerKind.PRONOUN)


def _before_own_report(ctx: Context, pronoun: Token) -> int:
    """Where the look-back for ``it``/``they`` ends: ``While twelve members voted for the
    text and two (Russia and Britain) abstained, it said``: a pronoun set after the words it
    reports (after a comma or a closing mark) stands for no one named in them, so the look
    starts before its own sentence."""
    before = ctx.doc[pronoun.i - 1].text if pronoun.i > 0 else ""
    if before in (",", "”", "\"", "’") and pronoun.i > pronoun.sent.start + 1:
        return pronoun.sent.start
    return pronoun.i


_SOURCE_WINDOW = 4
"""Sentences of the reporter's searched back for the body or text an ``it said`` goes on
quoting, when the sentences just before name none as a subject."""


def _source_before(ctx: Context, people: People, pronoun: Token) -> Token | None:
    """``According to a joint statement, … ¶ They agreed on six points. ¶ “…,” it said``:
    with no institution as a subject just before, ``it`` is the last body or text a few
    sentences back that the article gave as a source (the subject of a speech cue, or the
    object of ``according to``); ``it`` is never a person or a group of people."""
    first = ctx.window_start(pronoun, _SOURCE_WINDOW)
    for token in reversed(ctx.doc[first : pronoun.i]):
        if ctx.quoted(token) or token.tag_ not in ("NN", "NNP"):
            continue
        spoke = token.dep_ in _SUBJECT_DEPS and cue_of(token.head) is not None
        cited = token.dep_ == "pobj" and token.head.lower_ == "to" \
            and token.head.head.lower_ == "according"
        if (spoke or cited) and (token.lower_ in DOCUMENT_NOUNS
                                 or _is_group(ctx, people, token, plural=False)):
            return token
    return None


def _speaking_body_before(ctx: Context, people: People, document: Token) -> Token | None:
    """``The ministry accused … The statement said``: with no issuer named, a document
    speaks for the institution that last spoke as a subject in the sentence before or its
    own (and only when that document is ``the`` one, already known to the reader)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in document.children):
        return None
    first = ctx.window_start(document, 1)
    for token in reversed(ctx.doc[first : document.i]):
        if token.dep_ in _SUBJECT_DEPS and cue_of(token.head) is not None \
                and _is_group(ctx, people, token, plural=False):
            return token
    return None


def _common(subj: Token, ctx: Context, people: People) -> Speaker:
    """A common-noun speaker (``the activists``, ``the rights groups``) as written; a document
    that speaks (``the court's decision said``) speaks for the body named with it."""
    if age_epithet(subj):  # ``the 62-year-old said``: the person named before
        return _epithet_person(ctx, people, subj) or Speaker(*_phrase_bounds(subj),
                                                             SpeakerKind.ROLE_NOUN)
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in ("people", "one", "some"):
        return NO_SPEAKER
    owner = None
    if subj.lower_ in DOCUMENT_NOUNS:
        owner = document_owner(ctx, people, subj)
    elif subj.lower_ not in GROUP_NOUNS:
        owner = _definite_antecedent(ctx, subj) if _definite_words(subj) else None
        owner = owner or described_organization(ctx, subj) or _group_before(ctx, people, subj)
        if owner is None:
            person = _epithet_person(ctx, people, subj)
            if person is not None:
                return person
    start, end = _phrase_bounds(owner or subj)
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)


def document_owner(ctx: Context, people: People, document: Token) -> Token | None:
    """Whom a text that speaks (``the statement said``) speaks for: the owner written with
    it, its author (``by``), whoever a recent sentence said issued it, the body that just
    spoke, or the owner an earlier mention of a text gave (``The court's decision said …
    “…,” the decision said``); ``None`` when the article names none."""
    return (_spokesperson_owner(document) or document_author(document)
            or _issuer_before(ctx, document) or _speaking_body_before(ctx, people, document)
            or _earlier_document_owner(ctx, document))


_DOCUMENT_WINDOW = 8
"""Sentences of the reporter's searched back for the first mention of ``the statement``."""


def _earlier_document_owner(ctx: Context, document: Token) -> Token | None:
    """``According to a press release by the envoy Ana Lobo, … The press statement said``:
    a text already known to the reader (``the``/``this``) is the nearest text before it whose
    owner or author was written with it (any word for a text: reports call the same one a
    release, a statement, a note)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               for c in document.children):
        return None
    first = ctx.window_start(document, _DOCUMENT_WINDOW)
    for token in reversed(ctx.doc[first : document.i]):
        if token.lower_ in DOCUMENT_NOUNS and token.tag_ == "NN" and not ctx.quoted(token):
            owner = _spokesperson_owner(token) or document_author(token)
            if owner is not None and owner.lower_ not in DOCUMENT_NOUNS:
                return owner
    return None


def _group_before(ctx: Context, people: People, subj: Token) -> Token | None:
    """``Leaders of the opposition said … The activists said``: ``the`` and a plural noun
    with nothing else to say which group it is refer to the group that last spoke as the
    subject of a speech cue a few sentences before (the words for groups that name
    themselves, ``the delegations``, ``the officials``, stay as written)."""
    if subj.tag_ != "NNS" or [c.lower_ for c in subj.children] != ["the"]:
        return None
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.dep_ in _SUBJECT_DEPS and token.tag_ in ("NNS", "NNPS") \
                and not ctx.quoted(token) and cue_of(token.head) is not None \
                and _is_group(ctx, people, token, plural=True):
            return token
    return None


def _epithet_person(ctx: Context, people: People, subj: Token) -> Speaker | None:
    """``According to this cabinet member``, ``the real estate magnate said``: a singular
    noun that points back (``this``/``that``, or ``the`` with a word only said of people)
    is the person the article was just talking about, as a pronoun would be."""
    aged = age_epithet(subj)
    if (subj.tag_ != "NN" and not aged) or any(c.dep_ in ("poss", "prep") for c in subj.children):
        return None
    dets = {c.lower_ for c in subj.children if c.dep_ == "det"}
    lemma = subj.lemma_.lower()
    if lemma in ORG_HEADS or lemma in OUTLET_NOUNS or lemma in DOCUMENT_NOUNS:
        return None  # ``the newspaper reported``: an outlet or a text, never a person
    pointing = bool(dets & {"this", "that"})
    epithet = aged or ("the" in dets and (lemma in EPITHET_NOUNS or lemma in SPEAKING_NOUNS))
    if not (pointing or epithet):
        return None
    named = _named_before(ctx, people, subj)
    if named is not None:  # ``A witness, Ana Lobo, told the court … the witness said``
        return named
    found = people.resolve(subj.idx, ctx.sent_of[subj.i], None)
    if found is None:
        return None
    full = people.fullest_before(found.key, max(subj.idx, found.start + 1))
    return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, found.key)


_EPITHET_WINDOW = 12
"""Sentences to look back for the named mention an epithet repeats."""


def _named_before(ctx: Context, people: People, subj: Token) -> Speaker | None:
    """``A star witness …, Ana Lobo, told the court … The witness also confirmed``: the
    person an earlier mention of the same noun named (in apposition, or as a title before
    the name), before the person last talked about."""
    first = ctx.window_start(subj, _EPITHET_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ != subj.lower_ or ctx.quoted(token):
            continue
        holder = holder_of(people, token) or _co_subject(people, token)
        if holder is not None:
            key = people.key_of(holder)
            if key is None:
                return None
            full = people.fullest_before(key, subj.idx)
            return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, key)
    return None


def _co_subject(people: People, token: Token) -> Token | None:
    """``A star witness of the senator …, Ana Lobo, told``: a name the parser made a second
    subject of the same verb, after the noun, is the noun's apposition."""
    if token.dep_ not in _SUBJECT_DEPS:
        return None
    return next((c for c in token.head.children if c.dep_ in _SUBJECT_DEPS and c.i > token.i
                 and people.is_person(c)), None)


def _issuer_before(ctx: Context, document: Token) -> Token | None:
    """``The ministry issued a statement … The statement said``: a document with no owner
    named with it speaks for whoever a recent sentence said issued, sent or released it
    (the subject of the verb it was the object of: the same noun, or any object of a verb
    of issuing, ``released a manifesto … The document says``), made it (``X said in a
    statement``, ``a news site reported … the report said``: the subject of that cue)."""
    first = ctx.window_start(document, _GROUP_WINDOW)
    # ``Leaders signed an open letter warning that …``: the text itself may be the object
    # of the verb of issuing, in the sentence where it speaks.
    for token in reversed(ctx.doc[first : document.i + 1]):
        if ctx.quoted(token):
            continue
        verb = _issuing_verb(token, document)
        if verb is None:
            continue
        issuer = subject_of(verb) if cue_of(verb) is not None else _nearest_subject(verb)
        if issuer is not None and issuer.pos_ in ("PROPN", "NOUN") \
                and issuer.lower_ not in DOCUMENT_NOUNS:
            return issuer
    return None


def _issuing_verb(token: Token, document: Token) -> Token | None:
    """The verb by which ``token`` tells who made ``document``: the verb it is the object
    of (``issued a statement``), the cue its ``in``/``through`` phrase hangs on (``said in a
    statement``), or ``token`` itself as a cue of the same word (``reported`` for ``report``)."""
    same = token.lemma_ == document.lemma_
    if same and token.pos_ == "VERB" and cue_of(token) is not None:
        return token
    if token.dep_ == "dobj" and (same or token.head.lemma_ in _ISSUE_VERBS):
        return token.head
    prep = token.head
    if same and token.dep_ == "pobj" and prep.lower_ in ("in", "through", "via") \
            and cue_of(prep.head) is not None:
        return prep.head
    return None


def _named(subj: Token, ctx: Context, people: People) -> Speaker:
    """A proper-noun speaker: a person's name or an institution."""
    if not capitalized(subj):
        return _common(subj, ctx, people)
    span = name_span(subj)
    start, end = _with_conjuncts(span.start_char, span.end_char, subj)
    label = subj.ent_type_
    if label == "PERSON" or (not label and subj.pos_ == "PROPN" and len(span) > 1):
        return Speaker(start, end, SpeakerKind.NAME, subj.lower_)
    if label in _ORG_LABELS or subj.pos_ == "PROPN":
        spelled = _spelled_out(ctx, subj)
        if spelled is not None:  # ``the MoD`` after ``the Ministry of Defence``
            return Speaker(spelled[0], spelled[1], SpeakerKind.ORGANIZATION)
        start, end = _phrase_bounds(subj) if label in _ORG_LABELS else (start, end)
        start, end = _with_conjuncts(start, end, subj)
        return Speaker(start, end, SpeakerKind.ORGANIZATION)
    return Speaker(start, end, SpeakerKind.NAME, subj.lower_)


_ACRONYM = re.compile(r"[A-Za-z]{2,6}")


def _spelled_out(ctx: Context, subj: Token) -> tuple[int, int] | None:
    """``The MoD acknowledges …``: an acronym speaks as the organisation the article spelled
    out earlier whose words' initials it is (``Ministry of Defence``), with or without the
    small words' letters; ``None`` when it spelled out none."""
    text = subj.text
    if not _ACRONYM.fullmatch(text) or sum(c.isupper() for c in text) < 2:
        return None
    letters = text.lower()
    for ent in reversed([e for e in entities_of(ctx.doc) if e.end <= subj.i]):
        words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
        if ent.label_ != "ORG" or len(words) < 2 or ctx.quoted(ent[0]):
            continue
        every = "".join(t.lower_[0] for t in words)
        capitals = "".join(t.lower_[0] for t in words if capitalized(t))
        if letters in (every, capitals):
            return words[0].idx, ent[-1].idx + len(ent[-1].text)
    return None
