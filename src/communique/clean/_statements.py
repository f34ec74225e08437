"""Short items that relay one statement: copies whose substance is a quotation.

A news agency's brief on a minister's post or a government statement is often the quotation
and a line around it; the site that reprints it, or the longer report that carries the same
quotation with the same framing, is a copy of it in the sense of the gold (a relay of one
statement). Duplicate detection compares texts outside their quotations, since independent
reports of one event share the quotes they carry (:mod:`communique.clean._dedup`, step 1);
a brief that is mostly quotation has too little left outside them to be compared at all.

So a text whose quotations are at least :data:`QUOTED_SHARE` of it is compared once more on
all its words, quotations included, with the texts that share sampled shingles with it, at the
containment threshold of ordinary copies. On the four dev stories the one such brief of the
gold reaches 0.48 with its source, and no pair that is no copy reaches 0.25 with its quotations
kept (two reports carrying one long quotation of a president, 0.24).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["QUOTED", "QUOTED_SHARE", "quoted_share", "statement_links"]

Hashes = npt.NDArray[np.uint64]

# A quotation: double marks of any style, on one line, of a sentence's length at most.
QUOTED = re.compile(r"[\"“«„][^\"“”«»„\n]{1,600}[\"”»“]")
QUOTED_SHARE = 0.5
"""Share of a text's characters inside quotations from which it is compared quotes included."""


def quoted_share(text: str) -> float:
    """The share of ``text``'s non-space characters that lie inside quotations."""
    total = len("".join(text.split()))
    if not total:
        return 0.0
    inside = sum(len("".join(m.group(0).split())) for m in QUOTED.finditer(text))
    return inside / total


def statement_links(
    texts: Sequence[str | None],
    hashes: Callable[[str], Hashes],
    candidates: Callable[[Sequence[Hashes | None]], list[tuple[int, int]]],
    copies: Callable[[int, int, Hashes, Hashes], bool],
) -> list[tuple[int, int]]:
    """Pairs of positions, one of them a text mostly of quotations, that ``copies`` accepts.

    ``texts`` holds ``None`` for positions not to compare (empty texts, exact twins);
    ``hashes`` gives a text's shingles with its quotations kept, ``candidates`` the pairs that
    share sampled shingles, ``copies`` the verdict on a pair given both shingle sets.
    """
    heavy = {i for i, text in enumerate(texts)
             if text is not None and quoted_share(text) >= QUOTED_SHARE}
    if not heavy:
        return []
    full = [hashes(text) if text is not None else None for text in texts]
    found: list[tuple[int, int]] = []
    for first, second in candidates(full):
        a, b = full[first], full[second]
        if (first in heavy or second in heavy) and a is not None and b is not None \
                and copies(first, second, a, b):
            found.append((first, second))
    return found
