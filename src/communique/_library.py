"""The library calls behind ``communique.build`` and ``communique.annotate``.

Both take what the command line takes (paths, directories, globs, URLs, feeds) and return
Python objects instead of files; ``build`` also writes the files when given ``out``, and saves
everything into a store when given ``db``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique._dossier import Dossier
from communique.errors import InputError
from communique.extract._options import DEFAULT_MODEL, ExtractOptions
from communique.model import Document, RawArticle, Skipped
from communique.model.annotations import Annotations
from communique.pipeline import BuildOptions, ingest_and_clean

Sources = str | Path | Iterable[str | Path]


def _specs(sources: Sources) -> list[str]:
    if isinstance(sources, (str, Path)):
        return [str(sources)]
    return [str(s) for s in sources]


def build(sources: Sources, *, out: str | Path | None = None, db: str | None = None,
          processes: int = 1, model: str = DEFAULT_MODEL, strict: bool = False,
          engine: str = "local", scheduler: str | None = None) -> Dossier:
    """Build the dossier of ``sources`` (files, directories, globs, URLs, feeds).

    ``out`` also writes ``dossier.json``, ``dossier.md`` and ``dossier.html`` there; ``db``
    also saves documents, annotations and the story into that store (a SQLite file or
    ``postgresql://…``). Inputs that cannot be read are skipped and listed in
    ``dossier.corpus["skipped"]``; with ``strict`` any skip raises
    :class:`~communique.errors.StrictModeError`. Raises
    :class:`~communique.errors.InputError` when nothing could be read.

    ``engine="dask"`` runs extraction on Dask distributed (``pip install 'communique[dask]'``):
    a local cluster of ``processes`` workers, or the running cluster whose scheduler is at
    ``scheduler`` (``tcp://host:8786``). With ``db``, annotations go to the store as they are
    extracted instead of being held in memory.
    """
    from communique.errors import StrictModeError
    from communique.outputs import build_dossier, render_html, render_markdown, write_dossier
    from communique.pipeline import build as run

    specs = _specs(sources)
    if engine == "dask":
        extract = ExtractOptions(model=model, engine=engine, scheduler=scheduler,
                                 workers=processes if processes > 1 else None)
    else:
        extract = ExtractOptions(model=model, processes=processes)
    options = BuildOptions(extract=extract, strict=strict)
    if db is not None:
        from communique.outputs import prepare_out_dir
        from communique.stream_build import build_into_store

        if out is not None:  # the store may go there, and is written first
            prepare_out_dir(Path(out))
        result = build_into_store(specs, db, options)
    else:
        result = run(specs, options)
    if not result.documents:
        raise InputError(", ".join(specs), "no readable article among the inputs", code="E120",
                         fix="check the paths; supported: .txt .md .html .json .jsonl, URLs")
    if strict and result.skipped:
        raise StrictModeError(f"{len(result.skipped)} input(s) were skipped and strict is set")
    arrivals: dict[str, str] = {}
    data = build_dossier(result.documents, result.skipped, story=result.story)
    if out is not None:  # first: it makes the folder, where a store may go too
        write_dossier(data, render_markdown(data), Path(out), render_html(data))
    if db is not None:
        from communique.store import open_store

        with open_store(db) as store:
            arrivals = store.arrivals()
    return Dossier(data, arrivals)


@dataclass(frozen=True, slots=True)
class Annotated:
    """One article and everything the extract stage found in it (offsets into its text)."""

    article: Document
    annotations: Annotations

    def to_dict(self) -> dict[str, Any]:
        """Article and annotations as plain JSON data."""
        from communique.store._codec import encode

        return {"article": encode(self.article), "annotations": encode(self.annotations)}


def annotate(sources: Sources = (), *, text: str | None = None, published: str | None = None,
             processes: int = 1, model: str = DEFAULT_MODEL) -> list[Annotated]:
    """Annotate each article of ``sources`` (or the one ``text``) without building a story.

    Every annotation — entities with their mentions, dates with their normalized values,
    quotes with speakers, claims, event mentions, stances — carries character offsets into the
    article's clean text (``result.article.text``). ``published`` (an ISO date) anchors the
    relative dates of ``text``. Unreadable inputs, and articles whose extraction fails, are
    skipped; :class:`InputError` when none is left.
    """
    from communique.clean._document import clean_article
    from communique.extract import extract_documents

    specs = _specs(sources)
    documents, skipped, _ = ingest_and_clean(specs, BuildOptions())
    if text is not None:
        raw = RawArticle(source="<text>", text=text, published=published,
                         fetched_at=datetime.now(UTC))
        documents.append(replace(clean_article(raw), order=len(documents)))
    if not documents:
        reasons = "; ".join(str(s) for s in skipped[:3]) or "no input given"
        raise InputError(", ".join(specs) or "annotate", f"nothing to annotate ({reasons})",
                         code="E120", fix="pass paths, URLs or text=")
    found = extract_documents(documents, ExtractOptions(model=model, processes=processes))
    kept = [Annotated(d, a) for d, a in zip(documents, found, strict=True)
            if not isinstance(a, Skipped)]
    if not kept:
        reasons = "; ".join(str(s) for s in found[:3] if isinstance(s, Skipped))
        raise InputError(", ".join(specs) or "annotate", f"nothing could be annotated ({reasons})",
                         code="E120", fix="check the articles listed")
    return kept
