"""Load on a real `communique serve`: readers and writers on loopback, latencies, lost writes.

Shared by the reduced load test in the suite (tests/api/test_load.py) and the full runs
(scripts/load_test.py: 20 writers and 50 readers for 60 s; scripts/read_latency.py: read
latency over stores of 1,000 and 10,000 generated articles). Everything is bounded: every
request has a timeout, writers stop taking new work at the deadline and are waited for a
bounded time, and the server is stopped (SIGTERM, then SIGKILL) whatever happens.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "scripts" / "generate_corpus.py"
TOKEN = "load-test-token-0123456789"
READS = ("/api/events?limit=20", "/api/articles?limit=50", "/api/claims?limit=50",
         "/api/quotes?limit=20", "/api/digest", "/api/timeline?limit=50",
         "/api/search?q=talks", "/", "/events", "/claims")
"""What readers ask for, in turn: API lists, the digest, search and the heaviest pages."""


@dataclass(frozen=True, slots=True)
class LoadPlan:
    """How many readers and writers, for how long, and the per-request time limits."""

    readers: int
    writers: int
    seconds: float
    read_timeout: float = 30.0
    write_timeout: float = 300.0
    drain: float = 300.0
    """Seconds writers in flight at the deadline are waited for, at most."""


@dataclass
class _Tally:
    latencies: list[float] = field(default_factory=list)
    by_path: dict[str, list[float]] = field(default_factory=dict)
    read_errors: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    write_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def command() -> str:
    """The installed `communique` command beside this Python."""
    return str(Path(sys.executable).with_name("communique"))


def generate(n: int, folder: Path, seed: int = 7) -> list[Path]:
    """``n`` generated reports in ``folder`` (kept when already there)."""
    if len(list(folder.glob("*.txt"))) < n:
        subprocess.run([sys.executable, str(GENERATOR), str(n), str(folder), "--seed", str(seed)],
                       check=True)
    return sorted(folder.glob("*.txt"))[:n]


def build_store(n: int, work: Path, *, jobs: int = 2) -> Path:
    """A store of ``n`` generated reports built by `communique build --db` (reused if built)."""
    work.mkdir(parents=True, exist_ok=True)
    store = work / f"store-{n}.db"
    done = work / f"store-{n}.done"
    if store.exists() and done.exists():
        return store
    for stale in work.glob(f"store-{n}.db*"):
        stale.unlink()
    corpus = work / f"corpus-{n}"
    generate(n, corpus)
    subprocess.run([command(), "build", str(corpus), "--db", str(store), "-j", str(jobs),
                    "--out", str(work / f"out-{n}")], check=True)
    done.write_text("built\n")
    return store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(store: Path, log: Path, *, start_timeout: float = 180.0) -> Iterator[str]:
    """`communique serve` over ``store`` on a free loopback port; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "COMMUNIQUE_TOKEN": TOKEN}
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as output:
        server = subprocess.Popen(
            [command(), "serve", "--db", str(store), "--port", str(port), "--rate-limit", "0"],
            env=env, stdout=output, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, server, start_timeout, log)
            yield url
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=30)


def _wait_until_up(url: str, server: subprocess.Popen[bytes], timeout: float,
                   log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"serve exited with {server.returncode}: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"serve did not answer within {timeout} s")


def run_load(url: str, plan: LoadPlan, new_articles: Path) -> dict[str, Any]:
    """Run the plan against ``url``; latencies, errors, and whether every write is stored."""
    texts = [p.read_text(encoding="utf-8") for p in
             generate(max(plan.writers * 40, 1), new_articles, seed=1234)] if plan.writers else []
    tally = _Tally()
    deadline = time.monotonic() + plan.seconds
    queue = iter(enumerate(texts))
    queue_lock = threading.Lock()

    def next_text() -> tuple[int, str] | None:
        with queue_lock:
            return next(queue, None)

    threads = [threading.Thread(target=_reader, args=(url, plan, deadline, k, tally), daemon=True)
               for k in range(plan.readers)]
    threads += [threading.Thread(target=_writer, args=(url, plan, deadline, next_text, tally),
                                 daemon=True) for _ in range(plan.writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + plan.drain)
    stuck = sum(thread.is_alive() for thread in threads)
    api = [v for path, values in tally.by_path.items() if path.startswith("/api/")
           for v in values]
    pages = [v for path, values in tally.by_path.items() if not path.startswith("/api/")
             for v in values]
    return {**_latency(tally.latencies),
            "api_p95_s": _latency(api).get("p95_s"), "pages_p95_s": _latency(pages).get("p95_s"),
            "p95_by_path": {path: _latency(values).get("p95_s")
                            for path, values in sorted(tally.by_path.items())},
            "read_errors": len(tally.read_errors),
            "read_error_sample": tally.read_errors[:3], "writes": len(tally.written),
            "write_errors": len(tally.write_errors),
            "write_error_sample": tally.write_errors[:3],
            "lost": _lost(url, tally.written), "stuck_threads": stuck,
            "readers": plan.readers, "writers": plan.writers, "seconds": plan.seconds}


def _reader(url: str, plan: LoadPlan, deadline: float, k: int, tally: _Tally) -> None:
    with httpx.Client(base_url=url, timeout=plan.read_timeout) as client:
        turn = k
        while time.monotonic() < deadline:
            path = READS[turn % len(READS)]
            turn += 1
            started = time.perf_counter()
            try:
                status = client.get(path).status_code
            except httpx.HTTPError as exc:
                status, detail = 0, f"{path}: {type(exc).__name__}"
            else:
                detail = f"{path}: {status}"
            elapsed = time.perf_counter() - started
            with tally.lock:
                tally.latencies.append(elapsed)
                tally.by_path.setdefault(path, []).append(elapsed)
                if status != 200:
                    tally.read_errors.append(detail)


def _writer(url: str, plan: LoadPlan, deadline: float, next_text: Any, tally: _Tally) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=url, timeout=plan.write_timeout, headers=headers) as client:
        while time.monotonic() < deadline and (item := next_text()) is not None:
            number, text = item
            try:
                response = client.post("/api/articles", json={
                    "text": text, "url": f"https://load.example/{number}"})
            except httpx.HTTPError as exc:
                with tally.lock:
                    tally.write_errors.append(type(exc).__name__)
                continue
            with tally.lock:
                if response.status_code in (200, 201):
                    tally.written.append(response.json()["id"])
                else:
                    tally.write_errors.append(f"{response.status_code}: {response.text[:200]}")


def _lost(url: str, written: list[str]) -> int:
    """Acknowledged writes the server does not have."""
    lost = 0
    with httpx.Client(base_url=url, timeout=60) as client:
        for article in written:
            if client.get(f"/api/articles/{article}").status_code != 200:
                lost += 1
    return lost


def _latency(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    if not ordered:
        return {"reads": 0}

    def at(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 3)

    return {"reads": len(ordered), "p50_s": at(0.50), "p95_s": at(0.95), "p99_s": at(0.99),
            "max_s": round(ordered[-1], 3)}
