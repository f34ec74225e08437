"""Benchmark adding articles to a stored story: add-one and add-100 beside a full re-merge.

Usage::

    python scripts/bench_add.py BASE_DB EXTRA_DIR --sizes 1000 10000 [--work DIR] [--json OUT]

``BASE_DB`` is a store built once (``communique build ARTICLES --db BASE_DB``); for each size a
store of that many articles is made from its documents and annotations, replicated under new
ids (replica ``k`` of an article gets a new id and one added closing line, so that it is a near
copy of the original, with every annotation offset still valid). ``EXTRA_DIR`` holds articles
the base store lacks: the first is added alone, the next 100 together, each through the real
``add`` path (clean, extract, commit, settle). Extraction is timed apart, so the ``settle``
columns are the cost *on top of* the articles' own extraction. Each step (making the store, each
add, the rebuild) runs in its own process, so its CPU seconds and peak resident memory are its
own.

Runs against whichever ``communique`` is importable (``PYTHONPATH=/other/checkout/src`` measures
another version: a "before" beside an "after"). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from communique.model import Document
from communique.model.annotations import Annotations
from communique.store import _codec, open_store
from communique.update import add_to_store, settle_story

_BATCH = 500


def _replica_id(doc_id: str, k: int) -> str:
    """A new id of the same shape for replica ``k`` (``k`` 0 keeps the original)."""
    if k == 0:
        return doc_id
    prefix = doc_id.rstrip("0123456789abcdef")
    digest = hashlib.sha256(f"{doc_id}:{k}".encode()).hexdigest()
    return prefix + digest[: len(doc_id) - len(prefix)]


def _replica(document: Document, annotations: Annotations | None, k: int
             ) -> tuple[Document, Annotations | None]:
    """Replica ``k`` of a stored article: new id, one closing line added, annotations moved."""
    if k == 0:
        return document, annotations
    new_id = _replica_id(document.id, k)
    doc = replace(document, id=new_id, text=f"{document.text}\n\nReplica {k}.",
                  duplicate_of=None, duplicate_kind=None)
    if annotations is None:
        return doc, None
    data = _codec.dumps(annotations).replace(document.id, new_id)
    return doc, _codec.loads(Annotations, data)


def make_store(base_db: str, db: Path, size: int) -> float:
    """Fill ``db`` with ``size`` articles replicated from ``base_db``; settle it; return the
    seconds the first settle (a full merge from stored annotations) took."""
    if db.exists():
        db.unlink()
    # Read from a copy: opening a store migrates it, and the base must stay readable by the
    # version measured next ("before" and "after" share it).
    source = db.with_name(f"base-{db.name}")
    shutil.copyfile(base_db, source)
    with open_store(str(source)) as base:
        documents = base.load_documents()
        by_id = {a.document_id: a for a in base.load_annotations()}
    with open_store(str(db)) as store:
        pending: list[tuple[Document, Annotations | None]] = []
        for n in range(size):
            k, i = divmod(n, len(documents))
            original = documents[i]
            pending.append(_replica(original, by_id.get(original.id), k))
            if len(pending) == _BATCH or n == size - 1:
                store.add_documents([d for d, _ in pending], [a for _, a in pending if a])
                pending = []
        started = time.perf_counter()
        settle_story(store)
        seconds = time.perf_counter() - started
    source.unlink()
    return seconds


def _timed_add(files: list[str], db: Path) -> dict[str, float]:
    started, cpu = time.perf_counter(), time.process_time()
    result = add_to_store(files, str(db))
    total = time.perf_counter() - started
    extract = result.timings.get("extract", 0.0)
    own = extract + result.timings.get("clean", 0.0) + result.timings.get("ingest", 0.0)
    # CPU seconds too: on a shared machine wall time also counts the other processes' turns.
    return {"total": total, "extract": extract, "on_top": total - own,
            "cpu": time.process_time() - cpu,
            **{k: v for k, v in result.timings.items() if k.startswith("settle.")}}


def _rebuild(db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of a full re-merge (``rebuild_story`` where this version has
    it)."""
    import communique.update as update

    with open_store(str(db)) as store:
        started = time.perf_counter()
        cpu = time.process_time()
        rebuild = getattr(update, "rebuild_story", None)
        if rebuild is not None:
            rebuild(store)
        else:  # an older version: what its settle does when it must merge everything
            from communique.merge import merge
            from communique.pipeline import date_from_batch, mark_duplicates

            corpus = store.load_corpus()
            documents = mark_duplicates(date_from_batch(corpus.documents))
            by_id = {a.document_id: a for a in corpus.annotations}
            story = merge(documents, [by_id[d.id] for d in documents if d.id in by_id])
            store.save_story(story)
        return time.perf_counter() - started, time.process_time() - cpu


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (``ru_maxrss`` is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _step(argv: list[str]) -> None:
    """Run one step in this process and print its JSON (so that each step's peak memory is its
    own): ``make BASE_DB DB SIZE``, ``add DB FILE…`` or ``rebuild DB``."""
    kind, rest = argv[0], argv[1:]
    out: dict[str, Any]
    if kind == "make":
        cpu = time.process_time()
        out = {"seconds": make_store(rest[0], Path(rest[1]), int(rest[2])),
               "cpu": time.process_time() - cpu}
    elif kind == "add":
        out = _timed_add(rest[1:], Path(rest[0]))
    else:
        wall, cpu = _rebuild(Path(rest[0]))
        out = {"seconds": wall, "cpu": cpu}
    out["peak_mb"] = _peak_mb()
    print(json.dumps(out), flush=True)


def _in_process(*args: str) -> dict[str, Any]:
    """One step in a fresh interpreter (the same ``communique`` on the same path)."""
    done = subprocess.run([sys.executable, __file__, "--step", *args], check=True,
                          capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench(base_db: str, extra: list[str], size: int, work: Path) -> dict[str, Any]:
    """One row: a store of ``size`` articles, add one, add 100, rebuild — each step in its own
    process, so that the peak memory of each is measured apart."""
    db = work / f"bench-{size}.db"
    made = _in_process("make", base_db, str(db), str(size))
    row: dict[str, Any] = {"size": size, "first_settle": made["seconds"],
                           "first_settle_cpu": made["cpu"], "first_settle_mb": made["peak_mb"]}
    row["add_one"] = _in_process("add", str(db), *extra[:1])
    row["add_100"] = _in_process("add", str(db), *extra[1:101])
    rebuilt = _in_process("rebuild", str(db))
    row["rebuild"], row["rebuild_cpu"] = rebuilt["seconds"], rebuilt["cpu"]
    row["rebuild_mb"] = rebuilt["peak_mb"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return row


def render(rows: list[dict[str, Any]]) -> str:
    """A Markdown table of the rows."""
    lines = ["| stored | add-one total | add-one on top | add-100 total | add-100 on top |"
             " full re-merge | CPU: add-one, add-100, re-merge |"
             " peak MB: add-one, add-100, re-merge |", "|---|---|---|---|---|---|---|---|"]
    for row in rows:
        one, hundred = row["add_one"], row["add_100"]
        lines.append(f"| {row['size']} | {one['total']:.2f} s | {one['on_top']:.2f} s | "
                     f"{hundred['total']:.2f} s | {hundred['on_top']:.2f} s | "
                     f"{row['rebuild']:.2f} s | {one['cpu']:.1f} s, {hundred['cpu']:.1f} s, "
                     f"{row['rebuild_cpu']:.1f} s | {one.get('peak_mb', 0):.0f}, "
                     f"{hundred.get('peak_mb', 0):.0f}, {row.get('rebuild_mb', 0):.0f} |")
    return "\n".join(lines)


def main() -> None:
    """Command line entry."""
    if len(sys.argv) > 1 and sys.argv[1] == "--step":
        _step(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base_db")
    parser.add_argument("extra_dir")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/communique-bench-add"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    extra = sorted(str(p) for p in Path(args.extra_dir).iterdir() if p.is_file())
    if len(extra) < 101:
        parser.error("EXTRA_DIR needs at least 101 articles the base store lacks")
    rows = []
    for size in args.sizes:
        rows.append(bench(args.base_db, extra, size, args.work))
        print(json.dumps(rows[-1]), flush=True)
    print(render(rows))
    if args.json is not None:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
