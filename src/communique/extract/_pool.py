"""Run the extract stage over many documents, in this process or in a pool of processes.

Why processes and one BLAS thread each: spaCy's CPU models spend their time in small matrix
products; BLAS threads on top of worker processes oversubscribe the cores and make both slower.
Where ``fork`` exists, workers inherit the already loaded pipeline (no reload, start-up in
milliseconds) and limit BLAS to one thread with threadpoolctl; elsewhere they are spawned with the
thread limits in their environment and load the pipeline once each.

One article never fails the batch: an exception is caught per document in the worker (see
:meth:`Extractor.pipe`), and a worker that dies outright (killed for memory, a crash in native
code) only loses the batches it had; those are run again one document per fresh worker, so the
article that kills its worker is reported and skipped alone.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_all_start_methods, get_context

from threadpoolctl import threadpool_limits

from communique.errors import ExtractError
from communique.extract._annotate import EXTRACT_FAILED, Extractor, Result
from communique.extract._options import ExtractOptions
from communique.model import Document, Skipped
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

_AHEAD = 4
"""Batches submitted per worker ahead of the one awaited: keeps workers busy, memory flat."""


def _noop(stage: str, done: int, total: int | None) -> None:
    """Progress sink used when the caller does not want progress."""


def _init_worker(model: str) -> None:
    """Prepare a worker: one BLAS thread, and the pipeline (inherited, or loaded once)."""
    global _worker
    threadpool_limits(limits=1)
    if _worker is None:
        _worker = Extractor(model)


def _work(batch: list[Document], batch_size: int) -> list[Result]:
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
) -> list[Result]:
    """Annotate ``documents`` (same order), with ``options.processes`` worker processes (or on
    Dask with ``options.engine == "dask"``).

    Each result is the document's annotations, or a :class:`Skipped` report when its extraction
    failed. ``extractor`` lets a caller reuse an already loaded pipeline.
    """
    return [result for _, results in extract_stream(documents, options, progress, extractor)
            for result in results]


def extract_stream(
    documents: Sequence[Document],
    options: ExtractOptions | None = None,
    progress: Progress = _noop,
    extractor: Extractor | None = None,
) -> Iterator[tuple[list[Document], list[Result]]]:
    """Annotate ``documents`` batch by batch, yielding ``(batch, results)`` in input order as
    soon as each batch (and every one before it) is done.

    A caller that stores each batch as it arrives and drops it holds no more than the batches
    in flight: a few per worker, never the corpus's annotations.
    """
    options = options or ExtractOptions()
    total = len(documents)
    batches = _batches(documents, max(1, options.batch_size))
    done = 0
    if options.engine == "dask":
        from communique.extract._dask import dask_stream

        stream = dask_stream(batches, options)
    elif options.processes <= 1 or len(batches) <= 1:
        stream = _local_stream(batches, options, extractor, documents)
    else:
        stream = _pool_stream(batches, options, extractor, documents)
    for batch, results in stream:
        done += len(results)
        progress("extract", done, total)
        yield batch, results


def _local_stream(batches: list[list[Document]], options: ExtractOptions,
                  extractor: Extractor | None, documents: Sequence[Document]
                  ) -> Iterator[tuple[list[Document], list[Result]]]:
    """Every batch in this process."""
    local = extractor or Extractor(options.model)
    local.prepare(documents)
    for batch in batches:
        yield batch, local.annotate_all(batch, options.batch_size)


def _pool_stream(batches: list[list[Document]], options: ExtractOptions,
                 extractor: Extractor | None, documents: Sequence[Document]
                 ) -> Iterator[tuple[list[Document], list[Result]]]:
    """Every batch in a pool of worker processes, at most :data:`_AHEAD` batches per worker
    submitted ahead of the one awaited (memory stays bounded, results come in order).

    When a worker dies, the batches in flight are run again one article per fresh worker and
    the rest go on in a new pool.
    """
    single_thread_environment()
    global _worker
    if _start_method() == "fork":
        # The forked workers share the parent's loaded pipelines copy-on-write.
        _worker = extractor or Extractor(options.model)
        _worker.prepare(documents)
    queue = iter(batches)
    window = max(1, options.processes) * _AHEAD
    while True:
        pending: deque[tuple[list[Document], Future[list[Result]]]] = deque()
        broken = False
        try:
            with _pool(options, options.processes) as pool:
                for batch in queue:
                    pending.append((batch, pool.submit(_work, batch, options.batch_size)))
                    if len(pending) >= window:
                        yield pending[0][0], pending[0][1].result()
                        pending.popleft()
                while pending:
                    yield pending[0][0], pending[0][1].result()
                    pending.popleft()
        except BrokenProcessPool:
            broken = True  # the batches in flight are run again below, one article at a time
        for batch, _ in pending:
            yield batch, [_isolated(document, options) for document in batch]
        if not broken:
            return


def all_annotations(results: Sequence[Result]) -> list[Annotations]:
    """The annotations of ``results``, or :class:`ExtractError` for the first failure: for
    callers that need every document (the scorers), where a skipped article would be a bug."""
    annotations: list[Annotations] = []
    for result in results:
        if isinstance(result, Skipped):
            raise ExtractError(f"{result.source}: {result.reason}", fix="report this article")
        annotations.append(result)
    return annotations


def _start_method() -> str:
    return "fork" if "fork" in get_all_start_methods() else "spawn"


def _pool(options: ExtractOptions, processes: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=processes,
        mp_context=get_context(_start_method()),
        initializer=_init_worker,
        initargs=(options.model,),
    )


def _isolated(document: Document, options: ExtractOptions) -> Result:
    """Extract one document in a worker of its own; a worker that dies skips only it."""
    try:
        with _pool(options, 1) as pool:
            future: Future[list[Result]] = pool.submit(_work, [document], 1)
            (result,) = future.result()
            return result
    except BrokenProcessPool:
        return Skipped(document.source, "extraction failed: the worker process died (out of "
                       "memory, or a crash in native code)", EXTRACT_FAILED)
