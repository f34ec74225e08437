"""Find the spans between quotation marks in plain text, one linear pass per paragraph.

Curly marks say which way they face; straight ones do not, so their direction is read from
the characters around them, falling back to alternation. Apostrophes (``it’s``, ``Ukraine's``)
are told from single quotation marks by the letters on both sides. A quote left open at the
end of a paragraph continues into the next paragraph when that one opens with a mark (the
newspaper convention for long quotes); otherwise the paragraph end closes it, so one stray
mark cannot swallow the rest of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_OPENERS_BEFORE = "([{—–-/“‘\"'"
"""Characters after which a straight mark opens rather than closes a quote."""


@dataclass(frozen=True, slots=True)
class Marked:
    """Words between quotation marks: the whole span and its per-paragraph pieces."""

    pieces: tuple[tuple[int, int], ...]
    """``(start, end)`` of the quoted words in each paragraph, marks excluded."""
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int | None
    """Offset of the closing mark, or ``None`` when the paragraph end closed the quote."""

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last quoted character."""
        return self.pieces[-1][1]

    def words(self, text: str) -> str:
        """The quoted words, paragraph pieces joined by one space."""
        return " ".join(text[s:e] for s, e in self.pieces)


def _classify(line: str, i: int) -> tuple[str, str] | None:
    """Return ``(family, role)`` for a mark at ``line[i]``; role is open, close or either."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    if ch in _DOUBLE_OPEN:
        # ``effective“ and``: a curly opener glued to the word before it faces the wrong
        # way (or is the German closer); it closes a quote that is open.
        glued = prev.isalnum() or prev in ".,;:!?"
        return ("double", "either" if glued and not nxt.isalnum() else "open")
    if ch in _DOUBLE_CLOSE:
        # ``was ”ancient”``: a curly closer after a space and before a word faces the wrong
        # way: it opens a quote when none is open, and still closes an open one.
        loose = prev.isspace() or prev in "([{"
        return ("double", "either" if loose and nxt.isalnum() else "close")
    if ch == '"':
        if prev.isspace() or prev in _OPENERS_BEFORE:
            return ("double", "open")
        if nxt.isspace() or not nxt.isalnum():
            return ("double", "close")
        return ("double", "either")
    if ch in _SINGLE_OPEN or ch == "'":
        word_start = prev.isspace() or prev in _OPENERS_BEFORE
        if word_start and (nxt.isalnum() or nxt in "[(“\"."):
            return ("single", "open")
        if ch == "'" and not prev.isspace() and not nxt.isalnum():
            return ("single", "close")
        return None
    if ch in _SINGLE_CLOSE:
        # A mark between letters or before a digit is an apostrophe (it’s, ’90s).
        if not prev.isspace() and not nxt.isalnum():
            return ("single", "close")
        return None
    return None


def _marks_in(line: str) -> list[tuple[int, str, str]]:
    """All quotation-mark candidates of one line as ``(index, family, role)``."""
    found: list[tuple[int, str, str]] = []
    for i, ch in enumerate(line):
        if ch in "\"'“”„«»‘’‹›":
            kind = _classify(line, i)
            if kind is not None:
                found.append((i, kind[0], kind[1]))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    """State of the scan: the quote currently open, possibly carried over paragraphs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Marked] = []
        self.family: str | None = None
        self.open_mark = -1
        self.content_start = -1
        self.pieces: list[tuple[int, int]] = []

    def open(self, family: str, mark: int) -> None:
        """Start a quote whose words begin after ``mark``."""
        self.family, self.open_mark, self.content_start = family, mark, mark + 1
        self.pieces = []

    def close(self, end: int, close_mark: int | None) -> None:
        """End the open quote at ``end`` and record it if it holds any words."""
        piece = _trimmed(self.text, self.content_start, end)
        pieces = [*self.pieces, piece] if piece[1] > piece[0] else self.pieces
        if pieces:
            self.out.append(Marked(tuple(pieces), self.open_mark, close_mark))
        self.family = None
        self.pieces = []

    def carry(self, line_end: int, next_open: int) -> None:
        """Keep the quote open into the next paragraph, whose opening mark is ``next_open``."""
        piece = _trimmed(self.text, self.content_start, line_end)
        if piece[1] > piece[0]:
            self.pieces.append(piece)
        self.content_start = next_open + 1

    def scan_line(self, base: int, line: str, skip: int | None) -> None:
        """Walk the marks of one line (``skip``: a reopening mark already consumed)."""
        marks = _marks_in(line)
        closers = {i for i, fam, role in marks if fam == "single" and role != "open"}
        for i, family, role in marks:
            pos = base + i
            if pos == skip:
                continue
            if self.family is None:
                if role == "close":
                    continue  # a stray closer: nothing to close
                if family == "single" and not any(c > i for c in closers):
                    continue  # no closer later on the line: an apostrophe-like mark
                self.open(family, pos)
            elif family == self.family:
                if role == "open" and family == "single":
                    continue  # nested opener of the same family is not expected
                if role == "open" and line[i] != '"':
                    # A second curly opener: the first was never closed.
                    self.close(pos, None)
                    self.open(family, pos)
                else:
                    self.close(pos, pos)


def _next_paragraph(lines: list[tuple[int, str]], k: int) -> tuple[int, str] | None:
    """The next non-blank line after index ``k``."""
    for base, line in lines[k + 1 :]:
        if line.strip():
            return base, line
    return None


def find_marked(text: str) -> list[Marked]:
    """Return every quoted span of ``text`` (one paragraph per line), in order."""
    lines: list[tuple[int, str]] = []
    base = 0
    for line in text.split("\n"):
        lines.append((base, line))
        base += len(line) + 1
    scan = _Scanner(text)
    skip: int | None = None
    for k, (base, line) in enumerate(lines):
        if not line.strip():
            continue
        scan.scan_line(base, line, skip)
        skip = None
        if scan.family is None:
            continue
        line_end = base + len(line)
        nxt = _next_paragraph(lines, k)
        reopen = _reopening_mark(nxt, scan.family)
        if reopen is not None:
            scan.carry(line_end, reopen)
            skip = reopen
        else:
            scan.close(line_end, None)
    return scan.out


def _reopening_mark(nxt: tuple[int, str] | None, family: str) -> int | None:
    """Offset of the mark opening paragraph ``nxt`` if it reopens a ``family`` quote."""
    if nxt is None:
        return None
    base, line = nxt
    stripped = len(line) - len(line.lstrip())
    if stripped >= len(line):
        return None
    kind = _classify(line, stripped)
    if kind is not None and kind[0] == family and kind[1] != "close":
        return base + stripped
    return None
