"""One article's claim, normalized so that outlets can be compared (see
:mod:`communique.merge._claim_facts`, which makes them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from communique.model.claims import Claim


@dataclass(frozen=True, slots=True)
class Fact:
    """One article's claim, normalized for pooling and comparison."""

    doc_id: str
    claim: Claim
    value: float | None
    unit: str
    words: frozenset[str]
    subject: frozenset[str]
    measure: str
    """A measure class (``killed``) or ``verb|noun`` (``enrich|uranium``)."""
    noun: str
    verbs: frozenset[str]
    """Stems of the claim's predicate (``enrich``)."""
    scope: frozenset[str]
    event: str | None
    """The one event the claim's own sentence mentions."""
    main_event: str | None
    """The article's main event (what an unanchored duration is most likely the length of)."""
    published: date | None
    episode: str | None
    """A bounded past episode the sentence counts for (``5-day conflict``): its count is
    settled, the same whenever it is written."""
    assertive: bool
    listed: bool
    measured: bool
    """Whether the number is a measurement at all (not a clock time or an ordinal's part)."""
    months: frozenset[str] = frozenset()
    """The month names the claim's clause mentions."""
    written: date | None = None
    """The day the article was written: its own publication day, else its original's (a
    copy is made within days of the article it copies)."""
    companions: frozenset[tuple[str, float]] = frozenset()
    """The other counts its sentence states (``killed`` 35 beside a displaced count): two
    outlets giving the same telling companion figure report one moment of the tally."""
    targets: frozenset[str] = frozenset()
    """The countries the clause aims at (``tariffs on Veldran goods``, ``sanctions against
    Korvania``): a rate one side sets on the other is not the rate the other sets on it."""
    rates: frozenset[float] = frozenset()
    """The other percentages its sentence states, for a percentage (*to 30% while the other
    side cuts its own to 10%*): two outlets stating the same two rates in one sentence report
    one change, in whatever language."""
    levy: bool = False
    """Whether a percentage is a rate charged on something (a tariff, duty, levy or tax)."""
    changed_from: float | None = None
    """For a rate changed to it, the rate it was changed from (*cut from 45% to 15%*, *to 15%
    from 45%*): a cut to 15% from 45% is not a cut to 15% from 20%."""
    language: str | None = None
    """The article's language (``None``: English or undetected): the words of two languages
    never overlap, so word overlap says nothing across them."""
    extension: bool = False
    """Whether a length is that of an extension or a delay of something (*a 90-day extension
    of the truce*, *delaying the deadline by six months*), not of the thing itself."""

    @property
    def sentence(self) -> tuple[str, int]:
        """The article and the start of the sentence the claim comes from."""
        return self.doc_id, self.claim.start
