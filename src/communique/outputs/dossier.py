"""The dossier (``dossier.json``, schema ``communique.dossier/1``) as plain JSON-ready data.

The layout follows the data contract in the design document. Stages that have not run leave
their section empty rather than absent, so that a consumer can rely on every key being there.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique import __version__
from communique.errors import InputError, OutputError
from communique.model import Document, Skipped
from communique.model.story import Story, StoryClaim

SCHEMA = "communique.dossier/1"
SECTIONS = ("entities", "events", "quotes", "claims", "positions", "contradictions", "timeline")


def published_precision(doc: Document) -> str | None:
    """``day`` or ``month``: how much of its publication date a document knows (``None``: none).

    Said outright, beside the date, so that a reader never takes a month read from the text
    (``2025-04``) for a day or for a missing date.
    """
    if doc.published is not None:
        return "day"
    return "month" if doc.published_month else None


def article_record(doc: Document) -> dict[str, Any]:
    """Return the contract's ``article`` object for one document."""
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "author": doc.author,
        "language": doc.language,
        "published": doc.published.isoformat() if doc.published else doc.published_month,
        "published_precision": published_precision(doc),
        "published_basis": doc.published_basis.value,
        "text": doc.text,
        "headings": [{"start": s.start, "end": s.end} for s in doc.headings],
        "captions": list(doc.captions),
        "notes": list(doc.notes),
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in doc.removed],
        "duplicate_of": doc.duplicate_of,
        "duplicate_kind": doc.duplicate_kind,
        "words": doc.words,
    }


def corpus_summary(documents: Sequence[Document], skipped: Sequence[Skipped]) -> dict[str, Any]:
    """Counts, date range and outlets of the corpus."""
    dates = sorted(d.published for d in documents if d.published)
    outlets = Counter(d.outlet or "(unknown)" for d in documents)
    return {
        "articles": len(documents),
        "independent_articles": sum(1 for d in documents if d.duplicate_of is None),
        "duplicates": sum(1 for d in documents if d.duplicate_of is not None),
        "words": sum(d.words for d in documents),
        "date_range": {
            "start": dates[0].isoformat() if dates else None,
            "end": dates[-1].isoformat() if dates else None,
        },
        "outlets": [{"name": name, "articles": n} for name, n in sorted(outlets.items())],
        "languages": dict(sorted(Counter(d.language or "unknown" for d in documents).items())),
        "skipped": [{"source": s.source, "reason": s.reason, "code": s.code} for s in skipped],
    }


def plain(value: Any) -> Any:
    """Dataclasses, tuples and dicts as JSON-ready values (tuples become lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def claim_record(claim: StoryClaim) -> dict[str, Any]:
    """The contract's ``claim`` object: ``value`` carries the unit and the words it came from."""
    record: dict[str, Any] = plain(claim)
    for key in ("unit", "value_text"):
        record.pop(key)
    record["value"] = (
        {"amount": claim.value, "unit": claim.unit, "text": claim.value_text}
        if claim.value is not None
        else None
    )
    record["attributed_to"] = claim.attributed_to[0] if claim.attributed_to else None
    record["attributed_to_all"] = list(claim.attributed_to)
    return record


def story_sections(story: Story) -> dict[str, Any]:
    """The story's sections of the dossier, in contract form."""
    sections: dict[str, Any] = {
        "entities": plain(story.entities),
        "events": plain(story.events),
        "quotes": plain(story.quotes),
        "claims": [claim_record(c) for c in story.claims],
        "positions": plain(story.positions),
        "contradictions": plain(story.contradictions),
        "timeline": plain(story.timeline),
        "digest": story.digest,
    }
    return sections


def build_dossier(
    documents: Sequence[Document],
    skipped: Sequence[Skipped] = (),
    *,
    story: Story | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """Assemble the dossier object from the documents (and story) of one build."""
    dossier: dict[str, Any] = {
        "schema": SCHEMA,
        "generator": f"communique {__version__}",
        "generated_at": (generated_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "corpus": corpus_summary(documents, skipped),
        "articles": [article_record(d) for d in documents],
    }
    for section in SECTIONS:
        dossier[section] = []
    dossier["digest"] = ""
    if story is not None:
        dossier.update(story_sections(story))
    return dossier


def _atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prepare_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` now: a store written before the outputs (streamed builds) may live
    there."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder {out_dir}: {exc.strerror or exc}",
            fix="choose a writable --out directory",
        ) from exc


def write_dossier(
    dossier: dict[str, Any], markdown: str, out_dir: Path, html: str | None = None
) -> dict[str, Path]:
    """Write ``dossier.json``, ``dossier.md`` (and ``dossier.html``) and return their paths."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = {"json": out_dir / "dossier.json", "md": out_dir / "dossier.md"}
        _atomic_write(paths["json"], json.dumps(dossier, ensure_ascii=False, indent=2) + "\n")
        _atomic_write(paths["md"], markdown)
        if html is not None:
            paths["html"] = out_dir / "dossier.html"
            _atomic_write(paths["html"], html)
    except OSError as exc:
        raise OutputError(
            f"cannot write the dossier to {out_dir}: {exc.strerror or exc}",
            fix="choose a writable --out directory",
        ) from exc
    return paths


def read_dossier(path: Path) -> dict[str, Any]:
    """A ``dossier.json`` read back, its structure checked against the schema; anything else
    (unreadable, not JSON, another kind of file, damaged or crafted) is an ``InputError``."""
    from communique.outputs._validate import problems

    def refuse(reason: str) -> InputError:
        return InputError(str(path), reason, code="E121",
                          fix="pass the dossier.json written by communique build")

    try:
        dossier = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise refuse(f"not a readable dossier.json: {exc}") from exc
    if not isinstance(dossier, dict) or dossier.get("schema") != SCHEMA:
        raise refuse(f"not a dossier (no \"schema\": \"{SCHEMA}\")")
    found = problems(dossier, load_schema())
    if found:
        raise refuse("not a valid dossier: " + "; ".join(found))
    return dossier


def load_schema() -> dict[str, Any]:
    """Return the published JSON Schema of the dossier (``outputs/schema/dossier.schema.json``)."""
    path = Path(__file__).with_name("schema") / "dossier.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema
