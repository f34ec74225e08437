"""The corpus's countries, and nationality words mapped to them (``Veldran`` → ``Veldra``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from communique.extract._parties import demonym_stem_match


class Countries:
    """Country names of a corpus with a constant-time nationality lookup.

    Countries are indexed by their first four letters, which a nationality word always shares,
    and answers are cached, so a lookup does not grow with the number of countries.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = frozenset(names)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.names):
            self._by_prefix[name[:4].lower()].append(name)
        self._cache: dict[str, str | None] = {}

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def country_of(self, word: str) -> str | None:
        """The country ``word`` names or is the nationality of, else ``None``."""
        if word in self.names:
            return word
        if word not in self._cache:
            candidates = self._by_prefix.get(word[:4].lower(), [])
            self._cache[word] = next((c for c in candidates if demonym_stem_match(word, c)), None)
        return self._cache[word]
