"""When an event is, and how long and which round: its dates, its number and its days.

Dates come from the clause around the event word, and only those the parse ties to the event
word (or to a verb or participle of its own) date it; a weekday that contradicts its date drops
the date with a note. The source's own round number and a stated length in days are read from
the words right next to the event word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._event_dates import in_dateline
from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_places import below
from communique.extract._sentences import doc_text
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

_OF_GAP = re.compile(r"\s+of(?:\s+[\w-]+){0,3}\s+$|\s*$")


def source_ordinal(text: str, trigger: tuple[int, int]) -> tuple[int, str] | None:
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


def stated_days(text: str, trigger: tuple[int, int]) -> int | None:
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
    """``negotiations in Lindhaven, scheduled for …``: a participle right after the event word.

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


def _names_deadline(text: str, expression: TimeExpression, event: Token,
                    lex: EventLexicon) -> bool:
    """``the May 2 deadline``: a date written right before a deadline word is its day,
    however the parser joins them (it often makes the word a compound of the next noun)."""
    return (event.lower_ in lex.deadline_nouns and expression.end <= event.idx
            and text[expression.end : event.idx].strip(" -–'’s") == "")


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


def event_dates(
    doc: Doc,
    dates: Sequence[TimeExpression],
    clause: tuple[int, int],
    trigger: int,
    anchored: set[int],
    lex: EventLexicon,
    deadline: bool = False,
) -> tuple[TimeExpression, ...]:
    """Dates (not durations or anniversaries) inside ``[start, end)`` that describe the event.

    A bound ("since February", "before April") dates a period around the event, not the event,
    except for a deadline ("by June" is the deadline's date). A date restated in apposition
    ("today, October 23") is the restatement.
    """
    deadline = deadline or doc[trigger].lower_ == "deadline"
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
    kept = [d for d in usable if _governs(doc, d, trigger, anchored)
            or (deadline and _names_deadline(text, d, doc[trigger], lex))]
    for first, second in itertools.pairwise(usable):
        if (
            first in kept
            and text[first.end : second.start] in (", ", " (")
            and _has_digit(second.text)
            and not _has_digit(first.text)
        ):
            # "today, October 23": one day, restated; the written date is the one to keep,
            # whether or not the parse tied it to the event word too.
            if second in kept:
                kept.remove(first)
            else:
                kept[kept.index(first)] = second
    return tuple(kept)


def _names_a_day(text: str, lex: EventLexicon) -> bool:
    """Whether a clock time names its day too ("Thursday afternoon", "March 3 at 10am")."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(w in lex.day_words for w in words) or bool(re.search(r"\d{1,2}[/.-]\d", text))


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def weekday_conflict(
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


def new_date(doc: Doc, dates: Sequence[TimeExpression], lex: EventLexicon) -> bool:
    """Whether a postponed event's date is its new date ("postponed to Monday")."""
    for expression in dates:
        before = doc_text(doc)[max(0, expression.start - 8) : expression.start].lower().split()
        if before and before[-1] in lex.new_date_prepositions:
            return True
    return False
