"""What was signed: outlets that call an agreement a peace accord against outlets that say it
is not one.

Read from the same sentences as the participants of an event (:func:`role_sentences`), for
held agreements only. An outlet *calls it a peace accord* when a sentence reports it signed
or reached as a peace accord, treaty, agreement or deal (*signed the Lindhaven Peace Accord*,
*the peace treaty was signed*, *firmaron el acuerdo de paz*). An outlet *says it is not one*
when a sentence denies that name (*a cessation of hostilities, not a peace treaty*, *no
comprehensive peace deal has yet been reached*, *pas un traité de paix*). Mere silence, or a
ceasefire named without denying the peace accord, is no side: agreements are often both. An
outlet that says both takes no side. The contradiction is of kind ``mode`` and ``about`` the
event id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._role_sentences import each_once, role_sentences
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

PEACE, NOT_PEACE = "a peace accord", "not a peace accord"
_PEACE_NOUN = alternation("peace_accord_nouns")
_SIGNED = alternation("accord_signed_words")
# "signed the Lindhaven Peace Accord", "the peace treaty was signed", "signing of a peace deal"
_CALLED = re.compile(
    rf"\b{_SIGNED}\s+(?:\w+\s+){{0,5}}?{_PEACE_NOUN}\b|"
    rf"\b{_PEACE_NOUN}\s+(?:\w+\s+){{0,3}}?{alternation('passive_auxiliaries')}\s+{_SIGNED}\b",
    re.IGNORECASE)
# "not a peace treaty", "no comprehensive peace deal yet", "rather than a peace agreement"
# The denial sits right on the name, with no verb between: "did not sign the peace accord"
# denies a signing, not what the text is.
_DENIED = re.compile(
    rf"\b{alternation('accord_denials')}\s+(?:{alternation('accord_articles')}\s+)?"
    rf"(?:{alternation('accord_qualifiers')}\s+){{0,2}}{_PEACE_NOUN}\b", re.IGNORECASE)
# Words that make a report a denial, a plan, a wish or a condition.
_NOT_A_REPORT = re.compile(rf"\b{alternation('accord_unreported')}\b", re.IGNORECASE)

def accord_kind(sentence: str) -> str | None:
    """Whether a sentence calls an agreement a peace accord, denies that it is one, or
    neither (``None``: no such report, both, or a plan)."""
    denied = bool(_DENIED.search(sentence))
    called = not denied and bool(_CALLED.search(sentence)) and not _NOT_A_REPORT.search(
        sentence)
    if denied:
        return NOT_PEACE
    return PEACE if called else None


def accord_contradictions(events: Sequence[StoryEvent], corpus: Corpus) -> list[Contradiction]:
    """For each held agreement, outlets that call it a peace accord against outlets that say
    it is not one."""
    found: list[Contradiction] = []
    for event, sentences in role_sentences(events, corpus):
        if event.type != "agreement" or event.status not in ("held", "ongoing"):
            continue
        values: dict[str, list[Evidence]] = defaultdict(list)
        for evidence in each_once(sentences):
            kind = accord_kind(evidence.text)
            if kind is not None:
                values[kind].append(evidence)
        sources: dict[str, set[str]] = defaultdict(set)
        for kind, pieces in values.items():
            for piece in pieces:
                sources[corpus.source_key(piece.article)].add(kind)
        torn = {source for source, kinds in sources.items() if len(kinds) > 1}
        sides = [corpus.side(kind, [e for e in values[kind]
                                    if corpus.source_key(e.article) not in torn])
                 for kind in (PEACE, NOT_PEACE)]
        if not all(side.evidence for side in sides):
            continue
        note = (f"Outlets disagree on what was signed at {event.title}: "
                + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides) + ".")
        found.append(Contradiction(content_id("x_", "mode", event.id, "accord"), "mode",
                                   event.id, tuple(sides), note))
    return found
