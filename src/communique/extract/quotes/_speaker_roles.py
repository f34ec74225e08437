"""Speakers given by a role noun (``the minister``, ``his spokeswoman``, ``a Kremlin source``).

A role noun or pronoun resolves to the fullest mention of a person; a spokesperson or an
unnamed insider speaks for the person or body that owns them, found next to the noun or in
the sentences before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import (
    GROUP_NOUNS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    cue_of,
)
from communique.extract.quotes._gender import PRONOUN_GENDER, nouns_gender
from communique.extract.quotes._name_case import capitalized
from communique.extract.quotes._name_tokens import is_place, name_span
from communique.extract.quotes._people import People
from communique.extract.quotes._speaker_subject import (
    _ORG_LABELS,
    _SUBJECT_DEPS,
    _WHEN_LABELS,
    may_speak,
    subject_of,
)
from communique.extract.quotes._speaker_type import Speaker
from communique.extract.quotes._titles import role_details
from communique.model.quotes import SpeakerKind

_GROUP_WINDOW = 2
"""Sentences before an ``it``/``they`` to look for the institution or group it stands for."""
_SPOKES_WINDOW = 4
"""Sentences before ``the spokesperson said`` to look for whom that spokesperson speaks for."""


def _resolved(ctx: Context, people: People, surface: Token, kind: SpeakerKind,
              role: str | None, exclude: frozenset[str], owned: bool = False,
              introduces: bool = False, details: frozenset[str] | None = None
              ) -> Speaker | None:
    """Resolve a pronoun or role noun to the fullest mention of a person (an earlier one,
    unless the person is only named after the role noun)."""
    pronoun = surface.lower_ if kind is SpeakerKind.PRONOUN else ""
    if details is None:
        details = role_details(surface) if role is not None else frozenset()
    # ``Kravel envoy``, ``a Kravel aide``: a person's name before a role noun says whose
    # envoy it is, not which office (the envoy's own titles never hold the name).
    details = frozenset(w for w in details if w not in people.keys)
    # A headline's role noun (``Tavran envoy says …``) is named in the body below, past a
    # dateline or a byline: its holder may be named further ahead than in running text.
    headline = "\n" in ctx.text and surface.idx < ctx.text.index("\n")
    found = people.resolve(surface.idx, ctx.sent_of[surface.i], role, exclude, pronoun, owned,
                           introduces, details, _clause_of(surface) if pronoun else (),
                           ahead=_HEADLINE_AHEAD if headline else None)
    if found is None:
        return None
    full = people.fullest_before(found.key, max(surface.idx, found.start + 1))
    return Speaker(full.start, full.end, kind, found.key)


_HEADLINE_AHEAD = 6
"""Sentences below a headline in which the holder of a role noun it uses may be named."""

_COMMANDED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "prep", "advcl"})
"""Dependents of a verb that its subject commands: what it says, whom it addresses."""


def _clause_of(subject: Token) -> tuple[tuple[int, int], ...]:
    """The character ranges of what the verb of ``subject`` says or acts on (its reported
    clause, objects and phrases): a name there is never that pronoun subject (``He added
    that Ana Lobo …``), while a name in apposition (``He said this, spokesman Lev Orlov``)
    may be."""
    head = subject.head
    if head.i == subject.i:
        return ()
    return tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                 for c in head.children if c.dep_ in _COMMANDED_DEPS)


def _person_speaker(people: People, key: str | None, offset: int) -> Speaker | None:
    """Person ``key`` by their fullest mention before ``offset`` (``None`` without one)."""
    if key is None or not any(m.key == key and m.start < offset for m in people.mentions):
        return None
    full = people.fullest_before(key, offset)
    return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, key)


_INSIDER_ROLES = frozenset({"official", "source", "diplomat", "officer", "representative",
                            "delegate", "negotiator", "aide"})
"""Role nouns whose unnamed holder speaks for the body or country they serve."""


def _insider_body(people: People, subj: Token) -> Token | None:
    """``an official of the ministry``, ``a top negotiator for the U.S.``, ``a Korvanian
    official``: the body or country an unnamed insider serves (never a person)."""
    owner = _spokesperson_owner(subj)
    if owner is not None and not people.is_person(owner):
        return owner
    return next((c for c in subj.children if c.dep_ == "amod" and c.i < subj.i
                 and c.ent_type_ in ("NORP", "GPE")), None)


def _role_spoke_last(ctx: Context, people: People, pronoun: Token) -> Token | None:
    """``A government spokesman said … “…,” he said``: a pronoun right after words an
    unnamed role holder spoke continues that speaker, not the nearest named person.

    The last cue before the pronoun (in its sentence or the one before, other pronouns'
    cues passed over) must have a singular role noun as subject, no person may be named
    between, and a gendered role noun must agree with the pronoun. A singular role noun
    that is the subject of another verb after that cue (``as the spokesman refused``) is
    the nearer antecedent and is taken instead.
    """
    first = ctx.window_start(pronoun, 1)
    for token in reversed(ctx.doc[first : pronoun.i]):
        if ctx.quoted(token):
            continue
        if people.is_person(token) and capitalized(token):
            return None
        if cue_of(token) is None:
            if _acting_role(people, token):  # ``… as the spokesman refused. He said``
                return token if _gender_fits(pronoun, token) else None
            continue
        subj = subject_of(token)
        if subj is None or subj.i >= pronoun.i or subj.lower_ in PERSON_PRONOUNS:
            continue
        lemma = subj.lemma_.lower()
        if subj.tag_ != "NN" or not (lemma in ROLE_NOUNS or subj.lower_ in ROLE_NOUNS):
            return None
        return subj if _gender_fits(pronoun, subj) else None
    return None


def _gender_fits(pronoun: Token, role: Token) -> bool:
    """Whether a gendered role noun (``spokeswoman``) agrees with the pronoun."""
    wanted = PRONOUN_GENDER.get(pronoun.lower_)
    said = nouns_gender({role.lower_})
    return not (wanted and said and wanted != said)


def _acting_role(people: People, token: Token) -> bool:
    """Whether ``token`` is a singular role noun acting as the subject of a verb that is
    no cue (``the spokesman refused to answer``): the last person-like subject before a
    pronoun is what the pronoun most likely continues. A role noun inside what a person
    reports (``Ost said the spokesman lied. He said …``) is that person's topic, not the
    article's, and is passed over."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
        return False
    if not (token.lemma_.lower() in ROLE_NOUNS or token.lower_ in ROLE_NOUNS):
        return False
    for above in token.head.ancestors:
        if cue_of(above) is None:
            continue
        subj = subject_of(above)
        if subj is not None and (subj.pos_ == "PRON" or people.is_person(subj)):
            return False
    return True


_GOVERNED_DEPS = frozenset({"advcl", "conj", "ccomp", "xcomp"})
"""Clauses whose pronoun subject may stand for the subject of the clause above."""


def _governing_person(ctx: Context, people: People, pronoun: Token) -> Token | None:
    """``Kravel said the team would fly home, though he did say …``: a pronoun subject of
    a clause hung on another clause stands for the nearest person subject above it (of the
    pronoun's gender), before anyone named earlier in the sentence; a common noun that is
    no person (``the team``) is passed over. A relative clause stops the climb
    (``Naseer, who he says was involved``: *he* is not Naseer)."""
    token = pronoun.head
    while token.dep_ in _GOVERNED_DEPS and token.head.i != token.i:
        token = token.head
        for child in token.children:
            if child.dep_ != "nsubj" or child.i > pronoun.i or ctx.quoted(child):
                continue
            key = people.key_of(child)
            if key is None or not capitalized(child):
                if child.pos_ == "PRON" or child.pos_ == "PROPN":
                    return None  # another pronoun or name above: the usual rules decide
                continue  # ``the team would head back, though he …``: no person, climb on
            return child if people.genders.agrees(key, pronoun.lower_) else None
    return None


def _pronoun_spoke_last(ctx: Context, people: People, pronoun: Token) -> Token | None:
    """``He added that before the talks Ana Lobo met … The rooms are separate, he said``: a
    pronoun whose nearest earlier speech cue (this sentence or the one before) had the same
    pronoun as subject goes on with that speaker, when the only persons named since are
    inside what that cue reports (the people a speaker talks about are not the speaker)."""
    first = ctx.window_start(pronoun, 1)
    for token in reversed(ctx.doc[first : pronoun.i]):
        if ctx.quoted(token) or cue_of(token) is None:
            continue
        subj = subject_of(token)
        if subj is None or subj.i >= pronoun.i:
            continue
        if subj.lower_ != pronoun.lower_ or subj.pos_ != "PRON":
            return None
        left, right = token.left_edge.i, token.right_edge.i
        between = ctx.doc[subj.i + 1 : pronoun.i]
        if any(people.is_person(t) and capitalized(t) and not ctx.quoted(t)
               and not left <= t.i <= right for t in between):
            return None
        return subj
    return None


def _named_role(ctx: Context, people: People, subj: Token) -> Speaker | None:
    """A role noun that names its holder: ``another party leader, Baraka Sani`` (apposition),
    or ``the Chinese president`` that the entity stage resolved to the office holder."""
    for child in subj.children:
        if child.dep_ == "appos" and people.is_person(child):
            span = name_span(child)
            return Speaker(span.start_char, span.end_char, SpeakerKind.ROLE_NOUN,
                           people.key_of(child))
    last = subj.right_edge
    if subj.dep_ != "nsubj" and last.dep_ == "appos" and people.is_person(last) \
            and last.i > subj.i:
        # ``said the representative of the ministry Anna Berg``: the name closing a
        # post-posed role phrase is its holder.
        span = name_span(last)
        return Speaker(span.start_char, span.end_char, SpeakerKind.ROLE_NOUN,
                       people.key_of(last))
    key = people.holder_at(subj.idx)
    if key is not None:
        full = people.fullest(key)
        return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, key)
    return _holder_after_body(people, subj)


_PHRASE_DEPS = frozenset({"prep", "pobj", "det", "amod", "compound", "poss", "case", "nmod"})
"""Dependents that make up a noun's phrase of affiliation (``of the council of the party``)."""


def _apposed_to_phrase(subj: Token, head: Token) -> bool:
    """Whether a name in apposition to ``head`` names ``subj``: ``head`` is ``subj``, or a
    body word ending its phrase of affiliation (``a member of the council's presidium,
    Ivan Petrenko,``), which no person is. A name after a person's role describes that role
    (``the lawyer of the former president, Jair Costa,``: Costa is the president)."""
    if head.i == subj.i:
        return True
    if head.pos_ != "NOUN" or head.lower_ in ROLE_NOUNS or head.lemma_.lower() in ROLE_NOUNS:
        return False
    token = head
    while token.i != subj.i:
        if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _holder_after_body(people: People, subj: Token) -> Speaker | None:
    """The person a common-noun subject's own phrase names as holding it: in apposition
    (``a member of the council's presidium, Maxim Orlov,``) or written right after the body
    the phrase ends with, without a comma (``the spokesperson for the Veldran Foreign
    Ministry Idris Mabuto said``, ``the member of the council of the Civic Party Ivo Marin``).
    A name alone after ``for`` is whom the noun serves (``the spokesman for President
    Kravel``), not its holder."""
    for child in subj.subtree:
        if child.dep_ == "appos" and child.i > subj.i and people.is_person(child) \
                and capitalized(child) and _apposed_to_phrase(subj, child.head):
            span = name_span(child)
            return Speaker(span.start_char, span.end_char, SpeakerKind.ROLE_NOUN,
                           people.key_of(child))
    last = subj.right_edge
    if last.i <= subj.i or last.ent_type_ != "PERSON" or not people.is_person(last) \
            or last.dep_ != "pobj":
        return None
    span = name_span(last)
    body = subj.doc[span.start - 1]
    if body.ent_type_ != "ORG" or body.pos_ != "PROPN" or body.i <= subj.i:
        return None
    if any(t.dep_ not in _PHRASE_DEPS for t in subj.doc[subj.i + 1 : span.start]):
        return None
    return Speaker(span.start_char, span.end_char, SpeakerKind.ROLE_NOUN, people.key_of(last))


def _fuller_before(ctx: Context, subj: Token) -> Token | None:
    """``The French government said … The government added``: ``the`` and a group noun
    alone refer to the same noun said more fully (a modifier or owner to it) as the subject of
    a clause a few sentences before (a speech cue, or any act: ``The French ministry issued
    a statement … “…,” the ministry said``)."""
    if [c.lower_ for c in subj.children] != ["the"]:
        return None
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ == subj.lower_ and token.dep_ in _SUBJECT_DEPS \
                and not ctx.quoted(token) and token.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("amod", "compound", "poss") and c.i < token.i
                        for c in token.children):
            return token
    return None


def _introduces(ctx: Context, subj: Token) -> bool:
    """``A Tory minister said``, ``Tory minister says`` (a headline, without an article): an
    indefinite role noun that introduces a person the next sentences name. A common-noun
    possessive points back (``the delegation's leader``); a named body's office does not
    (``Labour's deputy leader``)."""
    if subj.tag_ != "NN" or any(c.dep_ == "poss" and c.pos_ != "PROPN" for c in subj.children):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < subj.i)
           for c in subj.children):
        return True  # ``Tavra's envoy``, and ``Tavras envoy`` with the apostrophe lost
    # The small parser sometimes reads a sentence-initial ``A`` as a proper-noun compound.
    dets = [c.lower_ for c in subj.children if c.dep_ == "det" or c.lower_ in ("a", "an")]
    headline = "\n" in ctx.text and subj.idx < ctx.text.index("\n")
    return dets in (["a"], ["an"]) or (not dets and headline)


def _earlier_owner(ctx: Context, subj: Token) -> Token | None:
    """``the spokesperson said`` after ``The spokesperson for X announced …``: the body the
    same spokesperson was said to speak for a few sentences before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ in SPOKES_NOUNS and not ctx.quoted(token):
            owner = _spokesperson_owner(token)
            if owner is not None:
                return owner
    return None


def _body_before(ctx: Context, people: People, subj: Token) -> Token | None:
    """``Downing Street has declined to say … A spokesman said``: an unnamed spokesperson
    with no body of their own speaks for the institution a recent sentence had as subject."""
    first = ctx.window_start(subj, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.dep_ in _SUBJECT_DEPS and _is_group(ctx, people, token, plural=False) \
                and token.pos_ == "PROPN":
            return token
    return None


_EARLIER_SPOKES_WINDOW = 12
"""Sentences of the reporter's searched back for the mention that introduced ``the
spokesperson``."""


def _body_before_earlier(ctx: Context, people: People, subj: Token) -> Token | None:
    """``Downing Street has declined to say … A spokesman reiterated … ¶ … the spokesman
    said``: ``the`` spokesperson is the one the article introduced earlier, and speaks for
    the institution that introduction followed (the nearest earlier spokesperson with one)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    first = ctx.window_start(subj, _EARLIER_SPOKES_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ in SPOKES_NOUNS and not ctx.quoted(token):
            body = _body_before(ctx, people, token)
            if body is not None:
                return body
    return None


def _body_of(people: People, owner: Token) -> Token:
    """``the spokesperson for UN Secretary-General António Guterres``: a spokesperson speaks
    for the body whose office the person holds (``UN``), when the title names one."""
    if not people.is_person(owner):
        return owner
    for token in owner.subtree:
        if token.i >= owner.i or token.dep_ not in ("compound", "nmod", "poss"):
            continue
        if token.ent_type_ in ("ORG", "GPE") and not people.is_person(token):
            return token
    return owner


def _spokesperson_owner(subj: Token) -> Token | None:
    """``A Justice Department spokeswoman``, ``a spokesman for the Kremlin``, ``a press
    release by the envoy``: the body or person an unnamed spokesperson or a document
    speaks for (a proper noun or an institution word, never a date)."""
    for child in subj.children:
        if child.dep_ in ("compound", "poss") and child.i < subj.i and _owner_word(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "by", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _owner_word(obj):
                    return obj
        if child.dep_ == "acl" and child.tag_ == "VBN":  # ``a letter signed by X``
            signer = _acl_owner(child)
            if signer is not None:
                return signer
    return None


_POSTED_PREPS = frozenset({"on", "by", "from", "via", "through"})
"""Prepositions after a past participle that say who put a text out (``signed by X``,
``posted on X's account``)."""


def _acl_owner(participle: Token) -> Token | None:
    """``a letter signed by X``, ``an update shared on X's official account``: the owner a
    participle after a text names: the agent, or the owner of the account or site it was
    posted on (a place it came from is no owner: ``a statement issued from Geneva``)."""
    for prep in participle.children:
        if prep.dep_ != "agent" and (prep.dep_ != "prep" or prep.lower_ not in _POSTED_PREPS):
            continue
        place = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if place is None:
            continue
        if prep.dep_ == "agent" or prep.lower_ == "by":
            if _owner_word(place):
                return place
            continue
        owner = next((c for c in place.children if c.dep_ == "poss" and _owner_word(c)), None)
        if owner is not None:  # ``on the party's website``: the party put it there
            return owner
    return None


def document_author(document: Token) -> Token | None:
    """``a press release on the remarks to the council by the envoy Ana Lobo``: a proper
    noun after ``by`` anywhere down a text's chain of prepositional phrases is its author
    (the owner written next to the noun is found by :func:`_spokesperson_owner` first)."""
    stack = [c for c in document.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop(0)
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "by" and obj.pos_ == "PROPN" and _owner_word(obj):
                return obj
            stack.extend(c for c in obj.children if c.dep_ == "prep")
    return None


def _owner_word(token: Token) -> bool:
    """A proper noun (not a date) or an institution word."""
    return ((token.pos_ == "PROPN" and token.ent_type_ not in _WHEN_LABELS)
            or token.lower_ in GROUP_NOUNS)


def _is_group(ctx: Context, people: People, token: Token, plural: bool) -> bool:
    """Whether a subject names an institution or group that ``it`` / ``they`` can stand for."""
    if ctx.quoted(token) or token.pos_ == "PRON" or people.is_person(token):
        return False
    many = token.tag_ in ("NNS", "NNPS")
    institution = (token.ent_type_ in _ORG_LABELS or is_place(token.lower_)
                   or token.lower_ in GROUP_NOUNS or token.lemma_.lower() in OUTLET_NOUNS)
    if plural:  # ``they``: people or bodies, never things (``the strikes``, ``the talks``)
        return institution or (many and may_speak(token))
    return institution and not many
