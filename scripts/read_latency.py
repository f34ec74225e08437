"""Read latency of `communique serve` over a store of N generated articles (a benchmark).

Usage: python scripts/read_latency.py N [--readers 50] [--writers 0] [--seconds 30]
                                        [--work DIR] [--jobs 2]

Builds (once; kept in --work) a store of N synthetic reports from scripts/generate_corpus.py
with `communique build --db`, serves it with `communique serve` on 127.0.0.1, and runs the
readers (and optional writers posting new generated reports) for the given time. Prints one
JSON line: p50/p95/p99/max read latency in seconds, reads, read errors, writes and write errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.load import LoadPlan, build_store, run_load, serving


def main() -> None:
    """Build or reuse the store, serve it, measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--writers", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--work", type=Path, default=Path("out/read-latency"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    store = build_store(args.n, args.work, jobs=args.jobs)
    with serving(store, args.work / "serve.log") as url:
        report = run_load(url, LoadPlan(readers=args.readers, writers=args.writers,
                                        seconds=args.seconds), args.work / f"new-{args.n}")
    print(json.dumps({"articles": args.n, **report}), flush=True)


if __name__ == "__main__":
    main()
