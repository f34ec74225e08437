"""Content-derived identifiers.

Ids are hashes of content, never counters or paths, so re-running communique on the same input
yields the same ids (the sqlite-utils / datasette convention).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_for_hash(text: str) -> str:
    """Return ``text`` in NFC with runs of white space folded, trimmed.

    Two files that differ only in line endings or trailing blank lines must hash alike.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_id(prefix: str, *parts: str | None, length: int = 16) -> str:
    """Return ``prefix`` + the first ``length`` hex digits of a SHA-256 over ``parts``.

    ``None`` parts hash as the empty string; parts are separated by a NUL so that
    ``("ab", "c")`` and ``("a", "bc")`` differ.
    """
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\0")
    return f"{prefix}{digest.hexdigest()[:length]}"
