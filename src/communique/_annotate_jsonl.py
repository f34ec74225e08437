"""Per-article annotation: read, clean and extract each input, and write one JSON line per article.

Unlike :func:`communique.pipeline.build` nothing here needs the whole batch: there is no
duplicate detection and no story, so articles stream through in batches of the extractor's
size and each line is written (and flushed) as soon as its batch is extracted. Inputs that
cannot be read or cleaned are reported exactly as ``build`` reports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from communique.errors import OutputError
from communique.extract._options import ExtractOptions
from communique.ingest import IngestOptions, read_inputs
from communique.model import Document, Skipped
from communique.outputs.annotations import annotation_line
from communique.pipeline import clean_one


@dataclass(frozen=True, slots=True)
class AnnotateOptions:
    """Options of one ``annotate`` run."""

    ingest: IngestOptions = field(default_factory=IngestOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)


@dataclass(frozen=True, slots=True)
class AnnotateResult:
    """What an annotate run wrote: how many articles, and the inputs it skipped."""

    articles: int
    skipped: tuple[Skipped, ...]


def clean_stream(specs: Iterable[str], options: IngestOptions) -> Iterator[Document | Skipped]:
    """Every input, read and cleaned one at a time: a document, or the report of a skip."""
    seen: set[str] = set()
    for item in read_inputs(specs, options):
        if isinstance(item, Skipped):
            yield item
            continue
        documents: list[Document] = []
        skipped: list[Skipped] = []
        clean_one(item, documents, skipped, seen)
        yield from documents
        yield from skipped


def _batches(items: Iterable[Document | Skipped], size: int,
             on_skip: Callable[[Skipped], None]) -> Iterator[list[Document]]:
    """Documents in batches of ``size``; skips are handed to ``on_skip`` as they come."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            on_skip(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate_to(specs: Iterable[str], sink: TextIO, options: AnnotateOptions | None = None,
                on_skip: Callable[[Skipped], None] | None = None) -> AnnotateResult:
    """Annotate every input and write one ``communique.annotations/1`` line per article."""
    # Imported here: spaCy takes seconds to import and only this step needs it.
    from communique.extract import Extractor, extract_documents

    options = options or AnnotateOptions()
    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    extractor: Extractor | None = None
    written = 0
    size = max(1, options.extract.batch_size) * max(1, options.extract.processes)
    for batch in _batches(clean_stream(specs, options.ingest), size, skip):
        extractor = extractor or Extractor(options.extract.model)
        for document, found in zip(
            batch, extract_documents(batch, options.extract, extractor=extractor), strict=True
        ):
            if isinstance(found, Skipped):  # its extraction failed: reported, the rest goes on
                skip(found)
                continue
            sink.write(annotation_line(document, found))
            written += 1
        sink.flush()
    return AnnotateResult(written, tuple(skipped))


def annotate_file(specs: Iterable[str], out: Path, options: AnnotateOptions | None = None,
                  on_skip: Callable[[Skipped], None] | None = None) -> AnnotateResult:
    """:func:`annotate_to` into the file ``out`` (``-`` is not a file: use ``annotate_to``)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = out.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise OutputError(f"cannot write annotations to {out}: {exc.strerror or exc}",
                          fix="choose a writable --out file") from exc
    with handle:
        return annotate_to(specs, handle, options, on_skip)
