"""One article under several addresses of one site: language editions and pages.

A multilingual site serves its translations of an article under one address that differs only
in a language segment (``/en/…/peace-deal-signed`` and ``/de/…/peace-deal-signed``), or under
the article's own number with the section and the slug translated too
(``/fr/guerre/4711/cessez-le-feu…`` and ``/de/krieg/4711/waffenruhe…``). Their texts share
no words, so shingles and sentence alignment miss them; their addresses say what they are.

Two documents are editions of one article when

1. their addresses are on the same host, each naming a language (an ISO 639-1 code, alone or
   with a region: ``pt-br``) by a path segment at the same depth, a query parameter
   (``?lang=de``) or the host's first label (``de.example.org``), and the two codes differ;
2. the rest of the path is the same, or both carry the same article number (a path segment
   that is, or starts with, :data:`MIN_ID_DIGITS` digits or more, or a long hexadecimal id);
3. their texts are in different languages (when both are known) and give compatible figures:
   at least :data:`MIN_SHARED_NUMBERS` of the numbers of the text with fewer of them appear in
   the other (a translation keeps its figures; a site's other article does not).

A site also serves one article under two addresses in one language: its first page and a later
one (``…/slug/2`` beside ``?p=123``), or two crawls of it with other clutter. The pages of a
long article share little text but their headline: two documents of one host whose first lines
are the same headline of :data:`MIN_HEADLINE_WORDS` words or more are one article, unless the
headline heads more than :data:`MAX_EDITIONS` pages (a site's stock line) or the caller finds
them to be a series (the briefings of two days under one standing title).

Candidates come from an index of those keys, so no step compares every pair of documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "MAX_EDITIONS",
    "MIN_HEADLINE_WORDS",
    "MIN_ID_DIGITS",
    "MIN_SHARED_NUMBERS",
    "Edition",
    "edition_of",
    "edition_pairs",
    "headline",
    "headline_pairs",
    "language_segment",
    "numbers",
]

MIN_ID_DIGITS = 4
"""Digits an article number has at the least (shorter ones are years' days, pages, counts)."""
MIN_SHARED_NUMBERS = 0.5
"""Share of the figures of the text with fewer of them that the other text must give too."""
MIN_HEADLINE_WORDS = 6
"""Words a first line has at the least to name an article (shorter ones are site names, menus
and section titles)."""
MAX_EDITIONS = 50
"""A key more documents share than this is no article's (a section every page is under), so a
batch of one site's pages cannot make the run quadratic."""

_REGION = re.compile(r"^([a-z]{2})(?:[-_][a-z]{2})?$")
# An article number (leading digits) or a UUID, alone in its segment or opening the slug.
_ID = re.compile(rf"^(?:\d{{{MIN_ID_DIGITS},}}|[0-9a-f]{{8}}(?:-[0-9a-f]{{4}}){{3}}-[0-9a-f]{{12}})"
                 r"(?=$|[-_.])")
# A figure: digits with thousands separators and a decimal part; separators vary by language.
_LANGUAGE_PARAMETERS = frozenset({"lang", "language", "hl", "locale", "lng"})
"""Query parameters that carry a page's language."""
_HEADER = re.compile(r"^\s*date \d{4}-\d\d-\d\d\s*")
"""The crawler's date line that opens some texts."""
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


@lru_cache(maxsize=1024)
def _is_language(code: str) -> bool:
    import pycountry

    return pycountry.languages.get(alpha_2=code) is not None


def language_segment(segment: str) -> str | None:
    """The ISO 639-1 code a path segment names (``de``, ``pt-br`` → ``pt``), else ``None``."""
    match = _REGION.match(segment.lower())
    if match is None or not _is_language(match.group(1)):
        return None
    return match.group(1)


@dataclass(frozen=True, slots=True)
class Edition:
    """Where a document's address puts it: host, language code and the keys of its article."""

    host: str
    language: str
    keys: tuple[str, ...]
    """``rest:<path without the language segment>`` and ``id:<article number>`` keys."""


def _article_keys(depth: int, rest: Sequence[str], query: str) -> tuple[str, ...]:
    keys = [f"rest:{depth}:" + "/".join(rest).lower() + (f"?{query}" if query else "")]
    keys += [f"id:{m.group(0).lower()}" for s in rest if (m := _ID.match(s.lower()))]
    keys += [f"id:{value.lower()}" for _, value in parse_qsl(query) if _ID.match(value.lower())]
    return tuple(keys)


def edition_of(url: str | None) -> Edition | None:
    """The edition an address names, or ``None`` when it names no language.

    The language is a path segment (``/de/…``), a query parameter of :data:`_LANGUAGE_PARAMETERS`
    (``?lang=de``) or the first label of the host (``de.example.org``).
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        pairs = parse_qsl(parts.query)
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    query = "&".join(f"{k}={v}" for k, v in pairs if k.lower() not in _LANGUAGE_PARAMETERS)
    code = next((language_segment(v) for k, v in pairs if k.lower() in _LANGUAGE_PARAMETERS),
                None)
    label, _, parent = host.partition(".")
    if code is None and parent.count(".") >= 1:
        code, host = language_segment(label), parent
    if code is not None:
        if not segments and not query:
            return None  # a site's home page in one language
        return Edition(host, code, _article_keys(-1, segments, query))
    for depth, segment in enumerate(segments):
        code = language_segment(segment)
        if code is None:
            continue
        rest = segments[:depth] + segments[depth + 1:]
        if not rest and not query:
            return None  # a site's home page in one language
        return Edition(host, code, _article_keys(depth, rest, query))
    return None


def numbers(text: str) -> set[str]:
    """The figures of ``text`` with their separators dropped (``300.000`` = ``300 000``)."""
    found = set()
    for match in _NUMBER.findall(unicodedata.normalize("NFKC", text)):
        digits = "".join(ch for ch in match if ch.isdigit()).lstrip("0")
        if digits:
            found.add(digits)
    return found


def _same_figures(first: str, second: str) -> bool:
    a, b = numbers(first), numbers(second)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return not small or len(small & large) >= MIN_SHARED_NUMBERS * len(small)


def edition_pairs(urls: Sequence[str | None], texts: Sequence[str],
                  languages: Sequence[str | None]) -> list[tuple[int, int]]:
    """Pairs of positions whose documents are language editions of one article (module doc)."""
    editions = [edition_of(url) for url in urls]
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, edition in enumerate(editions):
        if edition is not None:
            for key in edition.keys:
                index[edition.host, key].append(position)
    found: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > MAX_EDITIONS:
            continue
        for at, first in enumerate(members):
            for second in members[at + 1:]:
                a, b = editions[first], editions[second]
                if a is None or b is None or a.language == b.language:
                    continue
                la, lb = languages[first], languages[second]
                if la and lb and la == lb:
                    continue
                if _same_figures(texts[first], texts[second]):
                    found.add((first, second))
    return sorted(found)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def headline(text: str) -> str | None:
    """The first line of ``text`` as a key (casefolded words), when it is long enough to name
    an article (:data:`MIN_HEADLINE_WORDS`); the crawler's date line is skipped."""
    first = _HEADER.sub("", text).lstrip().split("\n", 1)[0]
    words = _WORD.findall(unicodedata.normalize("NFKC", first).casefold())
    return " ".join(words) if len(words) >= MIN_HEADLINE_WORDS else None


def headline_pairs(urls: Sequence[str | None], texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of positions of one host whose texts open with the same headline (module doc)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, (url, text) in enumerate(zip(urls, texts, strict=True)):
        host, title = _host(url), headline(text)
        if host and title:
            index[host, title].append(position)
    return sorted(
        (first, second)
        for members in index.values() if len(members) <= MAX_EDITIONS
        for at, first in enumerate(members) for second in members[at + 1:]
    )
