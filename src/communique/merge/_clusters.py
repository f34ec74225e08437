"""The unit of cross-document entity resolution: document entities found to be one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from communique.model.entities import DocEntity, EntityLabel

Item = tuple[str, DocEntity]
"""A document's entity with the id of its document."""


@dataclass
class Cluster:
    """Entities of several documents found to be one."""

    label: EntityLabel
    members: list[Item] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    """Canonical names of the members weighted by mentions, kept up to date by ``add``."""

    def add(self, doc_id: str, entity: DocEntity) -> None:
        """Add one document's entity."""
        self.members.append((doc_id, entity))
        self.counts[entity.canonical] += entity.count

    def absorb(self, other: Cluster) -> None:
        """Add every member of ``other``."""
        for doc_id, entity in other.members:
            self.add(doc_id, entity)

    def names(self) -> Counter[str]:
        """Canonical names of the members, weighted by mentions."""
        return self.counts

    @property
    def mentions(self) -> int:
        """Mentions of all members."""
        return sum(self.counts.values())

    def top_name(self) -> str:
        """The most-mentioned canonical name (ties by name, for stable output)."""
        return min(self.counts, key=lambda n: (-self.counts[n], n))
