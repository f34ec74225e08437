"""Event mentions: clauses that report talks, meetings, signings, ceasefires, exchanges, deadlines.

A mention is a reported fact: an event word (a meeting noun or verb, an agreement that is signed
or reached, a ceasefire taking effect, a prisoner exchange, a deadline) with what its own clause
says about it — who takes part and who mediates (from the parse, see
:mod:`communique.extract._event_roles`), where (:mod:`communique.extract._event_places`), when
(dates the parse ties to the event word), the source's own round number, how long it lasts, and
its status: held, ongoing, planned, postponed, cancelled, hypothetical or historical
(:mod:`communique.extract._event_status`). Delegations and assessments come from the sentences
around it (:mod:`communique.extract._event_sides`). The merge stage turns mentions from many
articles into events; nothing here compares documents.

Vocabulary comes from the document language's lexicon
(:mod:`communique.extract._event_lexicon`), never from a list of one story's places or people.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._event_dates import in_dateline
from communique.extract._event_lexicon import EventLexicon, lexicon
from communique.extract._event_places import anchors, below, event_place
from communique.extract._event_roles import (
    TokenMentions,
    event_nouns,
    mediators_from_text,
    roles,
)
from communique.extract._event_sides import assessments, attach_delegates, delegates
from communique.extract._event_status import mention_status
from communique.extract._event_tree import kids
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.model import Span
from communique.model.annotations import Delegate, EventMention, EventStatus, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression

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
    # or the words of a name: "2nd Special General Border Committee (GBC) Meeting"
    r"(?-i:(?:(?:[A-Z][\w'’-]*|\([A-Z]{2,}\))\s+){0,6}?)"
    r"(?P<noun>round|session|meeting|talks|negotiations)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|set to|scheduled|expected to|due to|upcoming|next|plans? to|"
    r"going to|is to|are to|starts|begins|opens|could|might)\b",
    re.IGNORECASE,
)
_DAYS = re.compile(
    r"\b(?P<n>one|two|three|four|five|\d)[- ]day\b|\b(?P<m>two|three|four|five|\d) days of\b"
    r"|\b(?P<o>second|third|fourth|fifth) (?:straight |consecutive )?day\b",
    re.IGNORECASE,
)
# Most characters between a stated length and its event word ("the second day of the talks").
_DAYS_REACH = 24
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "second": 2,
                 "third": 3, "fourth": 4, "fifth": 5}
_DATE_GRANULARITIES = frozenset({"day", "range", "week", "month", "year", "time"})
_BOUND = re.compile(
    r"\b(?:since|until|till|before|after|by|from|through)\s+(?:the\s+)?$", re.IGNORECASE
)
_PARTICIPLE_REACH = 5
_SCHEDULING_VERBS = frozenset(
    {"schedule", "set", "plan", "hold", "take", "start", "begin", "end", "conclude", "meet",
     "open", "resume", "wrap", "convene", "slate", "due", "sign"}
)
_SIGNED_WORDS = 10
_HOSTED_BY = re.compile(r"\bhosted\s+by\b", re.IGNORECASE)
_TENSES = {
    EventStatus.HELD: "past",
    EventStatus.HISTORICAL: "past",
    EventStatus.ONGOING: "present",
    EventStatus.PLANNED: "future",
    EventStatus.POSTPONED: "future",
    EventStatus.CANCELLED: "future",
    EventStatus.HYPOTHETICAL: "future",
}


def _clauses(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges of the coordinated clauses of a sentence (", and a second round took…")."""
    cuts = [sent.start]
    for token in sent:
        if token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"):
            conj = [c for c in kids(token.head) if c.dep_ == "conj" and c.i > token.i]
            if conj and conj[0].pos_ in ("VERB", "AUX"):
                cuts.append(token.i)
    cuts.append(sent.end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _candidates(doc: Doc, lex: EventLexicon) -> list[int]:
    """Indexes of the tokens that may name an event (computed once per document)."""
    key = f"communique.event_candidates.{lex.language}"
    cached: list[int] | None = doc.user_data.get(key)
    if cached is None:
        # Compared as string hashes over arrays: no Token object is made for most words.
        nouns, verbs = _event_words(lex)
        strings = doc.vocab.strings
        words = doc.to_array([LOWER, LEMMA])
        noun_ids = numpy.array([strings[w] for w in nouns], dtype=words.dtype)
        verb_ids = numpy.array([strings[w] for w in verbs], dtype=words.dtype)
        hits = numpy.isin(words[:, 0], noun_ids) | numpy.isin(words[:, 1], verb_ids)
        cached = numpy.flatnonzero(hits).tolist()
        doc.user_data[key] = cached
    return cached


@cache
def _event_words(lex: EventLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and verb lemmas that may name an event, in one set each (built once)."""
    nouns = (
        set(lex.meeting_nouns)
        | lex.agreement_nouns
        | lex.signing_nouns
        | lex.ceremony_nouns
        | lex.exchange_nouns
        | lex.deadline_nouns
    )
    return frozenset(nouns), lex.meeting_verbs | lex.receive_verbs | lex.hosting_verbs


def _signed_by_verb(token: Token, lex: EventLexicon) -> bool:
    """Whether an agreement noun is what a clause says was signed, reached or agreed on."""
    head = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.lemma_.lower() in (
        lex.signing_verbs
    ):
        return True
    # "the declaration of principles signed on April 25": the participle may hang on the
    # noun's "of" phrase.
    named = [token, *(g for c in kids(token) if c.lower_ == "of" for g in kids(c))]
    if any(
        c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in lex.signing_verbs
        # "a deal agreed upon in June" reads as a plan as often as a signing: not this way
        and c.lemma_.lower() not in lex.planned_heads
        and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("to", "be") for a in kids(c))
        for noun in named
        for c in kids(noun)
    ):
        return True
    if token.dep_ == "pobj" and head.lower_ in ("to", "on", "upon"):
        return head.head.lemma_.lower() == "agree"  # "agreed to a ceasefire"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.signing_nouns:
        return True  # "the signing of the declaration"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in (
        lex.text_nouns
    ):
        return _signed_by_verb(head.head, lex)  # "initialed the text of the agreement"
    return any(c.lower_ in lex.signing_nouns for c in kids(token) if c.dep_ == "compound")


def _takes_effect(token: Token, lex: EventLexicon) -> bool:
    """``the ceasefire took effect``, ``came into force``, ``began at midnight``."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in lex.effect_verbs:
        return False
    if verb.lemma_.lower() in ("begin", "start"):
        return True
    return any(
        t.lower_ in lex.effect_objects for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3
    )


def _kind(token: Token, lex: EventLexicon) -> EventType | None:
    """The type of event ``token`` names, or ``None`` when it names none here."""
    lower, lemma = token.lower_, token.lemma_.lower()
    noun = token.pos_ in ("NOUN", "PROPN")
    if noun and lower in lex.meeting_nouns:
        return lex.meeting_nouns[lower]
    if token.pos_ == "VERB" and lemma in lex.meeting_verbs | lex.receive_verbs:
        return EventType.MEETING
    if token.pos_ == "VERB" and lemma in lex.hosting_verbs and any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" for c in kids(token)
    ):
        return EventType.MEETING  # "X hosted Y and Z"
    if noun and lower in lex.deadline_nouns:
        return EventType.DEADLINE
    if noun and lower in lex.ceasefire_nouns and (
        _takes_effect(token, lex) or _signed_by_verb(token, lex)
    ):
        return EventType.CEASEFIRE
    if noun and lower in lex.agreement_nouns and _signed_by_verb(token, lex):
        return EventType.AGREEMENT
    if noun and lower in lex.signing_nouns and token.dep_ != "compound":
        return EventType.AGREEMENT
    if noun and lower in lex.ceremony_nouns and any(
        c.lower_ in lex.signing_nouns for c in kids(token) if c.dep_ in ("compound", "amod")
    ):
        return EventType.AGREEMENT  # "the signing ceremony"
    if noun and lower in lex.exchange_nouns and any(
        t.lower_ in lex.captive_nouns for t in token.subtree
    ):
        return EventType.EXCHANGE
    if noun and lower in lex.exchange_nouns and any(
        c.lower_ in lex.captive_nouns for c in kids(token) if c.dep_ == "compound"
    ):
        return EventType.EXCHANGE
    return None


def _triggers(doc: Doc, start: int, end: int, lex: EventLexicon) -> list[tuple[int, EventType]]:
    """Every event word of a clause, in order, with the type of event it names."""
    found = []
    for index in _candidates(doc, lex):
        if index < start:
            continue
        if index >= end:
            break
        kind = _kind(doc[index], lex)
        if kind is not None:
            found.append((index, kind))
    return found


def _tense(doc: Doc, start: int, end: int) -> str:
    """``future``, ``past`` or ``present`` from a clause's words, when its status is unknown."""
    first, last = doc[start], doc[end - 1]
    if _FUTURE.search(doc_text(doc)[first.idx : last.idx + len(last)]):
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


def _days(text: str, trigger: tuple[int, int]) -> int | None:
    """The length the clause gives the event in days (``two-day talks``, ``three days of
    talks``): a length written next to the event word, not one of something else in its clause
    ("talks began as the clashes entered a fifth day")."""
    for match in _DAYS.finditer(text):
        gap = max(match.start() - trigger[1], trigger[0] - match.end())
        if gap > _DAYS_REACH:
            continue
        raw = (match.group("n") or match.group("m") or match.group("o")).lower()
        return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    return None


# How far up a relative clause is looked for (a location phrase's words, the clause's verb).
_CLAUSE_DEPTH = 10


def _schedules(verb: Token, event: Token) -> bool:
    """``negotiations in Geneva, scheduled for …``: a participle right after the event word.

    The parser often hangs such a participle on another word; its date is still the event's
    when it follows the event word closely and the event is not a deadline.
    """
    return (
        verb.lemma_.lower() in _SCHEDULING_VERBS
        and verb.tag_ == "VBN"
        and 0 < verb.i - event.i <= _PARTICIPLE_REACH
        and event.lower_ != "deadline"
    )


def _governs(doc: Doc, expression: TimeExpression, trigger: int, anchored: set[int]) -> bool:
    """Whether a date attaches to the event word, or a verb or participle of its own.

    "talks took place on Jan. 23" (date → took ← talks) and "meet next week" attach; "in
    remarks on Feb. 14, X hoped that upcoming talks…" attaches to "remarks", and "announced on
    Tuesday the outcome of the meeting" to "announced", not to the event.
    """
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    event = doc[trigger]
    return (head.i in anchored or _schedules(head, event) or below(head, anchored)
            or _closes_clause(doc, span, anchored))


def _closes_clause(doc: Doc, span: SpacySpan, anchored: set[int]) -> bool:
    """``X, who mediated the talks in Lindhaven, Veldra, yesterday, said …``: a date set off by
    commas between a relative clause that holds the event and the verb of the clause it
    describes closes the relative clause, wherever the parser hangs it (on the verb, on the
    subject), when the relative clause's verb is the event's own. Without the comma before the
    verb (``…, yesterday said``), or with other words before the verb (``After the talks in
    Lindhaven, on Monday, the minister said``), the date stays the main clause's."""
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "ADP" else span.start
    before, after = first - 1, span.end  # "…, on Tuesday, said": the preposition with it
    if before < 1 or after + 1 >= len(doc):
        return False
    if doc[before].text != "," or doc[after].text != ",":
        return False
    verb, last = doc[after + 1], doc[before - 1]
    if verb.pos_ not in ("VERB", "AUX") or last.ent_type_ in ("DATE", "TIME"):
        return False  # "…, who led the talks last week, on Monday, said": the clause has its date
    relative = _relative_clause(last)
    # The relative clause's verb must be the event's own ("who mediated the talks"), not
    # another act ("which left for the talks in Lindhaven, on Monday,": the leaving's day).
    return (relative is not None and relative.i in anchored and below(last, anchored)
            and verb in relative.ancestors)


def _relative_clause(token: Token) -> Token | None:
    """The verb of the relative clause ``token`` lies in, if any."""
    current = token
    for _ in range(_CLAUSE_DEPTH):
        if current.dep_ == "relcl":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _dates(
    doc: Doc,
    dates: Sequence[TimeExpression],
    clause: tuple[int, int],
    trigger: int,
    anchored: set[int],
    lex: EventLexicon,
) -> tuple[TimeExpression, ...]:
    """Dates (not durations or anniversaries) inside ``[start, end)`` that describe the event.

    A bound ("since February", "before April") dates a period around the event, not the event,
    except for a deadline ("by June" is the deadline's date). A date restated in apposition
    ("today, October 23") is the restatement.
    """
    deadline = doc[trigger].lower_ == "deadline"
    start, end = clause
    text = doc_text(doc)
    sentence_start = doc[trigger].sent.start_char
    usable = [
        d
        for d in dates
        if start <= d.start
        and d.end <= end
        and d.kind == "date"
        and d.granularity in _DATE_GRANULARITIES
        and d.value
        and (d.granularity != "time" or _names_a_day(d.text, lex))
        and not in_dateline(text, sentence_start, d)
        and (deadline or not _BOUND.search(text[max(0, d.start - 12) : d.start]))
    ]
    kept = [d for d in usable if _governs(doc, d, trigger, anchored)]
    for first, second in itertools.pairwise(usable):
        if (
            first in kept
            and second not in kept
            and text[first.end : second.start] in (", ", " (")
            and _has_digit(second.text)
            and not _has_digit(first.text)
        ):
            kept[kept.index(first)] = second  # "today, October 23"
    return tuple(kept)


def _names_a_day(text: str, lex: EventLexicon) -> bool:
    """Whether a clock time names its day too ("Thursday afternoon", "March 3 at 10am")."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(w in lex.day_words for w in words) or bool(re.search(r"\d{1,2}[/.-]\d", text))


_PLACE_LABELS = (EntityLabel.PLACE, EntityLabel.COUNTRY)


def _place_beside(text: str, dates: Sequence[TimeExpression],
                  mentions: Sequence[EntityMention], lex: EventLexicon
                  ) -> tuple[str, str | None, bool] | None:
    """A place the clause states without a preposition the parse can tie to the event.

    Two forms of communiqués: a place set off after the event's date ("Meeting on 16 August
    2025, Ostra Province, Republic of Veldra"), the place itself followed by a comma or the end
    (so that "on Monday, Veldra said" is not one); and a host named as such ("held … with the
    Kingdom of Korvania as the host"), which the last value says.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for expression in dates:
        following = next((m for m in ordered if m.start >= expression.end), None)
        if (
            following is not None
            and following.label is EntityLabel.PLACE
            and re.fullmatch(r"\s*,\s*", text[expression.end : following.start])
            and re.match(r"\s*(?:[,.;]|$)", text[following.end : following.end + 2])
        ):
            return following.canonical, None, False
    for mention in ordered:
        if mention.label in _PLACE_LABELS and lex.host_role.match(text, mention.end):
            return mention.canonical, (
                mention.canonical if mention.label is EntityLabel.COUNTRY else None), True
    return None


def _names_event(name: str, lex: EventLexicon) -> bool:
    """Whether a name is an event's or a text's, not a side's ("the Peace Agreement")."""
    words = name.lower().split()
    return bool(words) and words[-1] in _event_words(lex)[0]


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _weekday_conflict(
    dates: Sequence[TimeExpression], lex: EventLexicon
) -> tuple[tuple[TimeExpression, ...], str | None]:
    """Drop a date whose stated weekday does not fit it, and say so ("Thursday, December 5").

    A source that gives a weekday and a date that disagree is inconsistent: which of the two is
    wrong cannot be told, so the date does not place the event, and the mention carries a note.
    """
    kept, note = [], None
    for expression in dates:
        value = expression.value or ""
        words = expression.text.lower()
        named = [i for i, day in enumerate(lex.weekdays) if day in words]
        if len(named) == 1 and len(value) == 10:
            try:
                actual = date.fromisoformat(value).weekday()
            except ValueError:
                actual = named[0]
            if actual != named[0] and any(c.isdigit() for c in expression.text):
                note = (
                    f"“{expression.text}”: {value} is a {lex.weekdays[actual].capitalize()}, "
                    f"not a {lex.weekdays[named[0]].capitalize()}"
                )
                continue
        kept.append(expression)
    return tuple(kept), note


def _signed(token: Token, kind: EventType, lex: EventLexicon) -> str | None:
    """What an agreement event signed, as the text names it (``a framework agreement``)."""
    if kind not in (EventType.AGREEMENT, EventType.CEASEFIRE):
        return None
    head = token
    if token.lower_ in lex.signing_nouns or token.lower_ in lex.ceremony_nouns:
        objects = [g for c in kids(token) if c.lower_ == "of" for g in kids(c)]
        if not objects:
            return None
        head = objects[0]
    skipped = {
        t.i for c in kids(head) if c.dep_ in ("relcl", "acl", "punct", "appos")
        or (c.dep_ == "prep" and (c.lower_ in lex.location_prepositions or _dated(c)))
        for t in c.subtree
    }
    words = [t for t in head.subtree if t.i not in skipped]
    while words and words[0].dep_ in ("det", "poss", "case", "nummod"):
        words = words[1:]
    text = doc_span_text(words[:_SIGNED_WORDS])
    return text or None


def _dated(prep: Token) -> bool:
    """Whether a prepositional phrase is a date ("on Tuesday"), not part of a text's name."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def doc_span_text(tokens: Sequence[Token]) -> str:
    """The text of consecutive tokens, as written (spaces kept from the document)."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _new_date(doc: Doc, dates: Sequence[TimeExpression], lex: EventLexicon) -> bool:
    """Whether a postponed event's date is its new date ("postponed to Monday")."""
    for expression in dates:
        before = doc_text(doc)[max(0, expression.start - 8) : expression.start].lower().split()
        if before and before[-1] in lex.new_date_prepositions:
            return True
    return False


class _Reader:
    """Reads the event mentions of one document; holds what every sentence needs."""

    def __init__(
        self,
        doc: Doc,
        parties: Parties,
        dates: Sequence[TimeExpression],
        quotes: Sequence[Quote],
        links: dict[str, str],
        published: date | None,
        lex: EventLexicon,
    ) -> None:
        self.doc, self.parties, self.dates, self.quotes = doc, parties, dates, quotes
        self.links, self.published, self.lex = links, published, lex
        self.captions = re.compile("|".join(lex.caption_cues))

    def sentence(
        self,
        sent: SpacySpan,
        mentions: Sequence[EntityMention],
        found_delegates: tuple[Delegate, ...],
    ) -> list[EventMention]:
        """The event mentions of one sentence, one per clause that names an event.

        Assessments read from the sentence go to its first mention only, delegates to its
        first mention with a place or a date.
        """
        candidates = _candidates(self.doc, self.lex)
        first_candidate = bisect.bisect_left(candidates, sent.start)
        if first_candidate == len(candidates) or candidates[first_candidate] >= sent.end:
            return []  # most sentences name no event: nothing more to read
        clauses = [(c, _triggers(self.doc, c[0], c[1], self.lex)) for c in _clauses(sent)]
        if not any(found for _, found in clauses) or self.captions.search(
            doc_text(self.doc)[sent.start_char : sent.end_char]
        ):
            return []  # no event word; or a photo caption, which shows an event, not reports it
        tokens = TokenMentions(self.doc, mentions)
        made: list[EventMention] = []
        covered: set[int] = set()
        for (first, last), triggers in clauses:
            for n, (index, kind) in enumerate(triggers):
                if index in covered:
                    continue  # "talks" in "a round of talks" is the same event as "round"
                covered |= {t.i for t in event_nouns(self.doc[index], self.lex)}
                mention = self.mention((first, last), index, kind, mentions, tokens)
                if mention is None:
                    continue
                anchored = mention.place or mention.dates
                if n > 0 and not anchored and kind is not EventType.DEADLINE:
                    # "The talks in X were the third round": the number is the first event's.
                    if (
                        mention.ordinal is not None
                        and made
                        and made[-1].ordinal is None
                        and self.doc[index].dep_ in ("attr", "appos")
                    ):
                        made[-1] = replace(
                            made[-1], ordinal=mention.ordinal, ordinal_text=mention.ordinal_text
                        )
                    continue
                if not made:
                    mention = replace(
                        mention,
                        assessments=assessments(self.quotes, sent, self.doc, self.parties),
                    )
                made.append(mention)
        if made and found_delegates:
            # The sentence's delegates go to its mention that says where or when ("… in the
            # talks by X … at the negotiations in Rome"), else to its first.
            at = next((i for i, m in enumerate(made) if m.place or m.dates), 0)
            made[at] = replace(made[at], delegates=(*made[at].delegates, *(
                d for d in found_delegates if d not in made[at].delegates)))
        return made

    def mention(
        self,
        clause: tuple[int, int],
        index: int,
        kind: EventType,
        mentions: Sequence[EntityMention],
        tokens: TokenMentions,
    ) -> EventMention | None:
        """One event mention: what the clause around event word ``index`` says about it."""
        doc, lex = self.doc, self.lex
        first, last = clause
        token = doc[index]
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        clause_mentions = [m for m in mentions if start <= m.start and m.end <= end]
        clause_text = doc_text(doc)[start:end]
        deadline = kind is EventType.DEADLINE
        nouns = event_nouns(token, lex)
        place, country = (
            (None, None) if deadline else event_place(doc, token, nouns, clause, tokens,
                                                      self.links, lex)
        )
        found = roles(token, tokens, self.parties, lex)
        if token.lemma_.lower() in lex.receive_verbs | lex.hosting_verbs and len(
            found.parties
        ) + len(found.people) < 2:
            return None  # "received a letter" is no meeting; "X received Y" is
        # A side named as taking part that also hosts ("talks between X and Y, hosted by X")
        # hosts at home: it stays a side, not a go-between.
        hosting = _HOSTED_BY.search(clause_text) is not None
        mediators = list(dict.fromkeys(
            [*found.mediators, *(m for m in mediators_from_text(clause_text, start,
                                                                 clause_mentions, self.parties,
                                                                 lex)
                                 if not (hosting and m in found.parties))]
        ))
        dates, inconsistency = _weekday_conflict(
            _dates(doc, self.dates, (start, end), index, anchors(token, nouns, lex), lex), lex
        )
        host = False  # a side named as the host hosts at home: it stays a side
        if not deadline and (place is None or place == country):
            stated = _place_beside(doc_text(doc), dates, clause_mentions, lex)
            if stated is not None:
                place, country, host = stated
        status = mention_status(token, dates, self.published, lex)
        if status is EventStatus.POSTPONED and _new_date(doc, dates, lex):
            status = EventStatus.PLANNED  # "postponed to Monday": Monday is the new date
        ordinal = None
        for noun in [] if deadline else nouns:
            local = (noun.idx - start, noun.idx - start + len(noun))
            ordinal = ordinal or _ordinal(clause_text, local)
        heads = tuple(
            Delegate(person.canonical, party, True, person.start, person.end)
            for person, party in found.people
            # A participant whose side this article does not say keeps None: the story may
            # know whose negotiator they are.
            if party not in mediators and person.canonical not in mediators
        )
        sentence = token.sent
        return EventMention(
            start=sentence.start_char,
            end=sentence.end_char,
            type=kind,
            trigger=token.text,
            trigger_start=token.idx,
            trigger_end=token.idx + len(token),
            tense=_TENSES[status] if status is not None else _tense(doc, first, last),
            place=place,
            place_country=country,
            dates=dates,
            ordinal=ordinal[0] if ordinal else None,
            ordinal_text=ordinal[1] if ordinal else None,
            parties=tuple(p for p in found.parties
                          if p not in mediators and (p != place or host)
                          and not _names_event(p, lex)),
            mediators=tuple(mediators),
            delegates=heads,
            days=_days(clause_text, (token.idx - start, token.idx - start + len(token))),
            status=status,
            signed=_signed(token, kind, lex),
            inconsistency=inconsistency,
        )


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
    *,
    published: date | None = None,
    language: str | None = None,
) -> list[EventMention]:
    """Every event mention of a parsed document, in text order.

    ``links`` are the document's ``place → country`` pairs (:func:`place_links`);
    ``published`` its date (a stated date after it makes an event planned). Sentences
    overlapping ``skip`` (heading lines) are not read: a heading names the event but is not a
    statement about it, and delegation sentences must not attach to it. A language without a
    lexicon has no event mentions.
    """
    lex = lexicon(language)
    if lex is None:
        return []
    reader = _Reader(doc, parties, dates, quotes, links, published, lex)
    found: list[EventMention] = []
    pending: list[Delegate] = []
    carried: str | None = None
    for sent in doc.sents:
        if any(sent.start_char < s.end and s.start < sent.end_char for s in skip):
            continue
        mentions = parties.mentions_in(sent.start_char, sent.end_char)
        named, carried = delegates(sent, mentions, parties, carried, lex)
        made = reader.sentence(sent, mentions, named)
        if made:
            found.extend(made)
        else:
            pending.extend(named)
    return attach_delegates(
        place_from_previous(found, doc_text(doc), dated=published is not None), pending)


_GATHERINGS = (EventType.TALKS, EventType.MEETING, EventType.AGREEMENT)
_TAKING_PLACE = (EventStatus.HELD, EventStatus.ONGOING, None)


def _fits_dates(earlier: EventMention, later: EventMention, dated: bool) -> bool:
    """Whether an earlier mention's dates leave room for the later one's: none, or the same
    days ("talks in X this week" then "on Tuesday"; not "on April 25" then "on June 18").

    In an article without a publication date (``dated`` false) a date read against the
    article's day ("this past week") is a guess: it rules nothing out.
    """
    days = {d.value for d in later.dates}
    return all(d.value in days or (d.granularity != "day" and _within(d, days))
               or (not dated and d.anchor is not None)
               for d in earlier.dates)


def _within(expression: TimeExpression, days: set[str | None]) -> bool:
    """Whether every day in ``days`` lies inside a vaguer date (a week, a month, a range)."""
    span = _span(expression.value or "")
    if span is None:
        return False
    try:
        found = [date.fromisoformat(day) for day in days if day]
    except ValueError:
        return False
    return len(found) == len(days) and all(span[0] <= day <= span[1] for day in found)


def _span(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO week (``2031-W11``), month, year or ``a/b`` range."""
    first, _, last = value.partition("/")
    try:
        if last:
            return date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            year, week = int(value[:4]), int(value[6:])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            start = date.fromisoformat(value + "-01")
            following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return start, following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def place_from_previous(found: Sequence[EventMention], text: str, *, dated: bool = True
                        ) -> list[EventMention]:
    """Give a dated mention without a place the place of the sentence right before it.

    A report often places the event in one sentence and dates it in the next ("… after talks
    held in X. On June 18, the delegations initialed the text."). The earlier sentence must be
    the adjacent one, report a gathering taking place there, and give no other date; the later
    mention must name who meets, and no other sides than the earlier one names. A mention in
    the same sentence does not lend its place (its clause is another), and planned,
    cancelled or historical events lend nothing.
    """
    out = list(found)
    for i in range(1, len(out)):
        mention, previous = out[i], out[i - 1]
        if (
            mention.place is None
            and mention.dates
            and mention.type in _GATHERINGS
            and mention.status in _TAKING_PLACE
            and previous.type in _GATHERINGS
            and previous.status in _TAKING_PLACE
            and previous.place is not None
            and previous.end <= mention.start
            and not text[previous.end : mention.start].strip()
            and _fits_dates(previous, mention, dated)
            # Who meets says it is the same gathering, not another body's meeting that day.
            and mention.parties
            and (not previous.parties or set(previous.parties) & set(mention.parties))
        ):
            out[i] = replace(mention, place=previous.place,
                             place_country=previous.place_country)
    return out
