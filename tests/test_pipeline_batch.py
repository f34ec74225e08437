"""The batch steps of the pipeline: dates only the batch can give, dates it makes implausible,
and copies across the batch (pipeline.date_from_batch, pipeline.mark_duplicates)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from communique.clean._document import clean_article
from communique.model import Document, PublishedBasis, RawArticle
from communique.pipeline import date_from_batch, mark_duplicates

PROSE = ("Delegations met in the capital for another round of talks on the ceasefire, and "
         "officials said the discussions had been constructive but that several issues remained "
         "open, among them the withdrawal of heavy weapons and the return of prisoners.")


def _doc(text: str, order: int, published: date | None = None,
         basis: PublishedBasis = PublishedBasis.UNKNOWN, url: str | None = None) -> Document:
    doc = clean_article(RawArticle(f"doc{order}", text=text, order=order, url=url))
    if published is not None:
        doc = replace(doc, published=published, published_basis=basis)
    return doc


def _batch(*extra: Document) -> list[Document]:
    days = [date(2025, 4, 12), date(2025, 4, 19), date(2025, 5, 11), date(2025, 6, 14),
            date(2026, 2, 6), date(2026, 2, 17)]
    dated = [_doc(f"Report {i}. {PROSE}", i, d, PublishedBasis.HEADER) for i, d in enumerate(days)]
    return [*dated, *extra]


def test_a_yearless_dateline_takes_the_year_of_its_nearest_neighbours() -> None:
    undated = _doc(f"GENEVA, Feb. 17 (Xinhua) -- {PROSE}", 10)
    assert undated.published is None
    result = date_from_batch(_batch(undated))[-1]
    assert (result.published, result.published_basis) == (date(2026, 2, 17),
                                                           PublishedBasis.DATELINE)


def test_a_yearless_today_takes_the_year_from_the_batch() -> None:
    undated = _doc(f"Hoy sábado 12 de abril se reúnen las delegaciones. {PROSE}", 10)
    result = date_from_batch(_batch(undated))[-1]
    assert (result.published, result.published_basis) == (date(2025, 4, 12),
                                                           PublishedBasis.INFERRED)


def test_an_undated_text_takes_the_month_between_what_it_reports_as_past_and_ahead() -> None:
    undated = _doc("The envoys met on May 11 in the port city and said little. A further "
                   f"round will be held on May 23, the host said. {PROSE}", 10)
    assert undated.published is None and undated.published_month is None
    result = date_from_batch(_batch(undated))[-1]
    assert (result.published, result.published_month, result.published_basis) == (
        None, "2025-05", PublishedBasis.INFERRED)
    assert "2025-05-11 as past and 2025-05-23 as ahead" in result.notes[-1]
    # Both sides are needed: a past day alone may be background, an old one or a month away.
    past_only = _doc(f"The envoys met on May 11 in the port city. {PROSE}", 11)
    assert date_from_batch(_batch(past_only))[-1].published_month is None
    # A day named with its weekday is within the week of writing (11 May 2025 is a Sunday).
    weekday = _doc(f"The envoys met on Sunday, May 11 in the port city. {PROSE}", 12)
    assert date_from_batch(_batch(weekday))[-1].published_month == "2025-05"


def test_a_date_years_away_from_the_batch_is_dropped_with_a_note() -> None:
    stale = _doc(f"Some report. {PROSE}", 10, date(2023, 1, 2), PublishedBasis.BYLINE)
    result = date_from_batch(_batch(stale))[-1]
    assert (result.published, result.published_basis) == (None, PublishedBasis.UNKNOWN)
    assert result.notes == ("byline date 2023-01-02 not used: 831 days from every other dated "
                            "article of the batch",)
    # A crawler header is the publisher's own word and stays; so does a date in a small batch.
    header = replace(stale, published_basis=PublishedBasis.HEADER)
    assert date_from_batch(_batch(header))[-1].published == date(2023, 1, 2)
    assert date_from_batch([stale, *_batch()[:3]])[0].published == date(2023, 1, 2)


def test_batch_without_dates_changes_nothing() -> None:
    docs = [_doc(f"MUNICH, Feb. 14 – {PROSE}", 0), _doc(PROSE + " More.", 1)]
    assert date_from_batch(docs) == docs


# --- copies ----------------------------------------------------------------------------------

WORDS = [f"w{i}" for i in range(4000)]


def _article(seed: int, sentences: int = 24) -> str:
    rng = random.Random(seed)
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(22)).capitalize() + "."
                     for _ in range(sentences))


def _clutter(seed: int, lines: int) -> str:
    rng = random.Random(seed)
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(lines))


def test_a_copy_inside_much_clutter_is_marked() -> None:
    original = _article(1)
    # Other sites wrap the wire text in twice as much of their own menus, teasers and footers:
    # a Jaccard measure would halve, the copied text is still all there.
    wrapped = f"{_clutter(2, 50)}\n{original}\n{_clutter(3, 50)}"
    docs = mark_duplicates([_doc(original, 0, date(2026, 2, 1)), _doc(wrapped, 1)])
    assert (docs[1].duplicate_of, docs[1].duplicate_kind) == (docs[0].id, "near")


def test_a_truncated_copy_is_marked() -> None:
    original = _article(4)
    cut = "\n".join(original.split("\n")[:6])  # the first quarter only
    docs = mark_duplicates([_doc(cut, 0, date(2026, 2, 2)), _doc(original, 1, date(2026, 2, 1))])
    # The earliest copy is the root, whichever is longer.
    assert docs[0].duplicate_of == docs[1].id
    assert docs[1].duplicate_of is None


def test_two_reports_of_one_event_sharing_quotes_and_names_are_not_copies() -> None:
    quote = ("“We have made real progress on the withdrawal of heavy weapons and the exchange "
             "of prisoners, and we will meet again next week,” the mediator said.")
    first = (f"Delegations of the two governments met in Vienna on Tuesday. {quote} "
             "The talks lasted seven hours at the embassy, according to state media. "
             + _article(5, 6))
    second = (f"The second round of negotiations took place in Vienna. {quote} "
              "Both sides described the atmosphere as serious, a diplomat told reporters. "
              + _article(6, 6))
    docs = mark_duplicates([_doc(first, 0), _doc(second, 1)])
    assert [d.duplicate_of for d in docs] == [None, None]


def test_two_briefings_written_on_one_template_are_not_copies() -> None:
    template = _article(7, 10)
    first = f"The meeting was held on 16 August 2025 in the border province.\n{template}"
    second = f"The meeting was held on 25 August 2025 in the border province.\n{template}"
    docs = mark_duplicates([_doc(first, 0), _doc(second, 1)])
    assert [d.duplicate_of for d in docs] == [None, None]
