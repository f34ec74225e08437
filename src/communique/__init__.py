"""communique: news articles in, a cross-checked, evidence-linked dossier out.

The public API is re-exported here; everything in a module whose name starts with an
underscore is private.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("communique")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
