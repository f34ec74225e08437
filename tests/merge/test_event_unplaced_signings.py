"""Reports of a signing in a language read without a parse that do not place it ("Korvania und
Veldra unterzeichneten ein Abkommen") join the event their date, their article or the sides'
latest signing gives them; alone they found no event. An article known to its month only means
the one event at the place that month; one without any date is written after the latest event
it reports as held."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model import Document
from communique.model.annotations import EventMention, EventStatus, EventType
from communique.model.story import Story

from support.synthetic import annotations, doc, talks, when

EN = "Korvania and Veldra signed the accord in Lindhaven on Monday."
DE = "Korvania und Veldra unterzeichneten ein Abkommen."
SIDES = ("Korvania", "Veldra")


def _signing(text: str, *, place: str | None, status: EventStatus | None,
             **kw: object) -> EventMention:
    return replace(talks(text, place=place, **kw),  # type: ignore[arg-type]
                   type=EventType.AGREEMENT, status=status)


def _english(doc_id: str = "a1", published: str = "2031-03-17") -> tuple[Document, object]:
    mention = _signing(EN, place="Lindhaven", status=EventStatus.HELD, parties=SIDES,
                       dates=(when(EN, "Monday", published),))
    return doc(doc_id, EN, "one.example", published), annotations(doc_id, EN, events=(mention,))


def _other(doc_id: str, text: str, mention: EventMention, published: str | None = None,
           month: str | None = None, language: str = "de") -> tuple[Document, object]:
    document = replace(doc(doc_id, text, f"{doc_id}.example", published), language=language,
                       published_month=month)
    return document, annotations(doc_id, text, events=(mention,))


def _story(*pairs: tuple[Document, object]) -> Story:
    return merge([d for d, _ in pairs], [a for _, a in pairs])  # type: ignore[misc]


def _articles(story: Story, place: str | None) -> set[str]:
    return {ev.article for e in story.events if e.place == place for ev in e.evidence}


def test_an_unplaced_signing_joins_the_sides_latest_signing() -> None:
    story = _story(_english(), _other("a2", DE, _signing(DE, place=None, status=None,
                                                         parties=SIDES), "2031-03-18"))
    assert _articles(story, "Lindhaven") == {"a1", "a2"}


def test_an_unplaced_signing_long_after_joins_nothing_and_founds_nothing() -> None:
    story = _story(_english(), _other("a2", DE, _signing(DE, place=None, status=None,
                                                         parties=SIDES), "2031-06-18"))
    assert _articles(story, "Lindhaven") == {"a1"}
    assert all(e.place for e in story.events)


def test_an_unplaced_signing_dated_another_day_founds_no_event() -> None:
    text = "Korvania und Veldra unterzeichneten am 2. Mai ein Abkommen."
    mention = _signing(text, place=None, status=None, parties=SIDES,
                       dates=(when(text, "2. Mai", "2031-05-02"),))
    story = _story(_english(), _other("a2", text, mention, "2031-05-03"))
    assert _articles(story, "Lindhaven") == {"a1"}
    assert [e.place for e in story.events] == ["Lindhaven"]


def test_an_unplaced_signing_dated_the_events_day_joins_it() -> None:
    text = "Korvania und Veldra unterzeichneten am 17. März ein Abkommen."
    mention = _signing(text, place=None, status=None, parties=SIDES,
                       dates=(when(text, "17. März", "2031-03-17"),))
    story = _story(_english(), _other("a2", text, mention, "2031-04-30"))
    assert _articles(story, "Lindhaven") == {"a1", "a2"}


def test_unparsed_reports_do_not_unmake_a_signing() -> None:
    # Four placed reports without a status (a reader without a parse gives none) beside one
    # English report of the text signed and one of talks there: still a signing.
    text = "Korvania und Veldra unterzeichneten in Lindhaven ein Abkommen."
    others = [_other(f"b{i}", text, _signing(text, place="Lindhaven", status=None,
                                             parties=SIDES), "2031-03-18") for i in range(4)]
    met = "Envoys held talks in Lindhaven on Monday."
    talked = (doc("a2", met, "two.example", "2031-03-17"),
              annotations("a2", met, events=(talks(met, place="Lindhaven", dates=(
                  when(met, "Monday", "2031-03-17"),)),)))
    story = _story(_english(), talked, *others)
    (event,) = story.events
    assert event.type == "agreement" and len(event.outlets) == 6


TALKS = "Die Gespräche in Lindhaven gingen weiter."


def test_an_article_of_a_known_month_means_that_months_event_at_the_place() -> None:
    march = "Envoys held talks in Lindhaven on Monday."
    may = "Envoys held talks in Lindhaven on Tuesday."
    pairs = [
        (doc("a1", march, "one.example", "2031-03-17"),
         annotations("a1", march, events=(talks(march, place="Lindhaven",
                                                dates=(when(march, "Monday", "2031-03-17"),)),))),
        (doc("a2", may, "two.example", "2031-05-20"),
         annotations("a2", may, events=(talks(may, place="Lindhaven",
                                              dates=(when(may, "Tuesday", "2031-05-20"),)),))),
        _other("a3", TALKS, talks(TALKS, place="Lindhaven"), month="2031-05"),
    ]
    story = _story(*pairs)
    (held,) = [e for e in story.events if "a3" in {ev.article for ev in e.evidence}]
    assert held.start == "2031-05-20"


def test_an_undated_articles_ceasefire_is_the_one_after_the_talks_it_reports() -> None:
    # The article has no date, but it reports the Lindhaven talks (the one event there):
    # it was written after them, and its undated ceasefire is the sides' one of those days.
    en_talks = "Envoys of Korvania and Veldra held talks in Lindhaven on Monday."
    en_truce = "Korvania and Veldra agreed a ceasefire on Monday."
    text = "Nach Gesprächen in Lindhaven vereinbarten Korvania und Veldra eine Waffenruhe."
    truce = replace(talks(en_truce, place=None, parties=SIDES,
                          dates=(when(en_truce, "Monday", "2031-03-17"),)),
                    type=EventType.CEASEFIRE)
    first = annotations("a1", f"{en_talks}\n{en_truce}", events=(
        talks(en_talks, place="Lindhaven", dates=(when(en_talks, "Monday", "2031-03-17"),)),
        replace(truce, start=len(en_talks) + 1, end=len(en_talks) + 1 + len(en_truce),
                dates=(replace(truce.dates[0], start=truce.dates[0].start + len(en_talks) + 1,
                               end=truce.dates[0].end + len(en_talks) + 1),)),
    ))
    own_truce = replace(talks(text, place=None, parties=SIDES), type=EventType.CEASEFIRE)
    second = annotations("a2", text, events=(talks(text, place="Lindhaven"), own_truce))
    story = _story((doc("a1", f"{en_talks}\n{en_truce}", "one.example", "2031-03-17"), first),
                   (replace(doc("a2", text, "two.example"), language="de"), second))
    (ceasefire,) = [e for e in story.events if e.type == "ceasefire"]
    assert {ev.article for ev in ceasefire.evidence} == {"a1", "a2"}


def test_a_month_articles_unplaced_signing_is_the_sides_one_signing_that_month() -> None:
    # "unterzeichneten am Donnerstag" in an article known to its month only: no day to count
    # back from, but the sides signed once that month.
    story = _story(_english(), _other("a2", DE, _signing(DE, place=None, status=None,
                                                         parties=SIDES), month="2031-03"))
    assert _articles(story, "Lindhaven") == {"a1", "a2"}


def test_a_month_articles_unplaced_signing_of_another_month_joins_nothing() -> None:
    story = _story(_english(), _other("a2", DE, _signing(DE, place=None, status=None,
                                                         parties=SIDES), month="2031-05"))
    assert _articles(story, "Lindhaven") == {"a1"}


def test_a_month_with_two_signings_leaves_the_month_articles_signing_unjoined() -> None:
    later = "Korvania and Veldra signed a second accord in Ostrava on Friday."
    second = (doc("a3", later, "three.example", "2031-03-28"),
              annotations("a3", later, events=(_signing(
                  later, place="Ostrava", status=EventStatus.HELD, parties=SIDES,
                  dates=(when(later, "Friday", "2031-03-28"),)),)))
    story = _story(_english(), second, _other("a2", DE, _signing(
        DE, place=None, status=None, parties=SIDES), month="2031-03"))
    assert "a2" not in _articles(story, "Lindhaven") | _articles(story, "Ostrava")


def _dated_talks(doc_id: str, text: str, day: str, phrase: str, *,
                 status: EventStatus | None = None, ordinal: int | None = None
                 ) -> tuple[Document, object]:
    mention = replace(talks(text, place="Lindhaven", dates=(when(text, phrase, day),)),
                      status=status, ordinal=ordinal)
    return (doc(doc_id, text, f"{doc_id}.example", day),
            annotations(doc_id, text, events=(mention,)))


def test_a_month_articles_talks_are_not_the_round_called_off_that_month() -> None:
    # May holds a round put off (May 3) and one held (May 20): talks an article of May tells
    # of in the past are the one held.
    put_off = "The round in Lindhaven set for Saturday was postponed."
    held = "Envoys held talks in Lindhaven on Tuesday."
    pairs = [
        _dated_talks("a1", put_off, "2031-05-03", "Saturday", status=EventStatus.POSTPONED),
        _dated_talks("a2", held, "2031-05-20", "Tuesday", status=EventStatus.HELD),
        _other("a3", TALKS, talks(TALKS, place="Lindhaven"), month="2031-05"),
    ]
    (event,) = [e for e in _story(*pairs).events if "a3" in {ev.article for ev in e.evidence}]
    assert event.start == "2031-05-20"


def test_a_month_articles_numbered_talks_are_the_round_of_that_number() -> None:
    third = "The third round of talks opened in Lindhaven on Monday."
    fourth = "The fourth round of talks opened in Lindhaven on Tuesday."
    text = "Die vierte Runde der Gespräche in Lindhaven ging zu Ende."
    pairs = [
        _dated_talks("a1", third, "2031-05-05", "Monday", status=EventStatus.HELD, ordinal=3),
        _dated_talks("a2", fourth, "2031-05-20", "Tuesday", status=EventStatus.HELD, ordinal=4),
        _other("a3", text, replace(talks(text, place="Lindhaven"), ordinal=4), month="2031-05"),
    ]
    (event,) = [e for e in _story(*pairs).events if "a3" in {ev.article for ev in e.evidence}]
    assert event.start == "2031-05-20"
    # Without its number the report could be either round: it joins neither.
    pairs[2] = _other("a3", TALKS, talks(TALKS, place="Lindhaven"), month="2031-05")
    assert all(e.start is None for e in _story(*pairs).events
               if "a3" in {ev.article for ev in e.evidence})

