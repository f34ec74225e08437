"""The full load test: 20 writers and 50 readers for 60 s on a served store, on loopback.

Usage: python scripts/load_test.py [--articles 1000] [--writers 20] [--readers 50]
                                   [--seconds 60] [--work DIR]

The store holds --articles generated reports first (built once, kept in --work). Writers post
new generated reports through the API; readers read lists, the digest, search and pages.
Prints one JSON line (read latency percentiles, errors, acknowledged writes, writes lost) and
exits 1 when a write was lost, a request failed or a thread never finished. The suite runs
the same code in reduced form (tests/api/test_load.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.load import LoadPlan, build_store, run_load, serving


def main() -> int:
    """Run the load and report; non-zero when anything was lost or failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--work", type=Path, default=Path("out/load-test"))
    args = parser.parse_args()
    store = build_store(args.articles, args.work)
    with serving(store, args.work / "serve.log") as url:
        report = run_load(url, LoadPlan(args.readers, args.writers, args.seconds),
                          args.work / "new")
    print(json.dumps({"articles": args.articles, **report}), flush=True)
    failed = (report["lost"] or report["read_errors"] or report["write_errors"]
              or report["stuck_threads"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
