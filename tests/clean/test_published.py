"""Tests for choosing the publication date and its cross-checks (clean/_published.py), and for
the whole clean stage's dating of synthetic articles (clean/_document.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from communique.clean._bounds import TextBounds, completed_bounds, text_bounds
from communique.clean._dates import PartialDate, WrittenDate, resolve_near
from communique.clean._document import clean_article
from communique.clean._published import PRIORITY, DateCandidate, choose_published
from communique.clean._window import (
    estimate_date,
    window_evidence,
    writing_window,
    written_between,
)
from communique.model import PublishedBasis, RawArticle

D = {day: PartialDate(2026, 2, day) for day in range(1, 29)}


def _all(day_by_basis: dict[PublishedBasis, int]) -> list[DateCandidate]:
    return [DateCandidate(basis, D[day]) for basis, day in day_by_basis.items()]


def test_priority_orders_every_basis_but_unknown() -> None:
    # An estimated month is the merge stage's (merge/_pubmonths.py), never a candidate here.
    assert set(PRIORITY) == set(PublishedBasis) - {PublishedBasis.UNKNOWN,
                                                   PublishedBasis.ESTIMATED}
    assert PRIORITY[:3] == (PublishedBasis.HEADER, PublishedBasis.URL, PublishedBasis.META)


def test_the_most_trusted_candidate_wins() -> None:
    days = {basis: 11 + i for i, basis in enumerate(PRIORITY)}
    for drop in range(len(PRIORITY)):
        kept = {b: d for b, d in days.items() if b in PRIORITY[drop:]}
        chosen = choose_published(reversed(_all(kept)))
        assert (chosen.value, chosen.basis) == (D[11 + drop], PRIORITY[drop])
    assert choose_published([]).basis is PublishedBasis.UNKNOWN


def test_a_day_refines_a_more_trusted_month() -> None:
    found = choose_published([DateCandidate(PublishedBasis.URL, PartialDate(2025, 12)),
                              DateCandidate(PublishedBasis.DATELINE, PartialDate(2025, 12, 27))])
    assert (found.value, found.basis, found.notes) == (
        PartialDate(2025, 12, 27), PublishedBasis.DATELINE, ())
    # A day outside the month is no refinement: the month stays, the day is noted.
    found = choose_published([DateCandidate(PublishedBasis.URL, PartialDate(2025, 12)),
                              DateCandidate(PublishedBasis.BYLINE, PartialDate(2026, 1, 2))])
    assert (found.value, found.basis) == (PartialDate(2025, 12), PublishedBasis.URL)
    assert found.notes == ("byline date 2026-01-02 disagrees with the url date 2025-12, which "
                           "is kept",)


def test_disagreement_is_noted_and_a_day_of_time_zone_is_not() -> None:
    found = choose_published(_all({PublishedBasis.HEADER: 12, PublishedBasis.BYLINE: 13,
                                   PublishedBasis.DATELINE: 20}))
    assert found.value == D[12]
    assert found.notes == ("dateline date 2026-02-20 disagrees with the header date 2026-02-12, "
                           "which is kept",)


def test_a_date_before_what_the_text_reports_as_past_is_set_aside() -> None:
    bounds = TextBounds(latest_past=date(2026, 2, 15))
    found = choose_published(_all({PublishedBasis.BYLINE: 2, PublishedBasis.DATELINE: 16}), bounds)
    assert (found.value, found.basis) == (D[16], PublishedBasis.DATELINE)
    assert found.notes == ("byline date 2026-02-02 not used: before 2026-02-15, which the text "
                           "reports as past",)
    # One day earlier is a time zone, not an error.
    assert choose_published(_all({PublishedBasis.BYLINE: 14}), bounds).value == D[14]
    alone = choose_published(_all({PublishedBasis.BYLINE: 2}), bounds)
    assert (alone.value, alone.basis) == (None, PublishedBasis.UNKNOWN)


def test_text_bounds_tell_past_from_ahead() -> None:
    paragraphs = [
        "The first round was held on Feb. 3, 2026 in the capital. Talks will resume on "
        "March 2, 2026, officials said.",
        "Les négociations prévues le 10 mars 2026 doivent se tenir à Genève.",
        "An anniversary: the treaty of June 28, 1919.",
        "Published: Feb 20, 2026",  # a stamp line is a candidate, not the text
    ]
    assert text_bounds(paragraphs) == TextBounds(date(2026, 2, 3), date(2026, 3, 2))
    # Abbreviations do not end sentences: "Feb." keeps its date in its sentence.
    assert text_bounds(["Mr. Smith met U.S. envoys on Feb. 14, 2026."]).latest_past == date(
        2026, 2, 14)
    assert text_bounds([]) == TextBounds()


def _in_2026(written: WrittenDate) -> PartialDate | None:
    return written.resolve(PartialDate(2026, 6))


def test_completed_bounds_count_dates_written_without_a_year() -> None:
    paragraphs = [
        "The delegations met on March 3 and again on 9 March in the port city.",
        "A third meeting will be held on March 20, the host said.",
        "Le sommet prévu le 28 mars reste incertain.",
    ]
    assert completed_bounds(paragraphs, _in_2026) == TextBounds(date(2026, 3, 9),
                                                               date(2026, 3, 20))
    # A weekday that does not fall on the completed day leaves the date out (3 March 2026 is
    # a Tuesday).
    assert completed_bounds(["They met on Friday, March 3."], _in_2026) == TextBounds()
    assert completed_bounds(["They met on Tuesday, March 3."], _in_2026) == TextBounds(
        date(2026, 3, 3), None, date(2026, 3, 3))
    # Without a year to give, year-less dates count for nothing.
    assert completed_bounds(paragraphs, lambda written: None) == TextBounds()


def test_a_sentence_naming_a_day_put_ahead_elsewhere_speaks_of_the_plan() -> None:
    paragraphs = ["The minister welcomed holding the meeting from August 4 to 7 in the port.",
                  "Observers are scheduled to join on August 7.",
                  "Fighting broke out on July 24."]
    assert completed_bounds(paragraphs, _in_2026) == TextBounds(date(2026, 7, 24),
                                                               date(2026, 8, 4))


def test_a_quotation_speaks_in_its_own_tense() -> None:
    # The writer reports February 10 as past; the speaker's "will" is the speaker's.
    said = ["\u201cEither we will make a deal or not,\u201d the envoy told reporters on "
            "February 10.", "A second round is expected in the port on February 17."]
    assert completed_bounds(said, _in_2026) == TextBounds(date(2026, 2, 10), date(2026, 2, 17))
    assert written_between(completed_bounds(said, _in_2026)) == PartialDate(2026, 2)
    # A date inside the quotation is ahead when the quotation says so.
    quoted = ['The envoy said: "We will meet again on February 24."']
    assert completed_bounds(quoted, _in_2026) == TextBounds(None, date(2026, 2, 24))


def test_written_between_needs_both_sides_in_one_month() -> None:
    assert written_between(TextBounds(date(2026, 3, 9), date(2026, 3, 20))) == PartialDate(
        2026, 3)
    assert written_between(TextBounds(date(2026, 3, 29), date(2026, 4, 2))) is None
    assert written_between(TextBounds(date(2026, 3, 9), date(2026, 3, 9))) is None
    assert written_between(TextBounds(date(2026, 3, 20), date(2026, 3, 9))) is None
    assert written_between(TextBounds(date(2026, 3, 9))) is None
    assert written_between(TextBounds(None, date(2026, 3, 9))) is None


def test_a_day_named_with_its_weekday_bounds_the_writing_within_its_week() -> None:
    # 6 March 2026 is a Friday: a text that reports it so was written by the 12th.
    bounds = completed_bounds(["Speaking on Friday, March 6, the envoy said little."], _in_2026)
    assert bounds == TextBounds(date(2026, 3, 6), None, date(2026, 3, 6))
    assert written_between(bounds) == PartialDate(2026, 3)
    full = completed_bounds(["Le ministre a parlé vendredi 6 mars 2026 à la radio."], _in_2026)
    assert written_between(full) == PartialDate(2026, 3)
    # The week after 27 March runs into April: only the month of both ends would do.
    late = completed_bounds(["The envoy spoke on Friday, March 27."], _in_2026)
    assert late.latest_weekday == date(2026, 3, 27) and written_between(late) is None
    # A weekday that does not fit, or a date without one, bounds nothing from above.
    assert written_between(completed_bounds(["They met on Monday, March 6."], _in_2026)) is None
    assert written_between(completed_bounds(["They met on March 6."], _in_2026)) is None
    # A photo caption names its own day with its weekday, however old the photo.
    caption = "In this file photo, judge Ann Roe speaks in the hall, Friday, March 6."
    assert completed_bounds([caption], _in_2026) == TextBounds(date(2026, 3, 6))
    bare = "Judge Ann Roe speaks in the hall, Friday, March 6."
    assert completed_bounds(["Nothing here."], _in_2026, [bare]) == TextBounds(date(2026, 3, 6))
    # A later past day beyond that week means the bounds cross: nothing.
    crossed = completed_bounds(["They met on Friday, March 6.", "They met again on March 20."],
                               _in_2026)
    assert written_between(crossed) is None


def test_a_day_called_this_weekday_bounds_the_writing_within_its_week() -> None:
    # 27 March 2026 is a Friday; "ce vendredi" puts the writing in its week (by Sunday the
    # 29th), where the bare weekday's week would run into April.
    signed = ["La Veldra et la Korvanie signent ce vendredi 27 mars 2026 un accord à Lindhaven."]
    bounds = completed_bounds(signed, _in_2026)
    assert bounds.this_week == date(2026, 3, 27)
    assert written_between(bounds) == PartialDate(2026, 3)
    assert writing_window(bounds) == (date(2026, 3, 27), date(2026, 3, 29))
    # Without its year, completed from the batch, and in Spanish.
    yearless = ["Korvania y Veldra firmaron este viernes 27 de marzo un acuerdo en Lindhaven."]
    assert written_between(completed_bounds(yearless, _in_2026)) == PartialDate(2026, 3)
    # A preview's future verb: the day lies ahead, named with its weekday, so the writing is
    # at most two weeks before it (13 to 27 March).
    preview = ["La Veldra et la Korvanie signeront ce vendredi 27 mars un accord à Lindhaven."]
    bounds = completed_bounds(preview, _in_2026)
    assert bounds == TextBounds(None, date(2026, 3, 27), None, None, date(2026, 3, 27))
    assert writing_window(bounds) == (date(2026, 3, 14), date(2026, 3, 27))
    going = ["Korvania y Veldra van a firmar este viernes 27 de marzo un acuerdo en Lindhaven."]
    assert completed_bounds(going, _in_2026).this_week is None
    assert completed_bounds(going, _in_2026).earliest_future == date(2026, 3, 27)
    # A preview of a day early in a month may be written in the month before: no month.
    early = ["La Veldra et la Korvanie signeront ce vendredi 6 mars un accord à Lindhaven."]
    assert written_between(completed_bounds(early, _in_2026)) is None
    # English "this Friday" mostly points ahead; and a weekday that does not fit dates nothing.
    english = ["Veldra and Korvania signed the accord this Friday, March 27, in Lindhaven."]
    assert completed_bounds(english, _in_2026).this_week is None
    wrong = ["La Veldra et la Korvanie signent ce jeudi 27 mars un accord à Lindhaven."]
    assert written_between(completed_bounds(wrong, _in_2026)) is None


def test_completed_bounds_put_deadlines_and_irregular_futures_ahead() -> None:
    # "avant le 29 mars prochain" and an irregular French future ("interviendra") put their
    # days ahead; the signing "ce samedi 21 mars" is past: written 21 to 22 March.
    text = ["La Korvanie et la Veldra ont signé ce samedi 21 mars une déclaration à Lindhaven.",
            "Elle sera appliquée avant le 29 mars prochain.",
            "La signature de l'accord interviendra sauf changement le 18 avril 2026."]
    bounds = completed_bounds(text, _in_2026)
    assert bounds.latest_past == date(2026, 3, 21)
    assert bounds.earliest_future == date(2026, 3, 29)
    assert written_between(bounds) == PartialDate(2026, 3)
    # A deadline with "antes del" is ahead too: it bounds nothing from below.
    spanish = ["Inicio de negociaciones para un tratado definitivo antes del 18 de abril."]
    assert completed_bounds(spanish, _in_2026).latest_past is None


def test_a_date_called_this_date_bounds_the_writing_within_its_week() -> None:
    # "ce 18 mars" without a weekday: 18 March 2026 is a Wednesday, its week ends on the 22nd.
    received = ["Les présidents de Veldra et de Korvanie ont été reçus ce 18 mars à Lindhaven."]
    bounds = completed_bounds(received, _in_2026)
    assert bounds.this_week == date(2026, 3, 18)
    assert writing_window(bounds) == (date(2026, 3, 18), date(2026, 3, 22))
    full = ["Lindhaven a accueilli ce 18 mars 2026 une réunion entre Veldra et Korvanie."]
    assert written_between(completed_bounds(full, _in_2026)) == PartialDate(2026, 3)
    # The same date without the demonstrative says nothing about the week of writing.
    plain = ["Les présidents de Veldra et de Korvanie ont été reçus le 18 mars à Lindhaven."]
    assert completed_bounds(plain, _in_2026).this_week is None
    assert written_between(completed_bounds(plain, _in_2026)) is None


def test_a_deadline_that_is_due_lies_ahead() -> None:
    due = ["A final agreement between Veldra and Korvania is due by March 18."]
    assert completed_bounds(due, _in_2026) == TextBounds(None, date(2026, 3, 18))


def test_a_day_ahead_named_with_its_weekday_bounds_the_writing_from_below() -> None:
    # 15 March 2026 is a Sunday: "next Sunday" is at most two weeks ahead.
    ahead = ["Talks between Veldra and Korvania will be held next Sunday, March 15, in Lindhaven."]
    bounds = completed_bounds(ahead, _in_2026)
    assert bounds == TextBounds(None, date(2026, 3, 15), None, None, date(2026, 3, 15))
    assert writing_window(bounds) == (date(2026, 3, 2), date(2026, 3, 15))
    assert written_between(bounds) == PartialDate(2026, 3)
    # Two weeks before 5 April reach into March: no month.
    early = ["Talks will be held on Sunday, April 5, in Lindhaven."]
    assert written_between(completed_bounds(early, _in_2026)) is None
    # Without its weekday a day ahead says nothing about how far ahead it is.
    assert written_between(completed_bounds(["Talks will be held on March 15."], _in_2026)) is None
    # A later day reported as past crosses the bounds.
    crossed = [*ahead, "The envoys met on March 20."]
    assert written_between(completed_bounds(crossed, _in_2026)) is None


def test_window_evidence_names_every_bound() -> None:
    bounds = TextBounds(date(2026, 3, 9), date(2026, 3, 20), None, date(2026, 3, 9),
                        date(2026, 3, 15))
    said = window_evidence(bounds)
    assert "2026-03-09 as past" in said and "2026-03-20 as ahead" in said
    assert "'this' weekday" in said and "2026-03-15, ahead" in said


def test_estimate_only_for_texts_without_a_publication_day() -> None:
    bounds = TextBounds(latest_past=date(2026, 2, 14))
    assert estimate_date(None, bounds) == date(2026, 2, 14)
    assert estimate_date(PartialDate(2026, 2), bounds) == date(2026, 2, 14)
    assert estimate_date(PartialDate(2026, 3), bounds) is None
    assert estimate_date(PartialDate(2026, 2, 16), bounds) is None
    assert estimate_date(None, TextBounds()) is None


@given(st.lists(st.tuples(st.sampled_from(list(PublishedBasis)),
                          st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
                          st.booleans()), max_size=8),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))))
def test_choose_published_is_total_and_consistent(
    items: list[tuple[PublishedBasis, date, bool]], past: date | None
) -> None:
    candidates = [DateCandidate(b, PartialDate.of(d) if full else PartialDate(d.year, d.month))
                  for b, d, full in items]
    found = choose_published(candidates, TextBounds(latest_past=past))
    assert (found.value is None) == (found.basis is PublishedBasis.UNKNOWN)
    if found.value is not None:
        assert any(c.basis is found.basis and c.value == found.value for c in candidates)
        assert past is None or found.value.last >= date.fromordinal(past.toordinal() - 1)


# --- the clean stage on synthetic articles ---------------------------------------------------

BODY = ("Delegations met in the capital for a second round of talks on the ceasefire. "
        "Officials said the talks were constructive and would continue next week.")


def _clean(text: str, url: str | None = None, published: str | None = None) -> tuple[
        str | None, str]:
    doc = clean_article(RawArticle("synthetic", text=text, url=url, published=published))
    value = doc.published.isoformat() if doc.published else doc.published_month
    return value, doc.published_basis.value


def test_clean_article_dates_from_each_source() -> None:
    assert _clean(BODY, published="2026-02-07T10:00:00Z") == ("2026-02-07", "header")
    assert _clean(f" date 2025-05 {BODY}") == ("2025-05", "header")
    assert _clean(BODY, url="https://n.example/2026/02/07/talks") == ("2026-02-07", "url")
    assert _clean(BODY, url="https://n.example/2026/02/talks") == ("2026-02", "url")
    assert _clean('{"id":1,"date":"2026-02-05T09:00:00","content":"x"}\n' + BODY) == (
        "2026-02-05", "meta")
    assert _clean(f"Talks resume\nPublished: Feb 16, 2026 08:24 AM\n{BODY}") == (
        "2026-02-16", "byline")
    assert _clean(f"GENEVA, Feb. 17, 2026 (AP) – {BODY}") == ("2026-02-17", "dateline")
    assert _clean(f"Hoy sábado 12 de abril de 2025 se reúnen. {BODY}") == (
        "2025-04-12", "inferred")
    assert _clean(BODY) == (None, "unknown")


def test_clean_article_refines_a_url_month_with_a_yearless_dateline() -> None:
    assert _clean(f"MADRID, 27 (EUROPA PRESS)\n{BODY}", url="https://n.example/2025/12/x") == (
        "2025-12-27", "dateline")
    assert _clean(f"DUBAI, May 6 (Reuters) – {BODY}", url="https://n.example/2025/05/x") == (
        "2025-05-06", "dateline")


def test_clean_article_never_takes_a_date_the_text_merely_mentions() -> None:
    text = ("Talks will resume on March 2, 2026. The first round was held on Feb. 3, 2026, "
            "fifty years after the treaty of June 28, 1976. " + BODY)
    doc = clean_article(RawArticle("synthetic", text=text))
    assert (doc.published, doc.published_month) == (None, None)
    assert doc.published_basis is PublishedBasis.UNKNOWN
    # What the text reports as past still gives the later stages a day to read it against.
    assert doc.estimated_date == date(2026, 2, 3)
    assert doc.reference_date == date(2026, 2, 3)


def test_clean_article_notes_a_stale_stamp_and_skips_it() -> None:
    text = ("Tuesday, 02 January 2024 12:17 GMT\nFramework signed\n"
            "The framework was signed in the capital on 15 November 2025, officials said. "
            + BODY)
    doc = clean_article(RawArticle("synthetic", text=text,
                                   url="https://n.example/2025/11/framework"))
    assert (doc.published_month, doc.published_basis) == ("2025-11", PublishedBasis.URL)
    assert doc.notes == ("byline date 2024-01-02 not used: before 2025-11-15, which the text "
                         "reports as past",)


@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=80)),
       st.one_of(st.none(), st.text(max_size=40)))
def test_clean_article_dates_any_input_without_raising(text: str, url: str | None,
                                                       published: str | None) -> None:
    doc = clean_article(RawArticle("synthetic", text=text, url=url, published=published))
    assert doc.published is None or doc.published_month is None
    assert (doc.published is None and doc.published_month is None) == (
        doc.published_basis is PublishedBasis.UNKNOWN)
    assert doc.estimated_date is None or doc.published is None


def test_a_plan_called_off_bounds_nothing() -> None:
    # The day a postponed round was set for may lie before or after the writing.
    moved = ["The fourth round between Veldra and Korvania, initially scheduled for March 3 in "
             "Lindhaven, was postponed."]
    assert completed_bounds(moved, _in_2026) == TextBounds()
    assert text_bounds(["The round, initially scheduled for March 3, 2026, was postponed to "
                        "a later date by the Korvanian side."]) == TextBounds()
    # Without the postponement, the day set lies ahead.
    planned = ["The fourth round between Veldra and Korvania is scheduled for March 3 in "
               "Lindhaven."]
    assert completed_bounds(planned, _in_2026).earliest_future == date(2026, 3, 3)


def test_persian_dates_and_weekdays_bound_the_writing() -> None:
    # Persian digits, the Gregorian month name and the weekday (Sunday 15 March 2026), ahead.
    ahead = ["دور ششم مذاکرات وِلدرا و کُروانیا یکشنبه ۱۵ مارس در لیندهاون برگزار خواهد شد."]
    bounds = completed_bounds(ahead, _in_2026)
    assert bounds == TextBounds(None, date(2026, 3, 15), None, None, date(2026, 3, 15))
    assert written_between(bounds) == PartialDate(2026, 3)


def test_a_term_said_to_run_out_puts_its_day_ahead() -> None:
    text = ["Talks opened in Lindhaven on 3 March 2026.",
            "The truce between Korvania and Veldra expires on 10 April 2026.",
            "La trêve prend fin le 12 avril 2026."]
    bounds = completed_bounds(text, lambda written: None)
    assert bounds.latest_past == date(2026, 3, 3)
    assert bounds.earliest_future == date(2026, 4, 10)
    assert text_bounds(text[:2]).latest_past == date(2026, 3, 3)


def test_a_day_a_threatened_or_avoided_measure_would_begin_bounds_nothing() -> None:
    text = ["Envoys met in Port Alcyne on 2 March 2026.",
            "The deal lifted the threat of 100% tariffs on Veldran goods from 1 April 2026.",
            "O acordo eliminou a ameaça das tarifas sobre Tirasol a partir de 5 de abril de 2026.",
            "The accord should avoid new duties starting 7 April 2026."]
    bounds = completed_bounds(text, lambda written: None)
    assert bounds.latest_past == date(2026, 3, 2)
    assert bounds.earliest_future is None
    # Far from the date, a possibility in another clause leaves it alone.
    far = ["The truce was signed on 4 March 2026 in Lindhaven by both delegations, and "
           "observers said that in the weeks to come there is a possibility of renewed strain."]
    assert completed_bounds(far, lambda written: None).latest_past == date(2026, 3, 4)


def test_a_day_said_past_lies_before_the_days_that_bound_the_writing() -> None:
    def nearest(written: WrittenDate) -> PartialDate | None:
        return resolve_near(written, [date(2031, 3, 1), date(2032, 2, 3)])

    # The batch's nearest 8 February is 2032, after the week of "ce 18 mars" (2031): "dernier"
    # says it was past, so it is the year before's.
    text = "Les chefs ont été reçus ce 18 mars à Lindhaven. Le sommet du 8 février dernier."
    assert completed_bounds([text], nearest).latest_past == date(2031, 3, 18)
    assert completed_bounds([text.replace(" dernier", "")], nearest).latest_past \
        == date(2032, 2, 8)
    spanish = ("Firmaron este 20 de marzo en Lindhaven. El texto se basa en la declaración del "
               "pasado 8 de febrero.")
    assert completed_bounds([spanish], nearest).latest_past == date(2031, 3, 20)
    # Nothing bounds the writing from above, or only a day ahead (which may be a cited
    # report's): the day is left as completed.
    text = "Les chefs ont été reçus le 18 mars à Lindhaven. Le sommet du 8 février dernier."
    assert completed_bounds([text], nearest).latest_past == date(2032, 2, 8)
    ahead = "Ils signeront le 20 mars à Lindhaven. Le sommet du 8 février dernier."
    assert completed_bounds([ahead], nearest).latest_past == date(2032, 2, 8)


def test_a_day_ahead_before_a_day_reported_as_past_gives_way_to_a_later_one() -> None:
    text = ("Firmaron el 25 de abril de 2031 una declaración. El acuerdo se firmará el 27 de "
            "junio de 2031. Incorporará el informe fechado el 31 de octubre de 2030.")
    bounds = completed_bounds([text], _in_2026)
    assert (bounds.latest_past, bounds.earliest_future) == (date(2031, 4, 25), date(2031, 6, 27))
    # With no day ahead after it, the crossed bounds stay (and date nothing).
    crossed = "Firmaron el 25 de abril de 2031. Incorporará el informe del 31 de octubre de 2030."
    assert completed_bounds([crossed], _in_2026).earliest_future == date(2030, 10, 31)


def test_the_day_of_a_saying_is_past_in_a_sentence_about_what_is_to_come() -> None:
    # 14 March 2026 is a Saturday, 15 March a Sunday.
    told = ["Officials announced on Saturday (March 14th) that the envoy will join the talks "
            "starting on Sunday (March 15th) in Lindhaven."]
    bounds = completed_bounds(told, _in_2026)
    assert bounds == TextBounds(date(2026, 3, 14), date(2026, 3, 15), date(2026, 3, 14), None,
                                date(2026, 3, 15))
    assert written_between(bounds) == PartialDate(2026, 3)
    # Spanish and French sayings too; a date that no reporting verb stands right before keeps
    # its sentence's future mark.
    assert completed_bounds(["El ministro anunció el 14 de marzo que firmarán el acuerdo."],
                            _in_2026).latest_past == date(2026, 3, 14)
    assert completed_bounds(["Le ministre a annoncé le 14 mars que les pourparlers reprendront."],
                            _in_2026).latest_past == date(2026, 3, 14)
    assert completed_bounds(["The envoy will join the talks on March 15, officials said."],
                            _in_2026) == TextBounds(None, date(2026, 3, 15))


def test_a_hindi_text_dates_its_days_and_ends_its_sentences_with_a_danda() -> None:
    # Hindi month names without a year ("11 मई"), a future ending ("चलेगी": will last) or an
    # "expected" word putting the day ahead, and the danda ending a sentence: the past day of
    # the first sentence is not put ahead by the second's future.
    text = ["वेल्ड्रा और कोर्वानिया ने 2 मई को लिंडहेवन में बातचीत की। "
            "अगला दौर 11 मई को होने की संभावना है और वार्ता दो दिनों तक चलेगी।"]
    bounds = completed_bounds(text, _in_2026)
    assert bounds.latest_past == date(2026, 5, 2)
    assert bounds.earliest_future == date(2026, 5, 11)
    # A plan called off ("स्थगित": postponed) bounds nothing.
    off = ["पिछला दौर, जो 3 मई को होने वाला था, स्थगित कर दिया गया था।"]
    assert completed_bounds(off, _in_2026) == TextBounds()


def test_a_french_singular_future_puts_its_day_ahead_in_a_french_text_only() -> None:
    # "commencera", "prendra": French futures whose endings close Spanish words too
    # ("primera"), so they are read only in a text of that language, and in lower case only.
    start = ["Le cessez-le-feu commencera le 28 juillet à minuit, heure locale."]
    assert completed_bounds(start, _in_2026, language="fr").earliest_future == date(2026, 7, 28)
    assert completed_bounds(start, _in_2026).latest_past == date(2026, 7, 28)
    assert text_bounds(["L'accord prendra effet le 2 août 2026."], "fr") == TextBounds(
        None, date(2026, 8, 2))
    spanish = ["La primera ronda se celebró el 28 de julio en Lindhaven."]
    assert completed_bounds(spanish, _in_2026, language="es").latest_past == date(2026, 7, 28)
    named = ["Selon Al Jazeera, les deux camps se sont rencontrés le 28 juillet à Lindhaven."]
    assert completed_bounds(named, _in_2026, language="fr").latest_past == date(2026, 7, 28)
