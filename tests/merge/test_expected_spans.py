"""Plan against outcome: the length or end an event was expected to have, and the one it had."""

from __future__ import annotations

import dataclasses
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, place_conflict
from communique.merge._expected_spans import (
    SPANS_KIND,
    expected_end,
    expected_length,
    expected_span_contradictions,
    stated_length,
)
from communique.merge._intervals import interval
from communique.merge._numbered_rounds import Built
from communique.model.annotations import EventStatus
from communique.model.story import StoryEvent

from support.synthetic import annotations, doc, talks, when

PLAN = "Korvanian and Veldran envoys will hold talks in Lindhaven on June 3."
LENGTH = "The talks will take place over two days, a Veldran source said."
HELD = "Envoys held talks in Lindhaven on June 3, 2031."
AFTER = "The talks in Lindhaven ended without a deal."


def _stated(doc_id: str, text: str, sentence: str, value: str | None,
            status: EventStatus) -> Stated:
    start = text.index(sentence)
    dates = (when(sentence, "June 3", value),) if value else ()
    mention = dataclasses.replace(talks(sentence, place="Lindhaven", dates=dates),
                                  start=start, end=start + len(sentence), status=status)
    return Stated(doc_id, mention, interval(value), "Korvania")


def _built(preview: str, days: str = "2031-06-03", others: int = 2
           ) -> tuple[list[Built], Corpus]:
    texts = {"a1": preview, "a2": HELD, "a3": AFTER}
    outlets = {"a1": "one.example", "a2": "two.example", "a3": "three.example"}
    written = {"a1": "2031-05-30", "a2": "2031-06-04", "a3": "2031-06-05"}
    kept = ["a1", "a2", "a3"][: others + 1]
    corpus = Corpus([doc(d, texts[d], outlets[d], written[d]) for d in kept],
                    [annotations(d, texts[d]) for d in kept])
    items = [_stated("a1", preview, PLAN, "2031-06-03", EventStatus.PLANNED),
             _stated("a2", HELD, HELD, "2031-06-03", EventStatus.HELD),
             _stated("a3", AFTER, AFTER, None, EventStatus.HELD)][: others + 1]
    start, _, end = days.partition("/")
    event = StoryEvent("ev_1", "talks", f"Talks in Lindhaven, {days}", start, end or start,
                       "Lindhaven", (), (), {}, (), (), (), 3, status="held")
    return [(event, items, interval(days))], corpus


def test_a_preview_expecting_two_days_is_set_against_the_one_day_held() -> None:
    built, corpus = _built(f"{PLAN}\n{LENGTH}")
    (found,) = expected_span_contradictions(built, corpus)
    assert (found.kind, found.about) == ("date", "ev_1")
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("expected: 2 days", ("one.example",)),
        ("held: 2031-06-03", ("three.example", "two.example"))]


def test_a_length_that_was_kept_is_no_contradiction() -> None:
    built, corpus = _built(f"{PLAN}\n{LENGTH}", days="2031-06-03/2031-06-04")
    assert expected_span_contradictions(built, corpus) == []


def test_one_outlet_reporting_the_held_dates_is_too_thin() -> None:
    built, corpus = _built(f"{PLAN}\n{LENGTH}", others=1)
    assert expected_span_contradictions(built, corpus) == []


def test_a_sentence_another_event_claims_gives_no_expectation() -> None:
    text = f"{PLAN}\n{LENGTH}"
    built, corpus = _built(text)
    other = StoryEvent("ev_2", "talks", "Talks in Port Alcyne", None, None, "Port Alcyne",
                       (), (), {}, (), (), (), 1, status="planned")
    claimed = _stated("a1", text, LENGTH, None, EventStatus.PLANNED)
    built.append((other, [claimed], None))
    assert expected_span_contradictions(built, corpus) == []


def _after(text: str) -> tuple[list[Built], Corpus]:
    """:func:`_built` with ``a1`` written once the talks had ended."""
    built, corpus = _built(text)
    dated = [dataclasses.replace(d, published=date(2031, 6, 9)) if d.id == "a1" else d
             for d in corpus.documents.values()]
    return built, Corpus(dated, [corpus.annotations[d.id] for d in dated])


def test_a_report_once_held_giving_another_length_is_set_against_the_dates() -> None:
    built, corpus = _after(f"{PLAN}\nEnvoys held three days of talks, which ended on Tuesday.")
    (found,) = expected_span_contradictions(built, corpus)
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("stated: 3 days", ("one.example",)),
        ("held: 2031-06-03", ("three.example", "two.example"))]
    assert (found.kind, found.about) == ("value", "ev_1")
    assert found.note.startswith("Outlets give Talks in Lindhaven a length its dates do not")
    # Once held, a length told as ahead is no report of the held talks.
    built, corpus = _after(f"{PLAN}\n{LENGTH}")
    assert expected_span_contradictions(built, corpus) == []


def test_lengths_read_ahead_only() -> None:
    assert expected_length(LENGTH) == 2
    assert expected_length("A source said the three-day meeting could begin on Sunday.") == 3
    assert expected_length("Die zweitägigen Gespräche sollen am Montag beginnen.") == 2
    assert expected_length("The two-day talks ended last week.") is None
    assert expected_length("The talks lasted two days.") is None  # nothing ahead
    assert stated_length("The two-day talks ended last week.") == 2
    assert stated_length("Ils ont tenu trois jours de pourparlers.") == 3
    assert stated_length(LENGTH) is None  # ahead


def test_an_end_weekday_is_read_forward_from_the_writing() -> None:
    written = date(2031, 6, 2)
    end = expected_end("The dialogue is expected to continue until Wednesday.", written)
    assert end is not None and end.weekday() == 2 and 0 <= (end - written).days < 7
    assert expected_end("The talks began on Wednesday.", written) is None


def _placed(doc_id: str, text: str, place: str, status: EventStatus) -> Stated:
    mention = dataclasses.replace(talks(text, place=place), status=status)
    return Stated(doc_id, mention, None, "Korvania")


def test_a_place_only_a_preview_gives_is_labelled_expected_against_held() -> None:
    texts = {"a1": "Envoys will hold talks in Port Alcyne next week.",
             "a2": "Envoys held talks in Lindhaven.", "a3": "Talks in Lindhaven ended."}
    corpus = Corpus([doc(d, t, f"{d}.example", "2031-06-04") for d, t in texts.items()],
                    [annotations(d, t) for d, t in texts.items()])
    event = StoryEvent("ev_1", "talks", "Talks in Lindhaven, 2031-06-03", "2031-06-03",
                       "2031-06-03", "Lindhaven", (), (), {}, (), (), (), 3, status="held")
    items = [_placed("a1", texts["a1"], "Port Alcyne", EventStatus.PLANNED),
             _placed("a2", texts["a2"], "Lindhaven", EventStatus.HELD),
             _placed("a3", texts["a3"], "Lindhaven", EventStatus.HELD)]
    (found,) = place_conflict(event, items, corpus)
    assert [(s.value, s.outlets) for s in found.sides] == [
        ("expected: Port Alcyne", ("a1.example",)),
        ("held: Lindhaven", ("a2.example", "a3.example"))]
    # two held reports disagreeing stay a plain place contradiction
    items[0] = _placed("a1", texts["a1"], "Port Alcyne", EventStatus.HELD)
    (found,) = place_conflict(event, items, corpus)
    assert [s.value for s in found.sides] == ["Lindhaven", "Port Alcyne"]


def test_ends_and_lengths_in_other_words_and_languages() -> None:
    written = date(2031, 6, 2)
    assert expected_end("The talks will run through June 5.", written) == date(2031, 6, 5)
    for sentence in ("Les pourparlers devraient se poursuivre jusqu'à mercredi.",
                     "Las negociaciones continuarán hasta el miércoles.",
                     "Die Gespräche sollen bis Mittwoch dauern."):
        end = expected_end(sentence, written)
        assert end is not None and end.weekday() == 2, sentence
    assert expected_length("The talks will last two days.") == 2
    assert expected_length("Des pourparlers de deux jours sont prévus.") == 2


def test_an_end_far_from_the_event_or_of_another_subject_is_none() -> None:
    written = date(2031, 6, 2)
    # an agreement's lapse written beside the talks it was extended at
    assert expected_end("The current truce—agreed to ease the negotiations—is set to end on "
                        "August 12.", written) is None
    assert expected_length("A joint statement following two-day talks will be issued.") is None


def test_the_lengths_of_each_article_are_kept_for_its_text_sentences_and_day() -> None:
    built, corpus = _built(f"{PLAN}\n{LENGTH}")
    corpus.memo.annotations = {d: f"digest-{d}" for d in ("a1", "a2", "a3")}
    first = expected_span_contradictions(built, corpus)
    assert first and {d for kind, d in corpus.memo.fresh if kind == SPANS_KIND} == {
        "a1", "a2", "a3"}
    # Read back for the same text, annotations and day of writing (a planted value shows it) …
    corpus.memo.fresh.clear()
    assert expected_span_contradictions(built, corpus) == first and not corpus.memo.fresh
    digest, rows = corpus.memo.values[(SPANS_KIND, "a1")]
    corpus.memo.values[(SPANS_KIND, "a1")] = (digest, [[*rows[0][:3], 3, None]])
    (planted,) = expected_span_contradictions(built, corpus)
    assert planted.sides[0].value == "expected: 3 days"
    # … and read again when the article's annotations change.
    corpus.memo.annotations["a1"] = "digest-a1-again"
    assert expected_span_contradictions(built, corpus) == first
    assert [d for kind, d in corpus.memo.fresh if kind == SPANS_KIND] == ["a1"]
