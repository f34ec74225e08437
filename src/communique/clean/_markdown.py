"""Markdown input: remove the markup, keep the text and remember which lines were headings.

Line for line, so that removals recorded later still point at the right input line. Headings
(``## …``) are returned so that the cleaner keeps them as heading lines instead of reading them
as sentences; emphasis around a whole line (``*Posted on … by …*``) is dropped so that byline
and date-line rules see the words.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_WRAPPED = re.compile(r"^\s*(?P<mark>\*{1,3}|_{1,3})(?P<text>\S.*?\S|\S)(?P=mark)\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_INLINE_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")


def _plain(line: str) -> str:
    """One line without Markdown markup."""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group("text"), line)
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    line = _BULLET.sub("", line)
    wrapped = _WRAPPED.match(line)
    if wrapped:
        line = wrapped.group("text")
    return _INLINE_EMPHASIS.sub(lambda m: m.group(2), line)


def strip_markdown(text: str) -> tuple[str, list[str], str | None]:
    """Return ``text`` without markup, its heading texts, and its title.

    The title is a level-1 heading on the first non-blank line (``# Headline``).
    """
    lines: list[str] = []
    headings: list[str] = []
    title = None
    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            plain = _plain(heading.group("text"))
            at_top = not any(previous.strip() for previous in lines)
            if at_top and line.lstrip().startswith("# "):
                title = plain
            else:
                headings.append(plain)
            lines.append(plain)
        else:
            lines.append(_plain(line))
    return "\n".join(lines), headings, title
