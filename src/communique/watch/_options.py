"""Options of ``communique watch`` and the parsing of its intervals (``15m``, ``90s``, ``2h``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.errors import ConfigError
from communique.extract._options import DEFAULT_MODEL
from communique.ingest._options import DEFAULT_USER_AGENT

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


def parse_interval(value: str | float) -> float:
    """Seconds from ``90``, ``90s``, ``15m``, ``2h``, ``1d`` (or ``500ms``); must be > 0."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _INTERVAL.match(value)
        if not match:
            raise ConfigError(f"not an interval: {value!r}",
                              fix="write a number with s, m, h or d: 90s, 15m, 2h")
        seconds = float(match.group(1)) * _SECONDS[match.group(2)]
    if seconds <= 0:
        raise ConfigError(f"the interval must be positive, not {value!r}")
    return seconds


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How to watch: how often, how politely, how persistently."""

    every: float = 900.0
    """Seconds from the start of one cycle to the start of the next."""
    delay: float = 2.0
    """Seconds between two requests to the same host (a feed and its entries included)."""
    timeout: float = 20.0
    """Total seconds allowed for one request, slow trickles included."""
    retries: int = 2
    """Further attempts of a request that failed in a way that may pass (timeouts, connection
    errors, HTTP 429 and 5xx), with exponential backoff."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled for each further one."""
    max_backoff: float = 60.0
    """Longest wait before a retry, a ``Retry-After`` header included."""
    item_attempts: int = 3
    """Cycles in which an item (a feed entry's page) is tried before it is given up."""
    max_items: int = 200
    """New items fetched per source and cycle (the rest wait for the next cycle)."""
    max_bytes: int = 20 * 1024 * 1024
    user_agent: str = DEFAULT_USER_AGENT
    cycles: int | None = None
    """Stop after this many cycles (``None``: until a signal)."""
    model: str = DEFAULT_MODEL
    processes: int = 1

    def __post_init__(self) -> None:
        for name in ("every", "timeout", "backoff", "max_backoff"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive, not {getattr(self, name)}")
        if self.delay < 0 or self.retries < 0 or self.item_attempts < 1 or self.max_items < 1:
            raise ConfigError("delay and retries cannot be negative; item_attempts and "
                              "max_items must be at least 1")
