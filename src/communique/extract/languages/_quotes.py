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

The article's context is built in layers: its state and the pronoun rules
(:mod:`._quote_state`), the role-noun and body rules (:mod:`._quote_roles`), and here the
rules near a speech verb and the quote finders themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._later import named_next
from communique.extract.languages._marks import Span as Marked
from communique.extract.languages._marks import find_spans
from communique.extract.languages._quote_roles import _RoleContext
from communique.extract.languages._quote_state import (
    _BODY_LEAD,
    _CLAUSE_WORDS,
    _COMMA_PENALTY,
    _DIRECT_WORDS,
    _GAP,
    _LEAD,
    _NEAR,
    _PLAIN_WORD,
    _STOPS,
    _TITLE_WORDS,
    _WORD,
    _kind,
    _Speaker,
)
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.entities import DocEntity, EntityLabel
from communique.model.quotes import Quote, QuoteKind, SpeakerKind


class _Context(_RoleContext):
    """One article's text, sentences, speaker mentions, the pack's cue patterns and the
    speakers found so far (pronouns look back at them), with every speaker rule: those near
    a speech verb here, role nouns and bodies in :mod:`._quote_roles`."""

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


def find_quotes(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                pack: LanguagePack) -> list[Quote]:
    """The marked and reported quotes of ``text``, with speakers, in text order."""
    ctx = _Context(text, sentences, entities, pack)
    names = {(m.start, m.end) for e in entities for m in e.mentions}
    spans = ctx.spans = [s for s in find_spans(text, pack.quote_marks)
                         if not _named(text, s, names, pack)]
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


def _named(text: str, span: Marked, names: set[tuple[int, int]], pack: LanguagePack) -> bool:
    """Whether marks only set off a name (an outlet, an operation, a movement: «Korvan Dawn»,
    руху «Веларт»): no one said it. A name is an entity the finder knows, or a single word
    with a capital inside a sentence where the language writes its nouns in lower case."""
    if len(span.pieces) > 1:
        return False
    if (span.start, span.end) in names:
        return True
    words = _WORD.findall(text[span.start:span.end])
    lead = text[:span.open_mark].rstrip()
    return not pack.noun_suffixes and len(words) == 1 and words[0][:1].isupper() \
        and bool(lead) and (lead[-1].isalpha() or lead[-1] == ",")


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
