"""Speakers named only after their words: a role noun that names its holder later
(``«…», ha detto il presidente del Consiglio. «…», ha aggiunto. … Ramiro Santos ha poi
spiegato …``), and a quote on a line of its own (a subheading) that the next paragraph reports.

A quote whose speaker is given only by a role noun that names no one earlier goes to the
person the text names next as a speaker: the speaker of the next quote when that quote opens
the next sentence (``«…», a déclaré Ramiro Santos``), else the first person named after it,
within a few sentences and with no one else named between, as the subject right before a
speech verb (``Santos ha aggiunto che …``). The quotes between, with no speaker of their
own (``«…», ha aggiunto.``), are that person's too: they go on with the same speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import Quote, SpeakerKind

if TYPE_CHECKING:
    from communique.extract.languages._quotes import _Context

_WORD = re.compile(r"[\w'’-]+")
_AHEAD = 3
"""Most sentences after the quote's own in which its speaker may be named."""
_SUBJECT_GAP = 2
"""Most words between a name and its speech verb (``ha poi spiegato``: its participle)."""


def named_next(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the unresolved role nouns' quotes given to the person named next, and
    the quotes standing alone on their line (:func:`_heading_speakers`) to the speaker of
    the paragraph after them."""
    out = _heading_speakers(ctx, list(quotes))
    for k, quote in enumerate(out):
        if quote.start not in ctx.unresolved or quote.speaker_start is not None:
            continue
        later = next((q for q in out[k + 1:] if q.speaker_start is not None), None)
        mention = _next_quote_speaker(ctx, quote, later) or _next_subject(ctx, quote)
        if mention is None:
            continue
        out[k] = _given(quote, ctx.text, mention)
        for j in range(k + 1, len(out)):  # the unattributed quotes up to the name go on
            if out[j].start >= mention.start or out[j].speaker_start is not None:
                break
            out[j] = _given(out[j], ctx.text, mention)
    return out


_MARKS_AND_STOPS = " \t«»„“”\"‹›‚‘'.!?…:—–-"


def _heading_speakers(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """A quote that makes a line of its own (a headline or a subheading: ``„Es ist
    sinnvoll, sich zu treffen“``) with no speaker is a line from what the paragraph after it
    reports: it goes to the person who speaks in that paragraph's first attributed quote."""
    text = ctx.text
    for k, quote in enumerate(quotes):
        if quote.speaker_start is not None:
            continue
        start = text.rfind("\n", 0, quote.start) + 1
        end = text.find("\n", quote.end)
        end = len(text) if end < 0 else end
        if text[start:quote.start].strip(_MARKS_AND_STOPS) or \
                text[quote.end:end].strip(_MARKS_AND_STOPS):
            continue
        lo = end + len(text[end:]) - len(text[end:].lstrip())
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        later = next((q for q in quotes[k + 1:] if lo <= q.start < hi
                      and q.speaker_start is not None), None)
        mention = ctx.found.get(later.speaker_start) if later is not None \
            and later.speaker_start is not None else None
        if mention is not None and mention.label is EntityLabel.PERSON:
            quotes[k] = _given(quote, text, mention)
    return quotes


def _given(quote: Quote, text: str, mention: EntityMention) -> Quote:
    return replace(quote, speaker_text=text[mention.start:mention.end],
                   speaker_start=mention.start, speaker_end=mention.end,
                   speaker_kind=SpeakerKind.ROLE_NOUN)


def _next_quote_speaker(ctx: _Context, quote: Quote, later: Quote | None
                        ) -> EntityMention | None:
    """The person named as the speaker of the next quote, when it opens the next sentence."""
    if later is None or later.speaker_start is None or \
            later.speaker_kind is not SpeakerKind.NAME or \
            _WORD.search(ctx.text, ctx.sentence(quote.end)[1], later.start) is not None:
        return None
    mention = ctx.found.get(later.speaker_start)
    return mention if mention is not None and mention.label is EntityLabel.PERSON else None


def _next_subject(ctx: _Context, quote: Quote) -> EntityMention | None:
    """The first person named after ``quote`` (outside quotation marks, within
    :data:`_AHEAD` sentences), when a speech verb follows the name: the role's holder
    speaking again under their name."""
    i = ctx.index(quote.end)
    stop = ctx.sentences[min(len(ctx.sentences) - 1, i + _AHEAD)][1]
    for mention in ctx.persons(quote.end, stop):
        if _speaks(ctx, mention.end):
            return mention
        if not _weak(ctx.text, mention):
            return None  # someone else named first: the role may be theirs
    return None


def _speaks(ctx: _Context, end: int) -> bool:
    """Whether a speech verb follows a name ending at ``end``, a few words on at most."""
    starts = [end, *(w.start() for w in _WORD.finditer(ctx.text, end, end + 40))]
    return any(ctx.verb.match(ctx.text, at) for at in starts[:_SUBJECT_GAP + 2])


def _weak(text: str, mention: EntityMention) -> bool:
    """A one-word "name" opening a sentence (``Spiegando …``, a capitalized participle the
    name finder took for a person): no evidence that someone else was named."""
    before = text[:mention.start].rstrip()
    return " " not in mention.text.strip() and (not before or before.endswith((".", "!", "?")))
