"""Long articles in bounded pieces, and one failing article never failing the batch."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.extract import ExtractOptions, Extractor, _chunks, extract_documents
from communique.model import Document, Skipped
from communique.model.annotations import Annotations

from support.faults import POISONED_TEXT, poison


@pytest.fixture(scope="module")
def article(example_documents: list[Document]) -> Document:
    """The longest English example article (quotes, dates, entities, events)."""
    documents = example_documents
    return max((d for d in documents if d.language == "en"), key=lambda d: len(d.text))


@given(st.text(alphabet=st.sampled_from("ab .\n!\t”"), max_size=400),
       st.integers(min_value=1, max_value=60))
def test_pieces_cover_the_text_in_order_and_are_bounded(text: str, limit: int) -> None:
    bounds = _chunks.piece_bounds(text, limit)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= limit for a, b in bounds)
    assert all(b > a for a, b in bounds) or text == ""
    for a, b in bounds[:-1]:
        window = text[a:a + limit]
        if "\n" in window[1:]:  # a line break inside the limit: the cut follows the last one
            assert text[b - 1] == "\n" and "\n" not in text[b:a + limit]


def _annotation_types() -> Iterator[type]:
    """Every dataclass reachable from :class:`Annotations` through its type hints."""
    seen: set[type] = set()
    todo: list[Any] = [Annotations]
    while todo:
        hint = todo.pop()
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            if hint in seen:
                continue
            seen.add(hint)
            todo.extend(typing.get_type_hints(hint).values())
        else:
            todo.extend(typing.get_args(hint))
    yield from seen


def test_every_int_field_is_classified_as_offset_or_not() -> None:
    for kind in _annotation_types():
        for name, hint in typing.get_type_hints(kind).items():
            if int in (hint, *typing.get_args(hint)):
                assert _chunks.is_offset(name) or name in _chunks.NOT_OFFSETS, (
                    f"{kind.__name__}.{name}: an offset must be named start/end or *_start/"
                    "*_end; otherwise add it to extract._chunks.NOT_OFFSETS")


def test_a_document_past_spacy_s_limit_is_annotated_in_pieces(
        extractor: Extractor, article: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two copies of one article; spaCy's limit lowered so that the whole would raise E088.
    text = article.text + "\n" + article.text
    doc = dataclasses.replace(article, text=text, headings=(
        *article.headings,
        *(dataclasses.replace(h, start=h.start + len(article.text) + 1,
                              end=h.end + len(article.text) + 1) for h in article.headings)))
    monkeypatch.setattr(extractor.nlp, "max_length", len(article.text) + 10)
    monkeypatch.setattr(_chunks, "PIECE_CHARS", len(article.text) + 1)
    parsed: list[int] = []
    real_pipe = extractor.nlp.pipe

    def spy(texts: list[str], **kwargs: Any) -> Any:
        parsed.extend(len(t) for t in texts)
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", spy)
    (whole,) = extractor.annotate_all([doc])
    (single,) = extractor.annotate_all([article])
    assert isinstance(whole, Annotations) and isinstance(single, Annotations)
    assert max(parsed) <= len(article.text) + 1
    # The second copy's annotations are the first copy's, moved by its offset.
    offset = len(article.text) + 1
    assert whole.document_id == doc.id
    for name in ("sentences", "dates", "quotes", "claims", "events", "stances"):
        first: tuple[Any, ...] = getattr(single, name)
        assert getattr(whole, name) == (*first, *_chunks.shift(first, offset)), name
    assert len(whole.entities) == len(single.entities)
    for joined, alone in zip(whole.entities, single.entities, strict=True):
        assert joined.mentions == (*alone.mentions, *_chunks.shift(alone.mentions, offset))
    for expression in whole.dates:
        assert text[expression.start:expression.end] == expression.text
    for quote in whole.quotes:
        assert text[quote.start:quote.end] == quote.text


@pytest.mark.parametrize(("processes", "action"), [(1, "raise"), (2, "raise"), (2, "exit")])
def test_one_failing_article_is_reported_and_the_others_annotated(
        extractor: Extractor, article: Document, monkeypatch: pytest.MonkeyPatch,
        processes: int, action: str) -> None:
    poison(monkeypatch, action)
    bad = Document(id="a_00000000000000ff", source="in/poison.txt", text=POISONED_TEXT,
                   language="en")
    others = [dataclasses.replace(article, id=f"a_{i:016x}") for i in range(3)]
    documents = [others[0], bad, *others[1:]]
    results = extract_documents(documents, ExtractOptions(processes=processes, batch_size=2),
                                extractor=extractor)
    assert [type(r) for r in results] == [Annotations, Skipped, Annotations, Annotations]
    report = results[1]
    assert isinstance(report, Skipped)
    assert report.source == "in/poison.txt" and report.code == "E302"
    assert ("injected failure" if action == "raise" else "worker process died") in report.reason
    assert [r.document_id for r in results if isinstance(r, Annotations)] == [
        d.id for d in others]
