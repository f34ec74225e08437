"""What a claim's number is: a measurement or part of something else (a clock time, an
ordinal, an age, a name), in the unit it is compared in, what it counts, whether it says
much by itself, and whether its clause states it plainly."""

from __future__ import annotations

import re

from communique.merge._fact_words import STOP
from communique.model.claims import Claim, Quantity

_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_CLOCK_AFTER = re.compile(r"^(?:[:.]\d|\s?(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|hrs\b|h\b|o'clock))",
                          re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"st|nd|rd|th)\b", re.IGNORECASE)
_SPACED_THOUSANDS = re.compile(r"^\s\d{3}\b")
# "the March 4 Movement": a group named after a date is no date.
_NAMED_AFTER_DATE = re.compile(r"^\s+(?:\w+\s+)?(?:Movement|Group|Brigade|Alliance|Coalition|"
                               r"Front|Party|Revolution|Uprising)\b")
_AGE = re.compile(r"(?:-year-old|-old|\baged?\b)", re.IGNORECASE)
# "Military Region 4", "Resolution 2231": bare digits right after a capitalized word inside a
# sentence name something; the word before that is what shows it is not the sentence's first.
_NAME_BEFORE = re.compile(r"(?P<prev>[^\s.!?:;\"“]\S*)\s+(?P<word>[A-Z][a-z]+)\s$")
_MODAL = re.compile(
    r"\b(?:could|would|should|may|might|must|will|shall|if|unless|whether|expected|planned|"
    r"proposed|propose|proposal|wants?|wanted|demand(?:s|ed)?|likely|possibly|reportedly|"
    r"allegedly|estimated)\b", re.IGNORECASE)
_STOP_WINDOW = frozenset({"and", "or", "but", "while", "whereas", ",", ";", "."})
_WINDOW = 4
# Words right after a number that count more of what was just counted ("four others").
_ANAPHORIC_COUNTS = frozenset({"others", "other", "more"})
_COMMON_BELOW = 13
# Durations compare in hours; other units as stated. Hours measure how long something lasted.
_TO_HOURS = {"minute": 1 / 60}
_TO_YEARS = {"decade": 10.0, "century": 100.0}
DURATIONS = frozenset({"hour"})
SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade", "century"})


def normal_value(quantity: Quantity) -> tuple[float, str]:
    """The value in the unit it is compared in (minutes as hours, decades as years: "three
    decades" and "30 years" are one length)."""
    factor = _TO_HOURS.get(quantity.unit)
    if factor is not None:
        return quantity.value * factor, "hour"
    factor = _TO_YEARS.get(quantity.unit)
    if factor is not None:
        return quantity.value * factor, "year"
    return quantity.value, quantity.unit


def is_measurement(text: str, quantity: Quantity) -> bool:
    """Whether a number is a measurement, not part of a clock time, an ordinal, an age or a
    name (``the March 4 Movement``)."""
    before, after = text[max(0, quantity.start - 3) : quantity.start], text[quantity.end :][:12]
    if quantity.unit == "date":
        return not _NAMED_AFTER_DATE.match(text[quantity.end :][:30])
    return not (
        _CLOCK_BEFORE.search(before)
        or _CLOCK_AFTER.match(after)
        or _ORDINAL_AFTER.match(after)
        or _SPACED_THOUSANDS.match(after)
        or _AGE.match(after)
        or _AGE.search(quantity.text)
        or _names_something(text, quantity)
    )


def _names_something(text: str, quantity: Quantity) -> bool:
    """Bare digits after a capitalized word inside a sentence: part of a name (``Region 4``)."""
    if not quantity.text.isdigit():
        return False
    found = _NAME_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start])
    return found is not None and found.group("word").lower() not in STOP


def window(text: str, quantity: Quantity) -> str:
    """The words right after a number, up to a conjunction or punctuation: what it counts."""
    words: list[str] = []
    for token in re.findall(r"[^\W\d_]+|[,;.]", text[quantity.end :][:80]):
        if token.lower() in _STOP_WINDOW or len(words) >= _WINDOW:
            break
        words.append(token)
    return " ".join(words)


def counts_the_same(text: str, quantity: Quantity) -> bool:
    """Whether a number's counted noun is left out or points back (``wounding eight``,
    ``four others were hurt``): it counts what the sentence counted just before."""
    words = window(text, quantity).split()
    return not words or words[0].lower() in _ANAPHORIC_COUNTS


def telling(value: float, unit: str) -> bool:
    """Whether a value says much by itself: 270,000 or 3.67 does, two or 100 does not."""
    if unit == "date":
        return bool(value % 100)  # a day is telling; "October" alone is not
    if value != int(value):
        return True
    digits = str(int(abs(value))).rstrip("0")
    return abs(value) >= _COMMON_BELOW and len(digits) >= 2


def assertive(claim: Claim) -> bool:
    """A plain statement of fact: not modal, conditional, negated or a bare infinitive."""
    text = claim.text.strip()
    return not (claim.negated or _MODAL.search(text) or text.lower().startswith("to "))
