"""Per-block outputs kept between merges (one event's participant contradictions): read back
only for the same inputs and the same answers from the story's context, else worked out again,
and always what working them out afresh gives."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest

from communique.merge._blocks import BlockContext, BlockCorpus, Reads
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._role_conflicts import ROLES_KIND, role_contradictions
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.memo import TextMemo, text_digest
from communique.model.story import Contradiction, Evidence, StoryEvent

from support.synthetic import annotations, doc

COUNTRIES = Countries(["Veldra", "Korvania", "Tirasol"])
SIGNS = "Ilse Marveth signed the accord in Lindhaven."
WATCHES = "Ilse Marveth oversaw the signing of the accord in Lindhaven."
MEDIATES = "The talks were mediated by Korvanian envoys."
OBSERVES = "Korvania attended the talks as an observer."
NameOf = Callable[[str, str], str | None] | None


def _entities(text: str) -> tuple[DocEntity, ...]:
    found = []
    for name, label in (("Ilse Marveth", EntityLabel.PERSON),
                        ("Korvanian", EntityLabel.NATIONALITY),
                        ("Korvania", EntityLabel.COUNTRY)):
        mentions = tuple(EntityMention(m.start(), m.end(), name, label, name)
                         for m in re.finditer(rf"\b{name}\b", text))
        if mentions:
            found.append(DocEntity(name, label, (name,), mentions, (), "Korvania"))
    return tuple(found)


def _corpus(items: list[tuple[str, str, str]], memo: TextMemo | None = None) -> Corpus:
    """A corpus of ``(id, outlet, text)``; with ``memo``, its annotations digested as a store
    digests them (so that blocks are kept)."""
    anns = [annotations(i, t, entities=_entities(t)) for i, _, t in items]
    if memo is not None:
        memo.annotations = {a.document_id: text_digest(repr(a)) for a in anns}
    return Corpus([doc(i, t, o) for i, o, t in items], anns, memo)


def _events(items: list[tuple[str, str, str]]) -> list[StoryEvent]:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, _, t in items)
    return [StoryEvent("ev_1", "signing", "Signing in Lindhaven", "2026-02-17", "2026-02-17",
                       "Lindhaven", (), (), {}, (), (), evidence, len(items))]


def _merged(items: list[tuple[str, str, str]], memo: TextMemo,
            countries: Countries = COUNTRIES, name_of: NameOf = None) -> list[Contradiction]:
    """The contradictions with ``memo`` kept between calls; checked against a merge without
    any kept block."""
    found = role_contradictions(_events(items), _corpus(items, memo), countries, name_of)
    fresh = role_contradictions(_events(items), _corpus(items), countries, name_of)
    assert found == fresh
    return found


ITEMS = [("a1", "one.example", SIGNS), ("a2", "two.example", WATCHES),
         ("a3", "three.example", MEDIATES), ("a4", "four.example", OBSERVES)]


def test_a_kept_block_is_read_back_for_the_same_inputs_and_answers() -> None:
    memo = TextMemo()
    first = _merged(ITEMS, memo)
    assert len(first) == 2 and memo.fresh_blocks == [(ROLES_KIND, "ev_1")]
    memo.fresh_blocks.clear()
    assert _merged(ITEMS, memo) == first
    assert not memo.fresh_blocks  # read back, not worked out again
    # What is read back is the kept output itself: a planted one comes back as it is.
    digest, data = memo.blocks[(ROLES_KIND, "ev_1")]
    memo.blocks[(ROLES_KIND, "ev_1")] = (digest, {**data, "out": data["out"][:1]})
    found = role_contradictions(_events(ITEMS), _corpus(ITEMS, memo), COUNTRIES)
    assert found == first[:1]


def _planted(memo: TextMemo) -> None:
    """Plant a wrong output under the kept digest and reads: nothing may read it back
    unless the inputs and answers are the same."""
    digest, data = memo.blocks[(ROLES_KIND, "ev_1")]
    memo.blocks[(ROLES_KIND, "ev_1")] = (digest, {**data, "out": []})
    memo.fresh_blocks.clear()


def test_a_block_is_worked_out_again_when_an_article_of_it_changes() -> None:
    memo = TextMemo()
    _merged(ITEMS, memo)
    _planted(memo)
    # Another outlet's sentence: the block's inputs change.
    changed = [*ITEMS[:3], ("a4", "four.example", OBSERVES.replace("attended", "joined"))]
    assert _merged(changed, memo)
    assert memo.fresh_blocks == [(ROLES_KIND, "ev_1")]
    # A new article among the event's sentences.
    _planted(memo)
    more = [*changed, ("a5", "five.example", WATCHES)]
    assert _merged(more, memo)
    assert memo.fresh_blocks == [(ROLES_KIND, "ev_1")]


@pytest.mark.parametrize("change", ["name", "country", "outlet", "source"])
def test_a_block_is_worked_out_again_when_the_story_context_it_read_changes(
        change: str) -> None:
    memo = TextMemo()
    before = _merged(ITEMS, memo)
    _planted(memo)
    items, countries, name_of = list(ITEMS), COUNTRIES, None
    if change == "name":  # the story's name of the person (another spelling won)
        def name_of(article: str, name: str) -> str | None:
            return "Ilse M. Marveth" if name == "Ilse Marveth" else None
    elif change == "country":  # the country list no longer holds the nationality's country
        countries = Countries(["Veldra", "Tirasol"])
    elif change == "outlet":  # one outlet renamed: the sides' outlets change
        items[0] = ("a1", "uno.example", SIGNS)
    else:  # two articles now one outlet's: it is set against itself
        items[3] = ("a4", "three.example", OBSERVES)
    after = _merged(items, memo, countries, name_of)
    assert memo.fresh_blocks == [(ROLES_KIND, "ev_1")]
    assert after != before and after != []


def test_without_digests_of_the_annotations_nothing_is_kept() -> None:
    memo = TextMemo()
    corpus = Corpus([doc(i, t, o) for i, o, t in ITEMS],
                    [annotations(i, t, entities=_entities(t)) for i, _, t in ITEMS], memo)
    assert role_contradictions(_events(ITEMS), corpus, COUNTRIES)
    assert not memo.blocks and not memo.fresh_blocks


def test_a_block_sees_only_its_own_articles_and_records_what_it_reads() -> None:
    corpus = _corpus(ITEMS, TextMemo())
    reads = Reads(BlockContext(corpus, None, COUNTRIES.country_of))
    view = BlockCorpus(corpus, ["a1", "a2"], reads)
    assert view.text("a1") == SIGNS and set(view.annotations) == {"a1", "a2"}
    with pytest.raises(KeyError):
        view.text("a3")  # another article's text is not the block's to read
    with pytest.raises(KeyError):
        view.root("a1")  # nor the documents themselves: what it read would go unrecorded
    with pytest.raises(KeyError):
        view.published("a3")  # nor another article's day
    assert view.outlet("a1") == "one.example"
    assert reads.country_of("Korvanian") == "Korvania"
    assert view.published("a2") is None and view.language("a1") == "en"
    assert reads.as_data() == [["outlet", "a1", "one.example"],
                               ["country", "Korvanian", "Korvania"],
                               ["published", "a2", None], ["language", "a1", "en"]]


def test_a_kept_block_of_other_reads_is_not_believed() -> None:
    corpus = _corpus(ITEMS, TextMemo())
    context = BlockContext(corpus, None, COUNTRIES.country_of)
    assert context.still_true({"reads": [["outlet", "a1", "one.example"]], "out": []})
    assert not context.still_true({"reads": [["outlet", "a1", "two.example"]], "out": []})
    assert not context.still_true({"reads": [["a question no version asks", "a1", None]]})
    assert not context.still_true([])


def test_the_contradictions_a_block_keeps_come_back_whole() -> None:
    memo = TextMemo()
    found = _merged(ITEMS, memo)
    # Through JSON, as the store keeps them.
    import json

    digest, data = memo.blocks[(ROLES_KIND, "ev_1")]
    memo.blocks[(ROLES_KIND, "ev_1")] = (digest, json.loads(json.dumps(data)))
    again = role_contradictions(_events(ITEMS), _corpus(ITEMS, memo), COUNTRIES)
    assert again == found
    assert all(dataclasses.is_dataclass(c) for c in again)
