"""A build saved into a store, streamed: extraction results go to the store as they arrive.

:func:`communique.pipeline.build` keeps every article's annotations in memory until the merge;
with a store that is not needed. :func:`build_into_store` reads and cleans the inputs (the
documents, which duplicate detection and batch dating need together), then extracts them batch
by batch and commits each batch with its annotations at once (:func:`communique.update.
extract_into`), so the extract stage holds only the batches in flight whatever the corpus size,
on any engine. The merge then reads what was stored (:func:`communique.update.settle_story`).

The result is the same as ``build`` followed by :func:`communique.update.save_build`: every
article of the build is extracted again and upserted (a rebuild refreshes stored annotations),
the store's story is merged from everything stored, and the returned story is the build's own
(merged again from the build's articles alone when the store holds others too).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace

from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.story import Story
from communique.pipeline import (
    BuildOptions,
    BuildResult,
    Progress,
    date_from_batch,
    mark_duplicates,
    merge_dated,
    no_progress,
    read_batch,
)


def build_into_store(specs: Iterable[str], db: str, options: BuildOptions | None = None,
                     progress: Progress = no_progress) -> BuildResult:
    """Build ``specs`` into the store at ``db``; return the build as :func:`build` would."""
    from communique.extract import ExtractOptions
    from communique.store import open_store
    from communique.update import extract_into, save_build, settle_story

    options = options or BuildOptions()
    documents, skipped, timings = read_batch(specs, options, progress)
    if not options.story or not documents:
        result = BuildResult(tuple(documents), tuple(skipped), timings)
        save_build(result, db)
        return result
    # Numbered in dossier order, as settle_story numbers what is stored.
    documents = [replace(d, order=i) for i, d in enumerate(documents)]
    with open_store(db) as store:
        t0 = time.perf_counter()
        stored, failed = extract_into(store, documents, options.extract or ExtractOptions(),
                                      progress=progress)
        del documents  # what is needed from here on is read back from the store
        timings["extract"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        everything, story = settle_story(store, at_least=store.state().revision)
        timings["merge"] = time.perf_counter() - t0
        timings.update({f"merge.{k}": v for k, v in story.timings.items()})
        ours = set(stored)
        if len(everything) != len(ours):  # the store holds other articles too: our own story
            kept, story = _own_story(store.load_documents(stored),
                                     store.load_annotations(stored))
        else:
            kept = everything
    return BuildResult(tuple(kept), (*skipped, *failed), timings, (), story)


def _own_story(documents: list[Document], annotations: list[Annotations]
               ) -> tuple[list[Document], Story]:
    """The story of the build's own articles, as :func:`communique.pipeline.build` merges it:
    numbered, dated from the batch, duplicates marked, merged; undated articles dated by the
    events they report and merged again."""
    kept = mark_duplicates(date_from_batch([replace(d, order=i)
                                            for i, d in enumerate(documents)]))
    return merge_dated(kept, annotations)
