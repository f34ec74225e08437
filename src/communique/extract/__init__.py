"""The extract stage: every annotation of one clean document, with offsets into its text.

Public API::

    extractor = Extractor()                    # loads the spaCy pipeline once
    results = extractor.annotate_all(docs)  # per Document, same order: Annotations, or a
    results = extract_documents(docs, ExtractOptions(processes=2))  # Skipped report if it failed

Extraction is per document and deterministic, so it parallelizes by processes: each worker
loads the pipeline once and is pinned to one BLAS thread (threads oversubscribe small machines;
see :mod:`communique.extract._pool`).

The names are imported lazily: importing spaCy takes seconds, and other stages use data
modules of this package (the gazetteer) without needing the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from communique.extract._annotate import Extractor
    from communique.extract._options import DEFAULT_MODEL, ExtractOptions
    from communique.extract._pool import all_annotations, extract_documents

__all__ = ["DEFAULT_MODEL", "ExtractOptions", "Extractor", "all_annotations",
           "extract_documents"]

_HOMES = {
    "DEFAULT_MODEL": "communique.extract._options",
    "ExtractOptions": "communique.extract._options",
    "Extractor": "communique.extract._annotate",
    "extract_documents": "communique.extract._pool",
    "all_annotations": "communique.extract._pool",
}


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    if name not in _HOMES:
        raise AttributeError(f"module 'communique.extract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)
