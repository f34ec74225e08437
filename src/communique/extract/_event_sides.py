"""The sides of an event as the sentences around it tell them: delegations and assessments.

Delegation sentences ("X's delegation, headed by Y, includes Z") may come without an event word;
they name heads and members and the party they belong to. A head belongs to the side of their
own affiliation ("Iranian Foreign Minister X led the talks") before the side the sentence
happens to name. Assessments are short quotes judging the event ("difficult but useful").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from communique.extract._event_lexicon import EventLexicon, is_forum
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.model.annotations import Assessment, Delegate, EventMention
from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind

_ASSESS_TARGET = re.compile(
    r"\b(?:talks|discussions|negotiations|meetings?|progress|result|outcome|round)\b",
    re.IGNORECASE,
)
# A quote judges the event when it is framed as a judgement of it ("the talks were “…”",
# "described the negotiations as “…”") or uses an evaluative word about how talks went.
_EVALUATION_FRAME = re.compile(
    r"(?:talks|discussions|negotiations|meetings?|round|session|it)\s+(?:were|was|had been|"
    r"have been|has been|are|is|as)\s*[\"“‘']?$|(?:called|described|termed)\s+(?:the\s+)?"
    r"(?:talks|discussions|negotiations|meetings?|round|session|them|it)\s+(?:as\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
_EVALUATIVE = re.compile(
    r"\b(?:progress|result|outcome|breakthrough|sufficient|insufficient|constructive|"
    r"productive|difficult|tough|tense|substantive|useful|positive|negative|disappointing|"
    r"successful|failure|failed|stalled|deadlock|business-like|frank|fruitful)\b",
    re.IGNORECASE,
)
_MAX_ASSESSMENT_WORDS = 15
_HEAD_AFTER = 12
_HEAD_BEFORE = 30


@cache
def _patterns(lex: EventLexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Delegation, head and member cues of a lexicon, compiled once."""
    return (
        re.compile(rf"\b(?:{'|'.join(lex.delegation_nouns)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(lex.head_cues)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(lex.member_cues)})\b", re.IGNORECASE),
    )


def delegates(
    sent: SpacySpan,
    mentions: Sequence[EntityMention],
    parties: Parties,
    carried: str | None,
    lex: EventLexicon,
) -> tuple[tuple[Delegate, ...], str | None]:
    """Delegation members a sentence names, and the party it is about (for the next sentence)."""
    delegation, headed, members_cue = _patterns(lex)
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    named = delegation.search(text) is not None
    if not (named or (carried and members_cue.search(text))):
        return (), None
    party = carried if not named else None
    for mention in mentions:
        if mention.label is not EntityLabel.PERSON and party is None:
            party = parties.party(mention, persons=False)
    # "The team also includes X": a delegation sentence that names no party continues the
    # delegation of the sentence before.
    party = party or carried
    cues = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in headed.finditer(text)]
    sides = [(m, p) for m in mentions if m.label is not EntityLabel.PERSON
             and (p := parties.party(m, persons=False)) and not is_forum(p, lex)]
    members = members_cue.search(text) is not None
    found: list[Delegate] = []
    # A "person" named like a forum is the tagger's slip ("Border Committee").
    people = [m for m in mentions if m.label is EntityLabel.PERSON
              and not is_forum(m.canonical, lex)]
    for person in people:
        after = [c for c in cues if 0 <= person.start - c[1] <= _HEAD_AFTER]
        before = [c for c in cues if 0 <= c[0] - person.end <= _HEAD_BEFORE]
        if not (after or before or members):
            continue
        # A person's own side first, then the side named with the cue ("the Peruvian
        # delegation, led by X"; "X heads the Chilean team"): the sentence's first party
        # may be the other delegation.
        who = parties.party_of_person(person.canonical)
        if who is None and after:
            earlier = [p for m, p in sides if m.end <= after[0][0]]
            who = earlier[-1] if earlier else None
        elif who is None and before:
            later = [p for m, p in sides if m.start >= before[0][1]]
            who = later[0] if later else None
        found.append(Delegate(person.canonical, who or party, bool(after or before),
                              person.start, person.end))
    return tuple(found), party


def assessments(
    quotes: Sequence[Quote], sent: SpacySpan, doc: Doc, parties: Parties
) -> tuple[Assessment, ...]:
    """How speakers judged the event, from short quotes in the sentence about it."""
    found = []
    start, end = sent.start_char, sent.end_char
    first = bisect.bisect_left([q.start for q in quotes], start) if quotes else 0
    for quote in quotes[first:]:
        if quote.start >= end:
            break
        if quote.speaker_text is None:
            continue
        if quote.kind is QuoteKind.INDIRECT or len(quote.text.split()) > _MAX_ASSESSMENT_WORDS:
            continue
        lead = doc_text(doc)[max(0, quote.start - 60) : quote.start]
        if not _ASSESS_TARGET.search(doc_text(doc)[start:end]) or not (
            _EVALUATIVE.search(quote.text) or _EVALUATION_FRAME.search(lead)
        ):
            continue
        entity = parties.entity_named(quote.speaker_text)
        speaker = entity.canonical if entity is not None else quote.speaker_text
        party = (
            (parties.affiliation(entity) if entity is not None else None)
            or parties.party_of_name(quote.speaker_text)
            or _sole_party(parties, sent, quote)
        )
        found.append(Assessment(party, speaker, quote.text, quote.start, quote.end))
    return tuple(found)


def _sole_party(parties: Parties, sent: SpacySpan | None, quote: Quote) -> str | None:
    """The one party a sentence names as a possessor or nationality outside the quote.

    ``On the Russian side, X said…``, ``Korvania's team … its head called the talks …``: a
    country merely named in the sentence is as often the other side ("…a deal that rewards
    Korvania") as the speaker's own, so only those two forms count.
    """
    if sent is None:
        return None
    found = {
        p
        for m in parties.mentions_in(sent.start_char, sent.end_char)
        if not (quote.start <= m.start < quote.end)
        and (_nationality(parties, m) or _possessive(sent.doc, m))
        and (p := parties.party(m, persons=False))
    }
    return found.pop() if len(found) == 1 else None


def _nationality(parties: Parties, mention: EntityMention) -> bool:
    """Whether a mention is a nationality word, whatever label the tagger gave it."""
    if mention.label is EntityLabel.NATIONALITY:
        return True
    party = parties.party_of_name(mention.text)
    return " " not in mention.text and party is not None and party != mention.text


def _possessive(doc: Doc, mention: EntityMention) -> bool:
    """Whether a mention is followed by a possessive ``'s`` (``Korvania's team``)."""
    return doc_text(doc)[mention.end : mention.end + 2] in ("'s", "’s")


def attach_delegates(events: list[EventMention], pending: list[Delegate]) -> list[EventMention]:
    """Give delegation sentences without an event word to the nearest event mention before."""
    if not events or not pending:
        return events
    result = list(events)
    for delegate in pending:
        before = [i for i in range(len(result)) if result[i].start <= delegate.start]
        pool = before or list(range(len(result)))
        nearest = min(pool, key=lambda i: abs(result[i].start - delegate.start))
        if delegate not in result[nearest].delegates:
            result[nearest] = replace(
                result[nearest], delegates=(*result[nearest].delegates, delegate)
            )
    return result
