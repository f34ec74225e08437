"""Who speaks: the subject of a cue, classified and, for pronouns and roles, resolved."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.extract.entities._lexicon import ORG_HEADS
from communique.extract.quotes._bodies import owned_body, owner_key
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import (
    ANONYMOUS_ROLES,
    CHANNEL_NOUNS,
    DOCUMENT_NOUNS,
    EPITHET_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
    cue_of,
)
from communique.extract.quotes._descriptions import (
    Earlier,
    earlier_description,
    first_reference,
    names_it,
)
from communique.extract.quotes._gender import PRONOUN_GENDER, nouns_gender
from communique.extract.quotes._offices import has_owner, idiom_office
from communique.extract.quotes._people import People, is_place, name_span
from communique.extract.quotes._titles import role_details
from communique.model.quotes import SpeakerKind

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "ccomp", "dep"})
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_POSTPOSED = frozenset({"nsubj", "npadvmod", "dobj", "attr", "appos", "oprd"})
_GROUP_WINDOW = 2
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "sign", "file", "post", "adopt"})
"""Verbs whose object is a text that may then speak for whoever issued it."""
_SPOKES_WINDOW = 4
"""Sentences before ``the spokesperson said`` to look for whom that spokesperson speaks for."""
"""Sentences before an ``it``/``they`` to look for the institution or group it stands for."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as found: offsets into the text (``None`` when unknown) and its kind."""

    start: int | None
    end: int | None
    kind: SpeakerKind
    key: str | None = None
    """The person key when the speaker is a known person (used to avoid self-relays)."""

    def text(self, text: str) -> str | None:
        """The speaker's words in the article."""
        return None if self.start is None or self.end is None else text[self.start : self.end]


NO_SPEAKER = Speaker(None, None, SpeakerKind.NONE)


def _nearest_subject(token: Token) -> Token | None:
    """The subject child of ``token`` closest to it on its left (else the first one).

    The small parser sometimes gives a verb two subjects when a long adverbial clause
    ends in a name (``… and Jared Kushner, Zelenskyy wrote``); the nearer one is right. But
    when the nearer "subject" ends a prepositional phrase on the first one, with no
    punctuation or line break between (``Kuleba in meeting with counterpart Lavrov said``),
    the first one speaks.
    """
    subjects = _subjects(token)
    left = [c for c in subjects if c.i < token.i]
    if len(left) > 1 and _inside_phrase_of(left[-2], left[-1]):
        return left[-2]
    if left:
        return left[-1]
    return subjects[0] if subjects else None


def _subjects(token: Token) -> list[Token]:
    """The subjects the parse gives ``token``, less dates and a dateline (``New Delhi: …``,
    a place and a colon opening the sentence, is no one's subject)."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in _SUBJECT_DEPS
            and c.ent_type_ not in _WHEN_LABELS
            and not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":"
                     and c.left_edge.i == c.sent.start)]


def _inside_phrase_of(first: Token, second: Token) -> bool:
    """Whether the words from ``first`` to ``second`` are a prepositional phrase on ``first``
    running on without punctuation into ``second``."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    if not len(between) or any(t.is_punct or t.is_space for t in between):
        return False
    if between[0].dep_ == "prep" and between[0].head.i == first.i:
        return True
    # ``Minister Ramiro Santos after the talks told``: the first subject's own words, then
    # a preposition the parser read as a conjunction before a second "subject".
    rest = first.doc[first.right_edge.i + 1 : second.left_edge.i]
    return len(rest) == 1 and rest[0].pos_ in ("ADP", "SCONJ") and rest[0].dep_ in ("prep", "mark")


def _reported_clause_cue(token: Token) -> Token | None:
    """The cue whose reported clause ``token`` heads, when ``token`` is no cue itself."""
    if token.dep_ == "ccomp" and cue_of(token) is None and cue_of(token.head) is not None:
        return token.head
    return None


def _inverted_subject(cue: Token) -> Token | None:
    """``“…,” replied Burton``, ``…, said Thursday the ministry's spokesman``: the speaker
    after a cue that follows a closing mark or a comma.

    The parser often reads the post-posed speaker as an object or an adverbial noun; right
    after a quote and the cue, the first noun hanging on the cue (dates passed over) speaks.
    """
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text not in "”\"’',":
        return None
    if cue.tag_ == "VBG":
        return None  # ``…, accusing his counterpart of …``: a participle's object is no speaker
    nxt = doc[cue.i + 1]
    if nxt.pos_ == "PROPN" and nxt.head.i in (cue.i, nxt.i + 1) and nxt.dep_ != "nsubj" \
            and nxt.ent_type_ not in _WHEN_LABELS:
        return nxt if nxt.head.i == cue.i else nxt.head
    for token in doc[cue.i + 1 : cue.sent.end]:
        head = token.head
        on_cue = head.i == cue.i or (head.ent_type_ in _WHEN_LABELS and head.head.i == cue.i)
        if on_cue and token.dep_ in _POSTPOSED and token.ent_type_ not in _WHEN_LABELS \
                and token.pos_ in ("NOUN", "PROPN"):
            return token
        if _after_phrase(token, cue):
            return token
        if token.is_punct:
            break
    return None


def _after_phrase(token: Token, cue: Token) -> bool:
    """``…, said at a briefing the official representative …``: a role noun the parser hung
    as an apposition on the object of the cue's prepositional phrase speaks."""
    head = token.head
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_NOUNS
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == cue.i)


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue verb, climbing through coordination and participles.

    ``Peskov said … and acknowledged …`` gives ``acknowledged`` the subject of ``said``;
    ``Santos, speaking in …`` gives ``speaking`` the noun it modifies. When the parser
    hangs the second cue inside the first one's reported clause (``said the talks were
    hard and confirmed …``, ``indicated X does not expect Y, suggesting …``), the climb
    skips that clause's own subject and takes the outer speaker's.
    """
    token = cue
    named = _name_right_before(cue)
    if named is not None:
        return named
    for step in range(5):
        outer = _reported_clause_cue(token) if step > 0 else None
        if outer is not None:
            token = outer
        aside = _aside_subject(token) if step > 0 else None
        if aside is not None:
            return aside
        found = _nearest_subject(token)
        if found is not None:
            if found.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return token.head  # ``Anna Berg, who told a paper that …``: who is Berg
            return found
        if step == 0 and _inverted_subject(token) is not None:
            return _inverted_subject(token)
        agent = _agent_of(token)
        if agent is not None:
            return agent
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            if _may_speak(token.head):
                return token.head
            if token.head.dep_ in ("dobj", "pobj"):
                token = _verb_above(token.head)  # ``Veldra entered the talks saying …``
                continue
        quoted_as = _quoted_as(token)
        if quoted_as is not None:
            return quoted_as
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # ``defended the plan by saying that …``: the verb's
            continue
        if token.dep_ not in _CLIMB_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _agent_of(token: Token) -> Token | None:
    """``hailed as “encouraging” by U.S. officials``: the ``by`` phrase of a past-participle
    cue (wherever the parser hung it below the cue, short of another verb) speaks."""
    participle = token.tag_ == "VBN" or (token.dep_ == "conj" and token.head.tag_ == "VBN")
    if not participle or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    for word in token.subtree:
        if word.lower_ != "by" or word.dep_ not in ("agent", "prep") or word.i < token.i:
            continue
        if _verb_above(word).i != token.i:
            continue
        return next((o for o in word.children if o.dep_ == "pobj"), None)
    return None


def _verb_above(token: Token) -> Token:
    """The nearest verb above ``token`` (itself when none)."""
    head = token.head
    while head.i != token.i and head.pos_ not in ("VERB", "AUX"):
        token, head = head, head.head
    return head


def _may_speak(noun: Token) -> bool:
    """Whether a noun a participle cue hangs on can be who speaks (``Santos, speaking
    …``), not a thing (``entered the talks saying …``)."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _ORG_LABELS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in ROLE_NOUNS or noun.lower_ in GROUP_NOUNS or lemma in GROUP_NOUNS \
        or noun.lower_ in SPEAKING_NOUNS or lemma in SPEAKING_NOUNS


def _aside_subject(head: Token) -> Token | None:
    """``A will fail, he said, and added that B``: a clause with a speech cue set in it as
    an aside speaks through that cue's subject, also for the cues coordinated with it."""
    for child in head.children:
        if child.dep_ == "parataxis" and child.i > head.i and cue_of(child) is not None:
            return _nearest_subject(child)
    return None


_BEFORE_CUE = frozenset({"on", "in", "at", "also", "then", "later", "again"})
"""Words that may stand between a speaker's name and the cue (``Naidu on Wednesday said``)."""


def _name_right_before(cue: Token) -> Token | None:
    """``Union Minister Ravi Menon on Wednesday lamented …`` parsed with no subject on the
    cue: the person's name right before it (a date between them passed over) speaks."""
    if _subjects(cue) or cue.dep_ in ("conj", "acl"):
        return None
    doc = cue.doc
    k = cue.i - 1
    while k > 0 and (doc[k].ent_type_ in _WHEN_LABELS or doc[k].lower_ in _BEFORE_CUE):
        k -= 1
    token = doc[k]
    if k == cue.i - 1 and token.dep_ in _SUBJECT_DEPS:
        return None  # a subject of another verb right before: not this cue's
    return token if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" \
        and token.dep_ not in ("compound", "flat") else None


def _quoted_as(token: Token) -> Token | None:
    """``X was quoted as saying``: the passive subject of *quoted* speaks; ``the paper quoted
    X as saying``: its object does (the subject only passed the words on)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of a noun phrase without its relative clauses and appositions."""
    kept = [t for t in head.subtree if not _under_cut(t, head)]
    while len(kept) > 1 and kept[0].lower_ in ("the", "a", "an"):
        kept = kept[1:]
    while len(kept) > 1 and kept[-1].dep_ == "case":
        kept = kept[:-1]  # ``the court's decision``: the court, without ``'s``
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _under_cut(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs below ``head`` through a clause or apposition, or through
    the medium or time of the statement the parser hung on the speaker (``The ministry in a
    statement on Sunday said``)."""
    while token.i != head.i:  # Tokens are views: compare indices, not identity
        if (token.dep_ in _CUT_DEPS and not names_it(token)) or _says_when_or_how(token):
            return True
        token = token.head
    return False


def _says_when_or_how(token: Token) -> bool:
    """A prepositional phrase of medium or time (``in a statement``, ``on Sunday``)."""
    if token.dep_ != "prep" or token.lower_ not in ("in", "on", "at", "during"):
        return False
    return any(c.dep_ == "pobj" and (c.lower_ in CHANNEL_NOUNS or c.ent_type_ in _WHEN_LABELS)
               for c in token.children)


def _with_conjuncts(start: int, end: int, head: Token) -> tuple[int, int]:
    """Extend a speaker to coordinated speakers (``Burton and Nick``)."""
    for child in head.children:
        if child.dep_ == "conj":
            end = max(end, _phrase_bounds(child)[1])
    return start, end


def _resolved(ctx: Context, people: People, surface: Token, kind: SpeakerKind,
              role: str | None, exclude: frozenset[str], owned: bool = False,
              introduces: bool = False, details: frozenset[str] | None = None
              ) -> Speaker | None:
    """Resolve a pronoun or role noun to the fullest mention of a person (an earlier one,
    unless the person is only named after the role noun)."""
    pronoun = surface.lower_ if kind is SpeakerKind.PRONOUN else ""
    if details is None:
        details = role_details(surface) if role is not None else frozenset()
    found = people.resolve(surface.idx, ctx.sent_of[surface.i], role, exclude, pronoun, owned,
                           introduces, details)
    if found is None:
        return None
    full = people.fullest_before(found.key, max(surface.idx, found.start + 1))
    return Speaker(full.start, full.end, kind, found.key)


def speaker_from(ctx: Context, people: People, subj: Token,
                 exclude: frozenset[str] = frozenset()) -> Speaker:
    """Classify and, where needed, resolve the subject ``subj`` of a speech cue."""
    if ctx.quoted(subj):
        return NO_SPEAKER
    lower = subj.lower_
    if subj.pos_ == "PRON":
        if lower in GROUP_PRONOUNS:
            return _group_antecedent(ctx, people, subj)
        if lower in PERSON_PRONOUNS:
            role = _role_spoke_last(ctx, people, subj)
            if role is not None:
                found = speaker_from(ctx, people, role, exclude)
                return Speaker(found.start, found.end, SpeakerKind.PRONOUN, found.key)
            hit = _resolved(ctx, people, subj, SpeakerKind.PRONOUN, None, exclude)
            return hit or Speaker(None, None, SpeakerKind.PRONOUN)
        return NO_SPEAKER
    lemma = subj.lemma_.lower()
    short = TITLE_ABBREVIATIONS.get(subj.text)
    if short is not None:  # ``the PM said``: the person holding the title it stands for
        hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, short, exclude, owned=True)
        if hit is not None:
            return hit
    if subj.is_title and subj.ent_type_ in _ORG_LABELS and not people.is_person(subj):
        return _named(subj, ctx, people)
    if is_place(lower):
        start, end = _phrase_bounds(subj)
        return Speaker(start, end, SpeakerKind.ORGANIZATION)  # ``Kyiv said``: a government
    if people.is_person(subj):
        span = name_span(subj)
        start, end = _with_conjuncts(span.start_char, span.end_char, subj)
        return Speaker(start, end, SpeakerKind.NAME, people.key_of(subj))
    body = owned_body(ctx, people, subj)
    if body is not None:  # ``his office``, ``her party``, ``leaders from his party``
        return Speaker(body.start, body.end, SpeakerKind.ORGANIZATION)
    if lower in GROUP_NOUNS or (lemma in ROLE_NOUNS and subj.tag_ == "NNS"):
        antecedent = _definite_antecedent(ctx, subj) or _fuller_before(ctx, subj) or (
            None if lower in GROUP_NOUNS else _group_before(ctx, people, subj))
        start, end = _phrase_bounds(antecedent or subj)
        return Speaker(start, end, SpeakerKind.ROLE_NOUN)
    if lemma in ROLE_NOUNS or lower in ROLE_NOUNS:
        named = _named_role(ctx, people, subj)
        if named is not None:
            return named
        office = idiom_office(subj)
        if office is not None:  # ``Tavra's top diplomat``: its foreign minister
            hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, office[0], exclude,
                            owned=True, details=office[1])
            if hit is not None:
                return hit
        earlier = earlier_description(ctx, people, subj)
        if earlier is not None:
            return _repeated(ctx, people, subj, earlier, exclude)
        owned = has_owner(subj, people.is_person)
        spokes = lower in SPOKES_NOUNS
        introduces = lemma not in ANONYMOUS_ROLES and (
            _introduces(ctx, subj) or first_reference(people, subj))
        # ``a senior official``: an indefinite role noun is someone new, never the person
        # last named (only a matching title or the person it introduces may be meant).
        indefinite = any(c.lower_ in ("a", "an") for c in subj.children)
        hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, lower, exclude,
                        owned or spokes or indefinite, introduces)
        if hit is not None:
            return hit
        owner = None
        if spokes:
            key = owner_key(ctx, people, subj, names=False)
            spoken_for = _person_speaker(people, key, subj.idx)
            if spoken_for is not None:  # ``his spokeswoman said``: she speaks for him
                return spoken_for
            owner = (_spokesperson_owner(subj) or _earlier_owner(ctx, subj)
                     or _body_before(ctx, people, subj))
            owner = _body_of(people, owner) if owner is not None else None
            key = people.key_of(owner) if owner is not None else None
            spoken_for = _person_speaker(people, key, subj.idx)
            if spoken_for is not None:  # ``Ost's spokesman``: the person's full name
                return spoken_for
        elif lemma in ANONYMOUS_ROLES and subj.tag_ == "NN":
            # ``a Kremlin source``, ``a U.S. official``: an unnamed insider of a body named
            # before the noun speaks for that body, as a spokesperson does.
            owner = next((c for c in subj.children if c.dep_ in ("compound", "poss")
                          and c.i < subj.i and c.pos_ == "PROPN" and _owner_word(c)
                          and not people.is_person(c)), None)
            if owner is None and lemma in _INSIDER_ROLES:
                owner = _insider_body(people, subj)
        if owner is None and spokes and indefinite and not owned:
            # ``A spokeswoman said``: a spokesperson speaks for a body, and the article names
            # none: whose words these are is unknown (the words ``spokeswoman`` name no one).
            return Speaker(None, None, SpeakerKind.ROLE_NOUN)
        if owner is not None and owner.dep_ == "amod":
            return Speaker(owner.idx, owner.idx + len(owner.text), SpeakerKind.ROLE_NOUN)
        start, end = _phrase_bounds(owner or subj)
        if owner is not None and owner.dep_ == "compound" and owner.head.i == subj.i:
            # ``an American government source``: the country word before the body stays
            country = next((c for c in subj.children if c.dep_ == "amod" and c.i < owner.i
                            and c.ent_type_ in ("NORP", "GPE")), None)
            start = country.idx if country is not None else start
        return Speaker(start, end, SpeakerKind.ROLE_NOUN)
    return _named(subj, ctx, people)


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
    between, and a gendered role noun must agree with the pronoun.
    """
    first = ctx.window_start(pronoun, 1)
    for token in reversed(ctx.doc[first : pronoun.i]):
        if ctx.quoted(token):
            continue
        if people.is_person(token) and token.text[:1].isupper():
            return None
        if cue_of(token) is None:
            continue
        subj = subject_of(token)
        if subj is None or subj.i >= pronoun.i or subj.lower_ in PERSON_PRONOUNS:
            continue
        lemma = subj.lemma_.lower()
        if subj.tag_ != "NN" or not (lemma in ROLE_NOUNS or subj.lower_ in ROLE_NOUNS):
            return None
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        said = nouns_gender({subj.lower_})
        return None if wanted and said and wanted != said else subj
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
    return None


def _repeated(ctx: Context, people: People, subj: Token, earlier: Earlier,
              exclude: frozenset[str]) -> Speaker:
    """``His lawyer said … “…,” the lawyer told reporters``: a role noun repeating an earlier
    mention is the person that mention is a title of, whoever an earlier subject or indefinite
    turned out to be, the person the article gave that title, or else the description the
    reader met (``met the foreign minister``)."""
    if earlier.holder is not None:
        span = name_span(earlier.holder)
        return Speaker(span.start_char, span.end_char, SpeakerKind.ROLE_NOUN,
                       people.key_of(earlier.holder))
    if earlier.spoke:
        found = speaker_from(ctx, people, earlier.token, exclude)
        return Speaker(found.start, found.end, SpeakerKind.ROLE_NOUN, found.key)
    key = people.holder_at(earlier.token.idx)
    if key is not None:
        full = people.fullest(key)
        return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, key)
    titled = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, subj.lower_, exclude,
                       owned=True)
    if titled is not None:
        return titled
    start, end = _phrase_bounds(earlier.token)
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)


def _fuller_before(ctx: Context, subj: Token) -> Token | None:
    """``The French government said … The government added``: ``the`` and a group noun
    alone refer to the same noun said more fully (a modifier or owner to it) as the subject of
    a speech cue a few sentences before."""
    if [c.lower_ for c in subj.children] != ["the"]:
        return None
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.lower_ == subj.lower_ and token.dep_ in _SUBJECT_DEPS \
                and not ctx.quoted(token) and cue_of(token.head) is not None \
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
    if any(c.dep_ == "poss" for c in subj.children):
        return True
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
            for agent in child.children:
                signer = next((o for o in agent.children if o.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and signer is not None and _owner_word(signer):
                    return signer
    return None


def _owner_word(token: Token) -> bool:
    """A proper noun (not a date) or an institution word."""
    return ((token.pos_ == "PROPN" and token.ent_type_ not in _WHEN_LABELS)
            or token.lower_ in GROUP_NOUNS)


def _definite_antecedent(ctx: Context, subj: Token) -> Token | None:
    """``the group said``, ``the party said``: the organization named just before, when the
    noun has nothing but ``the`` to say which one it is. ``the ministry``, ``the air force``:
    an organization named a few sentences before whose name holds those words comes first."""
    words = _definite_words(subj)
    if words is None:
        return None
    named = _organization_named(ctx, subj, {w.lower_ for w in words} | {subj.lower_})
    if named is not None or words:
        return named
    first = ctx.window_start(subj, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : subj.i]):
        if token.ent_type_ == "ORG" and token.pos_ == "PROPN" and not ctx.quoted(token) \
                and (token.i + 1 >= len(ctx.doc) or ctx.doc[token.i + 1].ent_type_ != "ORG"
                     or ctx.doc[token.i + 1].ent_iob_ == "B") and _acting(token):
            return token
    return None


def _acting(token: Token) -> bool:
    """Whether an organization's name is one that acts or speaks in its sentence (a
    subject, an owner, the source of something) rather than a modifier (``the Royal Veldran
    Police headquarters``) or a place."""
    if token.dep_ in (*_SUBJECT_DEPS, "poss", "appos", "conj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("from", "by", "of", "to")


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


def _organization_named(ctx: Context, subj: Token, words: set[str]) -> Token | None:
    """The last word of the nearest earlier organization name (outside quotes, a few
    sentences back) that holds every one of ``words``."""
    first = ctx.window_start(subj, _SPOKES_WINDOW)
    for ent in reversed([e for e in ctx.doc.ents if first <= e.start and e.end <= subj.i]):
        if ent.label_ == "ORG" and not ctx.quoted(ent[0]) \
                and words <= {t.lower_ for t in ent}:
            return ent.root
    return None


def _is_group(ctx: Context, people: People, token: Token, plural: bool) -> bool:
    """Whether a subject names an institution or group that ``it`` / ``they`` can stand for."""
    if ctx.quoted(token) or token.pos_ == "PRON" or people.is_person(token):
        return False
    many = token.tag_ in ("NNS", "NNPS")
    institution = (token.ent_type_ in _ORG_LABELS or is_place(token.lower_)
                   or token.lower_ in GROUP_NOUNS)
    if plural:  # ``they``: people or bodies, never things (``the strikes``, ``the talks``)
        return institution or (many and _may_speak(token))
    return institution and not many


def _group_antecedent(ctx: Context, people: People, pronoun: Token) -> Speaker:
    """``It said`` / ``they said``: the nearest earlier subject that is an institution (or,
    for ``they``, any plural group) in this or the two sentences before."""
    plural = pronoun.lower_ == "they"
    first = ctx.window_start(pronoun, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : pronoun.i]):
        if token.dep_ in _SUBJECT_DEPS and _is_group(ctx, people, token, plural):
            start, end = _phrase_bounds(token)
            return Speaker(start, end, SpeakerKind.PRONOUN)
    return Speaker(None, None, SpeakerKind.PRONOUN)


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
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in ("people", "one", "some"):
        return NO_SPEAKER
    owner = _spokesperson_owner(subj) if subj.lower_ in DOCUMENT_NOUNS else None
    if owner is None and subj.lower_ in DOCUMENT_NOUNS:
        owner = _issuer_before(ctx, subj) or _speaking_body_before(ctx, people, subj)
    elif owner is None and subj.lower_ not in GROUP_NOUNS:
        owner = _definite_antecedent(ctx, subj) if _definite_words(subj) else None
        owner = owner or _group_before(ctx, people, subj)
        if owner is None:
            person = _epithet_person(ctx, people, subj)
            if person is not None:
                return person
    start, end = _phrase_bounds(owner or subj)
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)


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
    if subj.tag_ != "NN" or any(c.dep_ in ("poss", "prep") for c in subj.children):
        return None
    dets = {c.lower_ for c in subj.children if c.dep_ == "det"}
    lemma = subj.lemma_.lower()
    pointing = bool(dets & {"this", "that"}) and lemma not in ORG_HEADS
    epithet = "the" in dets and (lemma in EPITHET_NOUNS or lemma in SPEAKING_NOUNS)
    if not (pointing or epithet):
        return None
    found = people.resolve(subj.idx, ctx.sent_of[subj.i], None)
    if found is None:
        return None
    full = people.fullest_before(found.key, max(subj.idx, found.start + 1))
    return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, found.key)


def _issuer_before(ctx: Context, document: Token) -> Token | None:
    """``The ministry issued a statement … The statement said``: a document with no owner
    named with it speaks for whoever a recent sentence said issued, sent or released it
    (the subject of the verb it was the object of: the same noun, or any object of a verb
    of issuing, ``released a manifesto … The document says``), made it (``X said in a
    statement``, ``a news site reported … the report said``: the subject of that cue)."""
    first = ctx.window_start(document, _GROUP_WINDOW)
    for token in reversed(ctx.doc[first : document.i]):
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
    if not subj.text[:1].isupper():
        return _common(subj, ctx, people)
    span = name_span(subj)
    start, end = _with_conjuncts(span.start_char, span.end_char, subj)
    label = subj.ent_type_
    if label == "PERSON" or (not label and subj.pos_ == "PROPN" and len(span) > 1):
        return Speaker(start, end, SpeakerKind.NAME, subj.lower_)
    if label in _ORG_LABELS or subj.pos_ == "PROPN":
        start, end = _phrase_bounds(subj) if label in _ORG_LABELS else (start, end)
        start, end = _with_conjuncts(start, end, subj)
        return Speaker(start, end, SpeakerKind.ORGANIZATION)
    return Speaker(start, end, SpeakerKind.NAME, subj.lower_)
