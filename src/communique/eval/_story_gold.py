"""Gold of a real dev story, read from its folder(s) of TSV files.

A dev story's gold lives in one or more folders (the shared one and our own supplement); each
file is taken from the first folder that has it. Files, all tab-separated with a header row:

* ``sources.tsv`` — ``id, url, …``: which gold id is which article (matched by URL);
* ``meetings.tsv`` — ``place_words, start, end, parties, mediators, heads, ids`` and optionally
  ``kind, status``: the real meetings, signings and other dated events;
* ``contradictions.tsv`` — ``id, kind, about, side_a, ids_a, side_b, ids_b, note``;
* ``published.tsv`` (``id, published, basis, note``) or ``article_notes.tsv`` with a
  ``published`` column: each article's true publication date (``YYYY-MM-DD`` or ``YYYY-MM``);
* ``copies.tsv`` — ``id, copy_of, kind, note``: syndicated and spun copies;
* ``entities.tsv`` — ``canonical, type, variants, ids_sample``: spellings of one entity;
* ``claims.tsv`` — ``id, value, unit, what, ids, note``: key numeric facts, each with the
  articles that state it (the dossier should hold each as one claim with their support).

Missing files leave their measures out; nothing here knows any story's names.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import InputError

_SPLIT = re.compile(r"\s*,\s*")
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLE = re.compile(r"^(?:the )")


def norm(text: str) -> str:
    """A name reduced for comparison: no accents, lower case, single spaces, no leading 'the'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _ARTICLE.sub("", _NON_WORD.sub(" ", plain).strip())


def _names(cell: str) -> tuple[str, ...]:
    """A comma-separated cell as a tuple of non-empty names."""
    return tuple(n for n in _SPLIT.split(cell.strip()) if n)


@dataclass(frozen=True, slots=True)
class GoldMeeting:
    """One real dated event of the story."""

    place_words: tuple[str, ...]
    start: str
    end: str
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    heads: tuple[str, ...]
    ids: tuple[str, ...]
    kind: str = "meeting"
    status: str = "held"


@dataclass(frozen=True, slots=True)
class GoldContradiction:
    """Two outlets (or one against itself) disagreeing on one attribute of one fact."""

    id: str
    kind: str
    about: str
    side_a: str
    ids_a: tuple[str, ...]
    side_b: str
    ids_b: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """A key numeric fact: its value and unit, what it measures, and the articles stating it."""

    id: str
    value: float
    unit: str
    what: str
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One real entity and the spellings the articles use for it."""

    canonical: str
    type: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryGold:
    """Everything known about a dev story; empty parts mean "not annotated"."""

    name: str
    urls: dict[str, str]
    """Gold article id → URL."""
    header_dates: dict[str, str]
    meetings: tuple[GoldMeeting, ...] = ()
    contradictions: tuple[GoldContradiction, ...] = ()
    published: dict[str, str] = field(default_factory=dict)
    copies: dict[str, str] = field(default_factory=dict)
    """Copy id → id of the article it copies."""
    entities: tuple[GoldEntity, ...] = ()
    claims: tuple[GoldClaim, ...] = ()

    def entity_of(self, name: str) -> GoldEntity | None:
        """The gold entity one of whose spellings is ``name`` (after :func:`norm`)."""
        key = norm(name)
        for entity in self.entities:
            if key == norm(entity.canonical) or key in {norm(v) for v in entity.variants}:
                return entity
        return None

    def canonical(self, name: str) -> str:
        """``name`` as the gold spells it (itself when the gold does not know it)."""
        entity = self.entity_of(name)
        return entity.canonical if entity is not None else name


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV file with a header, values stripped."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"unreadable gold file: {exc}", code="E121") from exc


def _find(folders: Sequence[Path], name: str) -> Path | None:
    """The first folder's file called ``name``."""
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return None


def _meetings(rows: Iterable[dict[str, str]]) -> tuple[GoldMeeting, ...]:
    return tuple(
        GoldMeeting(
            place_words=tuple(norm(w) for w in _names(r.get("place_words", ""))),
            start=r.get("start", ""),
            end=r.get("end", "") or r.get("start", ""),
            parties=_names(r.get("parties", "")),
            mediators=_names(r.get("mediators", "")),
            heads=_names(r.get("heads", "")),
            ids=_names(r.get("ids", "")),
            kind=r.get("kind", "") or "meeting",
            status=r.get("status", "") or "held",
        )
        for r in rows
        if r.get("start")
    )


def _contradictions(rows: Iterable[dict[str, str]]) -> tuple[GoldContradiction, ...]:
    return tuple(
        GoldContradiction(
            id=r.get("id", ""),
            kind=r.get("kind", ""),
            about=r.get("about", ""),
            side_a=r.get("side_a", ""),
            ids_a=_names(r.get("ids_a", "")),
            side_b=r.get("side_b", ""),
            ids_b=_names(r.get("ids_b", "")),
        )
        for r in rows
    )


def _claims(rows: Iterable[dict[str, str]], path: str) -> tuple[GoldClaim, ...]:
    claims = []
    for r in rows:
        if not r.get("id"):
            continue
        try:
            value = float(r.get("value", ""))
        except ValueError as exc:
            raise InputError(path, f"claim {r['id']}: value {r.get('value')!r} is not a number",
                             code="E121", fix="write the value as a plain number") from exc
        claims.append(GoldClaim(r["id"], value, r.get("unit", ""), r.get("what", ""),
                                _names(r.get("ids", ""))))
    return tuple(claims)


def _published(folders: Sequence[Path]) -> dict[str, str]:
    path = _find(folders, "published.tsv")
    if path is None:
        path = _find(folders, "article_notes.tsv")
    if path is None:
        return {}
    return {r["id"]: r.get("published", "") for r in _rows(path) if r.get("id")}


def load_story_gold(folders: Sequence[Path]) -> StoryGold:
    """Read a dev story's gold from ``folders`` (each file from the first folder that has it)."""
    sources = _find(folders, "sources.tsv")
    if sources is None:
        raise InputError(
            ", ".join(str(f) for f in folders),
            "no sources.tsv in the gold folder(s)",
            code="E120",
            fix="pass the dev story's folder (it holds sources.tsv and meetings.tsv)",
        )
    rows = _rows(sources)
    found = {
        name: _rows(path)
        for name in ("meetings.tsv", "contradictions.tsv", "copies.tsv", "entities.tsv",
                     "claims.tsv")
        if (path := _find(folders, name)) is not None
    }
    return StoryGold(
        name=folders[0].name,
        urls={r["id"]: r.get("url", "") for r in rows if r.get("id")},
        header_dates={r["id"]: r.get("header_date", "") for r in rows if r.get("id")},
        meetings=_meetings(found.get("meetings.tsv", ())),
        contradictions=_contradictions(found.get("contradictions.tsv", ())),
        published=_published(folders),
        copies={r["id"]: r["copy_of"] for r in found.get("copies.tsv", ()) if r.get("copy_of")},
        entities=tuple(
            GoldEntity(r.get("canonical", ""), r.get("type", ""),
                       tuple(v.strip() for v in r.get("variants", "").split("|") if v.strip()))
            for r in found.get("entities.tsv", ())
            if r.get("canonical")
        ),
        claims=_claims(found.get("claims.tsv", ()), "claims.tsv"),
    )
