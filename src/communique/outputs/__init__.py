"""Outputs: everything here only reads what the stages produced and writes it out."""

from communique.outputs.dossier import (
    SCHEMA,
    build_dossier,
    load_schema,
    prepare_out_dir,
    read_dossier,
    write_dossier,
)
from communique.outputs.html import render_html
from communique.outputs.markdown import render_markdown
from communique.outputs.tables import export_csv

__all__ = [
    "SCHEMA",
    "build_dossier",
    "export_csv",
    "load_schema",
    "prepare_out_dir",
    "read_dossier",
    "render_html",
    "render_markdown",
    "write_dossier",
]
