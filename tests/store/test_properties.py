"""Property tests on both backends: exact round trips and search that never raises."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from communique.model import Document
from communique.model.annotations import Annotations
from communique.store import Store
from communique.store._search import phrases
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


DOCUMENTS = synthetic_batch(0, 8)[0]


def _words(text: str) -> list[str]:
    """Words as both engines index them: letters and digits, case and accents folded."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                     if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", folded)


def _contains(document: Document, phrase: str) -> bool:
    """Whether the phrase's words occur one after another in the title or the text."""
    wanted = _words(phrase)
    for field in (document.title or "", document.text):
        words = _words(field)
        if any(words[i:i + len(wanted)] == wanted for i in range(len(words))):
            return True
    return False


def _matching(query: str) -> set[str]:
    """The documents that hold every phrase of ``query`` (the search's contract)."""
    parts = phrases(query)
    return {d.id for d in DOCUMENTS if parts and all(_contains(d, p) for p in parts)}


@SHARED_STORE
@given(st.text(max_size=40), st.integers(min_value=-3, max_value=50))
@example("0¹", 1)  # a superscript digit: PostgreSQL's parser split it off, FTS5 joined it
@example("ÞE", 1)  # unaccent read it as "the" (a transliteration, not a diacritic): migration 9
def test_any_query_is_safe_and_finds_only_articles_with_its_words(
        store: Store, query: str, limit: int) -> None:
    store.add_documents(DOCUMENTS)
    hits = store.search(query, limit=limit)
    assert len(hits) <= max(limit, 0)
    assert {i for i, _ in hits} <= _matching(query)


@SHARED_STORE
@given(st.lists(st.sampled_from(['"', "'", "*", "-", "(", ")", "^", ":", "NEAR", "OR", "AND",
                                 "NOT", "&", "|", "!", "<->", "\\", "\x00", "Vienna", "talks",
                                 " ", "{", "}", "+", "col:", "title:", "Istanbul", "percent"]),
                max_size=12))
def test_query_syntax_characters_are_words_not_operators(store: Store, parts: list[str]) -> None:
    store.add_documents(DOCUMENTS)
    glued = "".join(parts)
    assert {i for i, _ in store.search(glued, limit=50)} <= _matching(glued)
    # Words apart: exactly the articles holding every one of them (operators are words too).
    spaced = " ".join(parts)
    assert {i for i, _ in store.search(spaced, limit=50)} == _matching(spaced)
