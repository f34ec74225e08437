"""Error codes of the ingest stage and the helper that raises them.

Codes are stable (users search for them and scripts match on them), so a code is never reused
for another meaning; new reasons get new codes.
"""

from __future__ import annotations

from communique.errors import FetchError, InputError

READ_FAILED = "E100"
MISSING = "E101"
BINARY = "E102"
EMPTY = "E103"
TOO_LARGE = "E104"
UNREADABLE = "E105"
UNSUPPORTED = "E106"
GLOB_EMPTY = "E107"
BAD_RECORD = "E108"
NETWORK_OFF = "E109"
FETCH_FAILED = "E110"
HTTP_STATUS = "E111"
TIMEOUT = "E112"
CONTENT_TYPE = "E113"
BAD_FEED = "E114"
BAD_WARC = "E115"
ADDRESS_REFUSED = "E116"

ERROR_CODES: dict[str, str] = {
    READ_FAILED: "the input could not be read (operating-system error)",
    MISSING: "no such file or directory",
    BINARY: "the content is binary, not text",
    EMPTY: "the input is empty or holds only white space",
    TOO_LARGE: "the input is larger than max_bytes",
    UNREADABLE: "permission denied, or a directory could not be listed",
    UNSUPPORTED: "not a regular file, or an unsupported URL scheme",
    GLOB_EMPTY: "a glob pattern matched no readable file",
    BAD_RECORD: "invalid JSON, or a record without usable text",
    NETWORK_OFF: "a URL was given but network access is disabled",
    FETCH_FAILED: "a URL could not be fetched (connection error)",
    HTTP_STATUS: "the server answered with an HTTP error status",
    TIMEOUT: "the server was too slow",
    CONTENT_TYPE: "the URL or record is not text, HTML or a feed",
    BAD_FEED: "a feed could not be parsed or has no entries",
    BAD_WARC: "a WARC file is corrupt or holds no text responses",
    ADDRESS_REFUSED: "a URL's host resolves to a loopback, private or other non-public address "
                     "and this reader fetches only public ones",
}
"""Every ingest code with a one-line meaning, for documentation and ``--explain`` style help."""

_FETCH_CODES = frozenset({FETCH_FAILED, HTTP_STATUS, TIMEOUT, CONTENT_TYPE, BAD_FEED,
                          ADDRESS_REFUSED})


def fail(source: str, reason: str, code: str, *, fix: str | None = None) -> InputError:
    """Build the error for ``source``; network codes give a ``FetchError`` so callers can tell."""
    if code in _FETCH_CODES:
        return FetchError(source, reason, code=code, fix=fix)
    return InputError(source, reason, code=code, fix=fix)
