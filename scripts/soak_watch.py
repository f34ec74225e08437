"""The full watch soak on loopback: 3 feeds changing every few seconds for 2 minutes.

One feed answers normally, one always fails (HTTP 500), one is slow; the watch runs with the
real extract-and-merge step (spaCy), polling every 5 s. Prints the figures as JSON: items
published on the reachable feeds, stored, duplicates, missing, failed polls, and the RSS of the
process at each cycle (memory should stay flat once the pipeline is loaded).

    .venv/bin/python scripts/soak_watch.py [--seconds 120] [--json out/soak.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from watch.soak import run_soak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--publish-every", type=float, default=3.0)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--slow", type=float, default=2.0)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run_soak(Path(tmp) / "soak.db", duration=args.seconds,
                          publish_every=args.publish_every, every=args.every, slow=args.slow,
                          timeout=10.0)
    figures = result.figures()
    figures["rss_mb_per_cycle"] = result.rss_mb
    figures["cycle_seconds"] = result.cycle_seconds
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = not result.missing and not result.duplicates
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
