"""Speakers named by a role noun or a body after a speech verb, for the quote finder.

``le ministre korvanien`` stands for the person given that role (named right after it, or
earlier in the article), a name the name finder missed right after the verb is read as one,
and a body (``la présidence``, ``das Außenministerium``) speaks for the country or person
that owns it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.entities._demonyms import demonym_country
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.languages._quote_state import (
    _APPOSITION_WORDS,
    _BODY_LEAD,
    _EXECUTIVE,
    _LINK_LETTERS,
    _MARKS,
    _NAME_WORDS,
    _NEAR,
    _ROLE_LEAD,
    _ROLE_STEM,
    _TITLE_WORDS,
    _WORD,
    _ContextBase,
    _kind,
    _qualified,
    _Speaker,
)
from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import SpeakerKind


class _RoleContext(_ContextBase):
    """The article's context with the rules for role nouns and bodies after a speech verb."""

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
        # a nationality written with a capital (``la ministre Korvanienne``) qualifies the
        # role: it is no name, though the name finder may have taken it for one
        mention = next((m for m in self.persons(offset, stop)
                        if not self._nationality(m.text)), None)
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

    def _nationality(self, name: str) -> bool:
        """Whether a name is one word that reads as a nationality adjective of the language
        (a country's, or the language's nationality ending: ``Korvanienne``)."""
        word = name.strip().lower()
        return " " not in word and (demonym_country(word, self.pack) is not None or any(
            word.endswith(e) for e in self.pack.nationality_endings))

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
