"""How a text's sentences place the dates they write: behind the writing, ahead of it, or
neither.

A text is read sentence by sentence (:func:`sentences`, which does not stop at "Feb." or
"U.S."). A sentence with a future marker ("will", "scheduled", "prochain", "soll"), a future
verb form ("signeront", "firmarán", "vont signer") or a term said to run out ("the truce
expires on 10 May") puts its dates ahead (:func:`puts_ahead`); a quotation speaks in its
speaker's tense, not the writer's (:func:`voices`); and a date that a threatened, possible or
avoided measure would begin on is neither behind nor ahead (:func:`unreal`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from communique.clean._datewords import (
    FUTURE_INFLECTION,
    FUTURE_MARKER,
    LAPSE_MARKER,
    UNREAL_MARKER,
    own_future,
)

__all__ = ["FUTURE_INFLECTION", "inflected_future", "puts_ahead", "sentences", "unreal",
           "unwrapped", "voices"]

_QUOTE = re.compile(r"“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"|''[^'\n]*''")
"""A quotation: curly, straight, guillemet and low-high double quotes, and doubled single ones."""
_SENTENCE_END = re.compile(r"(?<=[.!?。।])[\"”’»)]*\s+(?=[\"“‘«(]?[^\W\d_])")
"""A full stop, question or exclamation mark, ideographic full stop or danda (Hindi "।"), then
any closing quotes and white space before the next sentence's first letter."""
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Za-z]|[A-Z][a-z]{0,2}|Sept|(?:[A-Za-z]\.)+[A-Za-z])\.$")
"""A full stop after an initial, a short capitalised word or a dotted acronym ("Feb.", "Mr.",
"U.S.") rarely ends a sentence."""



def sentences(paragraph: str) -> Iterable[tuple[int, str]]:
    """The sentences of a paragraph with their start offsets."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph, max(0, match.start() - 12), match.start()):
            continue
        yield start, paragraph[start:match.start()]
        start = match.end()
    yield start, paragraph[start:]



_CLOSED = re.compile(r"[.!?:;…。।\"”’»)\]]\s*$")
"""How a line that ends its sentence (or its heading's colon) ends."""
_WRAP_LINE = (30, 100)
"""The lengths of a line that a hard wrap broke: a shorter one is a heading, a kicker or a list
item, a longer one a paragraph of its own (a teaser cut short, a title)."""
_WRAPPED_LINES = 5
"""How many such lines a hard-wrapped text has at least."""


def _broken(line: str) -> bool:
    """Whether a line looks broken off by a hard wrap: of a wrapped line's length, and not
    ending its sentence."""
    return _WRAP_LINE[0] <= len(line.strip()) <= _WRAP_LINE[1] and not _CLOSED.search(line)


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its sentences read as spaces, when it is
    hard-wrapped (plain-text wire copy, e-mail): half or more of its lines of some length broken
    off mid-sentence, at least :data:`_WRAPPED_LINES` of them going on in lower case on the next
    ("the governments released the" / "joint declaration ..."). Else ``text`` itself. A space
    takes the place of a line break: every offset holds."""
    lines = text.split("\n")
    # A line broken off mid-sentence that the next line goes on in lower case: headings,
    # tables of contents and scripts without case (Arabic paragraphs often end without a full
    # stop) are not taken for wrapped text.
    going_on = sum(_broken(line) and next_line[:1].islower()
                   for line, next_line in pairwise(lines))
    broken = sum(map(_broken, lines))
    long = sum(len(line.strip()) >= _WRAP_LINE[0] for line in lines)
    if going_on < _WRAPPED_LINES or 2 * broken < long:
        return text
    return "".join(line + (" " if _broken(line) else "\n") for line in lines[:-1]) + lines[-1]


def voices(sentence: str, language: str | None = None) -> list[tuple[str, bool]]:
    """The reporting frame of a sentence and each quotation in it, with their future marks.

    A quotation's tense is the speaker's, not the writer's: "'We will make a deal,' he told
    reporters on February 10" reports February 10 as past. A date inside a quotation is ahead
    when the quotation or its frame has a future marker ("he said talks will resume, calling
    March 2 'the day we return'"). Blanked with spaces, the frame keeps its offsets.
    """
    quotes = [m.span() for m in _QUOTE.finditer(sentence)]
    if not quotes:
        return [(sentence, puts_ahead(sentence, language))]
    frame = list(sentence)
    for start, end in quotes:
        frame[start:end] = " " * (end - start)
    framed = "".join(frame)
    frame_marked = puts_ahead(framed, language)
    return [(framed, frame_marked), *(
        (sentence[start:end], frame_marked or puts_ahead(sentence[start:end], language))
        for start, end in quotes)]


def puts_ahead(text: str, language: str | None = None) -> bool:
    """Whether a sentence or quotation puts its dates ahead: a future marker, a future verb
    form ("signeront ce vendredi", "van a firmar este viernes"; in a text of ``language``, its
    own endings too: "commencera lundi"), or a term said to run out ("the truce expires on 10
    May")."""
    return bool(FUTURE_MARKER.search(text) or inflected_future(text, language)
                or LAPSE_MARKER.search(text))


def inflected_future(text: str, language: str | None = None) -> bool:
    """Whether ``text`` holds a future verb form: one of every language
    (:data:`FUTURE_INFLECTION`), or, in a text of ``language``, one of the endings only that
    language's words end in as futures (the French "commencera"), written in lower case."""
    if FUTURE_INFLECTION.search(text):
        return True
    own = own_future(language)
    return own is not None and any(m.group()[0].islower() for m in own.finditer(text))


_UNREAL_REACH = 120
"""How far before a date a threat or a possibility still governs it ("the threat of 100%
tariffs on imported goods from 1 March"): about a clause."""


def unreal(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a threatened, possible or avoided measure would
    begin ("the threat of tariffs from 1 March"): neither behind the writing nor, for all the
    text says, ahead of it, so it bounds nothing."""
    return bool(UNREAL_MARKER.search(sentence, max(0, start - _UNREAL_REACH), start))

