"""communique watch against a local server whose feeds change between cycles."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from pathlib import Path

import pytest

from communique.errors import ConfigError, InputError
from communique.store import open_store
from communique.watch import Stopped, WatchOptions, parse_interval, read_url_list, watch
from watch.conftest import store_only
from watch.feed_server import FeedServer, article_html

FAST = {"every": 0.05, "delay": 0.0, "timeout": 5.0, "backoff": 0.05, "max_backoff": 0.2}


def _urls(db: str) -> list[str]:
    with open_store(db) as store:
        return [d.url or d.source for d in store.load_documents()]


def test_new_items_are_stored_once_and_unchanged_feeds_cost_a_304(server: FeedServer,
                                                                  db: str) -> None:
    server.add_feed("alpha", items=2)
    url = server.feed_url("alpha")
    first = watch([url], db, WatchOptions(cycles=1, **FAST), add=store_only)
    assert first[0].new == 2 and first[0].failed == 0
    server.publish("alpha")
    second = watch([url], db, WatchOptions(cycles=2, **FAST), add=store_only)
    assert [r.new for r in second] == [1, 0]
    assert second[1].not_modified == 1
    urls = _urls(db)
    assert sorted(urls) == sorted(server.published()) and len(urls) == len(set(urls)) == 3
    # Each article page was fetched exactly once over all runs and cycles.
    pages = [r["path"] for r in server.requests("/articles/")]
    assert len(pages) == len(set(pages)) == 3
    conditional = [r for r in server.requests("/feeds/") if r["if_none_match"]]
    assert conditional and conditional[-1]["status"] == 304


def test_a_failing_or_garbage_feed_does_not_stop_the_others(server: FeedServer, db: str,
                                                           caplog: pytest.LogCaptureFixture
                                                           ) -> None:
    server.add_feed("good", items=2)
    server.add_feed("broken", mode="fail", items=1)
    server.add_feed("junk", mode="garbage", items=1)
    caplog.set_level(logging.INFO, logger="communique.watch")
    specs = [server.feed_url(n) for n in ("broken", "junk", "good")] + [server.url + "/none"]
    # The backoff after one failure is one interval, counted from the failure: the interval must
    # outlast the first cycle (fetches, retries, storing), or a slow machine reaches the failing
    # sources again after their backoff has run out.
    options = WatchOptions(cycles=2, retries=1, **{**FAST, "every": 2.0})
    reports = watch(specs, db, options, add=store_only)
    assert reports[0].new == 2 and reports[0].failed == 3
    # The failing sources back off (every × 2^(failures-1)): the next cycle leaves them alone.
    assert reports[1].deferred == 3 and reports[1].failed == 0
    assert len(_urls(db)) == 2
    cycles = [r for r in caplog.records if r.getMessage() == "cycle"]
    assert len(cycles) == 2 and cycles[0].fields["failed"] == 3  # type: ignore[attr-defined]
    failures = [r for r in caplog.records if r.getMessage() == "source failed"]
    assert any("HTTP 500" in r.fields["error"] for r in failures)  # type: ignore[attr-defined]
    assert any("not an RSS" in r.fields["error"] for r in failures)  # type: ignore[attr-defined]
    with open_store(db) as store:
        state = store.watch_source(server.feed_url("broken"))
    assert state is not None and state.failures == 1 and "HTTP 500" in (state.last_error or "")


def test_transient_errors_are_retried_with_backoff(server: FeedServer, db: str) -> None:
    server.add_feed("flaky", mode="flaky", items=1)
    started = time.monotonic()
    reports = watch([server.feed_url("flaky")], db,
                    WatchOptions(cycles=1, retries=2, every=1, delay=0.0, timeout=5,
                                 backoff=0.05, max_backoff=2.0), add=store_only)
    assert reports[0].new == 1 and reports[0].retried == 1
    # The server's Retry-After: 1 was honoured (longer than the 0.05 s backoff).
    assert time.monotonic() - started >= 0.9
    statuses = [r["status"] for r in server.requests("/feeds/")]
    assert statuses[:2] == [503, 200]


def test_retries_are_bounded(server: FeedServer, db: str) -> None:
    server.add_feed("down", mode="fail")
    reports = watch([server.feed_url("down")], db,
                    WatchOptions(cycles=1, retries=2, **FAST), add=store_only)
    assert reports[0].failed == 1 and reports[0].retried == 2
    assert len(server.requests("/feeds/")) == 3


def test_requests_to_one_host_keep_their_distance(server: FeedServer, db: str) -> None:
    server.add_feed("alpha", items=3)
    watch([server.feed_url("alpha")], db,
          WatchOptions(cycles=1, every=1, delay=0.2, timeout=5), add=store_only)
    times = [r["time"] for r in server.log]
    assert len(times) == 4
    # Measured where the server receives them: network jitter shaves a few milliseconds.
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.15


def test_a_slow_feed_times_out_and_the_cycle_goes_on(server: FeedServer, db: str) -> None:
    server.add_feed("slow", mode="slow", slow=2.0, items=1)
    server.add_feed("quick", items=1)
    started = time.monotonic()
    reports = watch([server.feed_url("slow"), server.feed_url("quick")], db,
                    WatchOptions(cycles=1, every=1, delay=0, timeout=0.5, retries=0),
                    add=store_only)
    assert reports[0].failed == 1 and reports[0].new == 1
    assert time.monotonic() - started < 2.0


def test_a_run_stopped_before_recording_resumes_without_duplicates(server: FeedServer,
                                                                  db: str) -> None:
    server.add_feed("alpha", items=3)
    stop = threading.Event()

    def store_then_die(store, documents):  # type: ignore[no-untyped-def]
        store_only(store, documents)
        stop.set()  # stopped after the commit, before the items were recorded
        raise Stopped

    first = watch([server.feed_url("alpha")], db, WatchOptions(cycles=3, **FAST), stop=stop,
                  add=store_then_die)
    assert len(first) == 1
    with open_store(db) as store:
        assert len(store.load_documents()) == 3
        assert store.watch_source(server.feed_url("alpha")) is None  # nothing recorded
    again = watch([server.feed_url("alpha")], db, WatchOptions(cycles=1, **FAST),
                  add=store_only)
    assert again[0].new == 0 and again[0].items == 3
    urls = _urls(db)
    assert len(urls) == len(set(urls)) == 3


def test_a_signal_during_the_wait_stops_at_once(server: FeedServer, db: str) -> None:
    server.add_feed("alpha", items=1)
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    started = time.monotonic()
    reports = watch([server.feed_url("alpha")], db, WatchOptions(every=3600, delay=0),
                    stop=stop, add=store_only)
    assert len(reports) == 1 and time.monotonic() - started < 3


def test_folders_and_url_lists(server: FeedServer, db: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.html").write_text(article_html("inbox", 1), encoding="utf-8")
    server.add_feed("listed", items=2)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# today\n{server.url}/articles/listed/1.html\n", encoding="utf-8")
    specs = [str(inbox), str(listing)]
    first = watch(specs, db, WatchOptions(cycles=1, **FAST), add=store_only)
    assert first[0].new == 2
    (inbox / "two.html").write_text(article_html("inbox", 2), encoding="utf-8")
    with listing.open("a", encoding="utf-8") as handle:
        handle.write(f"{server.url}/articles/listed/2.html\n{server.url}/articles/listed/9.html\n")
    second = watch(specs, db, WatchOptions(cycles=1, item_attempts=1, **FAST), add=store_only)
    assert second[0].new == 2 and second[0].skipped == 1  # the 404 is given up at once
    assert len(_urls(db)) == 4
    assert [r["path"] for r in server.requests("/articles/")].count("/articles/listed/1.html") == 1


def test_bad_specs_and_intervals_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        watch([str(tmp_path / "missing")], str(tmp_path / "x.db"), WatchOptions(cycles=1))
    with pytest.raises(InputError, match="http and https"):
        watch(["ftp://example.org/feed"], str(tmp_path / "x.db"), WatchOptions(cycles=1))
    assert parse_interval("15m") == 900 and parse_interval("90s") == 90
    assert parse_interval("2h") == 7200 and parse_interval(5) == 5
    for bad in ("soon", "-1m", "0"):
        with pytest.raises(ConfigError):
            parse_interval(bad)
    page = tmp_path / "article.txt"
    page.write_text("Talks resumed in Vienna.\nhttps://example.org\n", encoding="utf-8")
    assert read_url_list(str(page)) is None


def test_soak_reduced(tmp_path: Path) -> None:
    """Three feeds changing every 0.4 s for 6 s (one failing, one slow): every item stored
    once, nothing lost, memory flat. The full two-minute run is scripts/soak_watch.py."""
    from watch.soak import run_soak

    result = run_soak(tmp_path / "soak.db", duration=6.0, publish_every=0.4, every=0.5,
                      slow=0.3, timeout=3.0, add=store_only)
    assert result.missing == [] and result.duplicates == 0
    assert result.stored == result.published > 20
    assert result.failed_polls >= 2 and result.cycles >= 3
    print(result.figures())
    assert result.rss_growth_mb < 15, result.figures()
