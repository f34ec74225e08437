"""Month slips: outlets covering one event that date an earlier act a month apart.

Reports of one round of talks recall what led to it: "the truce agreed in May", "the law
parliament passed on June 25". When one outlet writes "the truce the two countries agreed in
June" while others covering the same round write May, one of them slipped a month: a ``date``
contradiction about the act they all recall. Read only where nothing else can be meant:

* the act is an agreement, a truce or a law (the noun) that was made — agreed, reached,
  signed, struck, passed, adopted (the verb, in its clause, a few words before the date, with
  no other clause between: not "the truce, agreed in May, expires on August 12");
* the sentences come from articles whose main event is the same held event (the exactly dated
  event each names most), so that they recall the same past;
* the act was made, not still to be made ("is to be signed on June 27"), and the date is not
  a deadline ("agreed to withdraw by July 29");
* the story holds no event of the act's kind (a ceasefire, an agreement) in each of the two
  months: two signings a month apart are two acts, not a slip;
* the dates are months (or days, read at the month) no later than the article was written
  (or than its main event ended, when the day it was written is unknown),
  and the outlets give exactly two months, one apart: acts months apart are more likely two
  acts (a ceasefire agreed in July and signed in October) than a slip.

Each outlet one side, never two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from communique.clean._datewords import MONTH_NAME_ALT, month_number
from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._main_events import main_events
from communique.merge._numbered_rounds import Built
from communique.model import content_id
from communique.model.story import Contradiction, Evidence

# The events whose type an act's noun names: when the story holds such an event in each of
# the two months, both acts may have been made ("the agreement signed in June", another "in
# July"); a law is never an event.
_EVENT_TYPES = {"the truce": "ceasefire", "the agreement": "agreement"}
_NOUNS = (
    ("the truce", alternation("truce_nouns")),
    ("the agreement", alternation("agreement_nouns")),
    ("the law", alternation("law_nouns")),
)
_NOUN = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<n{i}>{p})" for i, (_, p) in enumerate(_NOUNS))
                   + r")(?!\w)", re.IGNORECASE)
_MADE = re.compile(rf"(?<!\w){alternation('made_verbs')}(?!\w)", re.IGNORECASE)
# A month a clause dates its act to: "in May", "en junio", "on June 25", "25 de mayo".
_LINK = rf"(?:{alternation('day_month_links')}\s+)?"
_MONTH = re.compile(
    rf"(?<!\w)(?:{alternation('month_prepositions')}\s+(?P<m1>{MONTH_NAME_ALT})"
    rf"|(?:{alternation('month_day_leads')}\s+)?(?P<m2>{MONTH_NAME_ALT})\s+\d{{1,2}}(?!\d)"
    rf"|(?:{alternation('day_month_leads')}\s+)?\d{{1,2}}{alternation('day_suffixes')}?\s+"
    rf"{_LINK}(?P<m3>{MONTH_NAME_ALT}))"
    rf"(?:,?\s+{_LINK}(?P<year>(?:19|20)\d\d))?(?!\w)",
    re.IGNORECASE)
# Words between the verb and the date that start another clause: the date is that clause's.
_OTHER_CLAUSE = re.compile(rf"(?<!\w){alternation('slip_clause_words')}(?!\w)", re.IGNORECASE)
# An act still to be made ("is to be signed", "doit être signé"): its date is a plan.
_TO_BE_MADE = re.compile(rf"(?<!\w){alternation('to_be_made')}\s+(?:\w+\s+)?$", re.IGNORECASE)
# A date after these is a deadline, not the day the act was made ("agreed to act by July 29").
_BY = re.compile(rf"(?<!\w){alternation('deadline_words')}\s*$", re.IGNORECASE)
_MOST_WORDS_BETWEEN = 6
_NOUN_BEFORE = 100


def act_months(sentence: str, written: date) -> list[tuple[str, date, int]]:
    """The acts a sentence dates: (noun, first day of the month, offset of the date)."""
    found = []
    for match in _MONTH.finditer(sentence):
        if _BY.search(sentence[max(0, match.start() - 20) : match.start()]):
            continue
        made = _made_before(sentence, match.start())
        if made is None:
            continue
        noun = _noun_of(sentence, made, match.start())
        month = month_number(match.group("m1") or match.group("m2") or match.group("m3"))
        if noun is None or month is None:
            continue
        year = int(match.group("year")) if match.group("year") else (
            written.year if month <= written.month else written.year - 1)
        day = date(year, month, 1)
        if day <= written:
            found.append((noun, day, match.start()))
    return found


def _made_before(sentence: str, at: int) -> re.Match[str] | None:
    """The making verb of the clause ending at ``at``: a few words before it, with no other
    clause between."""
    window = sentence[max(0, at - 80) : at]
    verbs = list(_MADE.finditer(window))
    if not verbs:
        return None
    verb = verbs[-1]
    between = window[verb.end() :]
    if len(between.split()) > _MOST_WORDS_BETWEEN or _OTHER_CLAUSE.search(between) or (
            re.search(r"[.;:!?—–()]", between)) or _TO_BE_MADE.search(window[: verb.start()]):
        return None
    return _MADE.search(sentence, max(0, at - 80) + verb.start())


def _noun_of(sentence: str, verb: re.Match[str], at: int) -> str | None:
    """The kind of act a verb makes: the agreement noun nearest before it, or between it and
    the date ("passed the law on June 25")."""
    after = list(_NOUN.finditer(sentence, verb.end(), at))
    before = list(_NOUN.finditer(sentence, max(0, verb.start() - _NOUN_BEFORE), verb.start()))
    match = after[0] if after else (before[-1] if before else None)
    if match is None:
        return None
    return next(name for i, (name, _) in enumerate(_NOUNS) if match.group(f"n{i}"))


def month_slip_contradictions(built: Sequence[Built], corpus: Corpus) -> list[Contradiction]:
    """Outlets covering one held event that date an act it recalls a month apart."""
    main = main_events(built)
    coverage: dict[str, list[str]] = defaultdict(list)
    for doc_id, event_id in main.items():
        coverage[event_id].append(doc_id)
    titles = {event.id: event.title.split(",")[0] for event, _, _ in built}
    # An article of unknown day was written around its main event: its acts are read back
    # from the event's last day.
    ends = {event.id: when.end for event, _, when in built if when is not None}
    held: dict[str, set[date]] = defaultdict(set)
    for event, _, when in built:
        if when is not None and event.status in ("held", "ongoing"):
            held[event.type].add(when.start.replace(day=1))
    found = []
    for event_id, articles in sorted(coverage.items()):
        stated: dict[str, dict[date, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for doc_id in sorted(articles):
            written = corpus.written(doc_id) or ends[event_id]
            for noun, month, start, end in _article_months(corpus, doc_id, written):
                stated[noun][date.fromisoformat(month)].append(
                    corpus.evidence(doc_id, start, end))
        for noun, months in sorted(stated.items()):
            if set(months) <= held.get(_EVENT_TYPES.get(noun, ""), set()):
                continue  # two acts of that kind were made, one in each month
            made = _contradiction(event_id, titles[event_id], noun, months, corpus)
            if made is not None:
                found.append(made)
    return found


MONTH_SLIPS_KIND = "month-slips/1"
"""The kind under which :func:`_article_months` is kept between runs (see
:meth:`~communique.model.memo.TextMemo.get_annotated`); change its version when what
:func:`act_months` reads changes."""


def _article_months(corpus: Corpus, doc_id: str, written: date
                    ) -> list[tuple[str, str, int, int]]:
    """The acts each sentence of an article dates, read back from ``written``: (noun, first
    day of the month in ISO, the sentence's start and end). A function of the text, its
    sentences and ``written`` alone: kept per article under all three, so that an ``add``
    reads only new articles (and those whose day of writing changed)."""
    text = corpus.text(doc_id)

    def compute() -> list[list[str | int]]:
        return [[noun, month.isoformat(), span.start, span.end]
                for span in corpus.annotations[doc_id].sentences
                for noun, month, _ in act_months(text[span.start : span.end], written)]

    rows = corpus.memo.get_annotated(MONTH_SLIPS_KIND, doc_id,
                                     f"{written.isoformat()}\n{text}", compute)
    return [(str(noun), str(month), int(start), int(end)) for noun, month, start, end in rows]


def _contradiction(event_id: str, label: str, noun: str, months: dict[date, list[Evidence]],
                   corpus: Corpus) -> Contradiction | None:
    """Two months one apart, each outlet on one side."""
    # ``YYYY-MM`` values sort as the months do.
    sides = corpus.sides({f"{month:%Y-%m}": pieces for month, pieces in months.items()})
    if len(sides) != 2:
        return None
    first, second = (date.fromisoformat(f"{side.value}-01") for side in sides)
    if (second.year * 12 + second.month) - (first.year * 12 + first.month) != 1:
        return None
    note = "; ".join(f"{', '.join(s.outlets)}: {s.value}" for s in sides)
    return Contradiction(content_id("x_", "date", "month", event_id, noun), "date", event_id,
                         tuple(sides),
                         f"Reports of {label} date {noun} they recall a month apart — {note}.")
