"""The watch soak: three feeds changing for a while (one failing, one slow), one watch.

Shared by the reduced test in the suite and ``scripts/soak_watch.py`` (the full two minutes).
Checks that every item published on a reachable feed is stored exactly once and that nothing is
lost, and samples the process's memory once per cycle.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.model import Document
from communique.store import Store, open_store
from communique.watch import CycleReport, WatchOptions, watch
from watch.feed_server import FeedServer

Adder = Callable[[Store, list[Document]], Sequence[str]]


@dataclass
class SoakResult:
    """The figures of one soak run."""

    seconds: float
    cycles: int
    published: int
    stored: int
    duplicates: int
    missing: list[str]
    failed_polls: int
    not_modified: int
    requests: int
    rss_mb: list[float] = field(default_factory=list)
    cycle_seconds: list[float] = field(default_factory=list)

    @property
    def rss_growth_mb(self) -> float:
        """Median RSS of the last third of the cycles minus that of the first third."""
        third = max(1, len(self.rss_mb) // 3)
        return statistics.median(self.rss_mb[-third:]) - statistics.median(self.rss_mb[:third])

    def figures(self) -> dict[str, Any]:
        """The numbers to report."""
        return {
            "seconds": round(self.seconds, 1), "cycles": self.cycles,
            "published": self.published, "stored": self.stored,
            "duplicates": self.duplicates, "missing": len(self.missing),
            "failed_polls": self.failed_polls, "not_modified": self.not_modified,
            "requests": self.requests,
            "rss_first_mb": self.rss_mb[0] if self.rss_mb else None,
            "rss_last_mb": self.rss_mb[-1] if self.rss_mb else None,
            "rss_max_mb": max(self.rss_mb) if self.rss_mb else None,
            "rss_growth_mb": round(self.rss_growth_mb, 1) if self.rss_mb else None,
            "cycle_seconds_max": max(self.cycle_seconds) if self.cycle_seconds else None,
        }


def run_soak(db: Path, *, duration: float, publish_every: float, every: float,
             slow: float, timeout: float, add: Adder | None = None) -> SoakResult:
    """Publish on three feeds for ``duration`` seconds while watching them; then catch up."""
    with FeedServer() as server:
        server.add_feed("steady", items=2)
        server.add_feed("slow", mode="slow", slow=slow, items=2)
        server.add_feed("broken", mode="fail", items=2)
        reachable = ("steady", "slow")
        stop = threading.Event()
        publishing = threading.Event()
        reports: list[CycleReport] = []

        def publisher() -> None:
            while not publishing.wait(publish_every):
                for name in ("steady", "slow", "broken"):
                    server.publish(name)

        def on_cycle(report: CycleReport) -> None:
            reports.append(report)

        options = WatchOptions(every=every, delay=0.05, timeout=timeout, retries=1,
                               backoff=0.1, max_backoff=1.0)
        specs = [server.feed_url(n) for n in ("steady", "slow", "broken")]
        watcher = threading.Thread(target=watch, args=(specs, str(db), options),
                                   kwargs={"stop": stop, "add": add, "on_cycle": on_cycle})
        started = time.monotonic()
        threading.Thread(target=publisher, daemon=True).start()
        watcher.start()
        time.sleep(duration)
        publishing.set()
        # Catch up: two more full cycles after the last item was published.
        seen = len(reports)
        while len(reports) < seen + 2 and watcher.is_alive():
            time.sleep(0.05)
        stop.set()
        watcher.join(timeout=60)
        elapsed = time.monotonic() - started
        published = {u for u in server.published() if any(f"/{n}/" in u for n in reachable)}
        with open_store(str(db)) as store:
            urls = [d.url or d.source for d in store.load_documents()]
        return SoakResult(
            seconds=elapsed, cycles=len(reports), published=len(published), stored=len(urls),
            duplicates=len(urls) - len(set(urls)), missing=sorted(published - set(urls)),
            failed_polls=sum(r.failed for r in reports),
            not_modified=sum(r.not_modified for r in reports),
            requests=len(server.log), rss_mb=[r.rss_mb for r in reports],
            cycle_seconds=[r.seconds for r in reports])
