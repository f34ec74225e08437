"""Extraction streamed batch by batch: in input order, bounded, and a dead worker loses only
its own article even past the first pool's window."""

from __future__ import annotations

import dataclasses

import pytest

from communique.extract import ExtractOptions, Extractor
from communique.extract._pool import extract_stream
from communique.model import Document, Skipped
from communique.model.annotations import Annotations

from support.faults import POISONED_TEXT, poison

pytestmark = pytest.mark.slow


def _corpus(example_documents: list[Document], n: int) -> list[Document]:
    english = [d for d in example_documents if d.language in ("en", None)]
    return [dataclasses.replace(english[i % len(english)], id=f"a_{i:016x}") for i in range(n)]


@pytest.mark.parametrize("processes", [1, 2])
def test_batches_come_in_input_order(example_documents: list[Document],
                                     shared_extractor: Extractor, processes: int) -> None:
    documents = _corpus(example_documents, 12)
    options = ExtractOptions(processes=processes, batch_size=3)
    seen = list(extract_stream(documents, options, extractor=shared_extractor))
    assert [len(batch) for batch, _ in seen] == [3, 3, 3, 3]
    assert [d.id for batch, _ in seen for d in batch] == [d.id for d in documents]
    assert [r.document_id for _, results in seen for r in results
            if isinstance(r, Annotations)] == [d.id for d in documents]


def test_a_worker_that_dies_past_the_window_loses_only_its_article(
        example_documents: list[Document], shared_extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    poison(monkeypatch, "exit")
    documents = _corpus(example_documents, 14)
    bad = Document(id="a_00000000000000ff", source="in/poison.txt", text=POISONED_TEXT,
                   language="en")
    documents.insert(11, bad)  # beyond the 2 workers x 4 batches submitted ahead
    options = ExtractOptions(processes=2, batch_size=1)
    results = [r for _, rs in extract_stream(documents, options, extractor=shared_extractor)
               for r in rs]
    assert [isinstance(r, Skipped) for r in results] == [d is bad for d in documents]
    assert [r.document_id for r in results if isinstance(r, Annotations)] == [
        d.id for d in documents if d is not bad]
