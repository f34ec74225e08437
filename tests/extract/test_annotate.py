"""The extract orchestrator: offsets, languages, headings, and one result whatever the engine."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.extract import ExtractOptions, Extractor, extract_documents
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.entities import EntityLabel


@pytest.fixture(scope="module")
def documents(example_documents: list[Document]) -> list[Document]:
    return list(example_documents)


@pytest.fixture(scope="module")
def annotated(documents: list[Document], extractor: Extractor) -> list[Annotations]:
    return extract_documents(documents, ExtractOptions(), extractor=extractor)


def _spans(a: Annotations) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in a.sentences]
    spans += [(m.start, m.end) for e in a.entities for m in e.mentions]
    spans += [(q.start, q.end) for q in a.quotes] + [(c.start, c.end) for c in a.claims]
    spans += [(d.start, d.end) for d in a.dates]
    spans += [(e.start, e.end) for e in a.events] + [(s.start, s.end) for s in a.stances]
    return spans


def test_every_offset_lies_inside_the_clean_text(
    documents: list[Document], annotated: list[Annotations]
) -> None:
    for doc, ann in zip(documents, annotated, strict=True):
        assert ann.document_id == doc.id
        for start, end in _spans(ann):
            assert 0 <= start <= end <= len(doc.text)
        for date in ann.dates:
            assert doc.text[date.start:date.end] == date.text


def test_non_english_articles_get_their_own_pipeline(
    documents: list[Document], annotated: list[Annotations]
) -> None:
    foreign = [(d, a) for d, a in zip(documents, annotated, strict=True) if d.language != "en"]
    assert foreign, "the example corpus has a German article"
    for doc, ann in foreign:
        # Names by the language's own pipeline, with offsets into the clean text; no English
        # claim reader runs on them (its words would be confident nonsense).
        assert ann.sentences and not ann.claims
        people = {e.canonical for e in ann.entities if e.label is EntityLabel.PERSON}
        assert {"Viktor Sedlarov", "Ilse Varnholt"} <= people
        for entity in ann.entities:
            for m in entity.mentions:
                assert doc.text[m.start:m.end] == m.text


def test_no_event_or_claim_is_read_from_a_heading(
    documents: list[Document], annotated: list[Annotations]
) -> None:
    for doc, ann in zip(documents, annotated, strict=True):
        for heading in doc.headings:
            for start, end in [(e.start, e.end) for e in ann.events] + [
                    (c.start, c.end) for c in ann.claims]:
                assert end <= heading.start or start >= heading.end


def test_two_processes_give_the_same_annotations(
    documents: list[Document], annotated: list[Annotations], extractor: Extractor
) -> None:
    pooled = extract_documents(documents, ExtractOptions(processes=2, batch_size=4),
                               extractor=extractor)
    assert pooled == annotated


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_is_annotated_without_error(extractor: Extractor, text: str) -> None:
    doc = Document(id="a_0000000000000000", source="x", text=text, language="en")
    (ann,) = extractor.annotate_all([doc])
    for start, end in _spans(ann):
        assert 0 <= start <= end <= len(text)
