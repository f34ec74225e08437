"""The digest: 10–20 sentences, best supported and most recent first, then what is uncertain.

Template-based on purpose: every sentence restates fields of events, claims, contradictions,
positions and quotes that carry evidence, so the digest never says what the evidence does not.
The order is what an analyst reads first: the best-supported events, latest first; the facts
several outlets corroborate, most supported and latest first; then what is uncertain — the
contradictions whose sides come from different outlets (a contradiction that would set an
outlet against itself is left out), and how many claims rest on one outlet; then positions
and quotes. References are ``[n]`` numbers of the articles in the dossier's article order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from communique.model.story import (
    Contradiction,
    Evidence,
    StoryClaim,
    StoryEvent,
    StoryPosition,
    StoryQuote,
)

MAX_SENTENCES = 20
_EVENTS = 5
_CLAIMS = 5
_CONTRADICTIONS = 4
_POSITIONS = 4
_QUOTES = 3
_CORROBORATED = 2
# A position whose object is a pronoun ("Veldra demands it back") needs its article to read.
_POINTS_BACK = re.compile(r"\b(?:demands|offers|accepts|rejects|proposes|supports|opposes|"
                          r"does not \w+) (?:it|them|this|that|these|those|him|her)\b")


class _Refs:
    """Numbers articles in dossier order and renders ``[1][3]`` reference lists."""

    def __init__(self, order: Sequence[str], published: dict[str, str]) -> None:
        self.number = {doc_id: i + 1 for i, doc_id in enumerate(order)}
        self.published = published

    def __call__(self, evidence: Iterable[Evidence]) -> str:
        numbers = sorted({self.number[e.article] for e in evidence if e.article in self.number})
        return "".join(f"[{n}]" for n in numbers)

    def latest(self, evidence: Iterable[Evidence]) -> str:
        """The latest publication day among the articles of ``evidence`` ('' when undated)."""
        return max((self.published.get(e.article, "") for e in evidence), default="")


def _names(ids: Iterable[str], name: Callable[[str], str]) -> str:
    """A readable list of entity names."""
    names = [name(i) for i in ids]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _event_sentence(event: StoryEvent, name: Callable[[str], str], refs: _Refs) -> str:
    """One sentence about an event."""
    text = event.title
    if event.parties:
        text += f" between {_names(event.parties[:4], name)}"
    if event.mediators:
        text += f", mediated by {_names(event.mediators[:3], name)}"
    heads = [f"{name(h)} ({name(p)})" for p, d in event.delegations.items() for h in d["heads"]]
    if heads:
        text += f"; delegations headed by {_names(heads, str)}"
    plural = "s" if event.support != 1 else ""
    return (
        f"{text} — reported by {event.support} independent outlet{plural}. {refs(event.evidence)}"
    )


def _events(events: Sequence[StoryEvent], name: Callable[[str], str], refs: _Refs) -> list[str]:
    """The best-supported events (several outlets, when any has them), the most recent first;
    an event dated after every report (a deadline, a planned round) comes after those held."""
    corroborated = [e for e in events if e.support >= _CORROBORATED]
    ranked = sorted(corroborated or events, key=lambda e: (-e.support, e.start or ""))[:_EVENTS]
    last_report = max(refs.published.values(), default="")

    def recent(event: StoryEvent) -> tuple[bool, str]:
        start = event.start or ""
        return (not last_report or start[: len(last_report)] <= last_report, start)

    ranked.sort(key=recent, reverse=True)
    return [_event_sentence(e, name, refs) for e in ranked]


def _claims(claims: Sequence[StoryClaim], refs: _Refs) -> list[str]:
    """Corroborated claims, the best supported and most recently reported first."""
    chosen = [c for c in claims if c.status == "corroborated"]
    chosen.sort(key=lambda c: (c.support, refs.latest(c.evidence)), reverse=True)
    return [f"{c.text} ({c.support} outlets). {refs(c.evidence)}" for c in chosen[:_CLAIMS]]


def _apart(item: Contradiction) -> bool:
    """Whether every side comes from outlets of its own (no outlet set against itself)."""
    seen: set[str] = set()
    for side in item.sides:
        outlets = set(side.outlets)
        if not outlets or outlets & seen:
            return False
        seen |= outlets
    return len(item.sides) >= 2


def _uncertain(contradictions: Sequence[Contradiction], claims: Sequence[StoryClaim],
               refs: _Refs) -> list[str]:
    """What is disputed between outlets, and how much rests on one outlet alone."""
    disputed = [x for x in contradictions if _apart(x)]
    disputed.sort(key=lambda x: sum(len(s.outlets) for s in x.sides), reverse=True)
    lines = [
        f"**Contradiction:** {x.note} {refs(e for s in x.sides for e in s.evidence)}"
        for x in disputed[:_CONTRADICTIONS]
    ]
    single = sum(1 for c in claims if c.status == "single_source")
    if single:
        lines.append(f"**Uncertain:** {single} of {len(claims)} claims rest on a single outlet "
                     "and are not corroborated.")
    return lines


def _positions(positions: Sequence[StoryPosition], refs: _Refs) -> list[str]:
    """The most-stated positions, the latest reported first."""
    readable = [p for p in positions if not _POINTS_BACK.search(p.summary)]  # "demands it back"
    chosen = sorted(readable, key=lambda p: (len(p.evidence), p.until or ""), reverse=True)
    return [f"{p.summary}. {refs(p.evidence)}" for p in chosen[:_POSITIONS]]


def _quotes(quotes: Sequence[StoryQuote], name: Callable[[str], str], refs: _Refs) -> list[str]:
    """Quotes carried by several articles, with their speaker."""
    by_id = {q.id: q for q in quotes}
    shared = [q for q in quotes if q.also_in and q.speaker and q.id < min(q.also_in)]
    lines = []
    for quote in shared[:_QUOTES]:
        copies = [by_id[i] for i in quote.also_in if i in by_id]
        evidence = [*quote.evidence, *(e for c in copies for e in c.evidence)]
        lines.append(f"{name(quote.speaker or '')}: “{quote.text}” (in {len(copies) + 1} "
                     f"articles). {refs(evidence)}")
    return lines


def build_digest(
    events: Sequence[StoryEvent],
    claims: Sequence[StoryClaim],
    contradictions: Sequence[Contradiction],
    positions: Sequence[StoryPosition],
    quotes: Sequence[StoryQuote],
    name: Callable[[str], str],
    order: Sequence[str],
    published: dict[str, str] | None = None,
) -> str:
    """The digest as Markdown, one sentence per line.

    ``published`` maps article ids to ISO publication days, to put the latest reports first.
    """
    refs = _Refs(order, published or {})
    lines = [
        *_events(events, name, refs),
        *_claims(claims, refs),
        *_uncertain(contradictions, claims, refs),
        *_positions(positions, refs),
        *_quotes(quotes, name, refs),
    ]
    return "\n".join(f"- {line}" for line in lines[:MAX_SENTENCES]) + ("\n" if lines else "")
