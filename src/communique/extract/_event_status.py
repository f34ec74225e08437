"""What a clause says became of an event: held, ongoing, planned, postponed, cancelled, …

Read from the event word's own verbs — the chain of heads above it inside its clause, the
participle or infinitive that describes it ("talks scheduled to be held", "talks to be held"),
the auxiliaries and negations of those verbs — and from modifiers of the event word itself
("the next round", "a possible meeting"). A date the clause gives settles what grammar leaves
open (present tense: a date after the article's is planned; long before it, historical).
Vocabulary comes from the language's :class:`~communique.extract._event_lexicon.EventLexicon`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_tree import kids
from communique.model.annotations import EventStatus
from communique.model.temporal import TimeExpression

# Dependencies that end a clause: a status word above them speaks of another event or act.
_CLAUSE_EDGES = frozenset({"relcl", "advcl", "parataxis", "ccomp", "conj", "acl"})
# Dependencies of a participle or infinitive that describes the event word.
_DESCRIBING = frozenset({"acl", "relcl"})
# How the event word relates to a verb whose tense is the event's ("talks were held", "X held
# talks"); "described the talks" or "announced the round" say nothing about when it happened.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "pobj"})
# How far after the event word a participle may be hung on another word and still describe it.
_PARTICIPLE_REACH = 2
# Participles that say an event took place: what they describe is an event.
_HELD_LEMMAS = frozenset({"hold", "convene"})
# "X hosted Y in Z on Sunday as part of the talks": what the verb tells is a part of the event,
# so the verb's tense, place and dates are the event's.
_PART_OF = ("as", "part", "of")
# An event this long before the article is background, not news of the story.
HISTORICAL_DAYS = 365
# Days of slack before a stated date counts as after the article's date (time zones).
_FUTURE_SLACK = 1


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _chain(token: Token) -> list[Token]:
    """The token and the heads above it up to the edge of its clause."""
    found = [token]
    current = token
    while current.head.i != current.i and current.dep_ not in _CLAUSE_EDGES:
        current = current.head
        found.append(current)
    return found


def own_verbs(token: Token, lex: EventLexicon) -> list[Token]:
    """The verbs whose tense and mood are the event's, innermost first.

    The event word itself when it is a verb; else the first verb above it when the event word
    is its subject, or the object of a verb of taking part or taking place; then the verbs that
    verb complements ("expected to take place", "agreed to meet").
    """
    below, verb = token, token
    if not _is_verb(token):
        verb = token.head
        # "the second round of talks was held": climb from "talks" through "of" to "round";
        # "sent negotiators to the talks": through a preposition of attending to its verb.
        while not _is_verb(verb) and verb.head.i != verb.i:
            if below.dep_ == "pobj" and _part_of(verb):
                below, verb = verb.head.head, verb.head.head.head
                return [verb] if below.dep_ not in _CLAUSE_EDGES else []
            of_event = verb.lower_ == "of" and _event_word(verb.head, lex)
            attending = verb.lower_ in lex.attending_prepositions and _is_verb(verb.head)
            if below.dep_ != "pobj" or not (of_event or attending):
                return []
            below, verb = verb, verb.head
            if of_event:
                below, verb = verb, verb.head
        if not _is_verb(verb) or below.dep_ in _CLAUSE_EDGES:
            return []
        related = (
            below.dep_ in _SUBJECTS
            or (
                below.dep_ in _OBJECTS
                and _lemma(verb) in lex.participant_verbs | lex.happen_verbs | lex.host_verbs
            )
            # "send negotiators to the talks", "agreed to a truce at talks in X"
            or (below.dep_ == "prep" and below.lower_ in lex.attending_prepositions)
        )
        if not related:
            return []
    found = [verb]
    while verb.dep_ in ("xcomp", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
        found.append(verb)
    return found


def _part_of(of: Token) -> bool:
    """Whether ``of`` opens the event of an "as part of" phrase hung on a verb."""
    part = of.head
    return (
        of.lower_ == _PART_OF[2]
        and part.lower_ == _PART_OF[1]
        and part.dep_ == "pobj"
        and part.head.lower_ == _PART_OF[0]
        and part.head.head.i != part.head.i
        and _is_verb(part.head.head)
    )


def _event_word(token: Token, lex: EventLexicon) -> bool:
    """Whether a noun names an event ("round" in "a round of talks", "signing of the accord")."""
    word = token.lower_
    return (
        word in lex.meeting_nouns
        or word in lex.signing_nouns
        or word in lex.ceremony_nouns
        or word in lex.agreement_nouns
        or word in lex.series_nouns
    )


def describing(token: Token, lex: EventLexicon | None = None) -> list[Token]:
    """Participles and infinitives describing the event word ("talks scheduled to be held").

    A participle right after the event word describes it even when the parser hung it on a
    noun above ("the conclusion of the meeting held today in X").
    """
    found = []
    purpose = lex.purpose_verbs if lex is not None else frozenset()
    for child in kids(token):
        if child.dep_ in _DESCRIBING and _is_verb(child) and _lemma(child) not in purpose:
            found.append(child)
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 1 + _PARTICIPLE_REACH, len(doc))):
        candidate = doc[i]
        head = candidate.head
        if candidate.dep_ == "acl" and _is_verb(candidate) and head.i < token.i and (
            head.left_edge.i <= token.i <= head.right_edge.i
        ):
            found.append(candidate)
            break
    if not found and (held := _held_after_phrase(token)) is not None:
        found.append(held)
    return found + [c for verb in found for c in kids(verb) if c.dep_ == "xcomp"]


def _held_after_phrase(token: Token) -> Token | None:
    """A participle of taking place set off by a comma right after the event word's phrase
    ("the third meeting of the Joint Committee, held on May 3 in X"): only an event is held,
    so it describes the event word however the parser hung it (on the committee, or on the
    main verb)."""
    doc = token.doc
    after = token.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    participle = doc[after + 1]
    if participle.tag_ == "VBN" and participle.lemma_.lower() in _HELD_LEMMAS:
        return participle
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _particle(token: Token) -> str:
    """The verb's particle (``off`` in ``called off``), or an empty string."""
    return next((c.lower_ for c in kids(token) if c.dep_ == "prt"), "")


def _auxiliaries(token: Token) -> set[str]:
    return {c.lower_ for c in kids(token) if c.dep_ in ("aux", "auxpass")}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(token)) or any(
        c.lower_ in ("no", "never") and c.dep_ in ("advmod", "neg", "det") for c in kids(token)
    )


def _cancels(verb: Token, lex: EventLexicon) -> EventStatus | None:
    """Cancelled or postponed, when this verb says so."""
    lemma = _lemma(verb)
    if lemma in lex.cancel_verbs or lex.cancel_particles.get(lemma) == _particle(verb) != "":
        return EventStatus.CANCELLED
    if lemma in lex.postpone_verbs or lex.postpone_particles.get(lemma) == _particle(verb) != "":
        return EventStatus.POSTPONED
    return None


def _modality(verb: Token, lex: EventLexicon) -> EventStatus | None:
    """Planned or hypothetical, from a verb's auxiliaries, its mood or the verb above it."""
    auxiliaries = _auxiliaries(verb)
    if auxiliaries & lex.hypothetical_auxiliaries:
        return EventStatus.HYPOTHETICAL
    if any(c.dep_ == "mark" and c.lower_ in lex.condition_markers for c in kids(verb)):
        return EventStatus.HYPOTHETICAL
    if auxiliaries & lex.planned_auxiliaries:
        return EventStatus.PLANNED
    if "to" in auxiliaries and verb.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp"):
        head = _lemma(verb.head)
        if head in lex.hypothetical_heads:
            return EventStatus.HYPOTHETICAL
        # "agreed to meet", "scheduled to be held", "talks to be held in X"
        return EventStatus.PLANNED
    planned = _lemma(verb) in lex.planned_heads or verb.lower_ in lex.planned_heads
    # "have agreed to a truce" is the active perfect: the truce was agreed, not planned.
    perfect = bool(auxiliaries & {"has", "have", "had", "'ve", "'d"}) and not (
        auxiliaries & {"been", "be", "being"})
    if planned and not perfect and verb.tag_ in ("VBN", "VBD", "JJ") and (
        verb.tag_ != "VBD" or auxiliaries & {"was", "were", "is", "are", "been", "be"}
    ):
        return EventStatus.PLANNED  # "talks scheduled for Sunday", "talks are expected"
    if any(
        c.dep_ == "acomp" and _lemma(c) in lex.planned_heads for c in kids(verb)
    ):
        return EventStatus.PLANNED  # "the round was due to take place"
    return None


def _tense(verb: Token) -> EventStatus | None:
    """Held or ongoing, from a verb's tense and aspect."""
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ == "VBD" or auxiliaries & {"was", "were", "had", "did"}:
        return EventStatus.HELD
    if verb.tag_ == "VBN" and (
        auxiliaries & {"has", "have", "'ve"} or (not auxiliaries and verb.dep_ == "acl")
    ):
        return EventStatus.HELD  # "have met", "talks held in X on Saturday"
    if verb.tag_ == "VBG" and auxiliaries & {"is", "are", "'re", "am"}:
        return EventStatus.ONGOING
    return None


def _from_modifiers(token: Token, lex: EventLexicon) -> EventStatus | None:
    """Status words that modify the event word itself ("the next round", "earlier talks")."""
    modifiers = [c for c in kids(token) if c.dep_ in ("amod", "advmod", "det", "nmod")]
    words = {c.lower_ for c in modifiers}
    # "next week's meeting", "last month's talks": the possessive's own modifier dates the
    # event as the modifier of the event word would ("the next meeting").
    words |= {g.lower_ for c in kids(token) if c.dep_ == "poss"
              for g in kids(c) if g.dep_ == "amod"}
    for modifier in modifiers:
        # "Sunday's now-cancelled meeting", "the postponed round"
        stem = modifier.lower_.split("-")[-1]
        lemma = stem[:-2] if stem.endswith("ed") else stem
        for status, verbs in (
            (EventStatus.CANCELLED, lex.cancel_verbs),
            (EventStatus.POSTPONED, lex.postpone_verbs),
        ):
            if lemma in verbs or lemma + "e" in verbs or _lemma(modifier) in verbs:
                return status
    if words & lex.hypothetical_modifiers:
        return EventStatus.HYPOTHETICAL
    if words & lex.past_modifiers:
        return EventStatus.HELD
    if words & lex.planned_modifiers:
        return EventStatus.PLANNED
    if words & lex.ongoing_modifiers:
        return EventStatus.ONGOING
    return None


def _only_threatened(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb is an infinitive that a verb of proposing or threatening governs
    ("threatened to impose tariffs and to cancel the talks"): what it says may not happen."""
    current = verb
    while current.dep_ in ("conj", "xcomp") and current.head.i != current.i:
        if current.dep_ == "xcomp" and _lemma(current.head) in lex.hypothetical_heads:
            return True
        current = current.head
    return False


def _from_grammar(token: Token, lex: EventLexicon) -> EventStatus | None:
    """The status the event word's verbs and modifiers give, strongest cue first."""
    chain = [t for t in _chain(token) if _is_verb(t) or t.tag_ in ("VBN", "JJ")]
    noun = not _is_verb(token)
    described = describing(token, lex) if noun else []
    # A predicate coordinated with the event's own ("had been scheduled … but were postponed")
    # speaks of the same subject.
    siblings = [c for verb in chain if _is_verb(verb) for c in verb.conjuncts]
    for verb in (*chain, *described, *siblings):
        cancelled = _cancels(verb, lex)
        if cancelled is not None:
            # "threatened to cancel the talks": a threat, not a cancellation
            return EventStatus.HYPOTHETICAL if _only_threatened(verb, lex) else cancelled
    own = own_verbs(token, lex)
    for verb in own:
        if _negated(verb) and _lemma(verb) in lex.happen_verbs:
            return EventStatus.CANCELLED  # "will not take place", "was not held"
    modified = _from_modifiers(token, lex) if noun else None
    if modified is EventStatus.HYPOTHETICAL:
        return modified
    for verb in (*described, *own):
        found = _modality(verb, lex) or _tense(verb)
        if found is None:
            continue
        if modified is EventStatus.HELD and found is not EventStatus.HYPOTHETICAL:
            return modified  # "…will be like the earlier talks held in X"
        if modified is EventStatus.PLANNED and found is EventStatus.ONGOING:
            return modified  # "are preparing for the next round": under way is the preparing
        return found
    return modified


def _bounds(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO day, month or year value (or a ``first/last`` range)."""
    first, _, last = value.partition("/")
    try:
        start = _first_day(first)
        end = _last_day(last or first)
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _first_day(value: str) -> date:
    if len(value) == 4:
        return date(int(value), 1, 1)
    if len(value) == 7:
        return date(int(value[:4]), int(value[5:7]), 1)
    return date.fromisoformat(value[:10])


def _last_day(value: str) -> date:
    if len(value) == 4:
        return date(int(value), 12, 31)
    if len(value) == 7:
        following = date(int(value[:4]) + int(value[5:7]) // 12, int(value[5:7]) % 12 + 1, 1)
        return following - timedelta(days=1)
    return date.fromisoformat(value[:10])


def _when(dates: Sequence[TimeExpression]) -> tuple[date, date] | None:
    """The span of the dates a mention gives, if any."""
    spans = [b for d in dates if d.value and (b := _bounds(d.value)) is not None]
    if not spans:
        return None
    return min(b[0] for b in spans), max(b[1] for b in spans)


def mention_status(
    token: Token,
    dates: Sequence[TimeExpression],
    published: date | None,
    lex: EventLexicon,
) -> EventStatus | None:
    """What the clause around event word ``token`` says became of the event.

    ``dates`` are the dates the clause ties to the event; ``published`` the article's date.
    """
    status = _from_grammar(token, lex)
    when = _when(dates)
    if when is None or published is None:
        return status
    start, end = when
    if end < published - timedelta(days=HISTORICAL_DAYS) and status in (
        None, EventStatus.HELD, EventStatus.ONGOING
    ):
        return EventStatus.HISTORICAL
    if status is None:
        if start > published + timedelta(days=_FUTURE_SLACK):
            return EventStatus.PLANNED
        if end < published:
            return EventStatus.HELD
        return EventStatus.ONGOING if start <= published <= end else None
    return status
