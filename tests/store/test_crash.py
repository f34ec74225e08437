"""A writer killed with SIGKILL loses nothing it committed, and re-running it completes the set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from communique.store import open_store
from store.store_helpers import synthetic_batch

WRITER = Path(__file__).with_name("store_helpers.py")
TOTAL, BATCH, KILL_AFTER = 3000, 25, 300


def test_sigkill_mid_run_keeps_committed_batches_and_rerun_completes(store_url: str) -> None:
    writer = subprocess.Popen([sys.executable, str(WRITER), store_url, str(TOTAL), str(BATCH)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    committed = 0
    try:
        for line in writer.stdout:
            committed = int(line)
            if committed >= KILL_AFTER:
                break
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
    assert KILL_AFTER <= committed < TOTAL

    all_documents, all_annotations = synthetic_batch(0, TOTAL)
    with open_store(store_url) as store:
        stored = store.load_documents()
        count = len(stored)
        # Everything reported committed is there, and only whole batches (documents together
        # with their annotations) ever are.
        assert committed <= count < TOTAL and count % BATCH == 0
        assert stored == all_documents[:count]
        assert store.missing_annotations() == []
        assert store.load_annotations() == all_annotations[:count]

    # The same command again: already stored batches are no-ops, the rest is appended.
    rerun = subprocess.run([sys.executable, str(WRITER), store_url, str(TOTAL), str(BATCH)],
                           capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(store_url) as store:
        assert [d.id for d in store.load_documents()] == [d.id for d in all_documents]
        assert store.missing_annotations() == []
        assert store.add_documents(all_documents[:BATCH]) == []
