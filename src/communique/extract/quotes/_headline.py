"""Headlines that name their source after the words: ``… ‘fraudulent’: opposition chief``,
``NATO expansion won't bring stability - Kremlin``.

The source at the end of a headline is a short phrase after a colon or a spaced dash. It is
resolved, through the article body, to the person the body names with those words (``the
opposition leader Nelson Chamisa``, ``Kremlin spokesperson Dmitry Peskov``): the body says who
spoke for the body or office the headline names. Without such a person the phrase itself
speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.extract.quotes._context import Context
from communique.extract.quotes._people import People
from communique.extract.quotes._speakers import Speaker
from communique.model.quotes import SpeakerKind

_SOURCE = re.compile(r"(?:\s*:\s+|\s+[-–—]\s+)(?P<who>[^:–—\"“”‘’]+?)\s*$")
_MAX_SOURCE_WORDS = 4
_HEADLINE_WORDS = 45
"""Words of a line that is prose, no longer headline matter."""
_SHORT_LINE = 6
"""A line this short ending in a full stop is still headline matter (``Reuters.``)."""
_NEAR_NAME = 3
"""Tokens between a source word in the body and the person's name it introduces."""
_GENERIC = frozenset({"chief", "head", "leader", "official", "officials", "source", "sources",
                      "says", "said", "the", "a", "an", "of", "in"})
"""Words of a source that do not single out one body: a person is looked for by the others."""


@dataclass(frozen=True, slots=True)
class HeadlineSource:
    """The headline's own words (before the source) and who they are credited to."""

    start: int
    end: int
    speaker: Speaker


def headline_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines that open an article before its first paragraph of
    prose: headline, standfirst, menu words (short lines that do not end a sentence)."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        words = len(line.split())
        if words > _HEADLINE_WORDS or (words > _SHORT_LINE and line.endswith(".")):
            break
        if line:
            out.append((start, end))
        start = end + 1
    return out


def headline_source(ctx: Context, people: People) -> HeadlineSource | None:
    """The source a headline names after its words, resolved via the body."""
    for line_start, line_end in headline_lines(ctx.text):
        line = ctx.text[line_start:line_end]
        hit = _SOURCE.search(line)
        if hit is None or not line[: hit.start()].strip():
            continue
        who = hit.group("who")
        words = who.split()
        if len(words) > _MAX_SOURCE_WORDS or not any(w[:1].isalpha() for w in words):
            continue
        who_start = line_start + hit.start("who")
        speaker = _person_named_with(ctx, people, words, line_end) or Speaker(
            who_start, who_start + len(who), SpeakerKind.ORGANIZATION)
        start = line_start + len(line) - len(line.lstrip())
        return HeadlineSource(start, line_start + hit.start(), speaker)
    return None


def _person_named_with(ctx: Context, people: People, words: list[str],
                       after: int) -> Speaker | None:
    """The first person the body names right after one of ``words`` (``Kremlin spokesperson
    Dmitry Peskov`` for ``Kremlin``; ``opposition leader Nelson Chamisa`` for
    ``opposition chief``), or the person the source names outright."""
    wanted = {w.lower().strip(".,") for w in words} - _GENERIC
    if not wanted:
        return None
    doc = ctx.doc
    for token in doc[ctx.token_at(after):]:
        if token.lower_ not in wanted or ctx.quoted(token):
            continue
        for near in doc[token.i : min(token.i + _NEAR_NAME + 2, len(doc))]:
            key = people.key_of(near)
            if key is not None and near.dep_ not in ("compound", "flat"):
                full = people.fullest(key)
                return Speaker(full.start, full.end, SpeakerKind.ORGANIZATION, key)
    return None
