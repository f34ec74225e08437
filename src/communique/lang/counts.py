"""One language's words for counts and lengths (``lang/<code>/counts.json``), loaded once.

What news counts (the killed, the injured, the displaced, the detained), the words of an
hour, the hedges and bounds around a number (*au moins*, *mindestens*, *около*), scale words
(*million*, *тысяч*) and the cues that make a statement modal. Kept apart from ``words.json``
so that the count reader's words change without touching the other readers' pack.

A word list entry ending in ``*`` matches every word that starts with it (inflected forms:
``погиб*`` is *погибли*, *погибших*); any other entry matches the whole word or phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from communique.errors import ExtractError
from communique.lang._pack import read_language_file

MEASURES = ("killed", "injured", "displaced", "detained")
"""The measure classes news counts, the same classes the story stage pools English counts by."""
_LENGTHS = ("hour", "minute", "km")
SPANS = ("truce", "talks", "conflict", "deadline", "extension")
"""What a length of days, weeks, months or years is the length of, in the English class words
the story stage pools English lengths by (``extension``: of an extension or delay of
something, which the story stage keeps apart from the thing itself)."""
_PHRASES = ("lower", "upper", "approx", "halves", "modal", "clock_before", "clock_after",
            "limit_before", "limit_after", "later_before", "percent", "levies")


@dataclass(frozen=True, slots=True)
class CountWords:
    """The count and length words of one language (see the module docstring)."""

    language: str
    measures: dict[str, tuple[str, ...]]
    """Measure class → the words that say it (``*`` marks a stem)."""
    lengths: dict[str, tuple[str, ...]]
    """``hour``/``minute``/``km`` → the words of that unit (a distance: *800 km*, *800
    километров*, compared as a number with its unit)."""
    lower: tuple[str, ...]
    """Bounds from below (*more than*, *at least*, *just over*)."""
    upper: tuple[str, ...]
    """Bounds from above (*fewer than*, *up to*, *nearly*)."""
    approx: tuple[str, ...]
    """Hedges (*about*, *nearly*, *just over*): a phrase may be a hedge and a bound at once."""
    halves: tuple[str, ...]
    """What adds a half to a length (*et demie*, *с половиной*)."""
    modal: tuple[str, ...]
    """Words that make a statement modal, conditional or hearsay (*pourrait*, *якобы*)."""
    clock_before: tuple[str, ...]
    """Words before a number that make ``6 hours`` a time of day (*à*, *um*, *в*)."""
    clock_after: tuple[str, ...]
    """Words after ``13 hours`` that make it a time of day (*GMT*, *temps universel*)."""
    limit_before: tuple[str, ...]
    """Words before a length that make it a time limit (*dans les*, *binnen*)."""
    limit_after: tuple[str, ...]
    """Words after a length that make it a time limit or the time between two things, not
    the length of one (*48 heures pour partir*, *48 heures après*)."""
    later_before: tuple[str, ...]
    """Words before a length that make it a point in time from now (*dans sept jours*, *через
    неделю*): no length of anything."""
    percent: tuple[str, ...]
    """Words after a number that make it a percentage besides ``%`` (*Prozent*, *pour cent*,
    *процент…*)."""
    levies: tuple[str, ...]
    """Words of a rate charged on goods (*Zoll…*, *droits de douane*, *arancel…*,
    *пошлин…*): a percentage beside one is a tariff rate."""
    numbers: dict[str, float]
    """Number words besides the pack's one to ten (*anderthalb*, *полтора*, *douze*)."""
    scales: dict[str, float]
    """Scale words after a number (*million*, *тыс.*, *mila*)."""
    spans: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Span class (see :data:`SPANS`) → the words that name it (*tregua*, *prórroga*,
    *Verhandlungen*): a length of days or years beside one is that thing's length."""


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ExtractError(f"{where}: '{key}' must be a list of words",
                           fix="correct the count words (see docs/languages.md)")
    return tuple(value)


def _table(data: dict[str, Any], key: str, keys: tuple[str, ...], where: str
           ) -> dict[str, tuple[str, ...]]:
    value = data.get(key, {})
    if not isinstance(value, dict) or set(value) - set(keys):
        raise ExtractError(f"{where}: '{key}' must map some of {', '.join(keys)} to words",
                           fix="correct the count words (see docs/languages.md)")
    return {name: _strings(value, name, where) for name in keys if name in value}


def _values(data: dict[str, Any], key: str, where: str) -> dict[str, float]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) for k, v in value.items()):
        raise ExtractError(f"{where}: '{key}' must map words to numbers",
                           fix="correct the count words (see docs/languages.md)")
    return {k.lower(): float(v) for k, v in value.items()}


def parse_counts(data: dict[str, Any], language: str, where: str = "count words"
                 ) -> CountWords:
    """Check and load one language's count words."""
    phrases = {key: tuple(w.lower() for w in _strings(data, key, where)) for key in _PHRASES}
    return CountWords(
        language=language,
        measures=_table(data, "measures", MEASURES, where),
        lengths=_table(data, "lengths", _LENGTHS, where),
        lower=phrases["lower"],
        upper=phrases["upper"],
        approx=phrases["approx"],
        halves=phrases["halves"],
        modal=phrases["modal"],
        clock_before=phrases["clock_before"],
        clock_after=phrases["clock_after"],
        limit_before=phrases["limit_before"],
        limit_after=phrases["limit_after"],
        later_before=phrases["later_before"],
        percent=phrases["percent"],
        levies=phrases["levies"],
        numbers=_values(data, "numbers", where),
        scales=_values(data, "scales", where),
        spans=_table(data, "spans", SPANS, where),
    )


@cache
def count_words(code: str) -> CountWords | None:
    """The count words of language ``code``, or ``None`` when it has none."""
    data = read_language_file(code, "counts.json")
    return None if data is None else parse_counts(data, code, f"communique/lang/{code}/counts.json")
