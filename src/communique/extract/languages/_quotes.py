"""Quotes in a language with a pack: its quotation marks and speech verbs, speakers by the
rules used for English.

* **Marked quotes** (:mod:`._marks`): direct when the quote is a clause of its own (after a
  colon, opening its sentence, or followed by ``, sagte X``), partial otherwise (kept without
  a speaker too, as English partial quotes are: the reader sees the words were marked).
* **Speakers**: a speech verb right after the closing mark and the name or pronoun after it
  (``», — сказал Энсинг``); a name before a colon that opens the quote (``sagte Zwetkarow: „``);
  else the name nearest the sentence's speech verb (before it or after it, not across a
  comma) or after its attribution cue (``selon X``). Countries and organizations speak too.
* **Pronouns** (``er``, ``elle``, ``он``, and a verb with no subject where the language drops
  it: ``Afirmó que …``) stand for a person named earlier in the sentence, else for the speaker
  of the sentence before, else the first person that sentence names (its likely subject).
* **Reported speech** without marks: ``X sagte, …`` / ``X a déclaré que …`` / ``…, sagte er`` /
  ``по словам X, …`` — the clause after (or before) the speech verb and its speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from communique.extract.entities._demonyms import demonym_country
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.languages._joint import Joints
from communique.extract.languages._later import named_next
from communique.extract.languages._marks import Span as Marked
from communique.extract.languages._marks import find_spans
from communique.extract.languages._words import AFTER, BEFORE, alternation
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

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


@dataclass(frozen=True, slots=True)
class _Speaker:
    mention: EntityMention
    kind: SpeakerKind


def _kind(mention: EntityMention) -> SpeakerKind:
    return SpeakerKind.NAME if mention.label is EntityLabel.PERSON else SpeakerKind.ORGANIZATION


class _Context:
    """One article's text, sentences, speaker mentions, the pack's cue patterns and the
    speakers found so far (pronouns look back at them)."""

    def __init__(self, text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                 pack: LanguagePack) -> None:
        self.text = text
        self.sentences = sorted((s.start, s.end) for s in sentences) or [(0, len(text))]
        self.starts = [start for start, _ in self.sentences]
        self.mentions = sorted((m for e in entities if e.label in _SPEAKERS for m in e.mentions),
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

    def role(self, start: int, end: int) -> _Speaker | None:
        """The person a role noun opening ``[start, end)`` stands for (``le ministre korvanien``,
        ``der Ministerpräsident``, ``il presidente del Consiglio``): the name right after it
        (``…, a déclaré le ministre kazakh des Affaires étrangères, Ivo Stavnyk``), else the
        person last given that role in the text, else the last speaker."""
        words = list(_WORD.finditer(self.text, start, end))
        for k, word in enumerate(words[:_ROLE_LEAD + 1]):
            token = word.group()
            if self.pack.is_title(token):
                return self._named_after(word.end()) or self._earlier(
                    word.start(), token, self._qualifiers(word.end()))
            if k == _ROLE_LEAD or not (token.islower() or len(token) <= _LINK_LETTERS):
                return None  # a name or a longer phrase: no role noun opens the window
        return None

    def _named_after(self, offset: int) -> _Speaker | None:
        """The person named right after a role noun: a few words on without a comma
        (``il ministro degli Esteri X``), or after one comma when the name closes the clause
        (``le ministre …, X.``)."""
        stop = self.sentence(offset)[1]
        mention = next((m for m in self.persons(offset, stop)), None)
        if mention is None:
            return None
        gap = self.text[offset:mention.start]
        words = len(_WORD.findall(gap))
        if "," not in gap and words <= _APPOSITION_WORDS:
            return _Speaker(mention, SpeakerKind.NAME)
        closes = not self.text[mention.end:stop].strip(" \t\n.;!?)") or \
            self.text[mention.end:stop].lstrip().startswith(",")
        if gap.count(",") == 1 and gap.rstrip().endswith(",") and words <= _TITLE_WORDS \
                and closes:
            return _Speaker(mention, SpeakerKind.NAME)
        return None

    def _qualifiers(self, offset: int, stop: int | None = None) -> list[str]:
        """The stems of the words that qualify a role noun ending at ``offset``, up to the
        clause's end or ``stop`` (``da Comissão Europeia`` → ``comis``, ``europ``): they tell
        which of several people given the role is meant."""
        stop = self.sentence(offset)[1] if stop is None else stop
        clause = re.split(r"[,;:«»„“”\"—–()]", self.text[offset:stop])[0]
        words = [w.lower() for w in _WORD.findall(clause)[:_TITLE_WORDS]]
        return [w[:_ROLE_STEM] for w in words if len(w) > _LINK_LETTERS + 1]

    def _earlier(self, offset: int, title: str, qualifiers: Sequence[str] = ()
                 ) -> _Speaker | None:
        """Whom a role noun at ``offset`` stands for: the last person given that role (the
        role noun near their name, before it or in apposition after it) who has spoken already,
        else the last speaker of the sentences before, else the last person given the role
        (``— сказав президент США`` after his quotes is the president who spoke, not the
        president of another country named in between). Where the role's qualifiers (``da
        Comissão Europeia``) stand near some of those people, only they count."""
        stem = title.lower()[:_ROLE_STEM]
        spoke = {m.canonical for m in self.said.values()}
        titled = [m for m in reversed(self.persons(0, offset)) if stem in self._near(m)]
        qualified = [m for m in titled if _qualified(self._role_words(m, stem), stem, qualifiers)]
        if qualified:
            best = next((m for m in qualified if m.canonical in spoke), qualified[0])
            return _Speaker(best, SpeakerKind.ROLE_NOUN)
        first = next((m for m in titled if m.canonical in spoke), None)
        if first is not None:
            return _Speaker(first, SpeakerKind.ROLE_NOUN)
        i = self.index(offset)
        for j in (i, *self.back(i)):
            if j in self.said:
                return _Speaker(self.said[j], SpeakerKind.ROLE_NOUN)
        return _Speaker(titled[0], SpeakerKind.ROLE_NOUN) if titled else None

    def _role_words(self, mention: EntityMention, stem: str) -> str:
        """The words of the role given to a name, lower case: those next to it up to the
        next person named on either side, and after it not past the next use of the role
        noun (``O presidente X recebeu a presidente da Comissão, Y``: X's role is not Y's)."""
        persons = [m for m in self.mentions if m.label is EntityLabel.PERSON and m is not mention]
        lo = max([max(0, mention.start - _NEAR)] + [
            m.end for m in persons if mention.start - _NEAR <= m.end <= mention.start])
        hi = min([mention.end + _NEAR] + [
            m.start for m in persons if mention.end <= m.start < mention.end + _NEAR])
        before = _MARKS.split(self.text[lo:mention.start])[-1].lower()
        after = _MARKS.split(self.text[mention.end:hi])[0].lower()
        cut = after.find(stem)
        return before + " " + (after[:cut] if cut >= 0 else after)

    def _near(self, mention: EntityMention) -> str:
        """The words next to a name, lower case, not across a quotation mark."""
        before = _MARKS.split(self.text[max(0, mention.start - _NEAR):mention.start])[-1]
        after = _MARKS.split(self.text[mention.end:mention.end + _NEAR])[0]
        return (before + " " + after).lower()

    def after(self, start: int, end: int) -> _Speaker | None:
        """The name or pronoun that opens ``[start, end)`` (after a speech verb or cue), or
        the person its role noun stands for."""
        role = self.role(start, end)
        if role is not None:
            return role
        window = self.text[start:end]
        pronoun = self.pronoun.search(window)
        mention = next((m for m in self.mentions if start <= m.start < end), None)
        if mention and (pronoun is None or mention.start <= start + pronoun.start()):
            if "," in self.text[start:mention.start] or self._complement(start, mention.start):
                return None
            if mention.label is EntityLabel.COUNTRY and self._owned(start, mention.start):
                return None  # "наголосив лідер США": the country owns the speaking noun
            return _Speaker(mention, _kind(mention))
        if pronoun is not None and not window[:pronoun.start()].strip(" ,—–-"):
            return self.resolve(start + pronoun.start())
        return None

    def _owned(self, start: int, end: int) -> bool:
        """Whether a lower-case noun (no article or preposition) ends ``[start, end)``, so
        that a country after it is its owner, not the speaker (``лідер США``)."""
        words = [w for w in _WORD.findall(self.text[start:end])
                 if w.lower() not in self.pack.articles]
        return bool(words) and words[-1].islower() and len(words[-1]) > _LINK_LETTERS \
            and words[-1] not in self.pack.place_prepositions | self.pack.party_prepositions

    def _complement(self, start: int, end: int) -> bool:
        """Whether a preposition (its article aside) ends ``[start, end)``, so that the name
        after it is no subject (``a déclaré à l'AFP``: whom the words were said to)."""
        words = [w.lower() for w in _WORD.findall(self.text[start:end])]
        while words and words[-1] in self.pack.articles:
            words.pop()
        prepositions = self.pack.place_prepositions | self.pack.party_prepositions
        return bool(words) and words[-1] in prepositions

    def unnamed(self, start: int, end: int, outlet: bool = False) -> _Speaker | None:
        """A capitalized name right after a speech verb that the name finder missed
        at the end of a sentence after a quote (``», declarou Vieira.``, ``», dijo el canciller
        Albares.``): short lower-case words and titles may stand before it. Not where every
        noun is capitalized. After a verb outlets use (``», пишет Vedomosti``) the name is an
        organization."""
        if self.pack.noun_suffixes:
            return None
        words = list(_WORD.finditer(self.text, start, end))
        taken: list[re.Match[str]] = []
        for word in words[:_TITLE_WORDS]:
            token = word.group()
            if taken and (not token[:1].isupper() or
                          self.text[taken[-1].end():word.start()].strip()):
                break
            if token[:1].isupper():
                if token in self.pack.name_stopwords or self.pack.is_title(token):
                    continue
                taken.append(word)
                if len(taken) == _NAME_WORDS:
                    break
            elif not (len(token) <= _LINK_LETTERS or self.pack.is_title(token)):
                return None
        if not taken or self.text[start:taken[0].start()].count(",") or (
                self.text[start:taken[0].start()].strip(" —–-") and not words):
            return None
        first, last = taken[0].start(), taken[-1].end()
        if self.text[last:end].strip(" \t\n.,;!?)"):
            return None  # the name must close the sentence: a quote's attribution ends there
        known = self.surnames.get(taken[-1].group())
        if known is not None:  # "Vieira" after "Mauro Vieira" was named: that person
            return _Speaker(known, SpeakerKind.NAME)
        name = self.text[first:last]
        label = EntityLabel.ORGANIZATION if outlet else EntityLabel.PERSON
        mention = EntityMention(first, last, name, label, name)
        self.found[first] = mention
        return _Speaker(mention, _kind(mention))

    def body(self, start: int, end: int) -> _Speaker | None:
        """A body named by a common noun right after a speech verb (``a précisé la présidence
        française``, ``dijo el Gobierno``, ``ha detto il ministero degli Esteri``, ``—
        отметили в МИДе``): an article, or where the language has none a locative
        preposition, and one more lower-case word may stand before its head noun; the name
        runs on over capitalized words and the particles between them. A body that speaks for
        a country or an organisation the article names is that owner (:meth:`owner`)."""
        words = list(_WORD.finditer(self.text, start, end))
        head = next((k for k, w in enumerate(words[:_BODY_LEAD + 1])
                     if self.pack.is_organization(w.group())
                     or self.pack.institution(w.group()) is not None), None)
        if head is None or "," in self.text[start:words[head].start()]:
            return None
        lead = [w.group().lower() for w in words[:head]]
        openers = self.pack.articles or self.pack.determiners or self.pack.place_prepositions
        if lead and (lead[0] not in openers or any(
                not w.islower() or w in self.pack.complementizers for w in lead)):
            return None
        last = head
        for k in range(head + 1, min(len(words), head + _TITLE_WORDS)):
            word = words[k].group()
            if self.text[words[k - 1].end():words[k].start()].strip():
                break  # a comma or a stop ends the name
            if word[:1].isupper() or self.pack.is_organization(word):
                last = k
            elif word.lower() not in self.pack.articles | self.pack.name_particles:
                break
        kind = self.pack.institution(words[head].group())
        owner = None if kind is None else self.owner(words[head], words[:head],
                                                       words[last].end(), kind)
        if owner is not None:
            return _Speaker(owner, SpeakerKind.ORGANIZATION)
        first_at, last_at = words[head].start(), words[last].end()
        name = self.text[first_at:last_at]
        mention = EntityMention(first_at, last_at, name, EntityLabel.ORGANIZATION, name)
        self.found[first_at] = mention
        return _Speaker(mention, SpeakerKind.ORGANIZATION)

    def owner(self, head: re.Match[str], lead: Sequence[re.Match[str]], stop: int, kind: str
              ) -> EntityMention | None:
        """Whom a body whose head noun is ``head`` and whose name ends at ``stop`` speaks
        for: a country or organisation named in its phrase (``МИД Корвании``, ``delegación del
        FLV``) or right before its head (``Korvanias Armee``), else the country of an adjective
        next to the head (``présidence française``, ``корванийском МИДе``), else the owner the
        same noun was given earlier in the article. A country speaks through its seat of
        power where the body is its executive and the article names the seat (the Élysée),
        else through its own name, else through its capital."""
        named = next((m for m in self.mentions if head.end() <= m.start < stop
                      and m.label is not EntityLabel.PERSON), None)
        if named is not None:
            return named
        if self.delegation.fullmatch(head.group()):
            # ``la delegación del FLV``: a delegation speaks for the side its name gives,
            # a name the entity finder may have missed (an acronym)
            side = [w for w in _WORD.finditer(self.text, head.end(), stop)
                    if w.group()[:1].isupper()]
            if side:
                name = self.text[side[0].start():side[-1].end()]
                mention = EntityMention(side[0].start(), side[-1].end(), name,
                                        EntityLabel.ORGANIZATION, name)
                self.found[mention.start] = mention
                return mention
        country = self._owner_near(head, lead, stop) or self._owner_earlier(head)
        if isinstance(country, EntityMention):
            if kind != _EXECUTIVE or country.label is not EntityLabel.COUNTRY:
                return country
            country = country.canonical
        return None if country is None else self._speaks_for(country, kind)

    def _owner_near(self, head: re.Match[str], lead: Sequence[re.Match[str]], stop: int
                    ) -> EntityMention | str | None:
        """The owner written next to a body's head noun: a name ending right before it, or
        the country of an adjective before it or among the two words after its name."""
        left = next((m for m in self.mentions if m.label is not EntityLabel.PERSON
                     and 0 <= head.start() - m.end <= 1), None)
        if left is not None:
            return left
        after: list[re.Match[str]] = []
        for word in _WORD.finditer(self.text, stop, self.sentence(stop)[1]):
            if len(after) == 2 or self.text[(after[-1] if after else head).end():
                                             word.start()].strip():
                break
            after.append(word)
        for word in (*lead, *after):
            country = demonym_country(word.group(), self.pack)
            if country is not None:
                return country
        return None

    def _owner_earlier(self, head: re.Match[str]) -> EntityMention | str | None:
        """The owner given to the same head noun earlier in the article (``Die sudanesische
        Armee …``, then ``erklärte die Armee``), nearest first."""
        stem = head.group().lower()[:_ROLE_STEM]
        earlier = [w for w in _WORD.finditer(self.text, 0, head.start())
                   if w.group().lower()[:_ROLE_STEM] == stem
                   and self.pack.institution(w.group()) is not None]
        for word in reversed(earlier):
            before = [w for w in _WORD.finditer(self.text, max(0, word.start() - _NEAR),
                                                word.start())][-1:]
            owner = self._owner_near(word, before, word.end())
            if owner is not None:
                return owner
        return None

    def _speaks_for(self, country: str, kind: str) -> EntityMention | None:
        """The mention a country's body speaks through: its seat of power for its executive,
        else the country's own name, else its capital; ``None`` when the article names none."""
        english = gazetteer()
        if kind == _EXECUTIVE:
            seat = next((m for m in self.mentions if m.label is EntityLabel.ORGANIZATION
                         and (entry := english.lookup(m.canonical)) is not None
                         and entry.kind is GazKind.SEAT and entry.country == country), None)
            if seat is not None:
                return seat
        named = next((m for m in self.mentions if m.label is EntityLabel.COUNTRY
                      and m.canonical == country), None)
        if named is not None:
            return named
        capital = english.capital_of(country)
        return next((m for m in self.capitals if m.canonical == capital), None)

    def antecedent(self, start: int, end: int) -> _Speaker | None:
        """The person a relative clause before a speech verb is about, when that clause
        follows the person's name and a comma (``le secrétaire d'État, X, qui a accueilli Y
        et Z, a dit``): the sentence's subject, not the names the clause lists."""
        if self.relative is None:
            return None
        for mention in self.persons(start, end):
            if self.relative.match(self.text, mention.end, end) is not None:
                return _Speaker(mention, SpeakerKind.NAME)
        return None

    def subject_body(self, start: int, end: int) -> _Speaker | None:
        """A body that speaks for an owner the article names, written as the subject of the
        clause ``[start, end)`` before a quote (``Por su parte, la delegación del X se mostró
        «…»``): the first institution noun after the clause's last comma."""
        clause = start + max(self.text.rfind(c, start, end) + 1 - start for c in ",;:")
        for word in _WORD.finditer(self.text, clause, end):
            if self.pack.institution(word.group()) is None:
                continue
            opening = list(_WORD.finditer(self.text, clause, word.start()))[-_BODY_LEAD:]
            found = self.body(opening[0].start() if opening else word.start(), end)
            if found is not None and found.mention.start != word.start():
                return found  # only an owner: the bare noun may be no subject at all
            return None
        return None

    def before(self, start: int, end: int) -> tuple[_Speaker | None, int]:
        """The name or pronoun nearest ``end`` in ``[start, end)`` (a subject before its verb)
        and its distance (a comma in between costs :data:`_COMMA_PENALTY`)."""
        capital = next((m for m in self.capitals if start <= m.start and m.end <= end
                        and not self.text[m.end:end].strip(" :")), None)
        if capital is not None:
            return _Speaker(capital, SpeakerKind.ORGANIZATION), 0
        found = [m for m in self.mentions if start <= m.start and m.end <= end]
        pronouns = list(self.pronoun.finditer(self.text, start, end))
        if pronouns and (not found or pronouns[-1].start() > found[-1].end):
            at = pronouns[-1].end()
            return self.resolve(pronouns[-1].start()), self._gap(at, end)
        if found:
            return _Speaker(found[-1], _kind(found[-1])), self._gap(found[-1].end, end)
        return None, _NEAR * 10

    def subject_role(self, start: int, end: int) -> _Speaker | None:
        """The person a role noun in the clause ``[start, end)`` before a speech verb stands
        for (``le ministre a déclaré``, ``глава армянского правительства также сообщил``):
        the last role noun at most :data:`_TITLE_WORDS` words before the verb, resolved to the
        person last given that role (a name between it and the verb is the subject already)."""
        words = list(_WORD.finditer(self.text, start, end))[-_TITLE_WORDS - 1:]
        for word in reversed(words):
            if self.pack.is_title(word.group()):
                return self._earlier(word.start(), word.group(),
                                     self._qualifiers(word.end(), end))
        return None

    def _gap(self, start: int, end: int) -> int:
        return end - start + (_COMMA_PENALTY if "," in self.text[start:end] else 0)

    def nearest(self, verb: re.Match[str], lo: int, hi: int) -> _Speaker | None:
        """The speaker of a speech verb: its subject before it or its name after it, the
        nearer of the two; a pronoun inside the cue itself (``a-t-il dit``, ``по его словам``)
        or a verb opening its clause (``Afirmó que``, a dropped subject) looks back."""
        if set(_PLAIN_WORD.findall(verb.group(1).lower())) & self.pronouns:
            return self.resolve(verb.start())
        subject, distance = self.before(max(lo, verb.start() - _NEAR), verb.start())
        antecedent = self.antecedent(max(lo, self.sentence(verb.start())[0]), verb.start())
        if antecedent is not None and (subject is None or
                                       subject.mention.start > antecedent.mention.start):
            subject, distance = antecedent, 0  # "X, qui a accueilli Y et Z, a dit : «…»"
        after = self.after(verb.end(), min(hi, verb.end() + _NEAR))
        if after is not None:
            gap = next((m.start for m in self.mentions if m is after.mention), verb.end())
            if subject is None or gap - verb.end() < distance:
                return after
        if subject is not None and (distance < _COMMA_PENALTY or (
                distance - _COMMA_PENALTY <= 2 and subject.kind is not SpeakerKind.ORGANIZATION)):
            return subject  # near, or a person in apposition just before it ("X, a affirmé")
        opening = self.text[self.sentence(verb.start())[0]:verb.start()]
        clause = re.split(r"[,;:«»„“”\"—–]", opening)[-1]
        if subject is None and after is None:
            role = self.subject_role(verb.start() - len(clause), verb.start())
            if role is not None:
                return role  # "глава правительства также сообщил": the role's holder
            body = self.body(verb.start() - len(clause), verb.start())
            if body is not None and len(_WORD.findall(
                    self.text[body.mention.end:verb.start()])) <= _BODY_LEAD:
                return body  # "El Gobierno veldrano dijo": the body speaks
        tail = self.text[verb.end():hi]
        if next(iter(_WORD.findall(tail.lower())), "") in self.pack.articles:
            return None  # a subject written after the verb ("», diz o texto"): not dropped
        if not _WORD.findall(clause) or (after is None and not _WORD.findall(tail)):
            return self.resolve(verb.start())  # no subject written: the language dropped it
        return None


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


def find_quotes(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                pack: LanguagePack) -> list[Quote]:
    """The marked and reported quotes of ``text``, with speakers, in text order."""
    ctx = _Context(text, sentences, entities, pack)
    spans = ctx.spans = find_spans(text, pack.quote_marks)
    out: list[Quote] = []
    for i, (start, end) in enumerate(ctx.sentences):
        inside = [s for s in spans if start <= s.open_mark < end]
        touched = any(start <= s.close_mark and s.open_mark < end for s in spans)
        found = [q for s in inside if (q := _marked(ctx, s)) is not None]
        if not touched:
            reported = _reported_in(ctx, start, end)
            found += [reported] if reported else []
        for quote in found:
            speaker = ctx.found.get(quote.speaker_start) if quote.speaker_start is not None \
                else None
            if speaker is not None:
                ctx.sources[ctx.index(quote.end)] = speaker
                ctx.sources.setdefault(i, speaker)
            if speaker is not None and speaker.label is EntityLabel.PERSON:
                ctx.said[ctx.index(quote.end)] = speaker
                ctx.said.setdefault(i, speaker)
        out += found
    unique = {(q.start, q.end): q for q in out}  # a sentence split inside a quote finds it twice
    return named_next(ctx, sorted(unique.values(), key=lambda q: (q.start, q.end)))


def _quote(text: str, start: int, end: int, words: str, kind: QuoteKind,
           speaker: _Speaker | None, cue: str | None, paragraphs: int = 1) -> Quote:
    if speaker is None:
        return Quote(start, end, words, kind, cue=cue, paragraphs=paragraphs)
    m = speaker.mention
    return Quote(start, end, words, kind, text[m.start:m.end], m.start, m.end, speaker.kind,
                 cue=cue, paragraphs=paragraphs)


def _marked(ctx: _Context, span: Marked) -> Quote | None:
    """One marked quote with its speaker and kind; ``None`` for a bare partial (a term)."""
    text = ctx.text
    words = span.words(text)
    first = ctx.sentence(span.open_mark)
    last = ctx.sentence(span.close_mark)
    end = ctx.through(max(last[1], span.close_mark + 1))
    after = text[span.close_mark + 1:end]
    before = text[first[0]:span.open_mark]
    speaker: _Speaker | None = None
    cue: str | None = None
    long = len(words.split()) >= _DIRECT_WORDS
    direct = long and not before.strip(" \t\n—–-")
    lead = _LEAD.match(after)
    verb = ctx.verb.match(text, span.close_mark + 1 + (lead.end() if lead else 0), end)
    if verb is not None:  # „…“, sagte er  /  «…», — сказал Энсинг
        cue = verb.group(1).lower()
        # the name after the verb first ("», declarou Vieira."), then a subject dropped
        speaker = (ctx.after(verb.end(), min(end, verb.end() + _NEAR))
                   or ctx.unnamed(verb.end(), end, cue in ctx.pack.outlet_verbs)
                   or ctx.body(verb.end(), end) or ctx.nearest(verb, verb.start(), end))
        direct = direct or long
    if speaker is None and verb is None:  # „…“. Lo ha scritto il ministro X
        resumed = _resumed(ctx, span)
        if resumed is not None:
            speaker, cue = resumed
            direct = direct or long
    if speaker is None and before.rstrip().endswith(":"):  # sagte Zwetkarow: „…“
        direct = True
        verbs = list(ctx.verb.finditer(text, first[0], span.open_mark))
        if verbs:
            cue = verbs[-1].group(1).lower()
            speaker = ctx.nearest(verbs[-1], first[0], span.open_mark)
        if speaker is None:
            speaker = ctx.before(first[0], span.open_mark)[0]
    if speaker is None:
        speaker, cue = _in_sentence(ctx, first[0], end, span)
    if speaker is None and not direct:
        # "X erwartet, dass die Gespräche „wirklich produktiv“ werden": no speech verb, the
        # person the sentence is about (its first name before the quote) holds the words.
        named = ctx.persons(first[0], span.open_mark)
        speaker = _Speaker(named[0], SpeakerKind.NAME) if named else (ctx.role(
            first[0], span.open_mark)  # "Le président russe a salué un « … »"
            or ctx.subject_body(first[0], span.open_mark))  # "la delegación del X se mostró «"
        previous = ctx.sources.get(ctx.index(span.open_mark) - 1)
        if speaker is None and previous is not None:
            # no one named: the report of the sentence before goes on ("Natürlich werde bei
            # „…“ darüber zu reden sein" after her quote)
            speaker = _Speaker(previous, SpeakerKind.PRONOUN)
    if speaker is None and direct and not before.strip(" \t\n—–-"):
        # a quote opening its sentence with no attribution goes on with the speaker of the
        # sentence before ("«…», — сказал X. «…»": the next paragraph of the same words)
        previous = ctx.sources.get(ctx.index(span.open_mark) - 1)
        speaker = _Speaker(previous, SpeakerKind.PRONOUN) if previous is not None else None
    if speaker is None and any(ctx.pack.is_title(w.group()) for lo, hi in (
            (first[0], span.open_mark), (span.close_mark + 1, end))
            for w in _WORD.finditer(text, lo, hi)):
        ctx.unresolved.add(span.start)
    joint = ctx.joints.holder(span.open_mark, span.close_mark, first, end,
                              speaker.mention if speaker is not None else None)
    speaker = speaker if joint is None else _Speaker(joint, SpeakerKind.ORGANIZATION)
    kind = QuoteKind.DIRECT if direct else QuoteKind.PARTIAL
    return _quote(text, span.start, span.end, words, kind, speaker, cue, len(span.pieces))


def _resumed(ctx: _Context, span: Marked) -> tuple[_Speaker | None, str] | None:
    """The speaker of a quote that closes its sentence when the next sentence opens with a
    word pointing back at it and a speech verb (``“…”. Lo ha scritto il ministro X``,
    ``«…». Об этом заявил X``): the name after that verb. Only lower-case words (``во
    вторник``) may stand between the pointing word and the verb; ``None`` when the next
    sentence is no such attribution."""
    text = ctx.text
    gap = _GAP.match(text, span.close_mark + 1)
    end = gap.end() if gap else span.close_mark + 1
    stopped = any(c in text[span.close_mark:end] for c in _STOPS) or \
        text[span.open_mark:span.close_mark].rstrip().endswith(_STOPS)
    match = ctx.resume.match(text, end) if stopped else None
    if match is None or any(not w.islower() for w in _WORD.findall(match.group(1))):
        return None
    verb = ctx.verb.match(text, match.start(2))
    if verb is None:
        return None
    stop = ctx.through(ctx.sentence(verb.start())[1])
    speaker = (ctx.after(verb.end(), min(stop, verb.end() + _NEAR))
               or ctx.unnamed(verb.end(), stop) or ctx.nearest(verb, verb.start(), stop))
    return speaker, verb.group(1).lower()


def _in_sentence(ctx: _Context, start: int, end: int, span: Marked
                 ) -> tuple[_Speaker | None, str | None]:
    """The speaker of a quote embedded in a sentence: the name nearest its speech verb, or
    after its attribution cue, outside the quote."""
    outside = [(start, span.open_mark), (span.close_mark + 1, end)]
    for lo, hi in outside:
        for verb in ctx.verb.finditer(ctx.text, lo, hi):
            # the subject or name next to the verb, else a body after it (``«…» car «…», a
            # précisé la présidence``: the first quote's attribution follows the second)
            speaker = ctx.nearest(verb, lo, hi) or ctx.body(verb.end(),
                                                             min(hi, verb.end() + _NEAR))
            if speaker is not None:
                return speaker, verb.group(1).lower()
    for lo, hi in outside:
        for cue in ctx.cue.finditer(ctx.text, lo, hi):
            speaker = _cue_speaker(ctx, cue, hi)
            if speaker is not None:
                return speaker, cue.group(1).lower()
    return None, None


def _cue_speaker(ctx: _Context, cue: re.Match[str], hi: int) -> _Speaker | None:
    if set(_PLAIN_WORD.findall(cue.group(1).lower())) & ctx.pronouns:
        return ctx.resolve(cue.start())
    return ctx.after(cue.end(), min(hi, cue.end() + _NEAR))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` trimmed of spaces, commas and the final stop."""
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n.!?;,":
        end -= 1
    return start, end


def _reported_in(ctx: _Context, start: int, end: int) -> Quote | None:
    """The reported speech of one sentence without quotation marks, if any."""
    text = ctx.text
    for verb in ctx.verb.finditer(text, start, end):
        cue = verb.group(1).lower()
        tail = text[verb.end():end]
        head = text[start:verb.start()].rstrip()
        if head.endswith(",") and "," not in tail.strip(" ."):  # "…, sagte er."
            speaker = ctx.nearest(verb, verb.start(), end)
            lo, hi = _clause(text, start, len(head) + start)
            if speaker is not None and len(text[lo:hi].split()) >= _CLAUSE_WORDS:
                return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker, cue)
        that = ctx.that.match(tail)
        comma = tail.find(",")
        if that is not None:  # "X a déclaré que …" / "Afirmó que …"
            body = verb.end() + that.end()
            speaker = ctx.nearest(verb, start, verb.end())
        elif comma >= 0 and _names_only(ctx, verb.end(), verb.end() + comma):  # "sagte X, …"
            body = verb.end() + comma + 1
            speaker = ctx.nearest(verb, start, verb.end() + comma)
        else:
            continue
        lo, hi = _clause(text, body, end)
        if speaker is not None and len(text[lo:hi].split()) >= _CLAUSE_WORDS:
            return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker, cue)
    for match in ctx.cue.finditer(text, start, end):  # "по словам X, …" / "selon X, …"
        comma = text.find(",", match.end(), end)
        speaker = _cue_speaker(ctx, match, comma) if comma > 0 else None
        lo, hi = _clause(text, comma + 1, end)
        if speaker is not None and len(text[lo:hi].split()) >= _CLAUSE_WORDS:
            return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker,
                          match.group(1).lower())
    return None


def _names_only(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (between a speech verb and a comma) is only its speaker: empty,
    or a few words that hold a name or pronoun (``der Sprecher Arkadi Lomtew``)."""
    words = _WORD.findall(ctx.text[start:end])
    if not words:
        return True
    if len(words) > _TITLE_WORDS:
        return False
    return ctx.after(start, end) is not None or any(
        start <= m.start < end for m in ctx.mentions)
