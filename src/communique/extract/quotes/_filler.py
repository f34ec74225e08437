"""Lines between paragraphs that are no prose: section headings, page furniture, asides.

Pages put short lines between the paragraphs of one run of quotes (``ON INFLATION``,
``Advertisement 2``, ``Article content``). They say nothing about who speaks, so the
look-back for a quote's speaker steps over them rather than stopping at them.
"""

from __future__ import annotations

_FILLER_WORDS = 6
"""Words a line has at most to count as a heading or page furniture."""

_MAX_FILLER_LINES = 4
"""Filler lines stepped over at most: a longer run is a new part of the page."""

_ENDS_PROSE = (".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "…")
"""Line endings of a sentence, a label that introduces a quote, or a quotation."""

_OPENING_MARKS = ("“", '"', "‘", "«", "„")


def is_filler(line: str) -> bool:
    """Whether a line is a short heading or page furniture rather than prose: a few words,
    no sentence or label ending, no quotation opened in it; or an aside wholly in brackets
    (the translation of the quote before it)."""
    stripped = line.strip()
    if stripped.startswith("(") and stripped.endswith(")") and "\u201c" not in stripped:
        return True
    words = line.split()
    if not words or len(words) > _FILLER_WORDS:
        return False
    if line.rstrip().endswith(_ENDS_PROSE):
        return False
    return not any(w.startswith(_OPENING_MARKS) for w in words)


def _line_start(text: str, offset: int) -> int:
    """Offset of the start of the line holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def prose_line_before(text: str, line: int) -> tuple[int, int] | None:
    """``(start, end)`` of the nearest line before the one starting at ``line`` that is
    not filler, stepping over a few filler lines; ``None`` at the top of the text, past
    too many filler lines or at an empty line."""
    end = line - 1
    for _ in range(_MAX_FILLER_LINES + 1):
        if end < 0:
            return None
        start = _line_start(text, end)
        piece = text[start:end]
        if not piece.strip():
            return None
        if not is_filler(piece):
            return start, end
        end = start - 1
    return None


def only_filler_between(text: str, start: int, end: int) -> bool:
    """Whether the text between two offsets crosses at most one paragraph break apart from
    filler lines (the tail of one paragraph, filler lines, the head of the next)."""
    pieces = text[start:end].split("\n")
    middle = pieces[1:-1]
    return len(middle) <= _MAX_FILLER_LINES and all(is_filler(p) for p in middle)
