"""The scaling table: end-to-end builds and the stages after extraction, by corpus size.

A benchmark, not a test. Usage::

    python scripts/bench_scale.py --extract 1000 --after 10000 100000 --json scale.json

``--extract N``: generate N articles (scripts/generate_corpus.py) and run ``communique build
--db`` on them, once per engine (``--engines``: local-1, local-2, dask-2): wall time per stage
(the ``-v`` timings), articles/s, and the peak resident memory of the command's main process
and of its whole process tree (workers included), sampled every 0.1 s.

``--after N``: the stages after extraction at N articles, from the store of the first
extraction run, its documents and annotations replicated under new ids (copies of the same
texts: duplicate detection finds them, the merge still reads every annotation). Each size runs
in a fresh process: load the corpus from the store, duplicates and dating, merge, save the
story, render and write the dossier; time per stage and peak memory.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
ENGINES = {
    "local-1": ["-j", "1"],
    "local-2": ["-j", "2"],
    "dask-2": ["--engine", "dask", "-j", "2"],
}
_TIMING = re.compile(r"^\s+(\S+)\s+([0-9.]+) s$")


def _sample(pid: int, stop: threading.Event, peak: dict[str, float]) -> None:
    """Peak RSS (MB) of ``pid`` alone and with all its descendants."""
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            main = root.memory_info().rss
            tree = main + sum(c.memory_info().rss for c in root.children(recursive=True))
            peak["main"] = max(peak["main"], main / 2**20)
            peak["tree"] = max(peak["tree"], tree / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)


def measured(command: list[str]) -> tuple[float, dict[str, float], str]:
    """Run ``command``; its wall seconds, peak memory and standard error."""
    peak = {"main": 0.0, "tree": 0.0}
    stop = threading.Event()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO)
    sampler = threading.Thread(target=_sample, args=(proc.pid, stop, peak), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{command} failed ({proc.returncode}): {err[-2000:]}")
    return wall, peak, out + err


def generate(n: int, root: Path) -> Path:
    """A generated corpus of ``n`` articles."""
    target = root / f"corpus-{n}"
    if not target.exists():
        subprocess.run([sys.executable, str(REPO / "scripts" / "generate_corpus.py"), str(n),
                        str(target)], check=True)
    return target


def extraction_row(n: int, engine: str, root: Path) -> dict[str, Any]:
    """``communique build --db`` of ``n`` generated articles with ``engine``."""
    corpus = generate(n, root)
    db = root / f"{engine}-{n}.db"
    db.unlink(missing_ok=True)
    command = [str(Path(sys.executable).parent / "communique"), "-v", "build", str(corpus),
               "--db", str(db), "--out", str(root / f"out-{engine}-{n}"), *ENGINES[engine]]
    wall, peak, output = measured(command)
    stages = {m.group(1): float(m.group(2)) for line in output.splitlines()
              if (m := _TIMING.match(line)) and not m.group(1).startswith("merge.")}
    return {"kind": "build", "engine": engine, "articles": n, "wall_s": round(wall, 1),
            "stages_s": {k: round(v, 1) for k, v in stages.items()},
            "articles_per_s": round(n / wall, 2), "peak_main_mb": round(peak["main"]),
            "peak_tree_mb": round(peak["tree"]), "db": str(db)}


def replicate(source: str, n: int, target: Path) -> None:
    """A store of ``n`` articles: the documents and annotations of ``source`` repeated under
    new ids (the copies' duplicate marks are left to the run to recompute)."""
    from communique.store import open_store

    target.unlink(missing_ok=True)
    with open_store(source) as store:
        documents = store.load_documents()
        annotations = {a.document_id: a for a in store.load_annotations()}
    with open_store(str(target)) as store:
        batch: list[Any] = []
        notes: list[Any] = []
        for i in range(n):
            d = documents[i % len(documents)]
            new = f"{d.id}-{i // len(documents)}" if i >= len(documents) else d.id
            batch.append(dataclasses.replace(d, id=new, duplicate_of=None, duplicate_kind=None,
                                             order=i))
            notes.append(dataclasses.replace(annotations[d.id], document_id=new))
            if len(batch) == 2000:
                store.add_documents(batch, notes)
                batch, notes = [], []
        if batch:
            store.add_documents(batch, notes)


def after_row(db: Path, n: int) -> dict[str, Any]:
    """The stages after extraction over the store ``db`` of ``n`` articles, in a new process."""
    wall, peak, output = measured([sys.executable, __file__, "--settle", str(db)])
    stages = json.loads(output.strip().splitlines()[-1])
    return {"kind": "after-extraction", "engine": "-", "articles": n, "wall_s": round(wall, 1),
            "stages_s": stages, "articles_per_s": round(n / wall, 2),
            "peak_main_mb": round(peak["main"]), "peak_tree_mb": round(peak["tree"])}


def settle(db: str) -> None:
    """(In the measured process.) Time each stage after extraction; print them as JSON."""
    from communique.merge import merge
    from communique.outputs import build_dossier, render_html, render_markdown, write_dossier
    from communique.pipeline import date_from_batch, mark_duplicates
    from communique.store import open_store

    times: dict[str, float] = {}
    with open_store(db) as store:
        t0 = time.perf_counter()
        corpus = store.load_corpus()
        times["load"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        documents = mark_duplicates(date_from_batch(corpus.documents))
        times["dedup"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        story = merge(documents, corpus.annotations)
        times["merge"] = time.perf_counter() - t0
        times.update({f"merge.{k}": v for k, v in story.timings.items()})
        t0 = time.perf_counter()
        store.save_story(story)
        times["save"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    dossier = build_dossier(documents, story=story)
    with tempfile.TemporaryDirectory() as out:
        write_dossier(dossier, render_markdown(dossier), Path(out), render_html(dossier))
    times["outputs"] = time.perf_counter() - t0
    print(json.dumps({k: round(v, 2) for k, v in times.items()}))


def render(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table."""
    lines = ["| run | engine | articles | wall s | stages (s) | articles/s | peak MB main "
             "| peak MB all processes |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        stages = ", ".join(f"{k} {v}" for k, v in r["stages_s"].items()
                           if not k.startswith("merge."))
        lines.append(f"| {r['kind']} | {r['engine']} | {r['articles']} | {r['wall_s']} "
                     f"| {stages} | {r['articles_per_s']} | {r['peak_main_mb']} "
                     f"| {r['peak_tree_mb']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extract", type=int, nargs="*", default=[1000])
    parser.add_argument("--engines", nargs="*", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument("--after", type=int, nargs="*", default=[10000, 100000])
    parser.add_argument("--from-db", help="store to replicate for --after (default: the first "
                        "extraction run's)")
    parser.add_argument("--work", default=os.environ.get("TMPDIR", "/tmp") + "/bench-scale")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--settle", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.settle:
        settle(args.settle)
        return
    root = Path(args.work)
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.extract:
        for engine in args.engines:
            rows.append(extraction_row(n, engine, root))
            print(render(rows[-1:]).splitlines()[-1], flush=True)
    source = args.from_db or (rows[0]["db"] if rows else None)
    for n in args.after:
        if source is None:
            parser.error("--after needs an extraction run or --from-db")
        target = root / f"replicated-{n}.db"
        replicate(source, n, target)
        rows.append(after_row(target, n))
        print(render(rows[-1:]).splitlines()[-1], flush=True)
    print(render(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
