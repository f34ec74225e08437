"""Gatherings that are where another event of the sentence happens, not events of their own.

"X and Y met on the sidelines of the Tirasol Cooperation summit", "talks at the Union forum":
the summit is the meeting's venue. Read as an event of its own it would hand the meeting the
organization whose summit it is as a party, and the summit's place and date as a second event;
the organization is context, not a side. A summit that is the event ("the joint summit of the
two blocs") keeps its own mention: nothing else in the sentence is held at it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_places import anchors
from communique.extract._event_roles import event_nouns
from communique.model.annotations import EventType

# Nouns of the edge of a gathering: "on the sidelines of", "in the margins of", "on the fringes
# of" (English wording; a language without these words never matches them).
_MARGINS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})
# Prepositions that put one gathering inside another's time and place ("met at the summit",
# "talks during the forum").
_WITHIN = frozenset({"at", "during", "on"})
_GATHERINGS = (EventType.MEETING, EventType.TALKS)
_REACH = 3


def _held_at(token: Token, lex: EventLexicon) -> Token | None:
    """The word a gathering hangs from as a venue ("met at the summit" → "met"), else None."""
    current = token
    for _ in range(_REACH):
        if current.dep_ != "pobj":
            return None
        prep = current.head
        word = prep.lower_
        if word == "of" and prep.head.lower_ in _MARGINS:
            current = prep.head  # "the sidelines of the summit": on to the sidelines
            continue
        if word not in _WITHIN | lex.location_prepositions:
            return None
        if word == "on" and current.lower_ not in _MARGINS:
            return None  # "talks on the summit's agenda" are about it, not at it
        return prep.head
    return None


def venue_triggers(
    doc: Doc, triggers: Sequence[tuple[int, EventType]], lex: EventLexicon
) -> Collection[int]:
    """Event words of one sentence that name the venue of another of its gatherings.

    Only a gathering inside a gathering: an accord agreed at a summit does not make the
    summit a venue, the summit is where the accord was reached.
    """
    gatherings = [i for i, kind in triggers if kind in _GATHERINGS]
    if len(gatherings) < 2:
        return ()
    spans = {i: anchors(doc[i], event_nouns(doc[i], lex), lex) | {i} for i in gatherings}
    found: set[int] = set()
    for index in gatherings:
        head = _held_at(doc[index], lex)
        if head is None:
            continue
        if any(head.i in spans[other] for other in gatherings if other != index):
            found.add(index)
    return found
