"""The load test in reduced form: writers and readers at once on a served store, on loopback.

The full run (20 writers, 50 readers, 60 s) is scripts/load_test.py; this one runs the same
code with 4 writers and 10 readers for 8 s over a store of the example corpus, through the real
`communique serve` command.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from communique.store import open_store

from support.load import LoadPlan, run_load, serving

pytestmark = pytest.mark.slow


def test_writers_and_readers_at_once_lose_nothing(example_db: Path, tmp_path: Path) -> None:
    store = tmp_path / "load.db"
    for file in example_db.parent.glob(example_db.name + "*"):
        shutil.copy(file, tmp_path / file.name.replace(example_db.name, store.name, 1))
    with serving(store, tmp_path / "serve.log") as url:
        report = run_load(url, LoadPlan(readers=10, writers=4, seconds=8.0, drain=240.0),
                          tmp_path / "new")
    assert report["stuck_threads"] == 0, report
    assert report["read_errors"] == 0 and report["write_errors"] == 0, report
    assert report["writes"] >= 4 and report["lost"] == 0, report
    assert report["reads"] > 0, report
    with open_store(str(store)) as opened:
        assert opened.state().story_current  # the story saved last covers every article
        assert len(opened.load_documents()) == 12 + report["writes"]
