"""Options of the ingest stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address

from communique.errors import ConfigError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_USER_AGENT = "communique/0.1 (offline news dossier builder)"


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How inputs are read.

    ``max_bytes`` limits one input: a file, a fetched page, or one record of a streamed
    container (a JSONL line, a WARC record); a ``.json`` file is parsed whole, so the limit
    applies to the file. ``timeout`` is the total number of seconds allowed for one URL,
    including a slow trickle of bytes. The network is only used for URLs the user gave
    (and the entries of a feed the user gave), and never when ``allow_network`` is false.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    user_agent: str = DEFAULT_USER_AGENT
    allow_network: bool = True
    recursive: bool = True
    """Walk sub-directories of a directory given as input."""
    follow_feeds: bool = True
    """Fetch the page of each feed entry; when false only entries with full content are read."""
    address_policy: Callable[[IPv4Address | IPv6Address], bool] | None = None
    """Which addresses URLs may be fetched from, checked on each connection after the host
    name is resolved (redirects included); ``None`` allows any. A server fetching for its
    clients passes :func:`communique.ingest.public_address`."""

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}.")
        if self.timeout <= 0:
            raise ConfigError(f"timeout must be positive, not {self.timeout}.")
