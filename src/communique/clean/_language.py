"""Language identification, offline, with py3langid's bundled model.

Every language the model knows is allowed (nothing is restricted to English): communique keeps
non-English articles and marks them, so that later stages can decide what to do with them.
"""

from __future__ import annotations

import re
import threading
from typing import Any

__all__ = ["MIN_LETTERS", "SAMPLE_CHARS", "detect_language"]

MIN_LETTERS = 20
"""Fewer letters than this carry too little signal; the answer would be a coin toss."""

SAMPLE_CHARS = 5000
"""Only the start of a long text is classified: a few thousand characters decide the language as
well as the whole text does, at a fraction of the cost."""

_URLS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")

_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    """Load the py3langid model once (it takes ~0.5 s), on first use, thread-safely."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str) -> tuple[str | None, float]:
    """Return ``(ISO 639-1 code, probability)`` for ``text``, or ``(None, 0.0)`` if too short.

    URLs and e-mail addresses are ignored (their Latin letters would pull every text towards
    English). A text with fewer than :data:`MIN_LETTERS` letters gives ``(None, 0.0)``. The
    probability is py3langid's normalised score, between 0 and 1.
    """
    if not isinstance(text, str):
        return None, 0.0
    sample = _URLS.sub(" ", text[: SAMPLE_CHARS * 2])[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    code, probability = _model().classify(sample)
    if not code or code == "und":
        return None, float(probability)
    return str(code), round(float(probability), 4)
