"""The Dask engine: the extract stage on a Dask distributed cluster (``--engine dask``).

What runs where: the caller reads, cleans and deduplicates (one pass over the inputs, cheap);
extraction, the expensive per-article stage, runs on the cluster's workers; the results come
back batch by batch, in input order, and the caller stores them as they arrive; the merge runs
in the caller over what was stored.

Each worker loads the spaCy pipelines once, when the :class:`ExtractorPlugin` worker plugin is
registered (and again on a worker that joins later), not once per task. Documents travel in
batches of ``batch_size``; at most :data:`AHEAD` batches per worker are submitted ahead of the
one the caller waits for, so neither the caller nor the scheduler holds the corpus's results.

Without ``scheduler`` a :class:`distributed.LocalCluster` of worker processes (one thread each:
spaCy's matrix products oversubscribe a machine's cores otherwise) lives for the run; with it,
the run connects to that scheduler and leaves the cluster running.

One article never fails the run: an exception is caught per article in the worker (as in the
local engine); a batch whose worker dies again and again (Dask gives up with ``KilledWorker``)
is sent again one article per task, so only the article that kills its worker is skipped.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from communique.errors import ExtractError, MissingExtraError
from communique.extract._annotate import EXTRACT_FAILED, Result
from communique.extract._options import ExtractOptions
from communique.model import Document, Skipped

if TYPE_CHECKING:
    from distributed import Client, Future

AHEAD = 4
"""Batches per worker submitted ahead of the one awaited."""

_CONNECT_SECONDS = 30


def require_distributed() -> Any:
    """The ``distributed`` module, or :class:`MissingExtraError` saying how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtraError("the Dask engine (--engine dask)", "dask[distributed]",
                                "dask") from exc
    return distributed


def dask_stream(batches: list[list[Document]], options: ExtractOptions
                ) -> Iterator[tuple[list[Document], list[Result]]]:
    """Annotate ``batches`` on a Dask cluster; yield ``(batch, results)`` in input order."""
    require_distributed()
    from communique.extract._dask_worker import ExtractorPlugin, annotate_batch

    with connect(options) as client:
        plugin = ExtractorPlugin(options.model)
        client.register_plugin(plugin, name=plugin.name)
        window = max(1, len(client.scheduler_info(n_workers=-1)["workers"])) * AHEAD
        pending: deque[tuple[list[Document], Future[list[Result]]]] = deque()
        for batch in batches:
            future = client.submit(annotate_batch, batch, options.batch_size, plugin.name,
                                   pure=False)
            pending.append((batch, future))
            if len(pending) >= window:
                yield _collect(client, *pending.popleft(), options, plugin.name)
        while pending:
            yield _collect(client, *pending.popleft(), options, plugin.name)


def _collect(client: Client, batch: list[Document], future: Future[list[Result]],
             options: ExtractOptions, plugin: str) -> tuple[list[Document], list[Result]]:
    """The results of one batch; a batch that kept killing workers, one article at a time."""
    from distributed import KilledWorker

    from communique.extract._dask_worker import annotate_batch

    try:
        return batch, future.result()
    except KilledWorker:
        pass
    results: list[Result] = []
    for document in batch:
        alone = client.submit(annotate_batch, [document], 1, plugin, pure=False)
        try:
            results.extend(alone.result())
        except KilledWorker:
            results.append(Skipped(document.source, "extraction failed: the Dask worker died "
                                   "on this article (out of memory, or a crash in native code)",
                                   EXTRACT_FAILED))
    return batch, results


@contextmanager
def connect(options: ExtractOptions) -> Iterator[Client]:
    """A client of the scheduler at ``options.scheduler``, or of a local cluster for the run."""
    distributed = require_distributed()
    if options.scheduler:
        try:
            client = distributed.Client(options.scheduler, timeout=_CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            raise ExtractError(
                f"cannot reach the Dask scheduler at {options.scheduler}: {exc}",
                fix="start one (dask scheduler; dask worker ADDRESS on each machine), check the "
                "address, or leave out --scheduler for a local cluster") from exc
        with client:
            yield client
        return
    workers = options.workers or os.cpu_count() or 1
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster) as client:
        yield client
