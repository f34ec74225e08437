"""Quotes in a language with a pack: its quotation marks and speech verbs, speakers by the
rules used for English.

* **Marked quotes** (:mod:`._marks`): direct when the quote is a clause of its own (after a
  colon, opening its sentence, or followed by ``, sagte X``), partial otherwise.
* **Speakers**: a speech verb right after the closing mark and the name or pronoun after it
  (``», — сказал Энсинг``); a name before a colon that opens the quote (``sagte Zwetkarow: „``);
  else the name nearest the sentence's speech verb or attribution cue (``selon X``). A pronoun
  (``er``, ``elle``, ``он``) stands for the person named last before it; a country or
  organization can speak too.
* **Reported speech** without marks: ``X sagte, …`` / ``X a déclaré que …`` / ``…, sagte er`` /
  ``по словам X, …`` — the clause after (or before) the speech verb and its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
_DIRECT_WORDS = 4
_LEAD = re.compile(r"^[\s,.!?;…]*[—–-]?\s*")


@dataclass(frozen=True, slots=True)
class _Speaker:
    mention: EntityMention
    kind: SpeakerKind


class _Context:
    """One article's text, sentences, speaker mentions and the pack's cue patterns."""

    def __init__(self, text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                 pack: LanguagePack) -> None:
        self.text = text
        self.sentences = sorted((s.start, s.end) for s in sentences) or [(0, len(text))]
        self.mentions = sorted((m for e in entities if e.label in _SPEAKERS for m in e.mentions),
                               key=lambda m: m.start)
        flags = re.IGNORECASE
        self.verb = re.compile(rf"{BEFORE}({alternation(pack.speech_verbs)}){AFTER}", flags)
        self.cue = re.compile(rf"{BEFORE}({alternation(pack.attribution_cues)}){AFTER}", flags)
        self.pronoun = re.compile(rf"{BEFORE}({alternation(pack.pronouns)}){AFTER}")
        self.that = re.compile(
            rf"^\s*,?\s*(?:{alternation(pack.complementizers)})(?:\s+|(?<=')|(?<=’))", flags)
        self.pack = pack

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (the last one starting before it)."""
        best = self.sentences[0]
        for start, end in self.sentences:
            if start > offset:
                break
            best = (start, end)
        return best

    def mention_at(self, start: int, end: int, *, persons: bool = False
                   ) -> EntityMention | None:
        """The first speaker mention starting inside ``[start, end)``."""
        for m in self.mentions:
            if start <= m.start < end and (not persons or m.label is EntityLabel.PERSON):
                return m
        return None

    def last_person(self, before: int) -> EntityMention | None:
        """The person named last before ``before``."""
        found = None
        for m in self.mentions:
            if m.start >= before:
                break
            if m.label is EntityLabel.PERSON:
                found = m
        return found

    def speaker_near(self, start: int, end: int, *, after_only: bool = False
                     ) -> _Speaker | None:
        """A name or pronoun within ``[start, end)``, the nearest to ``start`` first."""
        window = self.text[start:end]
        pronoun = self.pronoun.search(window)
        mention = self.mention_at(start, end)
        if mention and (pronoun is None or mention.start <= start + pronoun.start()):
            kind = SpeakerKind.NAME if mention.label is EntityLabel.PERSON else \
                SpeakerKind.ORGANIZATION
            return _Speaker(mention, kind)
        if pronoun is not None and not after_only or pronoun is not None and pronoun.start() < 3:
            person = self.last_person(start + pronoun.start())
            if person is not None:
                return _Speaker(person, SpeakerKind.PRONOUN)
        return None

    def speaker_before(self, start: int, end: int) -> _Speaker | None:
        """The name nearest ``end`` within ``[start, end)`` (the subject before a verb)."""
        found = [m for m in self.mentions if start <= m.start and m.end <= end]
        if found:
            m = found[-1]
            kind = SpeakerKind.NAME if m.label is EntityLabel.PERSON else SpeakerKind.ORGANIZATION
            return _Speaker(m, kind)
        pronouns = list(self.pronoun.finditer(self.text, start, end))
        if pronouns:
            person = self.last_person(pronouns[-1].start())
            if person is not None:
                return _Speaker(person, SpeakerKind.PRONOUN)
        return None


def find_quotes(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                pack: LanguagePack) -> list[Quote]:
    """The marked and reported quotes of ``text``, with speakers, in text order."""
    ctx = _Context(text, sentences, entities, pack)
    spans = find_spans(text, pack.quote_marks)
    marked = [q for s in spans if (q := _marked(ctx, s)) is not None]
    reported = _reported(ctx, spans)
    return sorted(marked + reported, key=lambda q: (q.start, q.end))


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
    after_start = span.close_mark + 1
    after = text[after_start:last[1]]
    before = text[first[0]:span.open_mark]
    speaker: _Speaker | None = None
    cue: str | None = None
    direct = False
    lead = _LEAD.match(after)
    verb = ctx.verb.match(after, lead.end() if lead else 0)
    if verb is not None:  # „…“, sagte er  /  «…», — сказал Энсинг
        cue = verb.group(1).lower()
        speaker = ctx.speaker_near(after_start + verb.end(), after_start + verb.end() + _NEAR,
                                   after_only=True)
        direct = len(words.split()) >= _DIRECT_WORDS
    if speaker is None and before.rstrip().endswith(":"):  # sagte Zwetkarow: „…“
        direct = True
        verbs = list(ctx.verb.finditer(before))
        cue = verbs[-1].group(1).lower() if verbs else cue
        speaker = ctx.speaker_before(first[0], span.open_mark)
    if speaker is None:
        speaker, cue = _in_sentence(ctx, first[0], max(last[1], span.close_mark + 1), span)
    if not before.strip(" \t\n—–-"):
        direct = direct or len(words.split()) >= _DIRECT_WORDS
    if speaker is None and not direct:
        return None
    kind = QuoteKind.DIRECT if direct else QuoteKind.PARTIAL
    return _quote(text, span.start, span.end, words, kind, speaker, cue, len(span.pieces))


def _in_sentence(ctx: _Context, start: int, end: int, span: Marked
                 ) -> tuple[_Speaker | None, str | None]:
    """The speaker of a quote embedded in a sentence: the name nearest its speech verb or
    attribution cue, outside the quote."""
    outside = [(start, span.open_mark), (span.close_mark + 1, end)]
    for pattern in (ctx.verb, ctx.cue):
        for lo, hi in outside:
            for verb in pattern.finditer(ctx.text, lo, hi):
                subject = ctx.speaker_before(max(lo, verb.start() - _NEAR), verb.start())
                after = ctx.speaker_near(verb.end(), min(hi, verb.end() + _NEAR),
                                         after_only=True)
                speaker = after if pattern is ctx.cue else subject or after
                if speaker is not None:
                    return speaker, verb.group(1).lower()
    return None, None


def _reported(ctx: _Context, spans: Sequence[Marked]) -> list[Quote]:
    """Reported speech without marks, one per sentence at most."""
    out: list[Quote] = []
    for start, end in ctx.sentences:
        if any(start <= s.close_mark and s.open_mark < end for s in spans):
            continue  # the sentence quotes words: its marked quotes carry it
        quote = _reported_in(ctx, start, end)
        if quote is not None:
            out.append(quote)
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` trimmed of spaces, commas and the final stop."""
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n.!?;,":
        end -= 1
    return start, end


def _reported_in(ctx: _Context, start: int, end: int) -> Quote | None:
    text = ctx.text
    for verb in ctx.verb.finditer(text, start, end):
        cue = verb.group(1).lower()
        tail = text[verb.end():end]
        # "…, sagte er." : the clause before the verb, the speaker after it
        head = text[start:verb.start()].rstrip()
        if head.endswith(",") and not tail.strip(" .").count(","):
            speaker = ctx.speaker_near(verb.end(), min(end, verb.end() + _NEAR), after_only=True)
            lo, hi = _clause(text, start, verb.start())
            if speaker is not None and hi - lo > 0:
                return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker, cue)
        # "X sagte, …" / "sagte X, …" / "X a déclaré que …"
        that = ctx.that.match(tail)
        comma = tail.find(",")
        if that is not None:
            body = verb.end() + that.end()
            speaker = ctx.speaker_before(max(start, verb.start() - _NEAR), verb.start())
        elif comma >= 0:
            body = verb.end() + comma + 1
            speaker = ctx.speaker_near(verb.end(), verb.end() + comma, after_only=True) \
                if comma else None
            speaker = speaker or ctx.speaker_before(max(start, verb.start() - _NEAR),
                                                    verb.start())
        else:
            continue
        lo, hi = _clause(text, body, end)
        if speaker is not None and len(text[lo:hi].split()) >= 3:
            return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker, cue)
    for cue_match in ctx.cue.finditer(text, start, end):  # "по словам X, …" / "selon X, …"
        comma = text.find(",", cue_match.end(), end)
        speaker = ctx.speaker_near(cue_match.end(), comma, after_only=True) if comma > 0 \
            else None
        if speaker is None:
            continue
        lo, hi = _clause(text, comma + 1, end)
        if len(text[lo:hi].split()) >= 3:
            return _quote(text, lo, hi, text[lo:hi], QuoteKind.INDIRECT, speaker,
                          cue_match.group(1).lower())
    return None
