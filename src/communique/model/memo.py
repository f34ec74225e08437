"""Per-article results of pure functions of an article's text, kept between runs.

Some merge steps read every article's text afresh on each merge (the weekdays written beside
dates, say), although what they read depends on that one text alone. :class:`TextMemo` keeps
such results by article, keyed by a digest of the text (content-hash keyed: a stored value is
used only for the very text it was computed from) and by a *kind* that names the function and
the version of its output, so that an ``add`` computes them for the new articles only and reads
the rest back from the store (:mod:`communique.store._memo`). It lives in the model, beside the
records, so that the store reads and writes it without importing the merge.

Values are plain JSON data (lists, numbers, strings, ``None``): the store keeps them without
knowing the merge's types, and each step turns them back into its own records. A merge with a
memo finds exactly what a merge without one finds; ``communique rebuild`` starts from an empty
memo and replaces every stored value. When a function whose results are kept changes what it
returns, its kind's version must change with it (``weekdays/2``): values of an old kind are then
never read, and the next ``rebuild`` drops them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["TextMemo", "text_digest"]

JSONData = Any
"""A value :func:`json.dumps` writes as is (nested lists, dicts, numbers, strings, None)."""


def text_digest(text: str) -> str:
    """A short, stable digest of a text (BLAKE2b, 16 hex digits): what keys a memo value."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(slots=True)
class TextMemo:
    """Results of pure functions of article texts, by ``(kind, article id)``, and of merge
    steps per block, by ``(kind, block key)``.

    ``values`` maps a key to ``(text digest, value)``; ``fresh`` lists the keys this run
    computed, for the caller to store.
    """

    values: dict[tuple[str, str], tuple[str, JSONData]] = field(default_factory=dict)
    fresh: list[tuple[str, str]] = field(default_factory=list)
    blocks: dict[tuple[str, str], tuple[str, JSONData]] = field(default_factory=dict)
    """Outputs of merge steps per block, by ``(kind, block key)``: ``(digest of the block's
    inputs, value)`` (see :meth:`get_checked`); stored apart from the per-article values,
    since a block is no article."""
    fresh_blocks: list[tuple[str, str]] = field(default_factory=list)
    """The block keys this run computed, for the caller to store."""
    annotations: dict[str, str] = field(default_factory=dict)
    """A digest of each article's stored annotations, by id, when the caller read them from a
    store (see :meth:`get_annotated`); never stored itself."""

    def get(self, kind: str, article: str, text: str, compute: Callable[[], JSONData]
            ) -> JSONData:
        """The value of ``kind`` for an article's ``text``: kept, else computed and kept."""
        return self._get(kind, article, text_digest(text), compute)

    def get_annotated(self, kind: str, article: str, text: str,
                      compute: Callable[[], JSONData]) -> JSONData:
        """The value of ``kind`` for an article's text *and annotations*: kept under the
        digests of both, else computed (and kept only when the annotations' digest is known:
        without it nothing could tell a value of other annotations from this one)."""
        annotated = self.annotations.get(article)
        if annotated is None:
            return compute()
        return self._get(kind, article, f"{text_digest(text)}.{annotated}", compute)

    def get_checked(self, kind: str, key: str, digest: str,
                    still_valid: Callable[[JSONData], bool], compute: Callable[[], JSONData]
                    ) -> JSONData:
        """The value of ``kind`` for ``key`` (a block of a merge step rather than an article)
        kept under ``digest`` *and* accepted by ``still_valid`` (which checks what the value
        read beyond its inputs), else computed and kept."""
        kept = self.blocks.get((kind, key))
        if kept is not None and kept[0] == digest and still_valid(kept[1]):
            return kept[1]
        value = compute()
        self.blocks[(kind, key)] = (digest, value)
        self.fresh_blocks.append((kind, key))
        return value

    def _get(self, kind: str, article: str, digest: str, compute: Callable[[], JSONData]
             ) -> JSONData:
        """The value kept under ``digest``, else computed and kept."""
        key = (kind, article)
        kept = self.values.get(key)
        if kept is not None and kept[0] == digest:
            return kept[1]
        value = compute()
        self.values[key] = (digest, value)
        self.fresh.append(key)
        return value
