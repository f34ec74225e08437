"""Work done once per distinct text or statement gives what comparing every copy gives.

Quote linking, claim pooling and value contradictions compare syndicated copies once (their
outcome depends on the words or the statement, not on the article). These tests write out the
plain, every-pair definitions and check them against the merge on a generated corpus in which
some reports are stored again under new ids — copies that the duplicate finder marks, and
whose quotes and claims recur word for word in other articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest

from communique.merge._anchors import EventAnchors
from communique.merge._claim_facts import Fact, facts_of
from communique.merge._corpus import Corpus
from communique.merge.claims import (
    _about_event,
    _folder,
    _numberless_key,
    _same_fact,
    _same_words,
    _value_key,
    pool,
)
from communique.merge.entities import resolve_entities
from communique.merge.events import build_events
from communique.merge.quotes import (
    _GRAM,
    _MAX_BUCKET,
    _MIN_COVER,
    _cover,
    _keys,
    _story_quote,
    _words,
    build_quotes,
)
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.story import StoryQuote
from communique.pipeline import build, date_from_batch, mark_duplicates
from communique.store import _codec

from support.load import generate

_COPIES = 3


def _copy(document: Document, annotations: Annotations, k: int
          ) -> tuple[Document, Annotations]:
    """Copy ``k`` of a report under a new id (its text and annotations unchanged)."""
    new_id = f"{document.id}c{k}"
    data = _codec.dumps(annotations).replace(document.id, new_id)
    return (replace(document, id=new_id, duplicate_of=None, duplicate_kind=None),
            _codec.loads(Annotations, data))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """30 generated reports, the first ten stored twice more under new ids, merged as a
    settle would (numbered, dated from the batch, copies marked)."""
    folder = tmp_path_factory.mktemp("copies")
    result = build([str(p) for p in generate(30, folder, seed=5)])
    by_id = {a.document_id: a for a in result.annotations}
    documents = list(result.documents)
    annotations = [by_id[d.id] for d in documents if d.id in by_id]
    for k in range(1, _COPIES):
        for document in list(result.documents)[:10]:
            if document.id in by_id:
                copy, copied = _copy(document, by_id[document.id], k)
                documents.append(copy)
                annotations.append(copied)
    numbered = [replace(d, order=i) for i, d in enumerate(documents)]
    marked = mark_duplicates(date_from_batch(numbered))
    return Corpus(marked, annotations)


def _every_pair_links(quotes: Sequence[StoryQuote]) -> dict[str, set[str]]:
    """Quote links by the definition: two quotes of different articles sharing an n-gram that
    at most :data:`_MAX_BUCKET` quotes have; short ones with the same words and speaker, long
    ones covering enough of each other."""
    words = [_words(q.text) for q in quotes]
    grams = [_keys(w) for w in words]
    sizes: dict[tuple[str, ...], int] = {}
    for found in grams:
        for gram in found:
            sizes[gram] = sizes.get(gram, 0) + 1
    links: dict[str, set[str]] = {q.id: set() for q in quotes}
    for i, first in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            second = quotes[j]
            if first.evidence[0].article == second.evidence[0].article:
                continue
            if not any(sizes[g] <= _MAX_BUCKET for g in grams[i] & grams[j]):
                continue
            if len(words[i]) < _GRAM or len(words[j]) < _GRAM:
                if words[i] != words[j] or first.speaker != second.speaker:
                    continue
            elif _cover(words[i], words[j]) < _MIN_COVER:
                continue
            links[first.id].add(second.id)
            links[second.id].add(first.id)
    return links


def test_quotes_link_as_comparing_every_pair_does(corpus: Corpus) -> None:
    entities = resolve_entities(corpus)
    unlinked = [_story_quote(doc_id, quote, corpus, entities)
                for doc_id in corpus.order
                for quote in corpus.annotations[doc_id].quotes]
    expected = _every_pair_links(unlinked)
    assert sum(map(len, expected.values())) >= 10 * (_COPIES - 1)  # the copies' quotes link
    quotes = build_quotes(corpus, entities)
    assert {q.id: set(q.also_in) for q in quotes} == expected


def _every_member_pool(facts: Sequence[Fact], countries: Callable[[str], bool]
                       ) -> list[list[Fact]]:
    """Pooling by the definition: a fact joins the first group one of whose members reads the
    same, unless it is about another event than the group, or states the same fact."""
    blocks: dict[object, list[Fact]] = {}
    for fact in facts:
        blocks.setdefault(_value_key(fact) or _numberless_key(fact), []).append(fact)
    groups: list[list[Fact]] = []
    for key in sorted(blocks, key=repr):
        made: list[list[Fact]] = []
        for fact in blocks[key]:
            for group in made:
                if any(_same_words(m, fact) for m in group):
                    break
                events = {f.event for f in group if f.event and _about_event(f)}
                if fact.event and _about_event(fact) and events and fact.event not in events:
                    continue
                if any(_same_fact(m, fact, countries) for m in group):
                    break
            else:
                made.append([fact])
                continue
            group.append(fact)
        groups.extend(made)
    return groups


def test_claims_pool_as_comparing_every_member_does(corpus: Corpus) -> None:
    entities = resolve_entities(corpus)
    events = build_events(corpus, entities).events
    names = {name.lower() for name in entities.countries.names}
    facts = facts_of(corpus, EventAnchors(events), _folder(entities.countries),
                     names.__contains__)
    pooled = pool(facts, names.__contains__)
    assert any(len({f.doc_id for f in g}) >= _COPIES for g in pooled)  # copies pool together
    assert pooled == _every_member_pool(facts, names.__contains__)
