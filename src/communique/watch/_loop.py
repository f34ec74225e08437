"""The watch loop: poll every source, add what is new to the store, log one line, sleep.

One cycle: each source is polled in turn (a source that fails is logged, counted and backed off
— ``every × 2^(failures-1)``, at most a day — and the others go on); the new articles are
cleaned and added through the one write path (:func:`communique.update.update_store`: only new
articles are extracted, the story is re-merged once per cycle); only then are the items and
the sources' validators recorded. A stop (signal) ends the cycle where it is: what was not
recorded is fetched again next time and the store's idempotent add keeps it once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import psutil

from communique.clean._document import clean_article
from communique.errors import CommuniqueError, InputError
from communique.model import Document
from communique.store import Store, open_store
from communique.store._watch import SourceState
from communique.watch._fetch import PoliteFetcher, Stopped
from communique.watch._options import WatchOptions
from communique.watch._sources import Context, Found, Poll, Source, item_states, make_sources

log = logging.getLogger("communique.watch")

Adder = Callable[[Store, list[Document]], Sequence[str]]
"""Adds clean documents to the store (and updates the story); returns the new ids."""

MAX_BACKOFF = 86400.0


@dataclass(slots=True)
class CycleReport:
    """What one cycle did (the fields of its log line)."""

    cycle: int
    sources: int = 0
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    deferred: int = 0
    items: int = 0
    new: int = 0
    skipped: int = 0
    retry: int = 0
    articles: int = 0
    requests: int = 0
    retried: int = 0
    seconds: float = 0.0
    rss_mb: float = 0.0
    stopped: bool = False
    errors: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, object]:
        """The log line's fields."""
        return {k: getattr(self, k) for k in ("cycle", "sources", "polled", "not_modified",
                                              "failed", "deferred", "items", "new", "skipped",
                                              "retry", "articles", "requests", "retried",
                                              "seconds", "rss_mb", "stopped")}


def _clean(found: Iterable[Found]) -> tuple[list[Document], dict[str, str]]:
    """Clean every new article; ``{raw source: document id}`` for those with text."""
    documents: list[Document] = []
    ids: dict[str, str] = {}
    for item in found:
        for raw in item.articles:
            try:
                document = clean_article(raw)
            except CommuniqueError as error:
                item.problem = error.message
                continue
            if document.text.strip():
                documents.append(document)
                ids[raw.source] = document.id
            else:
                item.problem = "no article text left after cleaning"
    return documents, ids


def _due(state: SourceState | None, every: float) -> bool:
    """Whether a failing source's backoff has passed."""
    if state is None or not state.failures or not state.checked_at:
        return True
    wait = min(MAX_BACKOFF, every * 2.0 ** (state.failures - 1))
    checked = datetime.fromisoformat(state.checked_at)
    waited: float = (datetime.now(UTC) - checked).total_seconds()
    return waited >= wait


class Watcher:
    """Runs cycles over ``sources`` into one open store."""

    def __init__(self, store: Store, sources: list[Source], options: WatchOptions,
                 stop: threading.Event, add: Adder, fetcher: PoliteFetcher) -> None:
        self.store = store
        self.sources = sources
        self.options = options
        self.stop = stop
        self.add = add
        self.fetcher = fetcher
        self.cycle = 0
        self.process = psutil.Process(os.getpid())

    def run_cycle(self) -> CycleReport:
        """One cycle (see the module docstring); never raises for a source's failure."""
        self.cycle += 1
        report = CycleReport(self.cycle, sources=len(self.sources))
        started = time.monotonic()
        requests, retried = self.fetcher.requests, self.fetcher.retried
        ctx = Context(self.fetcher, self.store, self.options)
        polls: list[tuple[Source, Poll]] = []
        try:
            for source in self.sources:
                poll = self._poll(source, ctx, report)
                if poll is not None:
                    polls.append((source, poll))
            self._store(polls, report)
        except Stopped:
            report.stopped = True
        report.requests = self.fetcher.requests - requests
        report.retried = self.fetcher.retried - retried
        report.seconds = round(time.monotonic() - started, 3)
        report.rss_mb = round(self.process.memory_info().rss / 2**20, 1)
        return report

    def _poll(self, source: Source, ctx: Context, report: CycleReport) -> Poll | None:
        if self.stop.is_set():
            raise Stopped
        old = self.store.watch_source(source.name)
        if not _due(old, self.options.every):
            report.deferred += 1
            return None
        try:
            poll = source.poll(ctx)
        except Stopped:
            raise
        except CommuniqueError as error:
            reason = error.reason if isinstance(error, InputError) else error.message
            self._failed(source, old, f"{reason} [{error.code}]", report)
            return None
        except Exception as error:  # one broken source must not end the watch
            log.exception("source %s failed unexpectedly", source.name)
            self._failed(source, old, f"{type(error).__name__}: {error}", report)
            return None
        report.polled += 1
        report.not_modified += 0 if poll.modified else 1
        report.items += len(poll.found)
        return poll

    def _failed(self, source: Source, old: SourceState | None, reason: str,
                report: CycleReport) -> None:
        report.failed += 1
        report.errors.append(f"{source.name}: {reason}")
        log.warning("source failed", extra={"fields": {"source": source.name, "error": reason}})
        state = old or SourceState(source.name)
        self.store.save_watch(replace(state, failures=state.failures + 1, last_error=reason,
                                      checked_at=None))

    def _store(self, polls: list[tuple[Source, Poll]], report: CycleReport) -> None:
        found = [item for _, poll in polls for item in poll.found]
        documents, ids = _clean(found)
        if documents or self.cycle == 1:
            # The first cycle always merges: a run killed after committing articles but
            # before saving the story left it behind, and this catches it up.
            if self.stop.is_set():
                raise Stopped
            try:
                report.new = len(self.add(self.store, documents))
            except CommuniqueError as error:
                # Nothing is recorded: the same items come back next cycle.
                report.errors.append(f"adding: {error}")
                report.failed += 1
                log.warning("adding failed", extra={"fields": {"error": str(error)}})
                return
        for source, poll in polls:
            attempts = {k: v.attempts for k, v in
                        self.store.watch_items([f.key for f in poll.found]).items()}
            states = item_states(source.name, poll.found, ids, attempts,
                                 self.options.item_attempts)
            report.skipped += sum(1 for s in states if s.state in ("skipped", "given_up"))
            report.retry += sum(1 for s in states if s.state == "failed")
            self.store.save_watch(poll.state, states)
        report.articles = len(self.store.arrivals())


def story_adder(options: WatchOptions, stop: threading.Event) -> Adder:
    """The default :data:`Adder`: extract the new documents, re-merge and save the story.

    The spaCy pipeline is loaded on the first cycle that has something to extract and kept;
    a stop interrupts extraction between batches (committed batches stay committed).
    """
    from communique.extract import ExtractOptions, Extractor
    from communique.update import update_store

    extract = ExtractOptions(model=options.model, processes=options.processes)
    loaded: list[Extractor] = []

    def load() -> Extractor:
        if not loaded:
            loaded.append(Extractor(extract.model))
        return loaded[0]

    def progress(stage: str, done: int, total: int | None) -> None:
        if stop.is_set():
            raise Stopped

    def add(store: Store, documents: list[Document]) -> Sequence[str]:
        if not documents and not store.arrivals():
            return ()
        return update_store(store, documents, extract, load_extractor=load,
                            progress=progress).added

    return add


def watch(specs: Sequence[str], db: str, options: WatchOptions | None = None, *,
          stop: threading.Event | None = None, add: Adder | None = None,
          on_cycle: Callable[[CycleReport], None] | None = None) -> list[CycleReport]:
    """Poll ``specs`` every ``options.every`` seconds into the store at ``db``.

    Runs until ``stop`` is set (the CLI sets it on SIGINT/SIGTERM) or ``options.cycles``
    cycles have run; logs one line per cycle on the ``communique.watch`` logger and returns
    the reports. ``add`` replaces the default extract-and-merge step (see :data:`Adder`).
    """
    options = options or WatchOptions()
    stop = stop or threading.Event()
    sources = make_sources(list(specs))
    reports: list[CycleReport] = []
    fetcher = PoliteFetcher(options, stop)
    try:
        with open_store(db) as store:
            watcher = Watcher(store, sources, options, stop, add or story_adder(options, stop),
                              fetcher)
            while not stop.is_set():
                began = time.monotonic()
                report = watcher.run_cycle()
                log.info("cycle", extra={"fields": report.fields()})
                reports.append(report)
                if on_cycle is not None:
                    on_cycle(report)
                if options.cycles is not None and len(reports) >= options.cycles:
                    break
                stop.wait(max(0.0, began + options.every - time.monotonic()))
    finally:
        fetcher.close()
    return reports
