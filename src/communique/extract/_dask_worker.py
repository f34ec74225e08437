"""What runs inside a Dask worker: the plugin that holds the pipeline, and the batch task.

Imported only when ``distributed`` is installed (it subclasses its ``WorkerPlugin``); workers
import it by name when they unpickle the plugin, so communique must be installed on them.
"""

from __future__ import annotations

import threading
from typing import Any

from distributed import WorkerPlugin, get_worker

from communique.extract._annotate import Extractor, Result
from communique.model import Document


class ExtractorPlugin(WorkerPlugin):
    """Loads communique's :class:`Extractor` once per worker, when registered or on joining.

    A lock serializes the tasks of a worker run with several threads: the pipeline is not
    shared between threads (run workers with ``--nthreads 1`` and more processes instead).
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"communique-extractor:{model}"
        self.extractor: Extractor | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker: Any) -> None:
        """Load the pipeline, its BLAS limited to one thread (workers share the machine)."""
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1)
        self.lock = threading.Lock()
        self.extractor = Extractor(self.model)

    def __getstate__(self) -> dict[str, Any]:
        # Only the model's name travels; the pipeline is loaded where the plugin lands.
        return {"model": self.model, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["model"])  # type: ignore[misc]


def annotate_batch(batch: list[Document], batch_size: int, plugin: str) -> list[Result]:
    """Annotate one batch with the worker's loaded pipeline (a failed article is a Skipped)."""
    loaded = get_worker().plugins[plugin]
    assert isinstance(loaded, ExtractorPlugin), "another plugin under communique's name"
    assert loaded.extractor is not None and loaded.lock is not None, "plugin not set up"
    with loaded.lock:
        result: list[Result] = loaded.extractor.annotate_all(batch, batch_size)
    return result
