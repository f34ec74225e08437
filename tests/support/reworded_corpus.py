"""Invented stories retold at different strengths: reworded copies for duplicate detection's
tests (every word made up, no real text)."""

from __future__ import annotations

import random

from communique.clean._dedup import DedupItem

_COMMON = ["the", "of", "and", "to", "in", "on", "for", "with", "said", "was", "were", "has",
           "have", "that", "by", "from", "at", "as", "an", "its", "their", "over", "after",
           "about", "more", "than", "new", "talks"]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(5, 9))) for _ in range(size)]


def _sentence(rng: random.Random, rare: list[str]) -> list[str]:
    words = [rng.choice(_COMMON) for _ in range(8)] + rng.sample(rare, 6)
    rng.shuffle(words)
    return words


def _spin(rng: random.Random, story: list[list[str]], rare: list[str], keep: float) -> str:
    """A retelling: each sentence keeps about ``keep`` of its words in order, new ones put
    in at random places."""
    told = []
    for words in story:
        kept = [w for w in words if rng.random() < keep]
        for word in rng.sample(rare, len(words) - len(kept)):
            kept.insert(rng.randint(0, len(kept)), word)
        told.append(" ".join(kept).capitalize() + ".")
    return "\n".join(told)


def corpus(seed: int, stories: int = 6, spins: int = 4, rare_words: int = 400
            ) -> list[DedupItem]:
    """Invented stories, each retold several times at different strengths, shuffled."""
    rng = random.Random(seed)
    rare = _vocabulary(rng, rare_words)
    texts: list[str] = []
    for _ in range(stories):
        story = [_sentence(rng, rare) for _ in range(rng.randint(5, 9))]
        texts.append("\n".join(" ".join(s).capitalize() + "." for s in story))
        texts.extend(_spin(rng, story, rare, rng.uniform(0.35, 0.8)) for _ in range(spins))
    rng.shuffle(texts)
    return [DedupItem(f"d{i:03d}", text, None, i) for i, text in enumerate(texts)]
