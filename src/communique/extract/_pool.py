"""Run the extract stage over many documents, in this process or in a pool of processes.

Why processes and one BLAS thread each: spaCy's CPU models spend their time in small matrix
products; BLAS threads on top of worker processes oversubscribe the cores and make both slower.
Where ``fork`` exists, workers inherit the already loaded pipeline (no reload, start-up in
milliseconds) and limit BLAS to one thread with threadpoolctl; elsewhere they are spawned with the
thread limits in their environment and load the pipeline once each.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context

from threadpoolctl import threadpool_limits

from communique.extract._annotate import Extractor
from communique.extract._options import ExtractOptions
from communique.model import Document
from communique.model.annotations import Annotations

Progress = Callable[[str, int, int | None], None]

_THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)

_worker: Extractor | None = None


def _noop(stage: str, done: int, total: int | None) -> None:
    """Progress sink used when the caller does not want progress."""


def _init_worker(model: str) -> None:
    """Prepare a worker: one BLAS thread, and the pipeline (inherited, or loaded once)."""
    global _worker
    threadpool_limits(limits=1)
    if _worker is None:
        _worker = Extractor(model)


def _work(batch: list[Document], batch_size: int) -> list[Annotations]:
    """Annotate one batch in a worker."""
    assert _worker is not None, "worker used before its initializer ran"
    return _worker.annotate_all(batch, batch_size)


def _batches(documents: Sequence[Document], size: int) -> list[list[Document]]:
    """Split ``documents`` into consecutive batches of ``size``."""
    return [list(documents[i : i + size]) for i in range(0, len(documents), size)]


def single_thread_environment() -> None:
    """Ask every BLAS/OpenMP runtime started from now on to use one thread."""
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def extract_documents(
    documents: Sequence[Document],
    options: ExtractOptions | None = None,
    progress: Progress = _noop,
    extractor: Extractor | None = None,
) -> list[Annotations]:
    """Annotate ``documents`` (same order), with ``options.processes`` worker processes.

    ``extractor`` lets a caller reuse an already loaded pipeline in the single-process case.
    """
    options = options or ExtractOptions()
    total = len(documents)
    results: list[Annotations] = []
    batches = _batches(documents, max(1, options.batch_size))
    if options.processes <= 1 or len(batches) <= 1:
        local = extractor or Extractor(options.model)
        local.prepare(documents)
        for batch in batches:
            results.extend(local.annotate_all(batch, options.batch_size))
            progress("extract", len(results), total)
        return results
    single_thread_environment()
    global _worker
    method = "fork" if "fork" in get_all_start_methods() else "spawn"
    if method == "fork":
        # The forked workers share the parent's loaded pipeline copy-on-write.
        _worker = extractor or Extractor(options.model)
        _worker.prepare(documents)
    context = get_context(method)
    with ProcessPoolExecutor(
        max_workers=options.processes,
        mp_context=context,
        initializer=_init_worker,
        initargs=(options.model,),
    ) as pool:
        for annotated in pool.map(_work, batches, [options.batch_size] * len(batches)):
            results.extend(annotated)
            progress("extract", len(results), total)
    return results
