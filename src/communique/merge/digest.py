"""The digest: 10–20 sentences of the best-supported facts, each ending with its sources.

Template-based on purpose: every sentence restates fields of events, claims, contradictions,
positions and quotes that carry evidence, so the digest never says what the evidence does not.
References are ``[n]`` numbers of the articles in the dossier's article order.
"""

from __future__ import annotations

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
_POSITIONS = 4
_QUOTES = 3


class _Refs:
    """Numbers articles in dossier order and renders ``[1][3]`` reference lists."""

    def __init__(self, order: Sequence[str]) -> None:
        self.number = {doc_id: i + 1 for i, doc_id in enumerate(order)}

    def __call__(self, evidence: Iterable[Evidence]) -> str:
        numbers = sorted({self.number[e.article] for e in evidence if e.article in self.number})
        return "".join(f"[{n}]" for n in numbers)


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


def build_digest(
    events: Sequence[StoryEvent],
    claims: Sequence[StoryClaim],
    contradictions: Sequence[Contradiction],
    positions: Sequence[StoryPosition],
    quotes: Sequence[StoryQuote],
    name: Callable[[str], str],
    order: Sequence[str],
) -> str:
    """The digest as Markdown, one sentence per line."""
    refs = _Refs(order)
    lines: list[str] = []
    ranked = sorted(events, key=lambda e: (-e.support, e.start or "9999"))[:_EVENTS]
    for event in sorted(ranked, key=lambda e: e.start or "9999"):
        lines.append(_event_sentence(event, name, refs))
    for item in contradictions:
        evidence = [e for side in item.sides for e in side.evidence]
        lines.append(f"**Contradiction:** {item.note} {refs(evidence)}")
    for claim in [c for c in claims if c.status == "corroborated"][:_CLAIMS]:
        lines.append(f"{claim.text} ({claim.support} outlets). {refs(claim.evidence)}")
    for position in sorted(positions, key=lambda p: -len(p.evidence))[:_POSITIONS]:
        lines.append(f"{position.summary}. {refs(position.evidence)}")
    by_id = {q.id: q for q in quotes}
    shared = [q for q in quotes if q.also_in and q.speaker and q.id < min(q.also_in)]
    for quote in shared[:_QUOTES]:
        copies = [by_id[i] for i in quote.also_in if i in by_id]
        evidence = [*quote.evidence, *(e for c in copies for e in c.evidence)]
        lines.append(
            f"{name(quote.speaker or '')}: “{quote.text}” (in {len(copies) + 1} "
            f"articles). {refs(evidence)}"
        )
    return "\n".join(f"- {line}" for line in lines[:MAX_SENTENCES]) + ("\n" if lines else "")
