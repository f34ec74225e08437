"""Safe HTML fragments built in Python: highlighted article text, the digest, snippets.

Everything from an article is untrusted: it is escaped *first*, and only then is our own markup
added around it, so no input can open a tag. Results are :class:`markupsafe.Markup` so that the
templates (autoescaping) insert them as they are.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


def anchor(start: int, end: int) -> str:
    """The fragment id of one evidence passage within its article page."""
    return f"a-{start}-{end}"


@dataclass(frozen=True, slots=True)
class Piece:
    """An annotation's place in the text: a span, its anchor, classes, tooltip and link."""

    start: int
    end: int
    anchor: str | None
    css: str
    title: str
    href: str | None = None


def marked_text(text: str, spans: Iterable[tuple[int, int]],
                pieces: Sequence[Piece] = ()) -> Markup:
    """``text`` escaped, with every evidence span in ``<mark>`` elements and annotations inside.

    Spans may overlap, so the text is cut at every span boundary; each covered piece is one
    ``<mark>`` listing the spans it belongs to in ``data-spans`` (the page's script highlights
    every piece of the followed span). The piece where a span starts carries the span's ``id``
    (the longest span when several start there; the others get an empty anchor just before).
    Annotation ``pieces`` cut the text too: a stretch they cover becomes a link to where the
    shortest covering annotation is used in the story (a ``<span>`` when it is used nowhere),
    with every covering annotation's classes and tooltip.
    """
    valid = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)},
                   key=lambda span: (span[0], -span[1]))
    notes = [p for p in pieces if 0 <= p.start < p.end <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _ in valid), *(e for _, e in valid),
                   *(p.start for p in notes), *(p.end for p in notes)})
    starting: dict[int, list[tuple[int, int]]] = {}
    for span in valid:
        starting.setdefault(span[0], []).append(span)
    note_starts: dict[int, list[Piece]] = {}
    for piece in notes:
        note_starts.setdefault(piece.start, []).append(piece)
    parts: list[str] = []
    open_spans: list[tuple[int, int]] = []
    open_notes: list[Piece] = []
    for a, b in itertools.pairwise(cuts):
        open_spans = [s for s in open_spans if s[1] > a] + starting.get(a, [])
        open_notes = [p for p in open_notes if p.end > a] + note_starts.get(a, [])
        parts.extend(f'<span class="anchor" id="{escape(p.anchor)}"></span>'
                     for p in note_starts.get(a, []) if p.anchor)
        chunk = _annotated(str(escape(text[a:b])), open_notes)
        if not open_spans:
            parts.append(chunk)
            continue
        first = starting.get(a, [])
        for extra in first[1:]:
            parts.append(f'<span class="anchor" id="{anchor(*extra)}"></span>')
        ident = f' id="{anchor(*first[0])}"' if first else ""
        names = " ".join(anchor(*s) for s in open_spans)
        parts.append(f'<mark{ident} data-spans="{names}">{chunk}</mark>')
    return Markup("".join(parts))


def _annotated(chunk: str, covering: Sequence[Piece]) -> str:
    """An escaped chunk wrapped for the annotations covering it (none: unchanged)."""
    if not covering:
        return chunk
    classes = " ".join(dict.fromkeys(c for p in covering for c in p.css.split()))
    tip = "\n".join(dict.fromkeys(p.title for p in covering))
    linked = sorted((p for p in covering if p.href), key=lambda p: p.end - p.start)
    attrs = f'class="{escape(classes)}" title="{escape(tip)}"'
    if linked:
        return f'<a {attrs} href="{escape(linked[0].href)}">{chunk}</a>'
    return f"<span {attrs}>{chunk}</span>"


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_REF = re.compile(r"\[(\d+)\]")


def digest_html(digest: str, article_of: Callable[[int], str | None]) -> list[Markup]:
    """The digest's Markdown lines as HTML list items; ``[n]`` links to article ``n``."""
    items = []
    for line in digest.splitlines():
        line = line.strip()
        if not line:
            continue
        html = str(escape(line.removeprefix("- ")))
        html = _BOLD.sub(r"<strong>\1</strong>", html)

        def link(match: re.Match[str]) -> str:
            article = article_of(int(match.group(1)))
            if article is None:
                return match.group(0)
            return (f'<a class="ref" href="/articles/{escape(article)}">'
                    f"[{match.group(1)}]</a>")

        items.append(Markup(_REF.sub(link, html)))
    return items


def snippet_html(snippet: str) -> Markup:
    """A search snippet with the store's ``**match**`` markers as ``<mark>``."""
    return Markup(_BOLD.sub(r"<mark>\1</mark>", str(escape(snippet))))
