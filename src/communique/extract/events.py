"""Event mentions: sentences that name talks, meetings, rounds, agreements or deadlines.

For each clause that names an event we read what the clause says about it — place, dates, the
source's own round number, parties, mediators, how long it lasts, and whether it is past or
scheduled — and, from nearby sentences, delegations and how each side judged it. The merge stage
turns mentions from many articles into events; nothing here compares documents.

Everything is read from general cues (trigger nouns, prepositions, a few verbs), never from a
list of one story's places or people.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model import Span
from communique.model.annotations import Assessment, Delegate, EventMention, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind
from communique.model.temporal import TimeExpression

_TRIGGERS: dict[str, EventType] = {
    "talk": EventType.TALKS,
    "talks": EventType.TALKS,
    "negotiation": EventType.TALKS,
    "negotiations": EventType.TALKS,
    "discussion": EventType.TALKS,
    "discussions": EventType.TALKS,
    "round": EventType.TALKS,
    "consultations": EventType.TALKS,
    "meeting": EventType.MEETING,
    "meetings": EventType.MEETING,
    "summit": EventType.MEETING,
    "deadline": EventType.DEADLINE,
    "ceasefire": EventType.AGREEMENT,
    "agreement": EventType.AGREEMENT,
    "accord": EventType.AGREEMENT,
    "deal": EventType.AGREEMENT,
    "treaty": EventType.AGREEMENT,
}
# Verbs that make a meeting out of people meeting each other ("X and Y met in Z in 2025").
_MEET_VERBS = frozenset({"meet", "hold"})
# An agreement noun is an event only when the clause says it was reached or signed; otherwise
# it is an object of the negotiation ("a peace deal"), which positions and claims cover.
_AGREEMENT_VERBS = frozenset({"sign", "reach", "conclude", "seal", "strike", "agree"})
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL_RE = re.compile(
    r"\b(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"(?P<num>\d{1,2})(?:st|nd|rd|th))\s+(?:(?:set|round)\s+of\s+)?"
    r"(?:(?!time|times|day|days|week|month|year|step|phase|stage)[\w-]+\s+){0,2}?"
    r"(?P<noun>round|session|meeting|talks|negotiations)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|set to|scheduled|expected to|due to|upcoming|next|plans? to|"
    r"going to|is to|are to|starts|begins|opens|could|might)\b",
    re.IGNORECASE,
)
_MEDIATION = re.compile(
    r"\b(?:mediated|mediation|brokered|hosted|facilitated|chaired)\s+(?:\w+\s+){0,2}?by\b|"
    r"\bmediators?\b|\benvoys?\b",
    re.IGNORECASE,
)
# Where the list of mediators after "mediated by" ends: a comma not followed by "and", or a clause.
_LIST_END = re.compile(r",(?!\s+and\b)|;|\.\s|\s(?:while|as|but|who|which)\s")
_MEDIATOR_WINDOW = 90
_GOVERNMENT = re.compile(r"\s+(?:administration|government|cabinet|team)\b")
_MEDIATED_BY_COUNTRY = re.compile(
    r"(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-(?:mediated|brokered|led|hosted|sponsored)\b"
)
_DELEGATION = re.compile(r"\b(?:delegations?|negotiating teams?|team)\b", re.IGNORECASE)
_HEADED = re.compile(r"\b(?:headed|led|leading|heads|leads|chaired)\b", re.IGNORECASE)
_MEMBERS = re.compile(r"\b(?:includes?|including|comprises?|also\s+includes?)\b", re.IGNORECASE)
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
_DAYS = re.compile(
    r"\b(?P<n>one|two|three|four|five|\d)[- ]day\b|\b(?P<m>two|three|four|five|\d) days of\b",
    re.IGNORECASE,
)
# Verbs whose date is the date of an event they introduce, wherever the parser attaches them.
_SCHEDULING_VERBS = frozenset(
    {
        "schedule",
        "set",
        "plan",
        "hold",
        "take",
        "start",
        "begin",
        "end",
        "conclude",
        "meet",
        "open",
        "resume",
        "wrap",
        "convene",
        "slate",
        "due",
    }
)
_PARTICIPLE_REACH = 5
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DATE_GRANULARITIES = frozenset({"day", "range", "week", "month", "year"})
_MAX_ASSESSMENT_WORDS = 15


def _clauses(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges of the coordinated clauses of a sentence (", and a second round took…")."""
    cuts = [sent.start]
    for token in sent:
        if token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"):
            conj = [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i]
            if conj and conj[0].pos_ in ("VERB", "AUX"):
                cuts.append(token.i)
    cuts.append(sent.end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _triggers(doc: Doc, start: int, end: int) -> list[tuple[int, EventType]]:
    """Every event word of a clause, in order."""
    found: list[tuple[int, EventType]] = []
    i = start
    while i < end:
        hit = _trigger(doc, i, end)
        if hit is None:
            break
        found.append(hit)
        i = hit[0] + 1
    return found


def _candidates(doc: Doc) -> list[int]:
    """Indexes of the tokens that may name an event (computed once per document)."""
    cached = doc.user_data.get("communique.event_candidates")
    if cached is None:
        cached = [t.i for t in doc if t.lower_ in _TRIGGERS or t.lemma_ in _MEET_VERBS]
        doc.user_data["communique.event_candidates"] = cached
    return list[int](cached)


def _trigger(doc: Doc, start: int, end: int) -> tuple[int, EventType] | None:
    """The first token in ``[start, end)`` that names an event, with the event's type."""
    for index in _candidates(doc):
        if index < start:
            continue
        if index >= end:
            break
        token = doc[index]
        lower = token.lower_
        kind = _TRIGGERS.get(lower)
        if kind is EventType.AGREEMENT:
            verb = token.head
            if verb.lemma_ not in _AGREEMENT_VERBS or token.dep_ not in ("dobj", "nsubjpass"):
                continue
        if kind is not None and token.pos_ in ("NOUN", "PROPN"):
            return token.i, kind
        if token.lemma_ in _MEET_VERBS and token.pos_ == "VERB" and lower.startswith("me"):
            return token.i, EventType.MEETING
    return None


_PAST_MODIFIERS = frozenset({"earlier", "previous", "past", "prior", "last", "former", "first"})
_FUTURE_MODIFIERS = frozenset({"upcoming", "next", "coming", "planned", "future", "forthcoming"})


def _tense(doc: Doc, start: int, end: int, trigger: int | None = None) -> str:
    """``future`` for scheduled events, ``past`` for reported ones, else ``present``.

    A modifier of the event word itself wins over the clause ("…will be like the earlier
    discussions held in X" speaks of a past event inside a future clause).
    """
    if trigger is not None:
        modifiers = {c.lower_ for c in doc[trigger].children if c.dep_ in ("amod", "advmod")}
        if modifiers & _PAST_MODIFIERS:
            return "past"
        if modifiers & _FUTURE_MODIFIERS:
            return "future"
        verb = _own_verb(doc[trigger])
        if verb is not None and verb.i != trigger:
            auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if auxiliaries & {"will", "would", "could", "might", "shall", "'ll"}:
                return "future"
            if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliaries & {"has", "have", "had"}):
                return "past"
    text = doc[start:end].text
    if _FUTURE.search(text):
        return "future"
    if any(t.tag_ in ("VBD", "VBN") and t.dep_ not in ("amod", "acl") for t in doc[start:end]):
        return "past"
    return "present"


_OF_GAP = re.compile(r"\s+of(?:\s+[\w-]+){0,3}\s+$|\s*$")


def _ordinal(text: str, trigger: tuple[int, int]) -> tuple[int, str] | None:
    """The source's own number for this event word (``third round`` → 3), with its surface.

    The number must belong to the event word: "a third round of talks" numbers "talks", but
    in "…the third round, after two meetings in X" it does not number "meetings".
    """
    for match in _ORDINAL_RE.finditer(text):
        covers = match.start() <= trigger[0] < match.end()
        before = match.end() <= trigger[0] and _OF_GAP.match(text[match.end() : trigger[0]])
        if covers or before:
            word = match.group("word").lower()
            value = int(match.group("num")) if match.group("num") else _ORDINALS[word]
            return value, match.group(0)
    return None


def _days(text: str) -> int | None:
    """The length the clause gives the event in days (``two-day talks``)."""
    match = _DAYS.search(text)
    if match is None:
        return None
    raw = (match.group("n") or match.group("m")).lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)


def _word_before(doc: Doc, index: int) -> str:
    """The word before token ``index``, looking past a determiner (``in the UAE`` → ``in``)."""
    i = index - 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _own_verb(token: Token) -> Token | None:
    """The nearest verb above a token (itself when it is a verb)."""
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in ("VERB", "AUX"):
            return candidate
    return None


def _located(doc: Doc, place: SpacySpan, trigger: int) -> bool:
    """Whether ``in <place>`` says where the event is, not where someone spoke about it.

    The preposition must attach to the event word, to the event word's own verb, or to a
    scheduling verb: "talks took place in X", "meet next week in X", "talks in X" — but not
    "In Moscow, a spokesman said the team would brief Putin on the talks".
    """
    prep = place.root.head
    if prep.pos_ != "ADP":
        return True  # the parser did not attach it as a prepositional phrase: trust the words
    head = prep.head
    event = doc[trigger]
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.i != trigger and before.lower_ in _TRIGGERS:
        return False  # "…after earlier rounds in Abu Dhabi": the place of another event
    participle = head.dep_ == "acl" and head.head == event  # "discussions held in X"
    return head == event or head == _own_verb(event) or participle


def _place(
    doc: Doc, mentions: Sequence[EntityMention], trigger: int, links: dict[str, str]
) -> tuple[str | None, str | None]:
    """Where the event is: a place after ``in``/``at`` or modifying the trigger (Geneva talks)."""
    best: EntityMention | None = None
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if mention.label not in (EntityLabel.PLACE, EntityLabel.COUNTRY):
            # "talks in X" / "wrapped up in X": a one-word name after "in" where the event is
            # is a place whatever the tagger thought it was (it mislabels unfamiliar towns).
            possessive = doc_text(doc)[mention.end : mention.end + 2] in ("'s", "’s")
            if (
                mention.label is EntityLabel.NATIONALITY
                or " " in mention.text
                or possessive
                or _word_before(doc, span.start) not in ("in", "at")
            ):
                continue
        before = _word_before(doc, span.start)
        modifies = span.root.head.i == trigger and span.root.dep_ in ("compound", "nmod")
        where = (before in ("in", "at") and _located(doc, span, trigger)) or modifies
        # A city beats a country: "in Geneva, Switzerland" is Geneva.
        if where and (best is None or (
            best.label is EntityLabel.COUNTRY and mention.label is EntityLabel.PLACE
        )):
            best = mention
    if best is None:
        return None, None
    name = best.canonical
    if best.label is EntityLabel.COUNTRY:
        return name, name
    entry = gazetteer().lookup(name)
    country = entry.country if entry is not None and entry.kind is GazKind.CAPITAL else None
    return name, country or links.get(name)


def _mediators(
    text: str, offset: int, mentions: Sequence[EntityMention], parties: Parties
) -> tuple[str, ...]:
    """Who mediates: entities after ``mediated by``/``envoy``, or ``X-brokered`` prefixes."""
    found: list[str] = []
    for match in _MEDIATED_BY_COUNTRY.finditer(text):
        party = parties.party_of_name(match.group("who"))
        if party:
            found.append(party)
    for match in _MEDIATION.finditer(text):
        rest = text[match.end() : match.end() + _MEDIATOR_WINDOW]
        stop = _LIST_END.search(rest)
        window_end = offset + match.end() + (stop.start() if stop else len(rest))
        for mention in mentions:
            after = text[mention.end - offset : mention.end - offset + 16].lower()
            if not offset + match.start() <= mention.start < window_end or after[:2] in (
                "'s",
                "’s",
            ):
                continue  # outside the list, or a possessor ("Trump's son-in-law X")
            if mention.label is EntityLabel.PERSON and _GOVERNMENT.match(after):
                # "the Trump administration" mediates for its country, not as a person.
                party = parties.party_of_person(mention.canonical)
                if party:
                    found.append(party)
            elif mention.label in (
                EntityLabel.PERSON,
                EntityLabel.COUNTRY,
                EntityLabel.ORGANIZATION,
            ):
                found.append(mention.canonical)
    return tuple(dict.fromkeys(found))


def _event_parties(
    mentions: Sequence[EntityMention], parties: Parties, place: str | None, doc: Doc
) -> tuple[str, ...]:
    """Parties named in the clause: countries, nationalities and capitals acting for them."""
    found: list[str] = []
    for mention in mentions:
        if mention.canonical == place or (
            mention.label is EntityLabel.PERSON and not parties.is_country(mention.canonical)
        ):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _word_before(doc, span.start) in ("in", "at"):
            continue  # a location, not a participant
        party = parties.party(mention, persons=False)
        if party:
            found.append(party)
    return tuple(dict.fromkeys(found))


def _governs(doc: Doc, expression: TimeExpression, trigger: int) -> bool:
    """Whether a date attaches to the event word (or a verb governing it) in the parse.

    "talks took place on Jan. 23" (date → took ← talks) and "meet next week" attach; "in
    remarks on Feb. 14, X hoped that upcoming talks…" attaches to "remarks", not the talks.
    """
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    event = doc[trigger]
    return (
        head == event
        or head in _clause_ancestors(event)
        or event in head.ancestors
        or (_schedules(head, event))
    )


def _schedules(verb: Token, event: Token) -> bool:
    """``negotiations in Geneva, scheduled for …``: a participle right after the event word.

    The parser often hangs such a participle on another word; its date or place is still the
    event's when it follows the event word closely and the event is not a deadline.
    """
    return (
        verb.lemma_.lower() in _SCHEDULING_VERBS
        and verb.tag_ == "VBN"
        and 0 < verb.i - event.i <= _PARTICIPLE_REACH
        and event.lower_ != "deadline"
    )


def _clause_ancestors(token: Token) -> list[Token]:
    """The heads above ``token`` up to the edge of its clause (a relative or other sub-clause).

    "talks held in X in January, where the U.S. set a June deadline": the deadline's clause
    ends at "set", so January (attached to "held") is not the deadline's date.
    """
    found = []
    for ancestor in token.ancestors:
        found.append(ancestor)
        if ancestor.dep_ in ("relcl", "ccomp", "advcl", "acl", "parataxis"):
            break
    return found


_BOUND = re.compile(
    r"\b(?:since|until|till|before|after|by|from|through)\s+(?:the\s+)?$", re.IGNORECASE
)


def _dates(
    doc: Doc, dates: Sequence[TimeExpression], start: int, end: int, trigger: int
) -> tuple[TimeExpression, ...]:
    """Dates (not durations or anniversaries) inside ``[start, end)`` that describe the event.

    A bound ("since February", "before April") dates a period around the event, not the event,
    except for a deadline ("by June" is the deadline's date).
    """
    deadline = doc[trigger].lower_ == "deadline"
    return tuple(
        d
        for d in dates
        if start <= d.start
        and d.end <= end
        and d.kind == "date"
        and d.granularity in _DATE_GRANULARITIES
        and d.value
        and _governs(doc, d, trigger)
        and (deadline or not _BOUND.search(doc_text(doc)[max(0, d.start - 12) : d.start]))
    )


def _delegates(
    sent: SpacySpan, mentions: Sequence[EntityMention], parties: Parties, carried: str | None
) -> tuple[tuple[Delegate, ...], str | None]:
    """Delegation members a sentence names, and the party it is about (for the next sentence)."""
    text = sent.text
    if not (_DELEGATION.search(text) or (carried and _MEMBERS.search(text))):
        return (), None
    party = carried if not _DELEGATION.search(text) else None
    for mention in mentions:
        if mention.label is not EntityLabel.PERSON and party is None:
            party = parties.party(mention, persons=False)
    # "The team also includes X": a delegation sentence that names no party continues the
    # delegation of the sentence before.
    party = party or carried
    heads_at = [m.end() + sent.start_char for m in _HEADED.finditer(text)]
    members = _MEMBERS.search(text) is not None
    people = [m for m in mentions if m.label is EntityLabel.PERSON]
    found: list[Delegate] = []
    for person in people:
        head = any(0 <= person.start - at <= 12 for at in heads_at) or any(
            0 <= at - person.end <= 30 for at in heads_at
        )
        if head or members:
            who = party or parties.party_of_person(person.canonical)
            found.append(Delegate(person.canonical, who, head, person.start, person.end))
    return tuple(found), party


def _assessments(
    quotes: Sequence[Quote], sent: SpacySpan, doc: Doc, parties: Parties
) -> tuple[Assessment, ...]:
    """How speakers judged the event, from short quotes in the sentence about it."""
    found = []
    start, end = sent.start_char, sent.end_char
    for quote in quotes:
        if not (start <= quote.start < end) or quote.speaker_text is None:
            continue
        if quote.kind is QuoteKind.INDIRECT or len(quote.text.split()) > _MAX_ASSESSMENT_WORDS:
            continue
        context = sent.text
        lead = doc_text(doc)[max(0, quote.start - 60) : quote.start]
        if not _ASSESS_TARGET.search(context) or not (
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


def place_links(doc: Doc, entities: Sequence[DocEntity]) -> list[tuple[str, str]]:
    """``(place, country)`` pairs stated as ``Place, Country`` (``Geneva, Switzerland``)."""
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: (m.start, m.end))
    text = doc_text(doc)
    links = []
    for first, second in itertools.pairwise(mentions):
        if (
            first.label is EntityLabel.PLACE
            and second.label is EntityLabel.COUNTRY
            and text[first.end : second.start] in (", ", ",")
        ):
            links.append((first.canonical, second.canonical))
    return list(dict.fromkeys(links))


def find_events(
    doc: Doc,
    parties: Parties,
    dates: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    links: dict[str, str],
    skip: Sequence[Span] = (),
) -> list[EventMention]:
    """Every event mention of a parsed document, in text order.

    ``links`` are the document's ``place → country`` pairs (:func:`place_links`). Sentences
    overlapping ``skip`` (heading lines) are not read: a heading names the event but is not a
    statement about it, and delegation sentences must not attach to it.
    """
    found: list[EventMention] = []
    pending: list[Delegate] = []
    carried: str | None = None
    for sent in doc.sents:
        if any(sent.start_char < s.end and s.start < sent.end_char for s in skip):
            continue
        mentions = parties.mentions_in(sent.start_char, sent.end_char)
        delegates, carried = _delegates(sent, mentions, parties, carried)
        made = _sentence_events(doc, sent, mentions, parties, links, dates, quotes, delegates)
        if made:
            found.extend(made)
        else:
            pending.extend(delegates)
    return _attach_delegates(found, pending)


def _sentence_events(
    doc: Doc,
    sent: SpacySpan,
    mentions: Sequence[EntityMention],
    parties: Parties,
    links: dict[str, str],
    dates: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    delegates: tuple[Delegate, ...],
) -> list[EventMention]:
    """The event mentions of one sentence, one per clause that names an event.

    Delegates and assessments read from the sentence go to its first mention only.
    """
    made: list[EventMention] = []
    for first, last in _clauses(sent):
        for n, (index, kind) in enumerate(_triggers(doc, first, last)):
            mention = _mention(doc, (first, last), index, kind, mentions, parties, links, dates)
            anchored = mention.place or mention.dates
            if n > 0 and not anchored and kind is not EventType.DEADLINE:
                # "The talks in X were the third round": the number belongs to the first event.
                if mention.ordinal is not None and made and made[-1].ordinal is None:
                    made[-1] = replace(
                        made[-1], ordinal=mention.ordinal, ordinal_text=mention.ordinal_text
                    )
                continue
            if not made:
                mention = replace(
                    mention,
                    delegates=delegates,
                    assessments=_assessments(quotes, sent, doc, parties),
                )
            made.append(replace(mention, start=sent.start_char, end=sent.end_char))
    return made


def _mention(
    doc: Doc,
    clause: tuple[int, int],
    index: int,
    kind: EventType,
    mentions: Sequence[EntityMention],
    parties: Parties,
    links: dict[str, str],
    dates: Sequence[TimeExpression],
) -> EventMention:
    """One event mention: what the clause around event word ``index`` says about it."""
    first, last = clause
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    clause_mentions = [m for m in mentions if start <= m.start and m.end <= end]
    clause_text = doc_text(doc)[start:end]
    deadline = kind is EventType.DEADLINE
    place, country = (None, None) if deadline else _place(doc, clause_mentions, index, links)
    token = doc[index]
    local = (token.idx - start, token.idx - start + len(token))
    ordinal = None if deadline else _ordinal(clause_text, local)
    return EventMention(
        start=start,
        end=end,
        type=kind,
        trigger=token.text,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token),
        tense=_tense(doc, first, last, index),
        place=place,
        place_country=country,
        dates=_dates(doc, dates, start, end, index),
        ordinal=ordinal[0] if ordinal else None,
        ordinal_text=ordinal[1] if ordinal else None,
        parties=_event_parties(clause_mentions, parties, place, doc),
        mediators=_mediators(clause_text, start, clause_mentions, parties),
        days=_days(clause_text),
    )


def _attach_delegates(events: list[EventMention], delegates: list[Delegate]) -> list[EventMention]:
    """Give delegation sentences without an event word to the nearest event mention."""
    if not events or not delegates:
        return events
    result = list(events)
    for delegate in delegates:
        # The event a delegation sentence is about was named before it, as a rule.
        before = [i for i in range(len(result)) if result[i].start <= delegate.start]
        pool = before or list(range(len(result)))
        nearest = min(pool, key=lambda i: abs(result[i].start - delegate.start))
        event = result[nearest]
        if delegate not in event.delegates:
            result[nearest] = _with_delegate(event, delegate)
    return result


def _with_delegate(event: EventMention, delegate: Delegate) -> EventMention:
    """A copy of ``event`` with one more delegate."""
    return replace(event, delegates=(*event.delegates, delegate))
