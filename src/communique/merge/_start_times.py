"""Start-time contradictions: outlets that give one event different clock times for its start.

"The talks began at 3 p.m." in one outlet and "the talks began around 4:30 p.m." in another,
for the same one-day event, is a ``date`` contradiction at the precision of the clock. The time
is read from the sentences that speak of the event alone (those the format finder reads,
:func:`communique.merge._modes.own_sentences`), and only where a start word (*began*,
*started*, *opened*, *took effect*, *débuté*, *begannen*) has the event itself for subject or
object (*the talks began*, *began talks*, *the ceasefire took effect*) and the time follows
within a few words. A time written as a conversion to another zone (*2:15 p.m. Hanoi time*,
*16:45 GMT*) or in brackets is the same moment written twice, never a second value; a session's
start (*the second session began at 17:45*) is a part of the event, not its start. A bare
number (*began at 3*) is no time. Times within :data:`_TOLERANCE` minutes of each other agree.

Only a one-day event is compared: a meeting over several days starts once a day. Each article
gives one time, else none (two times in one article are its sessions, or a schedule that
moved); each outlet one side, never two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from communique.lang._phrases import alternation, grouped
from communique.merge._corpus import Corpus
from communique.merge._modes import by_outlet, listing, sides_of, values_by_article
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

# Two times this many minutes apart or closer are one time told roughly.
_TOLERANCE = 10
_MINUTES_PER_DAY = 24 * 60
_NOON = 12 * 60

# A meeting starts when it opens; a ceasefire when it takes effect. The start of a ceasefire
# agreed at a meeting is not the start of the meeting, so each kind has its own words (all of
# them in lang/<code>/conflict_phrases.json).
_MEETING = alternation("opening_event_nouns")
_TRUCE = alternation("start_truce_nouns")
_START = alternation("start_words")
_HALF = rf"(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b|{alternation('hour_words')}\b)"
# Times named by a word ("noon", "minuit"), by the minutes after midnight they stand for.
_MINUTES_OF = {"noon": _NOON, "midnight": 0}
_NAMED = [(re.compile("|".join(words), re.IGNORECASE), _MINUTES_OF[label])
          for label, words in grouped("named_times").items()]
# A number is a time only with its minutes or a clock word after it ("3:00", "3 p.m.", "15 h").
_TIME = (rf"(?P<time>(?P<hour>[01]?\d|2[0-3])(?!\d)(?=[:.h]\s?[0-5]\d|\s*{_HALF})"
         rf"(?:[:.h]\s?(?P<minute>[0-5]\d))?\s*(?P<half>{_HALF})?"
         + "".join(f"|{pattern.pattern}" for pattern, _ in _NAMED) + ")")
_LINK = r"(?:\W+(?:\w+\W+){0,8}?)"


def _starts(event: str) -> re.Pattern[str]:
    """The event as subject ("the talks, which began") or object ("began talks") of a start
    word."""
    return re.compile(
        rf"\b{event}\b{_LINK}?{_START}(?!\w)"
        rf"|\b{_START}\s+(?:{alternation('start_articles')}\s+)?(?:\w+\s+){{0,2}}?{event}\b",
        re.IGNORECASE,
    )


_STARTS = {False: _starts(_MEETING), True: _starts(_TRUCE)}
_TIME_AFTER = re.compile(rf"{_LINK}{_TIME}", re.IGNORECASE)
_ONE_TIME = re.compile(rf"{_TIME}$", re.IGNORECASE)
# A time written as a conversion into another zone, or as the local time's twin in brackets.
_ZONE_AFTER = re.compile(
    r"^\s*(?:\(?\s*(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|MSK|ET|PT)\b|"
    r"(?!local\b)[A-Z][\w-]+\s+time\b)")
_SESSION = re.compile(
    rf"\b{alternation('session_ordinals')}\s+{alternation('session_nouns')}\b", re.IGNORECASE)


def _minutes(match: re.Match[str]) -> int | None:
    """Minutes after midnight of a matched time; ``None`` for a bare number (no clock)."""
    word = match.group("time")
    for pattern, minutes in _NAMED:
        if pattern.fullmatch(word):
            return minutes
    hour, minute = int(match.group("hour")), match.group("minute")
    half = (match.group("half") or "").casefold().replace(" ", "").rstrip(".")
    if not half and minute is None:
        return None  # "began at 3": a number, not a time
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    elif half and half[0] in "ap" and hour > 12:
        return None  # "15 p.m." is no time
    return hour * 60 + int(minute or 0)


def _in_brackets(text: str, at: int) -> bool:
    """Whether position ``at`` lies inside an open bracket."""
    before = text[:at]
    return before.count("(") > before.count(")")


def start_times_in(sentence: str, truce: bool = False) -> set[int]:
    """The start times (minutes after midnight) a sentence gives for the meeting it speaks of,
    or with ``truce`` for the ceasefire."""
    return {minutes for minutes, _, _ in _timed_starts(sentence, truce)}


def truce_starts(sentence: str) -> list[tuple[int, str, int]]:
    """Each time a sentence gives for a ceasefire taking effect (as :func:`start_times_in`
    reads them): its minutes after midnight, its text, and the offset where that text ends."""
    return _timed_starts(sentence, True)


def _timed_starts(sentence: str, truce: bool) -> list[tuple[int, str, int]]:
    if _SESSION.search(sentence):
        return []
    found: list[tuple[int, str, int]] = []
    for start in _STARTS[truce].finditer(sentence):
        match = _TIME_AFTER.match(sentence, start.end())
        if match is None:
            continue
        end = match.end("time")
        if _ZONE_AFTER.match(sentence[end:]) or _in_brackets(sentence, match.start("time")):
            continue
        minutes = _minutes(match)
        if minutes is not None:
            found.append((minutes % _MINUTES_PER_DAY, match.group("time"), end))
    return found


def clock_of(text: str) -> int | None:
    """Minutes after midnight of a text that is one clock time (``19:00``, ``7 p.m.``,
    ``17h00``), else ``None``."""
    match = _ONE_TIME.match(text.strip())
    return _minutes(match) if match else None


def clock_agree(first: int, second: int) -> bool:
    """Whether two clock times (minutes after midnight) are one time told roughly."""
    return _agree(first, second)


def clock_label(minutes: int) -> str:
    """``HH:MM`` of minutes after midnight."""
    return _clock(minutes)


def _agree(first: int, second: int) -> bool:
    gap = abs(first - second)
    return min(gap, _MINUTES_PER_DAY - gap) <= _TOLERANCE


def _one_value(values: set[int]) -> int | None:
    """An article's one time, ``None`` when it gives two that disagree."""
    ordered = sorted(values)
    return ordered[0] if all(_agree(ordered[0], v) for v in ordered) else None


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def start_time_contradictions(events: Sequence[StoryEvent], corpus: Corpus
                              ) -> list[Contradiction]:
    """For each one-day event, outlets that give its start different clock times."""
    found = []
    for event, tagged, evidence_of in values_by_article(events, corpus, _both_kinds):
        if not event.start or event.start != event.end:
            continue
        truce = event.type == "ceasefire"
        per_article = {a: {m for kind, m in values if kind == truce}
                       for a, values in tagged.items()}
        per_article = {a: values for a, values in per_article.items() if values}
        evidence = {a: [e for e in evidence_of[a] if start_times_in(e.text, truce)]
                    for a in per_article}
        made = _contradiction(event, per_article, evidence, corpus)
        if made is not None:
            found.append(made)
    return found


def _both_kinds(sentence: str) -> set[tuple[bool, int]]:
    """A sentence's start times, each marked as a ceasefire's (``True``) or a meeting's."""
    return {(truce, minutes) for truce in (False, True)
            for minutes in start_times_in(sentence, truce)}


def _contradiction(event: StoryEvent, per_article: dict[str, set[int]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus
                   ) -> Contradiction | None:
    """One contradiction from each article's time, an outlet never against itself."""
    by_source = by_outlet(per_article, corpus)
    groups: dict[int, list[str]] = defaultdict(list)
    for article in per_article:
        value = _one_value(by_source[corpus.source_key(article)])
        if value is None:
            continue
        anchor = next((g for g in groups if _agree(g, value)), value)
        groups[anchor].append(article)
    if len(groups) < 2 or any(_agree(a, b) for a in groups for b in groups if a != b):
        return None
    sides = sides_of(groups, evidence_of, corpus, _clock)
    note = f"Outlets give different start times for {event.title}: {listing(sides)}."
    return Contradiction(content_id("x_", "date", "start", event.id), "date", event.id, sides,
                         note)
