"""Claim clustering, corroboration and contradiction.

Claims are blocked by what they are about — the object key (``ukraine territory``), the
predicate and the unit — so the same number about different things never meets ("controls 20
percent of the country" and "wants the 20 percent of the province it does not hold" differ in
object and predicate). Inside a block, claims whose values agree (within the slack an
approximate figure allows) are one claim; claims with different values are a contradiction.
Support is the number of independent outlets (duplicates and syndicated copies count once).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.model import content_id
from communique.model.claims import Claim
from communique.model.story import Contradiction, Evidence, Side, StoryClaim

_APPROX_SLACK = 0.1
_WORD = re.compile(r"[a-z0-9]+")
# Units whose values are labels rather than measurements: comparing them says nothing.
_NO_CONFLICT_UNITS = frozenset({"date"})


@dataclass
class _Item:
    doc_id: str
    claim: Claim


def _subject_key(subject: str) -> str:
    """A loose key for the subject: ``Russian forces`` and ``Russia`` share ``russ``."""
    words = [w for w in _WORD.findall(subject.lower()) if w not in ("the", "a", "an")]
    return words[0][:4] if words else ""


def _block_key(claim: Claim, fold: Callable[[str], str]) -> tuple[str, str, str, str] | None:
    """What a claim is about; ``None`` for claims too vague to compare.

    ``fold`` maps each word of the object key to a corpus-wide form, so that "veldran
    territory" and "veldra territory" (a nationality and its country) compare equal.
    """
    unit = claim.quantity.unit if claim.quantity else ""
    raw = claim.object_key or " ".join(_WORD.findall((claim.object or "").lower())[:4])
    obj = " ".join(fold(word) for word in raw.split())
    if not obj and not claim.quantity:
        return None
    return (claim.predicate.lower(), obj, _subject_key(claim.subject), unit)


def _agree(a: Claim, b: Claim) -> bool:
    """Whether two claims state the same value (approximate figures get some slack)."""
    if a.quantity is None or b.quantity is None:
        return a.quantity is b.quantity
    qa, qb = a.quantity, b.quantity
    if qa.value == qb.value:
        return True
    if qa.approximate or qb.approximate:
        return abs(qa.value - qb.value) <= _APPROX_SLACK * max(abs(qa.value), abs(qb.value))
    return False


def _groups(items: list[_Item]) -> list[list[_Item]]:
    """Split one block into groups of claims stating the same value."""
    groups: list[list[_Item]] = []
    for item in items:
        for group in groups:
            if _agree(group[0].claim, item.claim):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def _story_claim(group: list[_Item], corpus: Corpus, status: str) -> StoryClaim:
    """One story claim from the articles that state it."""
    first = group[0].claim
    evidence: dict[str, Evidence] = {}
    for item in group:
        evidence.setdefault(
            item.doc_id, corpus.evidence(item.doc_id, item.claim.start, item.claim.end)
        )
    articles = list(evidence)
    quantity = first.quantity
    support = corpus.support(articles)
    if status != "contradicted":
        status = "corroborated" if support >= 2 else "single_source"
    return StoryClaim(
        id=content_id(
            "c_",
            first.predicate,
            first.object_key or first.object or "",
            quantity.unit if quantity else "",
            str(quantity.value) if quantity else "",
            first.subject.lower(),
        ),
        text=first.text,
        subject=first.subject,
        predicate=first.predicate,
        object=first.object,
        value=quantity.value if quantity else None,
        unit=quantity.unit if quantity else None,
        value_text=quantity.text if quantity else None,
        attributed_to=tuple(
            dict.fromkeys(i.claim.attributed_to for i in group if i.claim.attributed_to)
        ),
        evidence=tuple(evidence.values()),
        support=support,
        status=status,
        outlets=corpus.outlets(articles),
    )


def _contradiction(claims: Sequence[StoryClaim]) -> Contradiction:
    """Different values stated for the same subject, predicate and object."""
    first = claims[0]
    sides = tuple(Side(c.value_text or str(c.value), c.evidence, c.outlets) for c in claims)
    about = first.id
    note = (
        f"Outlets state different values for “{first.predicate} {first.object or ''}”: "
        + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides)
        + "."
    )
    return Contradiction(
        content_id("x_", "value", *sorted(c.id for c in claims)), "value", about, sides, note
    )


def _folder(countries: Countries) -> Callable[[str], str]:
    """A word mapper that turns nationality words into their country's name (lower case)."""

    def fold(word: str) -> str:
        country = countries.country_of(word)
        return country.lower() if country is not None else word

    return fold


def build_claims(
    corpus: Corpus, countries: Countries | None = None
) -> tuple[list[StoryClaim], list[Contradiction]]:
    """Cluster every article's claims; return story claims and value contradictions."""
    fold = _folder(countries or Countries())
    blocks: dict[tuple[str, str, str, str], list[_Item]] = defaultdict(list)
    loose: list[_Item] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        for claim in annotations.claims if annotations else ():
            key = _block_key(claim, fold)
            (loose if key is None else blocks[key]).append(_Item(doc_id, claim))
    claims: list[StoryClaim] = []
    contradictions: list[Contradiction] = []
    for key in sorted(blocks):
        groups = _groups(blocks[key])
        conflicting = len(groups) > 1 and key[3] not in _NO_CONFLICT_UNITS and key[3] != ""
        status = "contradicted" if conflicting else ""
        made = [_story_claim(g, corpus, status) for g in groups]
        claims.extend(made)
        if conflicting:
            contradictions.append(_contradiction(made))
    for item in loose:
        claims.append(_story_claim([item], corpus, ""))
    claims.sort(key=lambda c: (-c.support, c.status != "contradicted", c.id))
    return claims, contradictions
