"""Time adding synthetic documents with annotations to a store (not collected by pytest).

    python tests/store/bench_store.py STORE_URL_OR_PATH [COUNT] [BATCH]

Prints one JSON line: documents, batch size, seconds to add, documents per second, and the
seconds to load everything back and to search.
"""

from __future__ import annotations

import json
import sys
import time

from store_helpers import synthetic_batch

from communique.store import open_store


def main(url: str, count: int, batch: int) -> dict[str, object]:
    """Add ``count`` documents (+ annotations) in batches of ``batch``; time the main calls."""
    documents, annotations = synthetic_batch(0, count)
    with open_store(url) as store:
        started = time.perf_counter()
        for start in range(0, count, batch):
            store.add_documents(documents[start:start + batch], annotations[start:start + batch])
        added = time.perf_counter() - started
        started = time.perf_counter()
        again = store.add_documents(documents, annotations)
        readd = time.perf_counter() - started
        started = time.perf_counter()
        loaded = store.load_documents()
        loaded_annotations = store.load_annotations()
        load = time.perf_counter() - started
        started = time.perf_counter()
        hits = store.search("Istanbul talks", limit=20)
        search = time.perf_counter() - started
    assert not again and len(loaded) == len(loaded_annotations) == count and hits
    return {"backend": store.backend, "documents": count, "batch": batch,
            "add_s": round(added, 2), "docs_per_s": round(count / added),
            "readd_all_s": round(readd, 2), "load_all_s": round(load, 2),
            "search_s": round(search, 4)}


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(main(args[0], int(args[1]) if len(args) > 1 else 10_000,
                          int(args[2]) if len(args) > 2 else 500)))
