"""Joint speakers in a language with a pack: the sides of a talk speaking together.

``Las delegaciones de Veldra y de Korvania anunciaron …``, ``Os presidentes de Veldra, Ana
Tavares, e da Korvânia …``: a sentence whose subject opens with one of the pack's plural
:attr:`~communique.lang.LanguagePack.party_nouns` and names two sides joined by one of its
conjunctions makes those sides one speaker. Its quotes are theirs (not those of a person named
inside the subject), and later in the article the same sides speak again through a bare
reference (``las delegaciones agradecieron``, ``os dois países``) or through the text they
issued (``señala el comunicado``, ``afirma documento emitido …``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from communique.lang import LanguagePack
from communique.model.entities import EntityLabel, EntityMention

_WORD = re.compile(r"[\w'’-]+|[()]")
_OPENING = 4
"""Most words before the party noun (a dateline's leftovers, an article, a numeral)."""
_REACH = 320
"""Most characters a joint subject runs over after its party noun."""
_STOPPERS = re.compile(r"[,;:«»„“”\"]")
_CLAUSE_END = re.compile(r"[;:«»„“”\"]")
_REFERENCE_WORDS = 3
"""Most words before a bare party noun or document noun that refers back to the sides."""


class Joints:
    """The joint subjects of an article's sentences and what refers back to them."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]],
                 pack: LanguagePack) -> None:
        self.text = text
        self.pack = pack
        self.found: list[EntityMention] = []
        """Joint subjects in text order."""
        if not pack.party_nouns or not pack.conjunctions:
            return
        for start, end in sentences:
            joint = _joint_subject(text, start, end, pack)
            if joint is not None:
                self.found.append(joint)
        self._starts = [m.start for m in self.found]

    def subject_of(self, start: int, end: int) -> EntityMention | None:
        """The joint subject of the sentence ``[start, end)``, if it has one."""
        return next((m for m in self.found if start <= m.start < end), None)

    def last_before(self, offset: int) -> EntityMention | None:
        """The nearest joint subject before ``offset``."""
        if not self.found:
            return None
        i = bisect.bisect_left(self._starts, offset)
        return self.found[i - 1] if i > 0 else None

    def holder(self, open_mark: int, close_mark: int, sentence: tuple[int, int], end: int,
               found: EntityMention | None) -> EntityMention | None:
        """The sides speaking together where they hold a quote, else ``None``: after the
        joint subject of its own sentence, unless a speaker of its own outside that subject
        was ``found`` (a person named inside the subject is no speaker of it); or, with none
        found or only a bare noun (``delegações``), when the sentence refers back to sides
        named earlier (``Las delegaciones agradecieron``, ``señala el comunicado``)."""
        bare = found is None or found.text[:1].islower()
        joint = self.subject_of(*sentence)
        if joint is not None and open_mark >= joint.end:
            inside = found is not None and joint.start <= found.start < joint.end
            return joint if bare or inside else None
        earlier = self.last_before(open_mark)
        if earlier is None or not (found is None or bare
                                   or earlier.start <= found.start < earlier.end):
            return None  # (a side's own name read back out of the joint subject is no owner)
        if self.refers_back(sentence[0], open_mark) or self.refers_back(close_mark + 1, end):
            return earlier
        return None

    def refers_back(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (the words of a sentence outside its quote) opens with a
        bare reference to the sides (``Las delegaciones``, ``Os dois países``, a party noun
        with no name after it) or holds a document noun near its cue (``señala el
        comunicado``, ``afirma documento emitido …``)."""
        words = [w.group() for w in _WORD.finditer(self.text, start, end)]
        lower = [w.lower() for w in words]
        for k, word in enumerate(lower[:_REFERENCE_WORDS + 1]):
            if word in self.pack.party_nouns:
                nxt = words[k + 1] if k + 1 < len(words) else ""
                return not nxt[:1].isupper() and lower[k + 1:k + 2] != ["("] and not (
                    nxt.lower() in self.pack.articles | self.pack.place_prepositions
                    and k + 2 < len(words) and words[k + 2][:1].isupper())
            if word[:1].isupper() and k > 0:
                return False
        return any(w in self.pack.document_nouns for w in lower)


def _joint_subject(text: str, start: int, end: int, pack: LanguagePack) -> EntityMention | None:
    """The joint subject opening the sentence ``[start, end)``: a party noun among its
    first words, then two named sides joined by a conjunction before the clause ends."""
    words = list(_WORD.finditer(text, start, end))
    party = next((w for w in words[:_OPENING + 1] if w.group().lower() in pack.party_nouns),
                 None)
    if party is None or any(w.group()[:1].isupper() and w.group().lower() not in pack.articles
                            for w in words[:words.index(party)][-1:]):
        return None
    stop = min(end, party.end() + _REACH)
    conjunction = _conjunction(text, party.end(), stop, pack)
    if conjunction is None:
        return None
    cut = _STOPPERS.search(text, conjunction, stop)
    close = _last_name_end(text, conjunction, cut.start() if cut else stop)
    # a side named on each side of the conjunction, by capitalized words: the name finder
    # may know neither (an acronym, a guerrilla's name)
    before = _last_name_end(text, party.end(), conjunction, lower_ends=False)
    if close <= conjunction or before <= party.end():
        return None
    name = text[party.start():close]
    return EntityMention(party.start(), close, name, EntityLabel.ORGANIZATION, name)


def _conjunction(text: str, start: int, stop: int, pack: LanguagePack) -> int | None:
    """The end of the first conjunction in ``[start, stop)``, unless a colon, a semicolon
    or a quotation mark ends the subject before it (commas may set off a side's leader)."""
    for word in _WORD.finditer(text, start, stop):
        if _CLAUSE_END.search(text, start, word.start()):
            return None
        if word.group().lower() in pack.conjunctions:
            return word.end()
    return None


def _last_name_end(text: str, start: int, stop: int, lower_ends: bool = True) -> int:
    """The end of the last capitalized word (or closing bracket after one) in ``[start,
    stop)``, ``start`` when there is none; with ``lower_ends``, a longer lower-case word
    after a name ends the search (the subject's verb)."""
    close = start
    for word in _WORD.finditer(text, start, stop):
        token = word.group()
        if token[:1].isupper() or (token == ")" and close > start):
            close = word.end()
        elif lower_ends and token.islower() and close > start and not _inside_name(token):
            break
    return close


def _inside_name(token: str) -> bool:
    """Short lower-case words that may stand inside or between the names of a side (``de``,
    ``da``, ``del``): anything longer after a name ends the subject (its verb)."""
    return len(token) <= 3
