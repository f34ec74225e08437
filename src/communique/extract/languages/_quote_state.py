"""The state one article's quote finder works on (:class:`_ContextBase`).

Its sentences, the mentions that may speak, the pack's cue patterns, the speakers found so
far, and the rules that look back through them: where an offset's sentence is, whom a
pronoun stands for, which sentences before count. The speaker rules build on it
(:mod:`._quote_roles`, :mod:`._quotes`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.languages._joint import Joints
from communique.extract.languages._marks import Span as Marked
from communique.extract.languages._words import AFTER, BEFORE, alternation
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.quotes import SpeakerKind

_SPEAKERS = (EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.COUNTRY)
_NEAR = 60
"""Most characters between a speech verb and its speaker's name."""
_BACK = 3
"""Most sentences a pronoun looks back for its person."""
_DIRECT_WORDS = 4
_TITLE_WORDS = 6
"""Most words between a speech verb and the comma that opens reported speech (its speaker)."""
_CLAUSE_WORDS = 3
_NAME_WORDS = 3
_LINK_LETTERS = 3
"""Lower-case words this short may stand between a speech verb and a name (``o``, ``el``)."""
_COMMA_PENALTY = 100
_ROLE_LEAD = 3
"""Most short or lower-case words before a role noun (``a dénoncé, vendredi, le ministre``)."""
_ROLE_STEM = 5
"""Letters of a role noun compared with the words near an earlier name (``ministr``)."""
_BODY_LEAD = 2
"""Most words (an article or preposition, an adjective) before a body's head noun."""
_QUALIFIER_SPAN = 40
"""Most characters from a role noun to the end of its qualifier (``presidente da Comissão``)."""
_APPOSITION_WORDS = 3
"""Most words between a role noun and the name it introduces without a comma."""
_EXECUTIVE = "executive"
"""The kind of body (:attr:`LanguagePack.institutions`) that speaks through its seat."""
_MARKS = re.compile(r"[«»„“”\"‹›‚‘]")
_LEAD = re.compile(r"^[\s,.!?;…]*[—–-]?\s*")
_WORD = re.compile(r"[\w'’-]+")
_PLAIN_WORD = re.compile(r"\w+")
_GAP = re.compile(r"[\s.!?…]*")
_STOPS = (".", "!", "?", "…")


_CONTINUING = ",;)"
"""Characters no sentence opens with: a piece that starts with one goes on the one before."""


def _joined(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` with each piece that opens with a comma joined to the one before it: a
    splitter that cut after a name (``Selon X`` | ``, cet accord …``) left one sentence in
    two, and its cue would lose the words it introduces."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out and text[start:end].lstrip()[:1] in tuple(_CONTINUING):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@dataclass(frozen=True, slots=True)
class _Speaker:
    mention: EntityMention
    kind: SpeakerKind


def _kind(mention: EntityMention) -> SpeakerKind:
    return SpeakerKind.NAME if mention.label is EntityLabel.PERSON else SpeakerKind.ORGANIZATION


class _ContextBase:
    """One article's text, sentences, speaker mentions, the pack's cue patterns and the
    speakers found so far (pronouns look back at them)."""

    def __init__(self, text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                 pack: LanguagePack) -> None:
        self.text = text
        self.sentences = _joined(text, sorted((s.start, s.end) for s in sentences)) \
            or [(0, len(text))]
        self.starts = [start for start, _ in self.sentences]
        # A name is written with a capital where the script has them: a mention in lower
        # case only (``un`` read as the acronym of a body) is a common word, never a speaker.
        self.mentions = sorted((m for e in entities if e.label in _SPEAKERS for m in e.mentions
                                if m.text.lower() != m.text or m.text.upper() == m.text),
                               key=lambda m: m.start)
        self.capitals = [m for e in entities if e.label is EntityLabel.PLACE
                         and _is_capital(e.canonical) for m in e.mentions]
        """Capitals, which speak for their government right before a speech verb or a colon
        (``Moscou a affirmé``, ``Mosca: “…”``)."""
        flags = re.IGNORECASE
        self.verb = re.compile(rf"{BEFORE}({alternation(pack.speech_verbs)}){AFTER}", flags)
        self.cue = re.compile(rf"{BEFORE}({alternation(pack.attribution_cues)}){AFTER}", flags)
        self.pronoun = re.compile(rf"{BEFORE}({alternation(pack.pronouns)}){AFTER}")
        self.pronouns = frozenset(pack.pronouns)
        self.resume = re.compile(
            rf"(?:{alternation(pack.resumptive_cues)})(?:{AFTER}|(?<=['’]))\s*"
            rf"((?:[\w'’-]+\s+){{0,2}}?)({alternation(pack.speech_verbs)}){AFTER}", flags)
        self.pack = pack
        self.relative = re.compile(rf"\s*,\s*(?:{alternation(pack.relative_pronouns)}){AFTER}",
                                   flags) if pack.relative_pronouns else None
        """A comma and a relative pronoun right after a name: a clause about that person."""
        self.delegation = re.compile("|".join(pack.delegation_nouns) or r"(?!)", flags)
        """The pack's delegation nouns (regular expressions): a delegation speaks for its
        side."""
        self.that = re.compile(
            rf"^\s*,?\s*(?:{alternation(pack.complementizers)})(?:\s+|(?<=')|(?<=’))", flags)
        self.spans: list[Marked] = []
        self.surnames = {e.canonical.split()[-1]: max(e.mentions, key=lambda m: len(m.text))
                         for e in entities if e.label is EntityLabel.PERSON and e.mentions
                         and e.canonical.split()}
        """A person's surname → the fullest mention of that person (``Vieira``)."""
        self.found: dict[int, EntityMention] = {m.start: m for m in self.mentions}
        """Speaker mentions by offset: the name finder's and those read after speech verbs."""
        self.said: dict[int, EntityMention] = {}
        """Sentence index → the person who spoke in it."""
        self.unresolved: set[int] = set()
        """Starts of quotes whose sentence gives the speaker only by a role noun that names
        no one earlier: the person named as the next quote's speaker may be meant."""
        self.sources: dict[int, EntityMention] = {}
        """Sentence index → whoever spoke in it, a body too: a quote with no attribution in
        the next sentence goes on with it."""
        self.joints = Joints(text, self.sentences, pack)
        """Sides of a talk that speak together (``Las delegaciones de X y de Y …``)."""
        self.found.update((m.start, m) for m in self.joints.found)

    def index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (the last one starting before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset``."""
        return self.sentences[self.index(offset)]

    def through(self, end: int) -> int:
        """``end``, or the end of the next sentence when the splitter cut a sentence before a
        comma or a lower-case word (``«…» dans l'est | , a déclaré X.``)."""
        i = bisect.bisect_left(self.starts, end)
        if i >= len(self.sentences) or self.text[end:self.starts[i]].strip():
            return end
        rest = self.text[self.starts[i]:self.sentences[i][1]].lstrip()
        if rest[:1] in (",", ";") or rest[:1].islower():
            return self.sentences[i][1]
        return end

    def persons(self, start: int, end: int) -> list[EntityMention]:
        """Person mentions starting in ``[start, end)``, outside quotation marks (a name a
        speaker quotes is not who speaks)."""
        return [m for m in self.mentions
                if start <= m.start < end and m.label is EntityLabel.PERSON
                and not any(q.open_mark < m.start < q.close_mark for q in self.spans)]

    def resolve(self, offset: int) -> _Speaker | None:
        """Whom a pronoun (or a verb without subject) at ``offset`` stands for."""
        i = self.index(offset)
        same = self.persons(self.sentences[i][0], offset)
        if same:
            return _Speaker(same[0], SpeakerKind.PRONOUN)
        for j in self.back(i):
            if j in self.said:
                return _Speaker(self.said[j], SpeakerKind.PRONOUN)
            named = self.persons(*self.sentences[j])
            if named and not self._pronoun_first(self.sentences[j][0], named[0].start):
                return _Speaker(named[0], SpeakerKind.PRONOUN)
            # "Nesse contexto, ela agradeceu a X": the sentence's subject is a pronoun, so
            # the person it names is an object; the pronoun goes on with an earlier referent
        return None

    def _pronoun_first(self, start: int, end: int) -> bool:
        """Whether a pronoun opens a clause of ``[start, end)``: the subject of a sentence
        whose first name comes after it."""
        for match in self.pronoun.finditer(self.text, start, end):
            lead = self.text[start:match.start()]
            clause = re.split(r"[,;:]", lead)[-1]
            if len(_WORD.findall(clause)) == 0:
                return True
        return False

    def back(self, i: int) -> list[int]:
        """Up to :data:`_BACK` sentences before sentence ``i``, nearest first. A sentence a
        quotation holds whole does not count (a long quote's own sentences do not name who
        speaks: ``"…. …. ….", - сказав він``), unless a speaker was found in it."""
        out: list[int] = []
        for j in range(i - 1, -1, -1):
            start, end = self.sentences[j]
            if j not in self.said and any(q.open_mark <= start and end <= q.close_mark + 1
                                          for q in self.spans):
                continue
            out.append(j)
            if len(out) == _BACK:
                break
        return out


def _is_capital(name: str) -> bool:
    """Whether the gazetteer knows ``name`` (a canonical English name) as a capital."""
    entry = gazetteer().lookup(name)
    return entry is not None and entry.kind is GazKind.CAPITAL


def _qualified(words: str, stem: str, qualifiers: Sequence[str]) -> bool:
    """Whether a role noun (``stem``) in ``words`` has one of ``qualifiers`` right after it
    (``presidente da comissão europeia``), not merely somewhere near."""
    at = words.find(stem)
    while at >= 0:
        if any(q in words[at:at + _QUALIFIER_SPAN] for q in qualifiers):
            return True
        at = words.find(stem, at + 1)
    return False
