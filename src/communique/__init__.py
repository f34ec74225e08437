"""communique: news articles in, a cross-checked, evidence-linked dossier out.

The public API is what this package exports (``__all__``)::

    import communique

    dossier = communique.build("examples/", out="out/example")   # a Dossier
    dossier.events[0].title, dossier.to_pandas("claims")
    communique.annotate(text="Talks resumed in Lindhaven on Monday, officials said.")
    with communique.open_store("story.db") as store: ...
    communique.Dossier.from_store("story.db").changes(since="24h")

Everything else (the stage packages, modules whose names start with an underscore) is internal
and may change between versions. See ``docs/library.md``.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("communique")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

if TYPE_CHECKING:
    from communique._dossier import Dossier
    from communique._library import Annotated, annotate, build
    from communique.store import Store, open_store

__all__ = ["Annotated", "Dossier", "Store", "__version__", "annotate", "build", "open_store"]

_HOMES = {
    "Annotated": "communique._library",
    "annotate": "communique._library",
    "build": "communique._library",
    "Dossier": "communique._dossier",
    "Store": "communique.store",
    "open_store": "communique.store",
}


def __getattr__(name: str) -> Any:
    """Import the public names on first use: ``import communique`` stays quick."""
    if name not in _HOMES:
        raise AttributeError(f"module 'communique' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
