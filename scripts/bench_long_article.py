"""Time and peak memory of `communique build` on one very long article (a benchmark, not a test).

Usage: python scripts/bench_long_article.py CHARS [CHARS ...] [--keep DIR]

The article is synthetic: the reports of scripts/generate_corpus.py joined into one text of
CHARS characters (crawler header lines dropped, so that it reads as one long report). Each size
is built in a fresh `communique build` process; one JSON line per size gives the wall time, the
CPU time (steadier than wall time on a shared machine), the peak resident memory of that
process, its exit code and the number of articles in the dossier.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def long_text(chars: int, work: Path) -> str:
    """A synthetic report of ``chars`` characters, made of generated reports."""
    corpus = work / "corpus"
    count = chars // 900 + 10
    subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), str(count), str(corpus)],
                   check=True)
    lines = [line for path in sorted(corpus.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith((" url ", " date "))]
    text = " date 2031-03-01\n" + "\n".join(lines)
    return text[:chars].rsplit("\n", 1)[0] + "\n"


def measure(path: Path, out: Path) -> dict[str, object]:
    """Build ``path`` in a child process; wall time, its peak RSS, exit code and articles."""
    command = str(Path(sys.executable).with_name("communique"))
    started = time.perf_counter()
    run = subprocess.run([command, "build", str(path), "--out", str(out)],
                         capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss
    articles = None
    if (out / "dossier.json").exists():
        articles = json.loads((out / "dossier.json").read_text(encoding="utf-8"))["corpus"][
            "articles"]
    return {"chars": path.stat().st_size, "seconds": round(seconds, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_rss_mb": round(peak_kib / 1024), "exit_code": run.returncode,
            "articles": articles, "stderr": run.stderr.strip().splitlines()[-1:]}


def main() -> None:
    """Measure each size in its own process (peak memory is per process)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chars", type=int, nargs="+")
    parser.add_argument("--keep", type=Path, help="write the texts and dossiers here")
    args = parser.parse_args()
    if len(args.chars) > 1:
        for chars in args.chars:  # one process per size: RUSAGE_CHILDREN keeps the maximum
            extra = ["--keep", str(args.keep)] if args.keep else []
            subprocess.run([sys.executable, __file__, str(chars), *extra], check=True)
        return
    (chars,) = args.chars
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        path = work / f"long-{chars}.txt"
        path.write_text(long_text(chars, work / f"gen-{chars}"), encoding="utf-8")
        print(json.dumps(measure(path, work / f"out-{chars}")), flush=True)


if __name__ == "__main__":
    main()
