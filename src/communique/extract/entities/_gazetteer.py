"""The bundled gazetteer: countries, capitals, demonyms, seats of power, organizations, regions.

The data (``communique/data/gazetteer.json``) is general world knowledge, not tied to any
story. Lookups are exact on the surface form after dropping a leading ``the`` and a trailing
possessive, because case matters for acronyms (``US`` the country, ``us`` the pronoun).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.errors import ExtractError


class GazKind(StrEnum):
    """What a gazetteer name is."""

    COUNTRY = "country"
    CAPITAL = "capital"
    SEAT = "seat"
    """A seat of power that stands for its government (``the Kremlin``)."""
    ORGANIZATION = "organization"
    REGION = "region"
    DEMONYM = "demonym"
    """A nationality adjective or plural noun (``Ukrainian``, ``Americans``)."""
    CITY = "city"
    """A city that is no capital (only the multilingual gazetteer has them)."""


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer hit: what the name is, its canonical form, and the country behind it."""

    kind: GazKind
    canonical: str
    country: str | None
    """The canonical country name for countries, capitals, seats and demonyms."""


_POSSESSIVE = ("'s", "’s", "'", "’")

ENTRIES = "communique.world_entries"
"""``doc.user_data`` key where the multilingual name finder records, per name span
``(start_char, end_char)``, the gazetteer entry of a name in another language (``Genf``)."""
NAMES = "communique.name_forms"
"""``doc.user_data`` key: per name span, the dictionary form of an inflected name."""


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """Collapse white space, drop a leading ``the`` and a trailing possessive.

    Kept per text (a pure function of it): a merge looks up the same few names hundreds of
    thousands of times."""
    name = " ".join(text.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    for ending in _POSSESSIVE:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            name = name[: -len(ending)]
            break
    return name.strip()


class Gazetteer:
    """Name → :class:`GazEntry` lookups over the bundled data."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._names: dict[str, GazEntry] = {}
        self._first_words: set[str] = set()
        self.max_words = 1
        self._by_iso = {str(c["iso2"]): str(c["name"]) for c in data.get("countries", [])}
        self._capital_of = {str(c["name"]): str(c["capital"]) for c in data.get("countries", [])
                            if c.get("capital")}
        self._namesakes = _namesakes(data.get("countries", []))
        self._short = _short_forms(data.get("countries", []))
        self._load_countries(data.get("countries", []))
        self._load_simple(data.get("seats", []), GazKind.SEAT)
        self._load_simple(data.get("organizations", []), GazKind.ORGANIZATION)
        self._load_regions(data.get("regions", []))

    def _add(self, name: str, entry: GazEntry) -> None:
        key = normalize_name(name)
        # First writer wins: countries load first, so a country name is never shadowed by a
        # city of the same name in another country's entry.
        if not key or key in self._names:
            return
        self._names[key] = entry
        words = key.split()
        self._first_words.add(words[0])
        self.max_words = max(self.max_words, len(words))

    def _load_countries(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            name = str(row["name"])
            for form in [name, *row.get("variants", [])]:
                for spelled in _article_forms(str(form)):
                    self._add(spelled, GazEntry(GazKind.COUNTRY, name, name))
        for row in rows:
            name = str(row["name"])
            capital = str(row["capital"])
            for form in [capital, *row.get("capital_variants", [])]:
                self._add(form, GazEntry(GazKind.CAPITAL, normalize_name(form), name))
            demonyms = list(row.get("demonyms", []))
            if demonyms:
                for form in demonyms + list(row.get("plurals", [])):
                    self._add(form, GazEntry(GazKind.DEMONYM, str(demonyms[0]), name))

    def _load_simple(self, rows: list[dict[str, Any]], kind: GazKind) -> None:
        for row in rows:
            canonical = normalize_name(str(row["name"]))
            country = self.country_name(str(row["country"])) if row.get("country") else None
            for form in [row["name"], *row.get("variants", [])]:
                self._add(str(form), GazEntry(kind, canonical, country))

    def _load_regions(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            canonical = normalize_name(str(row["name"]))
            for form in [row["name"], *row.get("variants", [])]:
                self._add(str(form), GazEntry(GazKind.REGION, canonical, None))
            for form in row.get("demonyms", []):
                self._add(str(form), GazEntry(GazKind.DEMONYM, str(form), None))

    def capitals(self) -> dict[str, dict[str, GazEntry]]:
        """Each country's capital names, each with its own entry (a country with two capitals,
        ``Lindhaven`` and ``Norvell``, has two cities, not one)."""
        found: dict[str, dict[str, GazEntry]] = {}
        for name, entry in self._names.items():
            if entry.kind is GazKind.CAPITAL and entry.country is not None:
                found.setdefault(entry.country, {})[name] = entry
        return found

    def namesakes(self, text: str) -> frozenset[str]:
        """The countries a name may mean when it may mean more than one (``Congo``,
        ``Congolese``: both Congos); empty for a name that means one country or none."""
        return self._namesakes.get(normalize_name(text), frozenset())

    def short_form(self, text: str) -> frozenset[str]:
        """The countries whose long name a phrase shortens (``Islamic Republic``: Iran,
        Pakistan, Afghanistan, Mauritania; ``Hashemite Kingdom``: Jordan). Only the story can
        tell which, so the phrase is no gazetteer name of its own."""
        return self._short.get(normalize_name(text), frozenset())

    def bodies(self) -> list[tuple[str, GazEntry]]:
        """Every name of a seat of power or an organization, with its entry (``Élysée``)."""
        return [(name, entry) for name, entry in self._names.items()
                if entry.kind in (GazKind.SEAT, GazKind.ORGANIZATION)]

    def demonyms(self) -> dict[str, GazEntry]:
        """Each country → the entry of its first nationality word (``Korvanian``)."""
        found: dict[str, GazEntry] = {}
        for entry in self._names.values():
            if entry.kind is GazKind.DEMONYM and entry.country is not None:
                found.setdefault(entry.country, entry)
        return found

    def country_forms(self) -> list[str]:
        """Every name and variant the gazetteer knows a country by."""
        return [name for name, entry in self._names.items() if entry.kind is GazKind.COUNTRY]

    def namesake_forms(self) -> dict[str, frozenset[str]]:
        """Every name several countries share, with those countries."""
        return dict(self._namesakes)

    def country_name(self, iso2: str) -> str | None:
        """The common name of the country with ISO 3166 alpha-2 code ``iso2``."""
        return self._by_iso.get(iso2)

    def capital_of(self, country: str) -> str | None:
        """The (first-listed) capital of a country by its common name, as written."""
        return self._capital_of.get(country)

    def lookup(self, text: str) -> GazEntry | None:
        """The entry for ``text`` (exact surface form, ``the``/possessive ignored), if any."""
        return self._names.get(normalize_name(text))

    def may_start(self, word: str) -> bool:
        """Whether some gazetteer name starts with ``word`` (cheap pre-filter for scanning)."""
        return word in self._first_words


def _article_forms(name: str) -> tuple[str, ...]:
    """A country name and its spelling with or without ``the`` after ``of`` (``Democratic
    Republic of Congo`` is as common as ``… of the Congo``)."""
    if " of the " in name:
        return (name, name.replace(" of the ", " of ", 1))
    if " of " in name:
        return (name, name.replace(" of ", " of the ", 1))
    return (name,)


def _namesakes(rows: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Forms that may mean more than one country: a variant, demonym or plural two countries
    share, or one country's short name that ends another's full name (``Congo`` ends
    ``Democratic Republic of the Congo``). A country's own name means that country (``Sudan``
    is Sudan, not South Sudan)."""
    forms: dict[str, set[str]] = defaultdict(set)
    names = {str(row["name"]) for row in rows}
    for row in rows:
        country = str(row["name"])
        for form in (country, *row.get("variants", []), *row.get("demonyms", []),
                     *row.get("plurals", [])):
            forms[normalize_name(str(form))].add(country)
    for form, countries in forms.items():
        countries.update(c for c in names if c.endswith(" " + form))
    return {form: frozenset(c) for form, c in forms.items() if len(c) > 1 and form not in names}


def _short_forms(rows: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Two or more words before ``of`` in a country's long name, with every country whose long
    name starts with them (``Islamic Republic`` of Iran, of Pakistan …)."""
    forms: dict[str, set[str]] = defaultdict(set)
    names = {normalize_name(str(row["name"])) for row in rows}
    for row in rows:
        for form in (row["name"], *row.get("variants", [])):
            head = normalize_name(str(form)).partition(" of ")[0]
            if " of " in normalize_name(str(form)) and " " in head and head not in names:
                forms[head].add(str(row["name"]))
    return {form: frozenset(c) for form, c in forms.items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    try:
        raw = resources.files("communique.data").joinpath("gazetteer.json").read_text("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ExtractError(
            f"the bundled gazetteer could not be read: {exc}",
            fix="reinstall communique; communique/data/gazetteer.json is part of the package",
        ) from exc
    return Gazetteer(data)
