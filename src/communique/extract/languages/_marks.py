"""Spans between a language's quotation marks (``„…“``, ``«…»``, ``»…«``), across paragraphs.

The pairs come from the pack, most usual first; a pair's marks are matched before the next
pair's, and a mark inside a span already found is a nested quote of that span, not a new one.
A quote may run over paragraphs (a long statement closes only at its end), but never past a
new opening mark of its own pair, nor further than :data:`LONGEST` characters. A closing mark
between two letters is an apostrophe (``п’ять``, ``l’anno``), not a mark; a mark right after a
word does not open and one right before a word does not close, which tells Swiss ``«…»`` from
German ``»…«`` when a pack lists both.
"""

from __future__ import annotations

from dataclasses import dataclass

LONGEST = 1500
"""Most characters one quote may span; a stray mark cannot swallow an article."""


@dataclass(frozen=True, slots=True)
class Span:
    """One quote: the offsets of its marks and of its words (marks and spaces excluded)."""

    open_mark: int
    close_mark: int
    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        """First quoted character."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Just after the last quoted character."""
        return self.pieces[-1][1]

    def words(self, text: str) -> str:
        """The quoted words, paragraph pieces joined by one space."""
        return " ".join(text[s:e] for s, e in self.pieces)


def _apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _pieces(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The non-blank lines of ``text[start:end]``, each trimmed of spaces."""
    out = []
    offset = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            first = offset + line.index(stripped[0])
            out.append((first, first + len(stripped)))
        offset += len(line) + 1
    return tuple(out)


def find_spans(text: str, pairs: tuple[tuple[str, str], ...]) -> list[Span]:
    """Every quote of ``text`` marked by one of ``pairs``, in text order."""
    found: list[Span] = []
    for opening, closing in pairs:
        i = 0
        while (i := text.find(opening, i)) >= 0:
            span = _close(text, i, opening, closing, found)
            if span is None:
                i += 1
                continue
            found.append(span)
            i = span.close_mark + 1
    return sorted(found, key=lambda s: s.open_mark)


def _close(text: str, i: int, opening: str, closing: str, found: list[Span]) -> Span | None:
    """The quote opened at ``i``, or ``None`` (inside another quote, unclosed, empty)."""
    if any(s.open_mark <= i <= s.close_mark for s in found):
        return None
    if i > 0 and text[i - 1].isalnum():
        return None  # a mark right after a word closes (``»`` in «Stillstand»), never opens
    if opening == closing and i + 1 < len(text) and text[i + 1].isspace():
        return None  # a straight mark followed by a space closes, it does not open
    j = i + 1
    limit = min(len(text), i + LONGEST)
    while j < limit:
        j = text.find(closing, j)
        if j < 0 or j >= limit:
            return None
        reopened = opening != closing and text.find(opening, i + 1, j) >= 0
        if reopened and "\n" in text[i:text.find(opening, i + 1, j)]:
            return None  # a new quote opens in a later paragraph before this one closes
        if not _apostrophe(text, j) and not (j + 1 < len(text) and text[j + 1].isalnum()):
            break  # a mark right before a word opens, it does not close
        j += 1
    else:
        return None
    pieces = _pieces(text, i + 1, j)
    if not pieces or any(s.open_mark <= j <= s.close_mark for s in found):
        return None
    return Span(i, j, pieces)
