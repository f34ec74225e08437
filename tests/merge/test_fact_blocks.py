"""Each article's claim facts kept between merges (a block per article): read back only for
the same text, annotations and answers from the story (events, days, language, country list),
else worked out again, and always what working them out afresh gives."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from communique.merge._anchors import EventAnchors
from communique.merge._blocks import BlockContext
from communique.merge._claim_facts import Fact, facts_of
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._fact_blocks import (
    _FIELDS,
    FACTS_KIND,
    _AnchorReads,
    _answers,
    decode,
    encode,
    kept_facts,
)
from communique.merge.claims import _folder
from communique.model import Document
from communique.model.memo import TextMemo, text_digest
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, claim, doc

COUNTRIES = Countries(["Veldra", "Korvania"])
TALKS = "The talks in Lindhaven lasted three days, Veldran officials said."
TOLL = "Korvanian shelling killed 35 people near the border."
ITEMS = [("a1", "one.example", TALKS, "three days", 3, "day"),
         ("a2", "two.example", TOLL, "35", 35, "count")]


def _parts(items: list[tuple[str, str, str, str, float, str]], published: str = "2031-03-18"
           ) -> tuple[list[Document], list]:  # type: ignore[type-arg]
    docs = [doc(i, t, o, published) for i, o, t, _, _, _ in items]
    anns = [annotations(i, t, claims=(claim(t, subject=t.split()[0], predicate="said",
                                             key="k", value=v, unit=u, surface=s),))
            for i, _, t, s, v, u in items]
    return docs, anns


def _corpus(items: list[tuple[str, str, str, str, float, str]], memo: TextMemo | None = None,
            published: str = "2031-03-18", language: str = "en") -> Corpus:
    """A corpus of the items; with ``memo``, annotations digested as a store digests them."""
    docs, anns = _parts(items, published)
    docs = [dataclasses.replace(d, language=language) for d in docs]
    if memo is not None:
        memo.annotations = {a.document_id: text_digest(repr(a)) for a in anns}
    return Corpus(docs, anns, memo)


def _events(place: str = "Lindhaven", ident: str = "ev_1") -> list[StoryEvent]:
    evidence = (Evidence("a1", 0, len(TALKS), TALKS),)
    return [StoryEvent(ident, "talks", f"Talks in {place}", "2031-03-15", "2031-03-17", place,
                       (), (), {}, (), (), evidence, 1, status="held")]


def _facts(corpus: Corpus, events: list[StoryEvent], countries: Countries = COUNTRIES
           ) -> list[Fact]:
    return kept_facts(corpus, EventAnchors(events), countries, _folder(countries))


def _merged(memo: TextMemo, items: list[tuple[str, str, str, str, float, str]] = ITEMS,
            events: list[StoryEvent] | None = None, countries: Countries = COUNTRIES,
            **corpus_args: str) -> list[Fact]:
    """The facts with ``memo`` kept between calls, checked against facts made afresh without
    any block (:func:`facts_of`)."""
    events = _events() if events is None else events
    found = _facts(_corpus(items, memo, **corpus_args), events, countries)
    plain = _corpus(items, **corpus_args)
    fresh = facts_of(plain, EventAnchors(events), _folder(countries),
                     {n.lower() for n in countries.names}.__contains__)
    assert found == fresh
    return found


def _planted(memo: TextMemo) -> None:
    """Plant a wrong fact under the kept digest and reads of a1: nothing may read it back
    unless the inputs and answers are the same."""
    digest, data = memo.blocks[(FACTS_KIND, "a1")]
    wrong = [[*fact[:1], "planted", *fact[2:]] for fact in data["out"]]
    memo.blocks[(FACTS_KIND, "a1")] = (digest, {**data, "out": wrong})
    memo.fresh_blocks.clear()


def test_kept_facts_are_read_back_for_the_same_inputs_and_answers() -> None:
    memo = TextMemo()
    first = _merged(memo)
    assert first[0].event == "ev_1" and first[0].main_event == "ev_1"
    assert sorted(memo.fresh_blocks) == [(FACTS_KIND, "a1"), (FACTS_KIND, "a2")]
    memo.fresh_blocks.clear()
    assert _merged(memo) == first and not memo.fresh_blocks
    # What is read back is the kept output itself: a planted one comes back as it is.
    _planted(memo)
    again = _facts(_corpus(ITEMS, memo), _events())
    assert again[0].unit == "planted" and again[1] == first[1] and not memo.fresh_blocks


@pytest.mark.parametrize("change", ["event", "countries", "published", "language", "text"])
def test_kept_facts_are_worked_out_again_when_what_they_read_changes(change: str) -> None:
    memo = TextMemo()
    _merged(memo)
    _planted(memo)
    items, events, countries = list(ITEMS), _events(), COUNTRIES
    args: dict[str, str] = {}
    if change == "event":  # the events stage made another event of the sentence
        events = _events(ident="ev_2")
    elif change == "countries":  # a new country under a word a1 asked about (Veldran)
        countries = Countries(["Veldra", "Korvania", "Veldrania"])
    elif change == "published":  # the article now dated otherwise (by the batch, say)
        args["published"] = "2031-03-25"
    elif change == "language":
        args["language"] = "fr"
    else:  # the article's text and annotations
        items[0] = ("a1", "one.example", TALKS.replace("three", "four"), "four days", 4, "day")
    found = _merged(memo, items, events, countries, **args)
    assert (FACTS_KIND, "a1") in memo.fresh_blocks
    assert found[0].unit == "day"
    if change in ("event", "published", "countries"):
        # a2 read no event, and asked about no word the new country's name begins like
        assert ((FACTS_KIND, "a2") in memo.fresh_blocks) == (change == "published")


def test_a_new_country_reaches_only_the_articles_that_asked_about_its_words() -> None:
    memo = TextMemo()
    _merged(memo)
    memo.fresh_blocks.clear()
    # A country no word of either article begins like: nothing is worked out again …
    _merged(memo, countries=Countries(["Veldra", "Korvania", "Tirasol"]))
    assert not memo.fresh_blocks
    # … one that a2's nationality word begins like works a2 out again, and a2 alone.
    _merged(memo, countries=Countries(["Veldra", "Korvania", "Tirasol", "Korvanistan"]))
    assert memo.fresh_blocks == [(FACTS_KIND, "a2")]


def test_without_digests_of_the_annotations_nothing_is_kept() -> None:
    memo = TextMemo()
    docs, anns = _parts(ITEMS)
    assert _facts(Corpus(docs, anns, memo), _events())
    assert not memo.blocks and not memo.fresh_blocks


def test_kept_facts_come_back_whole_through_json() -> None:
    memo = TextMemo()
    found = _merged(memo)
    for key, (digest, data) in list(memo.blocks.items()):
        memo.blocks[key] = (digest, json.loads(json.dumps(data)))
    assert _facts(_corpus(ITEMS, memo), _events()) == found
    # Every field but the article and the claim is kept, in the order of the fields.
    kept = [name for name, _, _ in _FIELDS]
    assert ["doc_id", "claim", *kept] == [f.name for f in dataclasses.fields(Fact)]
    rich = dataclasses.replace(found[1], companions=frozenset({("wounded", 4.0)}),
                               rates=frozenset({10.0, 2.5}), written=date(2031, 3, 1),
                               targets=frozenset({"veldra"}), changed_from=45.0)
    assert decode(json.loads(json.dumps(encode(rich))), rich.doc_id, rich.claim) == rich


def test_recorded_anchor_questions_get_the_anchors_answers() -> None:
    anchors = EventAnchors([*_events(), *_events("Port Alcyne", "ev_9")[:0]])
    corpus = _corpus(ITEMS, TextMemo())
    context = BlockContext(corpus, None, COUNTRIES.country_of, {"anchor": _answers(anchors)})
    from communique.merge._blocks import Reads

    recorded = _AnchorReads(Reads(context))
    day, late = date(2031, 3, 18), date(2031, 3, 10)
    for article in ("a1", "a2"):
        for start in (0, 5):
            assert recorded.of_sentence(article, start) == anchors.of_sentence(article, start)
            assert recorded.mentions_several(article, start) == anchors.mentions_several(
                article, start)
            for written in (day, late, None):
                assert recorded.held_on(article, start, written) == anchors.held_on(
                    article, start, written)
        assert recorded.main(article) == anchors.main(article)
    for event in ("ev_1", None, "ev_unknown"):
        for written in (day, late, None):
            assert recorded.on_day(event, written) == anchors.on_day(event, written)
            assert recorded.begun(event, written) == anchors.begun(event, written)
    for written in (day, late, None):
        assert recorded.held_then(written) == anchors.held_then(written)
    with pytest.raises(AttributeError):
        recorded.may_be_one("ev_1", "ev_2")  # a question it does not record is not answered


def test_a_malformed_recorded_question_is_not_believed() -> None:
    corpus = _corpus(ITEMS, TextMemo())
    context = BlockContext(corpus, None, COUNTRIES.country_of,
                           {"anchor": _answers(EventAnchors(_events()))})
    assert context.still_true({"reads": [["anchor", "main", "a1", "ev_1"]]})
    assert not context.still_true({"reads": [["anchor", "main", "a1", "ev_2"]]})
    assert not context.still_true({"reads": [["anchor", "held_on", "a1", "x", "", None]]})
    assert not context.still_true({"reads": [["anchor", "no such question", None]]})


def test_a_copy_whose_stems_were_worked_out_for_another_article_records_their_words() -> None:
    memo = TextMemo()
    copies = [*ITEMS, ("a3", "three.example", TALKS, "three days", 3, "day")]
    _merged(memo, copies)
    reads = {tuple(read[:-1]) for read in memo.blocks[(FACTS_KIND, "a3")][1]["reads"]}
    asked = next(q for q in reads if q[0] == "countries")
    assert "veld" in asked  # Veldran, folded when a1's identical claim was stemmed
    memo.fresh_blocks.clear()
    _merged(memo, copies, countries=Countries(["Veldra", "Korvania", "Veldrania"]))
    assert sorted(memo.fresh_blocks) == [(FACTS_KIND, "a1"), (FACTS_KIND, "a3")]
