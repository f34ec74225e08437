"""Polarity of stance verbs: negation and denial reverse or cancel a stance, never vanish.

``Peru does not accept the plan`` and ``Peru refused to accept the plan`` reject it; ``Veldra
denies supporting the rebels``, ``Chile denied that it had backed the plan``, ``Peru rejected
claims that it supports the group`` and ``Chile declined to endorse the framework`` say that
the party does *not* hold the stance the inner verb names. A stance that has no opposite (an
offer, a proposal) is cancelled rather than read the wrong way round, and a denial that is
itself negated (``did not deny supporting``) cancels too.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.model.annotations import Stance

DENIERS = frozenset({"deny", "decline", "refuse", "reject", "dismiss", "refute", "rebuff",
                     "disown", "repudiate"})
"""Verbs that deny the stance of the clause they govern."""
REPORT_NOUNS = frozenset({"claim", "allegation", "report", "accusation", "suggestion", "rumour",
                          "rumor", "charge", "assertion", "speculation"})
"""Nouns whose clause a denier denies (``rejects claims that …``)."""
_REVERSED = {Stance.ACCEPTS: Stance.REJECTS, Stance.SUPPORTS: Stance.OPPOSES,
             Stance.DEMANDS: Stance.REJECTS}
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "relcl", "advcl", "pobj", "prep"})
_CLIMB = 3


def reverse(stance: Stance) -> Stance | None:
    """The opposite stance, or ``None`` when there is none to read (an offer, a proposal)."""
    return _REVERSED.get(stance)


def is_negated(verb: Token) -> bool:
    """A verb under ``not``/``never``/``n't``."""
    return any(c.dep_ == "neg" for c in verb.children)


def denial_of(verb: Token) -> Token | None:
    """The verb that denies ``verb``'s clause (``denies supporting``, ``rejected claims that it
    supports``), climbing a few complement links; ``None`` when nothing denies it."""
    current = verb
    for _ in range(_CLIMB):
        head = current.head
        if head is current or current.dep_ not in _CLAUSE_DEPS:
            return None
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lemma in DENIERS:
            return head
        if head.pos_ in ("NOUN", "PROPN") and lemma in REPORT_NOUNS:
            governor = head.head
            return governor if governor.lemma_.lower() in DENIERS else None
        current = head
    return None


def denies_a_report(verb: Token) -> bool:
    """Whether a denier's object is a reported claim (``rejected claims that …``): the claim's
    own verb carries the stance, reversed, and the denier itself states none."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in REPORT_NOUNS
               for c in verb.children)
