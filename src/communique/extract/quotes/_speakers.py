"""Who speaks: the subject of a cue, classified and, for pronouns and roles, resolved.

:func:`speaker_from` classifies a cue's subject and hands it to the rule family it needs:
:mod:`._speaker_subject` (the subject in the parse, :func:`subject_of`), :mod:`._speaker_roles`
(role nouns, spokespersons, insiders), :mod:`._speaker_groups` (bodies, groups, documents,
epithets, names). :class:`Speaker` and :data:`NO_SPEAKER` live in :mod:`._speaker_type`; all
four are re-exported here, where the quote finders import them.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._bodies import owned_body, owner_key
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import (
    ANONYMOUS_ROLES,
    COUNT_NOUNS,
    COUNTRY_LEADER_TITLES,
    EPITHET_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    LEADER_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
)
from communique.extract.quotes._descriptions import (
    Earlier,
    earlier_description,
    first_reference,
)
from communique.extract.quotes._name_case import name_cased
from communique.extract.quotes._name_tokens import is_place, name_span
from communique.extract.quotes._offices import has_owner, idiom_office
from communique.extract.quotes._people import People
from communique.extract.quotes._speaker_groups import (
    _definite_antecedent,
    _epithet_person,
    _group_antecedent,
    _group_before,
    _named,
)
from communique.extract.quotes._speaker_roles import (
    _INSIDER_ROLES,
    _body_before,
    _body_before_earlier,
    _body_of,
    _earlier_owner,
    _fuller_before,
    _governing_person,
    _holder_after_body,
    _insider_body,
    _introduces,
    _named_role,
    _owner_word,
    _person_speaker,
    _pronoun_spoke_last,
    _resolved,
    _role_spoke_last,
    _spokesperson_owner,
)
from communique.extract.quotes._speaker_subject import (
    _ORG_LABELS,
    _phrase_bounds,
    _with_conjuncts,
    subject_of,
)
from communique.extract.quotes._speaker_type import NO_SPEAKER, Speaker
from communique.extract.quotes._titles import word_key
from communique.model.quotes import SpeakerKind

__all__ = ["NO_SPEAKER", "Speaker", "speaker_from", "subject_of"]

_FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
"""Words that make a role noun a past holder's (``the former president``)."""


def speaker_from(ctx: Context, people: People, subj: Token,
                 exclude: frozenset[str] = frozenset()) -> Speaker:
    """Classify and, where needed, resolve the subject ``subj`` of a speech cue.

    ``exclude`` holds person keys the subject cannot be (``the former president`` is not
    the current one). Each kind of subject has its own rules, tried from the most certain
    reading (a pronoun, a name) to the least (a role noun whose holder must be found).
    """
    if ctx.quoted(subj):
        return NO_SPEAKER  # words inside a quotation are what is said, not who says it
    counted = _counted(subj)
    if counted is not None:
        return counted
    if subj.pos_ == "PRON":
        return _pronoun(ctx, people, subj, exclude)
    found = _proper(ctx, people, subj, exclude) or _owned(ctx, people, subj)
    if found is not None:
        return found
    lower, lemma = subj.lower_, subj.lemma_.lower()
    if lower in GROUP_NOUNS or (lemma in ROLE_NOUNS and subj.tag_ == "NNS"):
        return _plural_role(ctx, people, subj)
    if lemma in ROLE_NOUNS or lower in ROLE_NOUNS:
        return _role(ctx, people, subj, exclude)
    return _named(subj, ctx, people)


def _counted(subj: Token) -> Speaker | None:
    """``Hundreds of ex-servicemen who say …``, ``a group of residents said``: a word that
    counts or gathers people speaks as the people it counts, the nouns after its ``of``."""
    if subj.lower_ not in COUNT_NOUNS:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    nouns = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if not nouns or nouns[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    first = min(n.left_edge.idx for n in nouns)
    last = nouns[-1]
    return Speaker(first, last.idx + len(last.text), SpeakerKind.ROLE_NOUN)


def _pronoun(ctx: Context, people: People, subj: Token, exclude: frozenset[str]) -> Speaker:
    """``they said`` points back to a group; ``he``/``she`` to a person; ``those who …``
    to the people described."""
    lower = subj.lower_
    if lower in GROUP_PRONOUNS:
        return _group_antecedent(ctx, people, subj)
    if lower in PERSON_PRONOUNS:
        return _person_pronoun(ctx, people, subj, exclude)
    return _described_people(subj)


def _described_people(subj: Token) -> Speaker:
    """``those who are protesting say …``: a pronoun that a ``who`` clause describes is
    the people it describes, named by the whole phrase; any other pronoun (``it``,
    ``this``) names no speaker."""
    for clause in subj.children:
        if clause.dep_ == "relcl" and clause.i > subj.i \
                and any(c.tag_ == "WP" and c.i < clause.i for c in clause.children):
            end = clause.right_edge
            return Speaker(subj.idx, end.idx + len(end.text), SpeakerKind.ROLE_NOUN)
    return NO_SPEAKER


def _person_pronoun(ctx: Context, people: People, subj: Token,
                    exclude: frozenset[str]) -> Speaker:
    """``he said``: the person the pronoun stands for, tried from the surest clue to the
    weakest: the person subject of a clause above it (``Kravel said …, though he did
    say``), a role noun that spoke last (its own speaker, resolved), a pronoun that spoke
    last (likewise), then the nearest fitting person mention. Unresolved, the pronoun is
    still a pronoun speaker."""
    above = _governing_person(ctx, people, subj)
    key = people.key_of(above) if above is not None else None
    if key is not None and key not in exclude:
        full = people.fullest_before(key, subj.idx)
        return Speaker(full.start, full.end, SpeakerKind.PRONOUN, key)
    role = _role_spoke_last(ctx, people, subj)
    if role is not None:
        found = speaker_from(ctx, people, role, exclude)
        return Speaker(found.start, found.end, SpeakerKind.PRONOUN, found.key)
    prior = _pronoun_spoke_last(ctx, people, subj)
    if prior is not None:
        found = speaker_from(ctx, people, prior, exclude)
        if found.start is not None:
            return Speaker(found.start, found.end, SpeakerKind.PRONOUN, found.key)
    hit = _resolved(ctx, people, subj, SpeakerKind.PRONOUN, None, exclude)
    return hit or Speaker(None, None, SpeakerKind.PRONOUN)


def _proper(ctx: Context, people: People, subj: Token,
            exclude: frozenset[str]) -> Speaker | None:
    """A subject that names its speaker outright: a title abbreviation (``the PM``) with a
    known holder, an organisation, a place (standing for its government) or a person."""
    short = TITLE_ABBREVIATIONS.get(subj.text)
    if short is not None:  # ``the PM said``: the person holding the title it stands for
        hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, short, exclude, owned=True)
        if hit is not None:
            return hit
    if name_cased(subj) and subj.ent_type_ in _ORG_LABELS and not people.is_person(subj):
        return _named(subj, ctx, people)
    if is_place(subj.lower_):
        start, end = _phrase_bounds(subj)
        return Speaker(start, end, SpeakerKind.ORGANIZATION)  # ``Kyiv said``: a government
    if people.is_person(subj):
        span = name_span(subj)
        start, end = _with_conjuncts(span.start_char, span.end_char, subj)
        return Speaker(start, end, SpeakerKind.NAME, people.key_of(subj))
    return None


def _owned(ctx: Context, people: People, subj: Token) -> Speaker | None:
    """A noun that speaks for someone named with it: a person's words, a body's named
    member, or a person's office or party. Checked before role nouns, whose holder would
    otherwise be looked for across the article."""
    if subj.pos_ == "NOUN" and subj.lower_ in SPEECH_NOUNS:
        # ``Kravel's remarks signalled that …``: a person's words speak as that person.
        owner = next((c for c in subj.children if c.dep_ == "poss" and people.is_person(c)),
                     None)
        if owner is not None:
            span = name_span(owner)
            return Speaker(span.start_char, span.end_char, SpeakerKind.NAME,
                           people.key_of(owner))
    if subj.pos_ == "NOUN" or (subj.pos_ == "PROPN" and not subj.ent_type_):
        # ``a member of the council, Ivo Marin,``, ``Father of the House Ivo Marin``: the
        # name speaks (a capitalized title word the tagger left untyped counts as a noun)
        holder = _holder_after_body(people, subj)
        if holder is not None:
            return holder
    body = owned_body(ctx, people, subj)
    if body is not None:  # ``his office``, ``her party``, ``leaders from his party``
        return Speaker(body.start, body.end, SpeakerKind.ORGANIZATION)
    return None


def _plural_role(ctx: Context, people: People, subj: Token) -> Speaker:
    """``the delegation said``, ``the officials said``: a group, spelled out by the body or
    fuller mention it refers back to where there is one; a plural role noun may also
    continue the group that last spoke (``the activists``), a group noun names itself."""
    antecedent = _definite_antecedent(ctx, subj) or _fuller_before(ctx, subj) or (
        None if subj.lower_ in GROUP_NOUNS else _group_before(ctx, people, subj))
    start, end = _phrase_bounds(antecedent or subj)
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)


def _role(ctx: Context, people: People, subj: Token, exclude: frozenset[str]) -> Speaker:
    """A singular role noun (``the minister said``): the holder named with it, the holder
    of the office an idiom stands for, the person an earlier mention of it described, or
    else a holder looked for around it (:func:`_fresh_role`). ``the former …`` is never a
    current holder of the office."""
    named = _named_role(ctx, people, subj)
    if named is not None:
        return named
    if any(c.lower_ in _FORMER_WORDS for c in subj.children if c.i < subj.i):
        # ``the former prime minister``: not whoever holds that office now
        exclude = exclude | people.current_holders(subj.lower_)
    leader = _country_leader(ctx, people, subj, exclude)
    if leader is not None:
        return leader
    office = idiom_office(subj)
    if office is not None:  # ``Tavra's top diplomat``: its foreign minister
        # ``the top Tavran diplomat`` owns nothing: the person last talked about may be
        # that minister (unless given another office or country), as for ``the
        # Tavran president``.
        hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, office[0], exclude,
                        owned=has_owner(subj, people.is_person), details=office[1])
        if hit is not None:
            return hit
    earlier = earlier_description(ctx, people, subj)
    if earlier is not None and earlier.holder is not None \
            and people.key_of(earlier.holder) in exclude:
        earlier = None  # ``the former prime minister`` repeats no current one's title
    if earlier is not None:
        return _repeated(ctx, people, subj, earlier, exclude)
    if subj.lemma_.lower() in EPITHET_NOUNS:
        # ``the far-right politician said``: a word said only of a person, never an office
        # the article gives, is the person it was just talking about (as ``she`` would be)
        person = _epithet_person(ctx, people, subj)
        if person is not None and person.key not in exclude:
            return person
    return _fresh_role(ctx, people, subj, exclude)


def _country_leader(ctx: Context, people: People, subj: Token,
                    exclude: frozenset[str]) -> Speaker | None:
    """``Germany's veteran leader said``: a word for whoever leads, owned by a country, is
    the person the article gave the title of that country's head (president, chancellor…),
    and of no other country; ``None`` for any other noun or when no one holds such a title."""
    if subj.lemma_.lower() not in LEADER_NOUNS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or not is_place(owner.lower_):
        return None
    for title in COUNTRY_LEADER_TITLES:
        hit = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, title, exclude, owned=True,
                        details=frozenset({word_key(owner)}))
        if hit is not None:
            return hit
    return None


def _fresh_role(ctx: Context, people: People, subj: Token, exclude: frozenset[str]) -> Speaker:
    """A role noun met for the first time: the person holding that title; else, for a
    spokesperson or an unnamed insider, the person or body spoken for; else the phrase."""
    lower, lemma = subj.lower_, subj.lemma_.lower()
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
        owner = _spokes_owner(ctx, people, subj)
        key = people.key_of(owner) if owner is not None else None
        spoken_for = _person_speaker(people, key, subj.idx)
        if spoken_for is not None:  # ``Ost's spokesman``: the person's full name
            return spoken_for
    elif lemma in ANONYMOUS_ROLES and subj.tag_ == "NN":
        owner = _insider_owner(people, subj)
    if owner is None and spokes and indefinite and not owned:
        # ``A spokeswoman said``: a spokesperson speaks for a body, and the article names
        # none: whose words these are is unknown (the words ``spokeswoman`` name no one).
        return Speaker(None, None, SpeakerKind.ROLE_NOUN)
    return _owner_phrase(subj, owner)


def _spokes_owner(ctx: Context, people: People, subj: Token) -> Token | None:
    """Whom a spokesperson speaks for: the owner written with the noun, one named with an
    earlier spokesperson, or a body named before; a body's word stands for the body."""
    owner = (_spokesperson_owner(subj) or _earlier_owner(ctx, subj)
             or _body_before(ctx, people, subj) or _body_before_earlier(ctx, people, subj))
    return _body_of(people, owner) if owner is not None else None


def _insider_owner(people: People, subj: Token) -> Token | None:
    """``a Kremlin source``, ``a U.S. official``: an unnamed insider of a body named before
    the noun speaks for that body, as a spokesperson does."""
    owner = next((c for c in subj.children if c.dep_ in ("compound", "poss")
                  and c.i < subj.i and c.pos_ == "PROPN" and _owner_word(c)
                  and not people.is_person(c)), None)
    if owner is None and subj.lemma_.lower() in _INSIDER_ROLES:
        owner = _insider_body(people, subj)
    return owner


def _owner_phrase(subj: Token, owner: Token | None) -> Speaker:
    """The words that stand for a role noun's unresolved speaker: the body it speaks for
    when one was found (just the country
    adjective for ``a Korvanian official``), else its phrase."""
    if owner is not None and owner.dep_ == "amod":
        return Speaker(owner.idx, owner.idx + len(owner.text), SpeakerKind.ROLE_NOUN)
    start, end = _phrase_bounds(owner or subj)
    if owner is not None and owner.dep_ == "compound" and owner.head.i == subj.i:
        # ``an American government source``: the country word before the body stays
        country = next((c for c in subj.children if c.dep_ == "amod" and c.i < owner.i
                        and c.ent_type_ in ("NORP", "GPE")), None)
        start = country.idx if country is not None else start
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)


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
    if key is not None and key not in exclude:
        full = people.fullest(key)
        return Speaker(full.start, full.end, SpeakerKind.ROLE_NOUN, key)
    titled = _resolved(ctx, people, subj, SpeakerKind.ROLE_NOUN, subj.lower_, exclude,
                       owned=True)
    if titled is not None:
        return titled
    start, end = _phrase_bounds(earlier.token)
    return Speaker(start, end, SpeakerKind.ROLE_NOUN)
