"""What a claim's number measures: a class news counts (*killed*), what a length of days or
years is the length of (a truce, talks, a deadline; an extension or a delay is a new time
window), the hours of a meeting, else its verb and counted noun; and the bounded episode a
sentence counts for (``the five-day border conflict``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from communique.lang import language_pack
from communique.merge._episodes import any_language_episode
from communique.merge._fact_numbers import DURATIONS, SPAN_UNITS
from communique.merge._fact_words import (
    NUMBER_WORDS,
    STOP,
    WORD,
    content_stems,
    extensions,
    levies,
    measure_class,
    reliefs,
    span_class,
    spans,
    stem,
    verbs_of,
)
from communique.model.claims import Claim, Quantity

# "given 30 days to make concessions", "within 90 days": a time limit, whatever it is for.
_TIME_LIMIT_AFTER = re.compile(r"^\s+to\s+[a-z]")
_TIME_LIMIT_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
# "delay the deadline by six months", "extended the truce for another 90 days".
_EXTENDED_BY = re.compile(r"\b(?:extend|prolong|delay|postpon|defer)\w*\b[^.,;:]{0,40}?"
                          r"\b(?:by|for)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_SPAN_HEAD = 2
_HYPHENS = frozenset("-‐‑–")
# The classes a reader of another language names a length's object by (lang/counts.SPANS).
EXTENSION = "extension"
_DEADLINE = "deadline"
_TRUCE = "truce"
_SMALL_NUMBERS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve"))}
_EPISODE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(list(_SMALL_NUMBERS)[1:])})"
    r"(?:-|\s)(?P<unit>day|week|month)s?(?:\s+of)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|fighting|clashes|hostilities|battle|offensive|border\s+war)\b",
    re.IGNORECASE)


def span_of(text: str, quantity: Quantity) -> str:
    """What a length of days or years is the length of: the noun right after it ("a 12-day
    war", "five days of fighting", "30-day snapback process"), as a class when the lexicon
    names it, else its stem; a time limit ("30 days to ...", "within 90 days") is a deadline;
    empty when no noun follows."""
    if _TIME_LIMIT_AFTER.match(text[quantity.end :][:20]) or _TIME_LIMIT_BEFORE.search(
            text[max(0, quantity.start - 10) : quantity.start]):
        return "deadline"
    head = _head_after(text, quantity)
    return span_class(head) or (head[-1] if head else "")


def _head_after(text: str, quantity: Quantity) -> list[str]:
    """The stems of the noun phrase right after a length (past an ``of``), up to two
    modifiers' worth, a hyphenated compound counting as one."""
    tokens = re.findall(r"[^\W\d_]+|[^\w\s]", text[quantity.end :][:60])
    if tokens[:1] == ["of"]:
        tokens = tokens[1:]
    head: list[str] = []
    room = _SPAN_HEAD
    for token in tokens:
        lower = token.lower()
        if token in _HYPHENS and head:
            room += 1  # "three months of Veldran-brokered talks": a compound is one modifier
            continue
        if lower in STOP or lower in NUMBER_WORDS or not token[:1].isalpha():
            break
        head.append(stem(lower))
        if len(head) >= room:
            break
    return head


def levy_relief(text: str, claim: Claim, unit: str, span: str,
                stems: Callable[[str], frozenset[str]]) -> str:
    """What a length is the length of, a levy suspended or lowered for that long taken for a
    truce in it: a length with no class (``reduce duties … for 90 days``), or a time window
    that is no deadline named right after the number (``suspended most tariffs for 90 days to
    facilitate talks``, ``over the next 90 days … during the same period``), when the sentence
    before the number both suspends or lowers and names a levy. Not a window named after the
    number (``a 90-day deadline``), nor a time limit to lower one (``90 days to cut tariffs``:
    its words come after the number)."""
    quantity = claim.quantity
    if quantity is None or unit not in SPAN_UNITS or (span and span != _DEADLINE) or span_class(
            _head_after(text, quantity)) == _DEADLINE:
        return span
    before = stems(text[claim.start : quantity.start])
    return _TRUCE if before & levies() and before & reliefs() else span


def is_extension(claim: Claim, text: str, unit: str, abroad: str,
                 stems: Callable[[str], frozenset[str]]) -> bool:
    """Whether a claim's length is that of an extension or a delay: as its reader names it,
    for a claim read in another language, else as :func:`_extension` reads the text."""
    quantity = claim.quantity
    if quantity is None or unit not in SPAN_UNITS:
        return False
    if abroad:
        return claim.object == EXTENSION
    return _extension(text, quantity, stems(claim.subject))


def _extension(text: str, quantity: Quantity, subject: frozenset[str]) -> bool:
    """Whether a length is of an extension or a delay: named right after the number (*a
    90-day extension*), by a verb that extends or delays by or for it (*delaying the deadline
    by six months*), or as the clause's subject (*the extension would be 90 days*)."""
    head = re.findall(r"[^\W\d_]+", text[quantity.end :][:30])[:_SPAN_HEAD]
    if any(stem(w) in extensions() for w in head) or subject & extensions():
        return True
    return bool(_EXTENDED_BY.search(text[max(0, quantity.start - 60) : quantity.start]))


def span_abroad(claim: Claim, unit: str, language: str | None) -> str:
    """What a length read in another language is the length of: the class its reader names
    as the claim's object (``truce``; an ``extension`` is a new time window, a deadline),
    empty for an English claim, whose object is a noun phrase of the text."""
    if (language or "en") == "en" or unit not in SPAN_UNITS:
        return ""
    if claim.object == EXTENSION:
        return "deadline"
    return claim.object if claim.object in spans() else ""


def measure_of(claim: Claim, unit: str, window: frozenset[str], clause: frozenset[str],
               fold: Callable[[str], str], span: str = "") -> tuple[str, str]:
    """What the number measures (a class, else verb and noun) and the counted noun; a length
    of days or years measures what it is the length of, whatever verb the clause uses."""
    if unit in SPAN_UNITS:
        # No noun after it: what its verb does for that long ("pausing its curbs for one
        # year" in a clause that also names a trade war), else what the clause names
        # ("engaged in conflicts for 30 years").
        span = span or span_class(verbs_of(claim)) or span_class(clause) or ""
        if span:
            return (f"length of {span}" if span in spans() else f"length|{span}"), span
    predicate = verbs_of(claim)
    key = content_stems(claim.object_key or "", fold)
    noun_words = [w for w in (claim.object_key or "").split() if w]
    noun = stem(noun_words[-1]) if noun_words else next(iter(sorted(window)), "")
    if unit in DURATIONS:
        return "duration", noun
    for stems in (predicate, key, window, clause):
        # A length is never a count of the dead or displaced its sentence also gives.
        found = None if unit in SPAN_UNITS else measure_class(stems)
        if found is not None:
            return found, noun
    verb = " ".join(sorted(predicate))
    return f"{verb}|{noun}", noun


def episode_of(sentence: str) -> str | None:
    """The bounded episode a sentence names by its length (``the five-day border conflict``,
    ``five days of fighting``, ``the 12-day war``) as ``5-day``, else ``None``. A conflict
    given a length has ended: what it killed or displaced no longer grows."""
    match = _EPISODE.search(sentence)
    if match is None:
        return any_language_episode(sentence)
    amount = match.group("n").lower()
    value = _SMALL_NUMBERS.get(amount) or (int(amount) if amount.isdigit() else None)
    return f"{value}-{match.group('unit').lower().removesuffix('s')}" if value else None


def names_meeting(text: str, words: frozenset[str] | None, language: str | None) -> bool:
    """Whether a text names a meeting (*talks*, *Gespräche*, *переговоры*); ``words``: its
    content stems, when known."""
    found = {w.lower() for w in WORD.findall(text)}
    stems = words if words is not None else frozenset(stem(w) for w in found)
    return bool(spans().get("talks", frozenset()) & stems or found & _meeting_nouns(language))


@lru_cache(maxsize=16)
def _meeting_nouns(language: str | None) -> frozenset[str]:
    """The meeting nouns of a language's pack (none for English, which has its own)."""
    pack = language_pack(language) if language else None
    return frozenset(n.lower() for n in pack.meeting_nouns) if pack is not None else frozenset()
