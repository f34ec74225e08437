"""``communique watch``: follow a story by polling feeds, pages, URL lists and folders.

Public API::

    from communique.watch import WatchOptions, watch, parse_interval

    reports = watch(["https://example.org/feed.xml", "inbox/"], "story.db",
                    WatchOptions(every=parse_interval("15m"), cycles=None), stop=event)

Idempotent and resumable (what was fetched is recorded in the store after it is committed),
polite (conditional GETs, a delay per host, timeouts, bounded retries with backoff), and robust
(a failing or garbage source is logged and backed off; the rest go on). One log line per cycle on
the ``communique.watch`` logger.
"""

from communique.watch._fetch import PoliteFetcher, Reply, Stopped
from communique.watch._loop import Adder, CycleReport, story_adder, watch
from communique.watch._options import WatchOptions, parse_interval
from communique.watch._sources import make_sources, read_url_list

__all__ = [
    "Adder",
    "CycleReport",
    "PoliteFetcher",
    "Reply",
    "Stopped",
    "WatchOptions",
    "make_sources",
    "parse_interval",
    "read_url_list",
    "story_adder",
    "watch",
]
