"""``communique bench``: extract-stage throughput against bare spaCy, in the same run.

A benchmark, not a test. The corpus is N documents made by repeating the given articles (each
copy gets its own id so nothing is cached). Every configuration runs in a fresh process so that
model loading, memory and thread settings do not leak between them; a sampler thread in the
parent sums the resident memory of that process and its workers for the peak. Times exclude
model loading (each configuration loads the model, then starts its clock).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import psutil

from communique.model import Document

_SAMPLE_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class BenchRow:
    """One measured configuration."""

    name: str
    processes: int
    documents: int
    words: int
    seconds: float
    peak_mb: float

    @property
    def docs_per_second(self) -> float:
        """Articles per second."""
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        """Words per second."""
        return self.words / self.seconds if self.seconds else 0.0


def repeat_corpus(documents: Sequence[Document], n: int) -> list[Document]:
    """``n`` documents cycling through ``documents``, each copy with its own id."""
    return [
        replace(documents[i % len(documents)], id=f"{documents[i % len(documents)].id}-{i}")
        for i in range(n)
    ]


def _bare(texts: list[str], model: str, processes: int, batch_size: int) -> float:
    """Time bare ``nlp.pipe`` over ``texts`` (model already loaded when the clock starts)."""
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - started


def _ours(documents: list[Document], model: str, processes: int, batch_size: int) -> float:
    """Time communique's extract stage over ``documents``."""
    from communique.extract import ExtractOptions, Extractor, extract_documents

    options = ExtractOptions(model=model, processes=processes, batch_size=batch_size)
    extractor = Extractor(model)
    extractor.prepare(documents)  # other languages' pipelines load before the clock too
    started = time.perf_counter()
    extract_documents(documents, options, extractor=extractor)
    return time.perf_counter() - started


def _child(
    kind: str, payload: Any, model: str, processes: int, batch_size: int, queue: Any
) -> None:
    """Entry point of a measuring process: one BLAS thread, run, report seconds."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    runner = _bare if kind == "spacy" else _ours  # "mixed" is ours over several languages
    queue.put(runner(payload, model, processes, batch_size))


def _peak_sampler(pid: int, stop: threading.Event, peak: list[float]) -> None:
    """Track the peak resident memory of process ``pid`` plus all its children."""
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
            total = sum(p.memory_info().rss for p in procs)
            peak[0] = max(peak[0], total / 2**20)
        except psutil.Error:
            pass
        time.sleep(_SAMPLE_SECONDS)


def measure(
    kind: str, documents: list[Document], model: str, processes: int, batch_size: int = 16
) -> BenchRow:
    """Run one configuration in a fresh process and return its measurements."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    payload: Any = [d.text for d in documents] if kind == "spacy" else documents
    proc = context.Process(target=_child, args=(kind, payload, model, processes, batch_size, queue))
    peak = [0.0]
    stop = threading.Event()
    proc.start()
    sampler = threading.Thread(target=_peak_sampler, args=(proc.pid, stop, peak), daemon=True)
    sampler.start()
    seconds = float(queue.get())
    proc.join()
    stop.set()
    sampler.join()
    name = {"spacy": "spaCy nlp.pipe (bare)", "ours": "communique extract"}.get(
        kind, "communique extract, mixed languages")
    return BenchRow(
        name, processes, len(documents), sum(d.words for d in documents), seconds, peak[0]
    )


def run_bench(
    documents: list[Document], model: str, process_counts: Sequence[int], batch_size: int = 16,
    mixed: list[Document] | None = None,
) -> list[BenchRow]:
    """Bare spaCy and our extract stage at each process count, over the same documents.

    ``mixed`` (a corpus of several languages) adds our extract stage over it: each language
    then runs its own pipeline, so this row says what the other languages cost.
    """
    rows = []
    for processes in process_counts:
        rows.append(measure("spacy", documents, model, processes, batch_size))
        rows.append(measure("ours", documents, model, processes, batch_size))
        if mixed:
            rows.append(measure("mixed", mixed, model, processes, batch_size))
    return rows


def render(rows: Sequence[BenchRow]) -> str:
    """A Markdown table of the results, with our speed relative to bare spaCy."""
    lines = [
        "| configuration | processes | articles | words | seconds | articles/s | words/s "
        "| peak MB | vs bare spaCy |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    bare = {r.processes: r for r in rows if r.name.startswith("spaCy")}
    for r in rows:
        base = bare.get(r.processes)
        ratio = f"{base.seconds / r.seconds:.2f}" if base and r.seconds else "—"
        lines.append(
            f"| {r.name} | {r.processes} | {r.documents} | {r.words} | {r.seconds:.2f} "
            f"| {r.docs_per_second:.1f} | {r.words_per_second:.0f} | {r.peak_mb:.0f} "
            f"| {ratio} |"
        )
    return "\n".join(lines) + "\n"


def save(rows: Sequence[BenchRow], path: Path) -> None:
    """Write the rows as JSON (for tracking over time)."""
    data = [asdict(r) for r in rows]
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
