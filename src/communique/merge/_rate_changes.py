"""Rates of one change: outlets giving one rate of a sentence alike and the other differently.

"Tariffs came down to about 55% on one side and 10% on the other" and "one side cut its
tariffs to 30 percent and the other to 10 percent" report one change: the other rate of each
sentence (10%) is one pooled claim, and the rate left over is the same slot of that change,
whatever verb each outlet chose (*bring down*, *reduce*, *lower*). The measure (verb and noun)
that blocks other values is no help here, since every outlet words a tariff change its own
way.

So rates charged on something (a tariff, a duty, a levy: :attr:`Fact.levy`) are also blocked
by the claims that hold the other rates of their sentence, and two of them are rivals when:

* those claims are the same for both, and neither rate was changed from another one (*from
  145% to 80%*: the other rate is this slot's old value, not another slot);
* neither sentence reports an event that the other does not (the same event, or at most one
  named), they are not aimed at different countries nor one at every country, and neither is
  modal or negated;
* the values disagree beyond what the wording allows (the test of
  :func:`communique.merge._value_conflicts.rival_values`: *about* leaves 10 %, a range holds
  what is inside it, two lower bounds agree).

A rate at most two words from its sentence's other rate (*between 10% and 50%*, *de 20%
para 10%*, *from 145% to around 80%*) is a range, a list or a change of one slot, so it meets
no rate of another change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from communique.merge._fact import Fact
from communique.merge._rate_targets import EVERY_COUNTRY

# The pooled groups of the other rates of a sentence: what blocks a rate with its peers.
RateKey = frozenset[int]
# The most words between two rates of one range, list or change (*10% and 50%*, *20% para 10%*).
_NEXT_TO = 2


def rate_change_blocks(groups: Sequence[Sequence[Fact]], text_of: Callable[[str], str]
                       ) -> dict[RateKey, list[tuple[int, Fact]]]:
    """Levy rates of the pooled groups, blocked by the groups of the other rates of their
    sentence (``text_of`` gives an article's text)."""
    where: dict[tuple[str, int, float], dict[int, Fact]] = defaultdict(dict)
    for index, group in enumerate(groups):
        for fact in group:
            if fact.unit == "percent" and fact.value is not None:
                where[(fact.doc_id, fact.claim.start, fact.value)][index] = fact
    blocks: dict[RateKey, list[tuple[int, Fact]]] = defaultdict(list)
    for index, group in enumerate(groups):
        for fact in group:
            if not _changed_rate(fact):
                continue
            others = [where.get((fact.doc_id, fact.claim.start, rate), {})
                      for rate in fact.rates]
            if any(len(found) != 1 for found in others):
                continue
            text = text_of(fact.doc_id)
            if not any(_next_to(text, fact, other) for found in others
                       for other in found.values()):
                blocks[frozenset(next(iter(found)) for found in others)].append((index, fact))
    return blocks


def _next_to(text: str, a: Fact, b: Fact) -> bool:
    """Whether two rates of one sentence stand at most two words apart."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None:
        return False
    gap = text[min(qa.end, qb.end) : max(qa.start, qb.start)]
    return len(gap.split()) <= _NEXT_TO and not any(c.isdigit() for c in gap)


def _changed_rate(fact: Fact) -> bool:
    """A plain percentage charged on something, stated beside other rates of its sentence,
    not changed from one of them."""
    return (fact.levy and fact.unit == "percent" and fact.value is not None
            and fact.measured and fact.assertive and bool(fact.rates)
            and fact.value not in fact.rates and fact.changed_from is None)


def one_change(a: Fact, b: Fact) -> bool:
    """Whether two levy rates of one block are the same slot of one change: no event of one
    sentence that the other does not report, and not aimed at different countries or one at
    every country."""
    if a.event and b.event and a.event != b.event:
        return False
    if a.targets and b.targets and a.targets != b.targets:
        return False
    return (EVERY_COUNTRY in a.targets) == (EVERY_COUNTRY in b.targets)
