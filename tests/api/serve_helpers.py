"""Helpers shared by the API and web tests: one example store per session, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

from communique.pipeline import BuildResult
from communique.store import open_store

REPO = Path(__file__).resolve().parents[2]
TOKEN = "test-token-0123456789"

HOSTILE_TITLE = "Talks <script>alert(1)</script> resume"
HOSTILE_TEXT = (
    "NORVELL – Negotiators from Veldra and Korvania met again on Monday in Norvell, officials "
    "said.\n"
    "A spokesman said the delegations <script>alert(1)</script> discussed the Kestrin Dam "
    "and the exchange of prisoners.\n"
    'The mediator <img src=x onerror=alert(1)> called the meeting "useful" and said another '
    "round would follow within two weeks.\n"
)


def build_example_store(path: Path, result: BuildResult) -> Path:
    """Store the real pipeline's build of ``examples/[0-9]*`` (documents, annotations, story).

    ``result`` is the session's ``examples_build``: the API and web fixtures store the one
    build rather than each running the whole pipeline again.
    """
    assert result.story is not None
    with open_store(str(path)) as store:
        store.add_documents(result.documents, result.annotations)
        store.save_story(result.story)
    return path


def copy_store(template: Path, target: Path) -> Path:
    """Copy a closed SQLite store (and any WAL files) so a test may write to its own copy."""
    for file in template.parent.glob(template.name + "*"):
        shutil.copy(file, target.parent / file.name.replace(template.name, target.name, 1))
    return target
