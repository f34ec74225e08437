"""What a run reports about its inputs besides the documents themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was reported and skipped: where it was, why, and the error code."""

    source: str
    reason: str
    code: str = "E100"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} [{self.code}]"
