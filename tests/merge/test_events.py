"""Event coreference on synthetic mentions: merging, splitting, numbering and date conflicts."""

from __future__ import annotations

from communique.merge import merge

from support.synthetic import annotations, doc, talks, when


def _talks_doc(doc_id: str, text: str, outlet: str, published: str, **kw: object):  # type: ignore[no-untyped-def]
    return doc(doc_id, text, outlet, published), annotations(
        doc_id, text, events=(talks(text, **kw),)
    )


def test_mentions_with_overlapping_dates_and_linked_places_are_one_event() -> None:
    t1 = "Talks in Ostrava on March 17-18 ended."
    t2 = "The talks in Moravia wrapped up on March 18."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-18",
        place="Ostrava",
        country_of_place="Moravia",
        dates=(when(t1, "March 17-18", "2031-03-17/2031-03-18", "range"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-18",
        place="Moravia",
        country_of_place="Moravia",
        dates=(when(t2, "March 18", "2031-03-18"),),
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    event = story.events[0]
    assert (event.start, event.end) == ("2031-03-17", "2031-03-18")
    assert event.place == "Ostrava"
    assert event.support == 2


def test_rounds_at_the_same_place_on_different_dates_stay_apart() -> None:
    t1 = "The first round of talks was in Port Alcyne on Feb. 23."
    t2 = "A second round of talks was in Port Alcyne on Mar. 3."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-10",
        place="Port Alcyne",
        dates=(when(t1, "Feb. 23", "2031-02-23"),),
        ordinal=1,
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-10",
        place="Port Alcyne",
        dates=(when(t2, "Mar. 3", "2031-03-03"),),
        ordinal=2,
    )
    story = merge([d1, d2], [a1, a2])
    assert [e.start for e in story.events] == ["2031-02-23", "2031-03-03"]
    assert not story.contradictions


def test_differing_round_numbers_are_a_contradiction_not_two_events() -> None:
    t1 = "A third round of talks starts in Lindhaven next week."
    t2 = "The second round of talks begins in Lindhaven next week."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-14",
        place="Lindhaven",
        dates=(when(t1, "next week", "2031-W12", "week"),),
        ordinal=3,
        tense="future",
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-15",
        place="Lindhaven",
        dates=(when(t2, "next week", "2031-W12", "week"),),
        ordinal=2,
        tense="future",
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    assert sorted(o.value for o in story.events[0].ordinals) == [2, 3]
    kinds = [c.kind for c in story.contradictions]
    assert kinds == ["ordinal"]
    assert {s.value for s in story.contradictions[0].sides} == {"2", "3"}


def test_same_outlet_twice_counts_once_and_a_copy_counts_as_its_source() -> None:
    text = "Talks in Lindhaven on March 17 ended."
    docs, anns = [], []
    for doc_id, outlet, dup in (
        ("a1", "one.example", None),
        ("a2", "one.example", None),
        ("a3", "copy.example", "a1"),
    ):
        docs.append(doc(doc_id, text, outlet, "2031-03-18", duplicate_of=dup))
        anns.append(
            annotations(
                doc_id,
                text,
                events=(
                    talks(text, place="Lindhaven", dates=(when(text, "March 17", "2031-03-17"),)),
                ),
            )
        )
    story = merge(docs, anns)
    assert story.events[0].support == 1


def test_close_dates_from_disjoint_sources_are_one_event_with_a_date_conflict() -> None:
    t1 = "Talks in Lindhaven on March 17 ended."
    t2 = "Talks in Lindhaven on March 19 ended."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-20",
        place="Lindhaven",
        dates=(when(t1, "March 17", "2031-03-17"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-03-20",
        place="Lindhaven",
        dates=(when(t2, "March 19", "2031-03-19"),),
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.events) == 1
    assert [c.kind for c in story.contradictions] == ["date"]


def test_dateless_future_mention_joins_the_upcoming_event() -> None:
    t1 = "Talks in Lindhaven on March 17 ended."
    t2 = "Talks in Lindhaven on April 20 ended."
    t3 = "The upcoming talks in Lindhaven will be hard."
    d1, a1 = _talks_doc(
        "a1",
        t1,
        "one.example",
        "2031-03-18",
        place="Lindhaven",
        dates=(when(t1, "March 17", "2031-03-17"),),
    )
    d2, a2 = _talks_doc(
        "a2",
        t2,
        "two.example",
        "2031-04-21",
        place="Lindhaven",
        dates=(when(t2, "April 20", "2031-04-20"),),
    )
    d3, a3 = _talks_doc("a3", t3, "three.example", "2031-04-10", place="Lindhaven", tense="future")
    story = merge([d1, d2, d3], [a1, a2, a3])
    april = next(e for e in story.events if e.start == "2031-04-20")
    assert {ev.article for ev in april.evidence} == {"a2", "a3"}
