"""The place of a phrase that opens a sentence (``In Lindhaven nahmen X und Y Gespräche auf``,
``Ce lundi à Lindhaven, se sont ouverts des pourparlers``, ``Em Lindhaven, na Veldra, X e Y
anunciaram … após dois dias de negociações``): where everything the sentence tells happened,
its event word included, however far behind the subject puts that word.

Without a parser a place is otherwise taken only near the event word
(:func:`communique.extract.languages._events._place`); a fronted locative is the one place a
long sentence gives all of its clauses, in every language with a pack. A speech verb between
the place and the event word hands the place to the saying (``In X sagte der Minister, die
Gespräche …``), and another city a preposition introduces there is as likely the event's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._locatives import introduced, mask_dates
from communique.extract.languages._words import WORD
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.entities import EntityLabel, EntityMention

_LINK_LETTERS = 3
"""Words this short may come before the preposition (``Ce`` of a masked ``ce lundi``)."""
_LEAD_WORDS = 2
"""Most such words before the preposition."""


def opening_place(text: str, sentence: Span, mentions: Sequence[EntityMention],
                  pack: LanguagePack, dates: Sequence[tuple[int, int]], trigger: int,
                  speech: re.Pattern[str]) -> EntityMention | None:
    """The city or country a locative preposition introduces at the very start of the
    sentence, before the event word at ``trigger``; ``None`` when the sentence opens otherwise,
    when the event word is in what someone says there (:func:`_reported`) or points back
    at talks named before (:func:`_pointing`), or when another city introduced as a place
    stands between the place and the event word."""
    inside = sorted((m for m in mentions if sentence.start <= m.start < trigger
                     and m.label in (EntityLabel.PLACE, EntityLabel.COUNTRY)),
                    key=lambda m: m.start)
    if not inside:
        return None
    first = inside[0]
    lead = mask_dates(text, sentence.start, first.start, dates)
    words = [w.lower().replace("’", "'") for w in WORD.findall(lead)]
    if not words or words[-1] not in pack.place_prepositions | pack.locative_contractions \
            or words[-1] in pack.party_prepositions:
        return None  # "Zwischen X und Y …" names who, not where
    if len(words) - 1 > _LEAD_WORDS or any(len(w) > _LINK_LETTERS for w in words[:-1]):
        return None
    if re.search(r"[.;:!?\n]", lead):
        return None
    if any(m.label is EntityLabel.PLACE and introduced(text, m.start, pack, sentence.start)
           for m in inside[1:]):
        return None  # another city before the event word: which one is the event's is unsure
    if _reported(text, (first.end, trigger), speech, pack):
        return None
    if _pointing(text, trigger, pack):
        return None
    return first


_POINTING_WORDS = 2
"""How many words before the event word a demonstrative may stand (``diese neuen Gespräche``)."""


def _pointing(text: str, trigger: int, pack: LanguagePack) -> bool:
    """Whether a demonstrative stands just before the event word: ``À Kinshasa, l'opposition
    est divisée quant à ces négociations`` points back at talks told of elsewhere; the
    sentence's place is the opposition's."""
    before = WORD.findall(text[max(0, trigger - 40) : trigger])[-_POINTING_WORDS:]
    return any(w.lower() in pack.demonstratives for w in before)


def _reported(text: str, span: tuple[int, int], speech: re.Pattern[str],
              pack: LanguagePack) -> bool:
    """Whether the event word ending ``span`` stands in what a speech verb in ``span``
    introduces (a comma, a colon, a quotation mark or a complementizer after the verb: "sagte
    der Minister, die Gespräche …", "afirmó que las negociaciones"); "X e Y anunciaram um
    acordo após dois dias de negociações" announces where the talks were too."""
    start, end = span
    said = speech.search(text, start, end)
    if said is None:
        return False
    rest = text[said.end() : end]
    if re.search(r"[,:«»\"“”„]", rest):
        return True
    return bool({w.lower() for w in WORD.findall(rest)} & set(pack.complementizers))
