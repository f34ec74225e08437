"""Claims: atomic factual statements found in one article, above all those that carry a number.

A claim is one (sentence, fact) pair: the sentence span, the fact restated in words, its subject,
predicate and object, the number it states (a :class:`Quantity`), and who the article credits with
it. Two claims with the same number but a different predicate or object are different facts
("X controls 20 percent of A" is not "Y wants 20 percent of B"); ``object_key`` exists so that the
story stage can compare objects across outlets without merging such claims.
"""

from __future__ import annotations

from dataclasses import dataclass

UNITS = (
    "percent", "percentage_point",
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "CHF", "INR",
    "year", "month", "week", "day", "hour", "minute", "decade", "century",
    "km", "mile", "meter", "ton", "kg",
    "person", "count", "date",
)
"""Every unit a :class:`Quantity` may carry. Currencies are ISO 4217 codes; ``date`` values are
encoded as ``YYYYMMDD`` with 0 for an unknown part (``"August 2025"`` is ``20250800``,
``"Feb. 14"`` is ``214``) because resolving them belongs to the temporal stage."""

ATTRIBUTION_KINDS = ("according_to", "reported", "said", "none")
"""How an article credits a claim: ``according to X``, ``X reported``, ``X said (that)``, or not."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated in the text, normalized to a value and a unit.

    ``low``/``high`` carry bounds and ranges: ``"30-50 years"`` is value 40, low 30, high 50;
    ``"more than $1 billion"`` is value 1e9, low 1e9, high ``None``; ``"nearly four years"`` is
    value 4, high 4. ``approximate`` is set by hedges such as *about*, *around*, *nearly* and by
    vague amounts (*tens of thousands*). Offsets are into the document text.
    """

    value: float
    low: float | None
    high: float | None
    unit: str
    text: str
    start: int
    end: int
    approximate: bool


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic factual statement of one sentence.

    ``start``/``end`` delimit the sentence; ``subject_start``/``subject_end`` the grammatical
    subject when it is in the sentence (``None`` when it was resolved from an earlier one).
    ``priority`` orders claims by usefulness: 1 states a quantity, 2 only a round/meeting
    ordinal, 3 is an attributed statement without a number.
    """

    start: int
    end: int
    text: str
    """The statement in normalized words, e.g. ``"Russian forces control about 20 percent of
    Ukraine's pre-2014 territory"``."""
    subject: str
    """The subject's words; a personal pronoun (*he*, *she*) is replaced by the person named
    before it, while ``subject_start``/``subject_end`` still point at the pronoun."""
    subject_start: int | None
    subject_end: int | None
    predicate: str
    """Verb lemma or phrase: ``control``, ``hand over``, ``take place``, ``be under control``."""
    object: str | None
    """The noun phrase the number measures or the verb acts on, e.g. ``"Ukraine's pre-2014
    territory"``."""
    quantity: Quantity | None
    negated: bool
    hedged: bool
    """Hedged by the text (*reportedly*, *likely*, *may*) or by an approximate quantity."""
    attributed_to: str | None
    """Who the article credits: ``"Santos"`` from *according to Santos*, ``"Reuters"`` from
    *Reuters reported*."""
    attribution_kind: str
    """One of :data:`ATTRIBUTION_KINDS`."""
    ordinal: int | None = None
    """A round/meeting number the sentence states (*third round* is 3); never a quantity."""
    object_key: str | None = None
    """A comparable key for the object: place names normalized (*Ukrainian*, *Ukraine's* →
    ``ukraine``) plus the head noun's lemma, e.g. ``"ukraine territory"``."""
    priority: int = 1


def two_facts(value: tuple[float, str], other: tuple[float, str]) -> bool:
    """Whether two ``(value, unit)`` of one statement are two facts that outlets state apart:
    two measured values (``45% to 15%``, ``10% for 90 days``), or a count beside a measured
    value (``43 dead along the 800 km border``); not two counts (a comparison: ``five,
    instead of the typical 52``) nor a date beside anything (it dates it)."""
    if value == other or "date" in (value[1], other[1]):
        return False
    return not value[1] == other[1] == "count"
