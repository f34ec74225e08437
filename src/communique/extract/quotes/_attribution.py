"""From a cue to a speaker: subjects, relays (``Fox News reported that X …``), ``according to``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import PERSON_PRONOUNS, RELAY_VERBS, channel_near, cue_of
from communique.extract.quotes._people import People
from communique.extract.quotes._speakers import NO_SPEAKER, Speaker, speaker_from, subject_of
from communique.model.quotes import SpeakerKind


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker with the cue that introduced the words and how they reached the article."""

    speaker: Speaker
    cue: str | None
    channel: str | None = None
    relay: str | None = None


def _outer_keys(ctx: Context, people: People, cue: Token,
                pronoun: bool = False) -> frozenset[str]:
    """People who speak in cues above this one: they are not the inner speaker.

    Only cues that *report* this one count (the path up passes a ``ccomp``): in
    ``Orvy made clear …, and he said …`` the two cues are coordinated, same speaker.
    A cue in a relative clause does not speak for the person the clause describes
    (``Naseer, who he says was involved``: *he* is not Naseer). A ``pronoun`` subject
    of a reported cue is most often the reporting speaker (``Orvy said he had asked
    Sala to …``: *he* is Orvy), so only the relative-clause rule applies to it.
    """
    keys: set[str] = set()
    head_key = people.key_of(cue.head)
    if cue.dep_ == "relcl" and head_key is not None:
        keys.add(head_key)
    if pronoun:
        return frozenset(keys)
    token = cue
    reported = False
    while token.head.i != token.i:  # spaCy makes a new Token per access: compare indices
        reported = reported or token.dep_ == "ccomp"
        token = token.head
        if not reported or cue_of(token) is None or token.i > cue.i:
            continue  # ``He said A, Peskov added``: a cue after the words restates who spoke
        subj = subject_of(token)
        key = people.key_of(subj) if subj is not None else None
        if key is not None:
            keys.add(key)
    return frozenset(keys)


def relay_above(ctx: Context, people: People, cue: Token) -> str | None:
    """The outlet of a relay cue governing ``cue`` (``X reported that Y said …``)."""
    token = cue
    while token.head.i != token.i:  # spaCy makes a new Token per access: compare indices
        token = token.head
        if token.lemma_.lower() not in RELAY_VERBS or ctx.quoted(token):
            continue
        subj = subject_of(token)
        if subj is None:
            continue
        outer = speaker_from(ctx, people, subj)
        if outer.kind is SpeakerKind.ORGANIZATION:
            return outer.text(ctx.text)
    return None


def _inner_person(ctx: Context, people: People, clause: Token) -> Speaker | None:
    """The person a relayed clause is about (``… reported that Orvy expects …``)."""
    subj = subject_of(clause)
    if subj is None or not people.is_person(subj):
        return None
    found = speaker_from(ctx, people, subj)
    return found if found.start is not None else None


def attribute(ctx: Context, people: People, cue_token: Token,
              clause: Token | None = None) -> Attribution:
    """Attribute words introduced by ``cue_token`` (its reported clause head: ``clause``).

    An organization that merely *reports* a person's words is recorded as the relay and the
    person becomes the speaker.
    """
    cue = cue_of(cue_token)
    subj = subject_of(cue_token)
    speaker = NO_SPEAKER
    if subj is not None:
        pronoun = subj.pos_ == "PRON" and subj.lower_ in PERSON_PRONOUNS
        speaker = speaker_from(ctx, people, subj, _outer_keys(ctx, people, cue_token, pronoun))
    channel = channel_near(cue_token)
    if cue in RELAY_VERBS and speaker.kind is SpeakerKind.ORGANIZATION and clause is not None:
        inner = _inner_person(ctx, people, clause)
        if inner is not None:
            return Attribution(inner, cue, channel, speaker.text(ctx.text))
        if subj is not None and subj.i > clause.i:
            outer = _outer_speaker(ctx, people, cue_token)
            if outer is not None:
                return Attribution(outer[0], outer[1], channel, speaker.text(ctx.text))
    return Attribution(speaker, cue, channel, relay_above(ctx, people, cue_token))


def _outer_speaker(ctx: Context, people: People, relay: Token) -> tuple[Speaker, str] | None:
    """``A spokesman for X said that “…,” Outlet reported``: an outlet's trailing relay
    hung inside another cue's reported clause passes the words on; the speaker is that
    cue's subject (and its cue), when it has one before the relay."""
    token = relay
    while token.head.i != token.i:
        token = token.head
        outer_cue = cue_of(token)
        if outer_cue is None or ctx.quoted(token):
            continue
        subj = subject_of(token)
        if subj is None or subj.i > relay.i:
            return None
        found = speaker_from(ctx, people, subj)
        return (found, outer_cue) if found.start is not None else None
    return None


def according_to(ctx: Context, people: People, sent: int) -> tuple[Token, Attribution] | None:
    """An ``according to X`` phrase in sentence ``sent`` (or ``as reported by X``): its
    ``according`` (or ``as``) and attribution."""
    for token in ctx.sents[sent]:
        if ctx.quoted(token):
            continue
        source = _as_said_by(token)
        if source is not None:
            return token, Attribution(speaker_from(ctx, people, source), "according to")
        if token.lower_ != "according":
            continue
        for prep in token.children:
            if prep.lower_ != "to":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return token, Attribution(speaker_from(ctx, people, obj), "according to")
    return None



def _as_said_by(token: Token) -> Token | None:
    """``As reported by X, …``, ``as stated by X``: the ``by`` phrase of a participle cue
    introduced by ``as`` gives the source of the sentence, as ``according to X`` does."""
    verb = token.head
    if token.lower_ != "as" or token.dep_ != "mark" or verb.tag_ != "VBN" \
            or cue_of(verb) is None:
        return None
    for agent in verb.children:
        if agent.dep_ == "agent":
            return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None
