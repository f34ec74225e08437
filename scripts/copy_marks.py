"""Score duplicate marking alone on a dev story, in seconds instead of a build's minutes.

Reads and cleans the story's articles, dates them from the batch and marks copies exactly as a
build does (:func:`communique.pipeline.read_batch`), then scores the marks against the gold's
``copies.tsv`` the way ``communique eval story`` does, and lists the gold pairs left unmarked
(with the gold's kind and note) and the false marks. With ``--signals`` each such pair is
followed by what the marking tests measured on it (see :func:`signals`), to see how far it is
from being marked (or unmarked). Usage::

    .venv/bin/python scripts/copy_marks.py .data/dev-stories/STORY.jsonl \\
        tests/gold/dev-stories/STORY [more gold folders] [--signals]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from communique.clean._dedup import containment, shingle_hashes
from communique.clean._rewrites import Weights, aligned_pairs, sentences, strong_pairs
from communique.eval._story_gold import load_story_gold
from communique.eval.story import StoryScore, _article_ids, _score_copies
from communique.model.article import Document
from communique.pipeline import BuildOptions, read_batch


def _notes(folders: list[Path]) -> dict[str, tuple[str, str]]:
    """Gold copy id → (kind, note), from the first folder that has ``copies.tsv``."""
    for folder in folders:
        path = folder / "copies.tsv"
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                return {row["id"]: (row.get("kind", ""), row.get("note", ""))
                        for row in csv.DictReader(handle, delimiter="\t")}
    return {}


class Signals:
    """What the copy tests measure on a pair of the batch's documents (word weights from the
    whole batch, as duplicate detection takes them)."""

    def __init__(self, documents: list[Document]) -> None:
        self.texts = {d.id: d.text for d in documents}
        self.sentences = {d.id: sentences(d.text) for d in documents}
        self.weights = Weights.of(self.sentences.values())

    def of(self, first: str, second: str) -> str:
        """The pair's unquoted shingle containment (and shared shingles), the unquoted
        sentences it aligns in order (of the shorter text's), and how many of those are told
        nearly word for word."""
        ratio, shared = containment(shingle_hashes(self.texts[first]),
                                    shingle_hashes(self.texts[second]))
        a, b = self.sentences[first], self.sentences[second]
        run = aligned_pairs(a, b, self.weights)
        strong = strong_pairs(run, a, b, self.weights)
        return (f"    containment {ratio:.3f} ({shared} shingles), aligned {len(run)} of "
                f"{min(len(a), len(b))} sentences, {strong} nearly word for word")


def main() -> None:
    """Mark the story's copies and print the score, the missed pairs and the false marks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", help="the story's articles (.jsonl)")
    parser.add_argument("gold", nargs="+", type=Path, help="gold folder(s) of the story")
    parser.add_argument("--signals", action="store_true",
                        help="print what the copy tests measure on each pair listed")
    args = parser.parse_args()
    documents, _, _ = read_batch([args.story], BuildOptions())
    dossier = {"articles": [{"id": d.id, "url": d.url, "duplicate_of": d.duplicate_of}
                            for d in documents]}
    gold = load_story_gold(args.gold)
    ids = _article_ids(dossier, gold)
    score = StoryScore(gold.name)
    _score_copies(dossier, gold, ids, score)
    for measure in score.measures:
        print(f"{measure.name}: {measure.count}/{measure.total}")
    marks = {d.id: d.duplicate_of for d in documents}

    def root(article: str) -> str:
        seen: set[str] = set()
        while marks.get(article) and article not in seen:
            seen.add(article)
            article = marks[article] or article
        return article

    signals = Signals(documents) if args.signals else None
    notes = _notes(args.gold)
    for copy, original in sorted(gold.copies.items()):
        if copy in ids and original in ids and root(ids[copy]) != root(ids[original]):
            kind, note = notes.get(copy, ("", ""))
            print(f"missed {copy} -> {original} [{kind}] {note[:100]}")
            if signals:
                print(signals.of(ids[copy], ids[original]))
    for line in score.details.get("false copies", []):
        print(f"false: {line}")
        if signals:
            # The line names both articles by gold id where the gold has one.
            copy, original = line.split(" marked a copy of ")
            print(signals.of(ids.get(copy, copy), ids.get(original, original)))

if __name__ == "__main__":
    main()
