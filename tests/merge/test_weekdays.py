"""Weekday slips: a weekday written beside a full date it does not fall on."""

from __future__ import annotations

from communique.merge._corpus import Corpus
from communique.merge._weekdays import BRACKETS_KIND, WEEKDAYS_KIND, weekday_slips
from communique.model.memo import TextMemo
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc

# 2031-06-27 is a Friday; 2031-06-26 a Thursday.


def _corpus(*items: tuple[str, str, str]) -> Corpus:
    return Corpus([doc(i, t, o) for i, o, t in items], [annotations(i, t) for i, _, t in items])


def test_a_weekday_that_does_not_fit_its_date_is_the_sources_inconsistency() -> None:
    corpus = _corpus(
        ("a1", "one.example", "The accord was signed on Thursday, June 27, 2031, in Lindhaven."),
        ("a2", "two.example", "Ministers signed it on Friday, June 27, 2031."),
        ("a3", "three.example", "Le texte a été signé ce jeudi 26 juin 2031 à Lindhaven."),
        ("a4", "one.example", "It was signed on Friday 27 June 2031."),
    )
    found = weekday_slips(corpus)
    assert [(c.kind, c.about) for c in found] == [("inconsistency", "a1")]
    sides = {s.value: s.outlets for s in found[0].sides}
    assert sides == {"Thursday, June 27, 2031 (2031-06-27 is a Friday)": ("one.example",),
                     "Friday 2031-06-27": ("two.example",),  # not the slip's own outlet
                     "Thursday 2031-06-26": ("three.example",)}


def test_a_french_slip_and_no_slip_without_a_year_or_a_weekday_beside_the_date() -> None:
    corpus = _corpus(("a1", "one.example", "Signé ce jeudi 27 juin 2031 à Lindhaven."))
    assert [c.about for c in weekday_slips(corpus)] == ["a1"]
    fine = _corpus(("b1", "one.example", "On Thursday, talks began; on June 27, 2031 they ended."),
                   ("b2", "two.example", "Signed on Thursday, June 27, in Lindhaven."))
    assert not weekday_slips(fine)


_SLIPS = (
    ("a1", "one.example", "The accord was signed on Thursday, June 27, 2031, in Lindhaven."),
    ("a2", "two.example", "Ministers signed it on Friday, June 27, 2031."),
    ("a3", "three.example", "Le texte a été signé ce jeudi 26 juin 2031 à Lindhaven."),
)


def test_weekdays_kept_in_a_memo_are_read_back_and_find_the_same_slips() -> None:
    first = TextMemo()
    found = weekday_slips(Corpus([doc(i, t, o) for i, o, t in _SLIPS],
                                 [annotations(i, t) for i, _, t in _SLIPS], first))
    assert sorted(article for _, article in first.fresh) == ["a1", "a2", "a3"]
    # A later merge with the kept memo reads no text for the weekdays and finds the same.
    kept = TextMemo(dict(first.values))
    corpus = Corpus([doc(i, t, o) for i, o, t in _SLIPS],
                    [annotations(i, t) for i, _, t in _SLIPS], kept)
    assert weekday_slips(corpus) == found and not kept.fresh


def test_a_memo_value_of_another_text_is_not_used() -> None:
    memo = TextMemo()
    slip = "Signed on Thursday, June 27, 2031."
    first = weekday_slips(Corpus([doc("a1", slip, "one.example")], [annotations("a1", slip)],
                                 memo))
    assert [c.about for c in first] == ["a1"]
    # The same id with another text (the digest differs): computed afresh, the slip is gone.
    text = "Signed on Friday, June 27, 2031."
    again = weekday_slips(Corpus([doc("a1", text, "one.example")], [annotations("a1", text)],
                                 memo))
    assert again == [] and memo.fresh == [(WEEKDAYS_KIND, "a1")] * 2


def _event(start: str, *articles: str) -> StoryEvent:
    evidence = tuple(Evidence(a, 0, 1, "x") for a in articles)
    return StoryEvent("ev_1", "talks", "Talks in Lindhaven", start, start, "Lindhaven",
                      (), (), {}, (), (), evidence, len(articles))


# 2031-10-30 is a Thursday, 2031-10-29 a Wednesday.
_BRACKETS = (
    ("a1", "one.example", "Trump disse na quinta-feira (29) que houve acordo em Lindhaven."),
    ("a2", "two.example", "Os dois se reuniram nesta quinta-feira (30) em Lindhaven."),
    ("a3", "three.example", "Leaders met on Thursday (October 30) in Lindhaven."),
)


def test_a_bracketed_day_is_read_within_the_week_of_the_event_its_article_reports() -> None:
    corpus = _corpus(*_BRACKETS)
    found = weekday_slips(corpus, events=[_event("2031-10-30", "a1", "a2", "a3")])
    assert [(c.kind, c.about) for c in found] == [("inconsistency", "a1")]
    sides = {s.value: s.outlets for s in found[0].sides}
    assert sides == {"quinta-feira (29) (2031-10-29 is a Wednesday)": ("one.example",),
                     "Thursday 2031-10-30": ("three.example", "two.example")}


def test_no_bracketed_day_without_an_anchor_near_it() -> None:
    corpus = _corpus(*_BRACKETS)
    # No day of writing and no event: nothing to read the day against.
    assert not weekday_slips(corpus)
    # An event two weeks from any 29th or 30th anchors none of them.
    assert not weekday_slips(corpus, events=[_event("2031-12-15", "a1", "a2", "a3")])


def test_bracketed_days_are_kept_per_text_and_read_against_each_merge_s_anchors() -> None:
    memo = TextMemo()
    events = [_event("2031-10-30", "a1", "a2", "a3")]
    corpus = Corpus([doc(i, t, o) for i, o, t in _BRACKETS],
                    [annotations(i, t) for i, _, t in _BRACKETS], memo)
    found = weekday_slips(corpus, events=events)
    assert sorted(a for kind, a in memo.fresh if kind == BRACKETS_KIND) == ["a1", "a2", "a3"]
    # Read back, not scanned again; the anchors are the merge's own (a far event: none fits).
    kept = TextMemo(dict(memo.values))
    again = Corpus([doc(i, t, o) for i, o, t in _BRACKETS],
                   [annotations(i, t) for i, _, t in _BRACKETS], kept)
    assert weekday_slips(again, events=events) == found and not kept.fresh
    assert not weekday_slips(again, events=[_event("2031-12-15", "a1", "a2", "a3")])
