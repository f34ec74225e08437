"""Place words normalized for object keys: *Ukrainian*, *Ukraine's* → ``ukraine``.

Demonyms come from the packaged gazetteer (general world knowledge), so comparable objects get
the same key whichever form an outlet used.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Lower-cased demonym (singular and plural) → lower-cased place name."""
    raw = resources.files("communique.data").joinpath("gazetteer.json").read_text("utf-8")
    data = json.loads(raw)
    table: dict[str, str] = {}
    for section in ("countries", "regions"):
        for entry in data.get(section, []):
            name = str(entry["name"]).lower()
            for word in [*entry.get("demonyms", []), *entry.get("plurals", [])]:
                table.setdefault(str(word).lower(), name)
    return table


def place_key(word: str) -> str:
    """The key form of a place word: a demonym becomes its place, anything else is lowered."""
    lowered = word.lower().removesuffix("'s").removesuffix("\u2019s")
    return _demonyms().get(lowered, lowered)


def is_demonym(word: str) -> bool:
    """Whether ``word`` is a known demonym (``Ukrainian``, ``Russians``)."""
    return word.lower() in _demonyms()
