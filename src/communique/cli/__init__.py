"""The ``communique`` command line: a thin layer over the library."""

from communique.cli._app import app, main

__all__ = ["app", "main"]
