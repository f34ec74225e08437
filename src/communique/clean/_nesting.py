"""Pages nested deeper than an HTML parser goes: flattened, so that their text is not lost.

libxml2 (lxml, and so trafilatura) stops building the tree about 255 elements deep — 2,047 with
its "huge" option — and everything below is silently gone: a page wrapped in a few hundred
``<div>``\\ s came out as "no article text left". :func:`flatten` walks the tags once. Below
:data:`MAX_DEPTH` open elements it drops the start and end tags of wrappers (``div``, ``span``
and every other element that does not structure text), never their text; the elements that do
(paragraphs, headings, lists, tables, quotes) are kept, so the article reads as it did, up to
:data:`MAX_STRUCTURE_DEPTH` more levels, below which they are dropped too and leave a line
break. A page within the limit is returned unchanged.
"""

from __future__ import annotations

import re

MAX_DEPTH = 180
"""Nesting kept as it is; far deeper than real article pages, within what the parser builds."""
MAX_STRUCTURE_DEPTH = 60
"""Further levels of text-structuring elements kept below :data:`MAX_DEPTH`."""

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
                  re.S)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen", "basefont", "frame"})
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext", "noscript"})
_STRUCTURE = frozenset({"p", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
                        "tfoot", "tr", "td", "th", "caption", "article", "main", "blockquote",
                        "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption"})
_BLOCKS = _STRUCTURE | {"div", "section", "header", "footer", "aside", "nav"}


def flatten(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with element tags nested deeper than ``max_depth`` removed (text kept)."""
    if html.count("<") <= max_depth:
        return html  # too few tags to be that deep
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept) of the open elements
    depth = 0  # kept elements open
    position = 0
    dropped = False
    for match in _TAG.finditer(html):
        if match.start() < position:
            continue  # inside a raw-text element skipped below
        out.append(html[position:match.start()])
        position = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if not name:  # a comment or CDATA
            out.append(match.group(0))
            continue
        if closing:
            closed = _close(stack, name)
            if closed is None:  # nothing open matches: left for the parser, as it was
                out.append(match.group(0))
                continue
            kept, kept_closed = closed
            depth -= kept_closed
            if kept:
                out.append(match.group(0))
            else:
                dropped = True
                out.append("<br>" if name in _BLOCKS else "")
            continue
        if name in _VOID or match.group(3).rstrip().endswith("/"):
            out.append(match.group(0))
            continue
        keep = depth < max_depth or (name in _STRUCTURE
                                      and depth < max_depth + MAX_STRUCTURE_DEPTH)
        if keep:
            depth += 1
            out.append(match.group(0))
        else:
            dropped = True
            out.append("<br>" if name in _BLOCKS else "")
        stack.append((name, keep))
        if name in _RAW:
            end = re.compile(rf"</{name}\s*>", re.I).search(html, position)
            stop = end.start() if end else len(html)
            out.append(html[position:stop])
            position = stop
    out.append(html[position:])
    return "".join(out) if dropped else html


def _close(stack: list[tuple[str, bool]], name: str) -> tuple[bool, int] | None:
    """Pop the elements an end tag closes (the matching one and any left open inside it):
    whether the matching one was kept, and how many kept ones were closed; ``None`` when
    nothing open matches."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] == name:
            kept = stack[index][1]
            kept_closed = sum(1 for _, k in stack[index:] if k)
            del stack[index:]
            return kept, kept_closed
    return None
