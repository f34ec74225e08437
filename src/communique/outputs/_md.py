"""Text from articles inside Markdown: shown as written, never read as markup or HTML.

``dossier.md`` is read in Markdown renderers, and those pass raw HTML through: an article
holding ``<script>`` or ``[x](javascript:…)`` must not become a tag or a link there. Every
string that comes from an article (or its metadata) goes through :func:`text`, which
backslash-escapes the characters CommonMark (and GitHub's tables and strikethrough) give a
meaning to and folds line breaks; the dossier's own markup is added around it afterwards.
"""

from __future__ import annotations

import re

# An underscore inside a word ("a_b", "single_source") is never emphasis in CommonMark, so
# only the others are escaped; "#", "+" and "-" only where a line (or list item) could start.
_SPECIAL = re.compile(r"[\\`*\[\]<>&|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])|^[#+-]")
_DIGEST_SPECIAL = re.compile(r"([\\<>&]|(?<=\])\()")


def text(value: object) -> str:
    """``value`` as literal Markdown inline text on one line (``—`` for ``None``)."""
    if value is None:
        return "—"
    return _SPECIAL.sub(r"\\\g<0>", " ".join(str(value).split()))


def digest(markdown: str) -> str:
    """The digest (Markdown the merge stage wrote: ``**bold**`` and ``[n]`` references, with
    article words inside) with raw HTML and links made literal, its own markup kept."""
    return _DIGEST_SPECIAL.sub(r"\\\g<0>", markdown)
