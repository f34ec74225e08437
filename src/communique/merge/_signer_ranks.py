"""Signer ranks: outlets that give the signers of one event different ranks.

An outlet that writes that *the presidents of Veldra and Korvania signed* and one that writes
that *the foreign ministers of both countries signed* the same accord contradict each other on
who signed, whether or not either names the people. Read from the sentences about one event
(:func:`communique.merge._role_sentences.role_sentences`): an office in the plural, or one
whose phrase names both sides (*of Veldra and Korvania*, *of both countries*, *beider
Länder*), as the subject of a signing verb (*signed*, *unterzeichneten*, *ont signé*,
*firmaron*) or its agent (*signed by*, *signé par*, *von den Außenministern … unterzeichnet*).
Two ranks: heads of state or government, and ministers; a deputy's title is neither. An office
that is the object of a preposition (*in the presence of the ministers*) signs nothing, and a
sentence under a plan or a denial reports no signing.

Only offices for both sides count: one side's signer named by office (*President X signed*)
says nothing of the other's, and a host who signed too is another question (see the
signer/witness clash of :mod:`communique.merge._role_conflicts`). Each outlet has one value
(its articles pooled); one that gives both ranks is on neither side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from communique.merge._corpus import Corpus
from communique.merge._role_holders import hedged
from communique.merge._role_phrases import (
    BOTH_SIDES,
    FINAL_PASSIVE,
    HEAD_OF_STATE,
    MINISTER,
    NOT_SUBJECT,
    PLAN,
    RANK,
    SIGNED_AFTER,
    SIGNED_BY,
)
from communique.merge._role_sentences import each_once
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

_VERB_GAP = 120
"""The most characters between an office and the signing verb it is the subject of."""
_CLAUSE = frozenset(".;:?!")


def signer_ranks(sentence: str) -> set[str]:
    """The ranks of the signers for both sides that a sentence states (none, one or both)."""
    if PLAN.search(sentence):
        return set()
    found: set[str] = set()
    for match in RANK.finditer(sentence):
        if match.group("deputy") or not BOTH_SIDES.match(sentence, match.end()):
            continue
        before = sentence[max(0, match.start() - 40):match.start()]
        if not _signs(sentence, match.start(), match.end(), before):
            continue
        found.add(HEAD_OF_STATE if match.group("head") else MINISTER)
    return found


def _signs(sentence: str, start: int, end: int, before: str) -> bool:
    """Whether the office at ``sentence[start:end]`` is who signed: the agent of a passive
    signing, else the subject of a signing verb that follows in the same clause."""
    agent = SIGNED_BY.search(before)
    if agent is not None:
        if agent.group().casefold().startswith("von"):
            return FINAL_PASSIVE.search(sentence, end) is not None
        return not hedged(sentence, start - len(before) + agent.start())
    if NOT_SUBJECT.search(before):
        return False
    verb = SIGNED_AFTER.search(sentence, end, end + _VERB_GAP)
    # the office nearest the verb is its subject ("the presidents watched as the ministers
    # signed")
    if (verb is None or _CLAUSE & set(sentence[end:verb.start()])
            or RANK.search(sentence, end, verb.start()) is not None):
        return False
    return not hedged(sentence, start)


def rank_contradictions(event: StoryEvent, sentences: Sequence[Evidence], corpus: Corpus
                        ) -> list[Contradiction]:
    """Outlets that give the signers of ``event`` different ranks (see the module doc); an
    outlet that states both ranks is on neither side."""
    ranks: dict[str, list[Evidence]] = defaultdict(list)
    for evidence in each_once(sentences):
        text = corpus.text(evidence.article)[evidence.start:evidence.end]
        for rank in signer_ranks(text):
            ranks[rank].append(evidence)
    made = tuple(corpus.sides(ranks))
    if len(made) < 2:
        return []
    note = (f"Outlets give the signers of {event.title} different ranks: "
            + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in made) + ".")
    return [Contradiction(content_id("x_", "participants", event.id, "signer rank"),
                          "participants", event.id, made, note)]
