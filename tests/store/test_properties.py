"""Property tests on both backends: exact round trips and search that never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.model import Document
from communique.model.annotations import Annotations
from communique.store import Store
from store.store_helpers import synthetic_batch
from store.strategies import documents_with_annotations

# One store per test, shared by its examples: stored rows from earlier examples are part of the
# point (ids recur, so the update path is exercised too).
SHARED_STORE = settings(max_examples=40, deadline=None,
                        suppress_health_check=[HealthCheck.function_scoped_fixture])


@SHARED_STORE
@given(st.lists(documents_with_annotations(), min_size=1, max_size=4))
def test_documents_and_annotations_round_trip_through_the_store(
        store: Store, pairs: list[tuple[Document, Annotations]]) -> None:
    # Within one call the first document of an id wins, and the last annotations of an id.
    documents = list({d.id: d for d, _ in reversed(pairs)}.values())
    annotations = {a.document_id: a for _, a in pairs}
    store.add_documents(documents, annotations.values())
    ids = [d.id for d in documents]
    loaded = {d.id: d for d in store.load_documents(ids)}
    assert loaded == {d.id: d for d in documents}
    assert {a.document_id: a for a in store.load_annotations(ids)} == annotations


@SHARED_STORE
@given(st.text(max_size=40), st.integers(min_value=-3, max_value=50))
def test_any_query_is_safe(store: Store, query: str, limit: int) -> None:
    store.add_documents(synthetic_batch(0, 8)[0])
    hits = store.search(query, limit=limit)
    assert len(hits) <= max(limit, 0)
    assert all(isinstance(i, str) and isinstance(s, str) for i, s in hits)


@SHARED_STORE
@given(st.lists(st.sampled_from(['"', "'", "*", "-", "(", ")", "^", ":", "NEAR", "OR", "AND",
                                 "NOT", "&", "|", "!", "<->", "\\", "\x00", "Geneva", "talks",
                                 " ", "{", "}", "+", "col:", "title:"]), max_size=12))
def test_query_syntax_characters_are_words_not_operators(store: Store, parts: list[str]) -> None:
    store.add_documents(synthetic_batch(0, 8)[0])
    store.search("".join(parts))
    store.search(" ".join(parts))
