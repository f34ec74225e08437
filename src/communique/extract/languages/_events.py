"""Event mentions in a language with a pack: a sentence that names talks, a meeting or a round
(the pack's ``meeting_nouns`` and ``round_nouns``) is a mention of talks.

Without a parser the sentence's words stand in for syntax: the event's place is a city named
after a locative preposition (``in Lindhaven``, ``в Линдхавене``, ``à Lindhaven``) close to
the event word, or written against it (``Lindhaven-Gespräche``); its dates are the sentence's
dates; its round number an ordinal just before the event word (``zweite Runde``, ``второго
раунда``); its length a stated number of days; its tense future when the sentence has one of
the pack's future cues. Places and dates are canonical (English names, ISO values), so the
merge stage joins these mentions to the English reports of the same event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._words import AFTER, BEFORE, alternation, normal
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.annotations import EventMention, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.temporal import TimeExpression

_REACH = 80
"""Most characters between the event word and its place."""
_ORDINAL_WORDS = 2
_DAYS = re.compile(r"P(\d+)D")


def find_events(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                dates: Sequence[TimeExpression], pack: LanguagePack,
                skip: Sequence[Span] = ()) -> list[EventMention]:
    """One talks mention per sentence that names talks, a meeting or a round."""
    # Where nouns compound (``Gesprächsrunde``), the event word may end a longer word.
    head = r"[^\W\d]*?" if pack.noun_suffixes else ""
    trigger = re.compile(
        rf"{BEFORE}({head}(?:{alternation(pack.meeting_nouns | pack.round_nouns)})){AFTER}",
        re.IGNORECASE)
    ordinals = {normal(f): n for n, row in enumerate(pack.ordinals, start=1) for f in row}
    places = sorted((m for e in entities if e.label is EntityLabel.PLACE for m in e.mentions),
                    key=lambda m: m.start)
    future = frozenset(w.lower() for w in pack.future_cues)
    out = []
    for sentence in sentences:
        if any(sentence.start < s.end and s.start < sentence.end for s in skip):
            continue
        match = trigger.search(text, sentence.start, sentence.end)
        if match is None:
            continue
        inside = tuple(d for d in dates if sentence.start <= d.start < sentence.end)
        place = _place(text, match, places, pack, sentence)
        ordinal = _ordinal(text, match.start(), sentence.start, ordinals)
        words = set(re.findall(r"[\w']+", normal(text[sentence.start:sentence.end])))
        days = next((int(m.group(1)) for d in inside if d.value
                     and (m := _DAYS.fullmatch(d.value))), None)
        out.append(EventMention(
            sentence.start, sentence.end, EventType.TALKS, match.group(1),
            match.start(), match.end(), "future" if words & future else "past",
            place=place.canonical if place else None,
            dates=tuple(d for d in inside if d.kind == "date"),
            ordinal=ordinal[0] if ordinal else None,
            ordinal_text=ordinal[1] if ordinal else None,
            days=days,
        ))
    return out


def _place(text: str, trigger: re.Match[str], places: Sequence[EntityMention],
           pack: LanguagePack, sentence: Span) -> EntityMention | None:
    """The city nearest the event word that a locative preposition introduces (or that is
    written against the event word), within :data:`_REACH` characters."""
    best: tuple[int, EntityMention] | None = None
    for m in places:
        if not sentence.start <= m.start < sentence.end:
            continue
        gap = m.start - trigger.end() if m.start >= trigger.end() else trigger.start() - m.end
        if gap < 0 or gap > _REACH:
            continue
        previous = re.findall(r"[\w']+", text[max(sentence.start, m.start - 12):m.start])
        introduced = bool(previous) and previous[-1].lower() in pack.place_prepositions
        attached = gap <= 1 and m.end <= trigger.start()
        if (introduced or attached) and (best is None or gap < best[0]):
            best = (gap, m)
    return best[1] if best else None


def _ordinal(text: str, start: int, floor: int, ordinals: dict[str, int]
             ) -> tuple[int, str] | None:
    """The ordinal among the words just before the event word (``zweite Runde``)."""
    before = list(re.finditer(r"[\w'’]+", text[max(floor, start - 40):start]))
    for word in reversed(before[-_ORDINAL_WORDS:]):
        number = ordinals.get(normal(word.group()))
        if number is not None:
            return number, word.group()
    return None
