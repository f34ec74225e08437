"""Reports that reach their event by their lead: one more independent outlet for the event.

An article in a language no event reader covers (Indonesian, Tagalog, Vietnamese, Arabic …), or
one whose reader found no event with a place and a date in it, or tied its news to another
event (a background date read as the event's), is not cited by the story event it reports,
though its lead says which one it is: its title and first sentences name the
event's kind (the words of ``lang/<code>/news_words.json`` and the language's pack) and its
place or all its parties (:func:`communique.merge._news_events.story_events`, as the month of an
undated article is read). Where the article's date leaves exactly one such event, the sentence
is that event's evidence and the article's outlet one more source of it.

The first lead sentence that names a story event is the news (a later one may recall an
earlier event), once the article's date leaves it any: a sentence whose events the date rules
out tells of something else. It reports a held event, or it puts one ahead (a preview); where it
names a signing and the talks it closed, the signing. The article's date keeps the events it
can report: a held event in the :data:`REPORT_DAYS` before the article's
day (or in its month, or the days just before), an event ahead in the :data:`PREVIEW_DAYS`
after it; an article without any date keeps the one event its text's own dates leave open,
or of a held event's several the one its lead's news month gives. Talks are told by their
place (or the weekday the sentence gives them), an act of the sides by the sides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from communique.clean._bounds import TextBounds, completed_bounds
from communique.clean._dates import PartialDate, parse_partial, resolve_near
from communique.extract.entities._world import city_names_in_other_scripts, other_script
from communique.merge._corpus import Corpus
from communique.merge._news_events import (
    HELD,
    Chosen,
    event_days,
    event_round,
    lead_sentences,
    news_month,
    story_events,
    written_days,
)
from communique.merge._news_words import names_any, place_ending
from communique.merge.entities import EntityIndex
from communique.model.article import Document
from communique.model.story import Evidence, StoryEvent

__all__ = ["PREVIEW_DAYS", "REPORT_DAYS", "join_lead_reports"]

REPORT_DAYS = 10
"""How many days after an event a report of it as the news may be written."""
PREVIEW_DAYS = 21
"""How many days before an event a preview of it may be written."""
_MONTH_LEAD = 7
"""How far before the month of an article known to its month only the event it reports may
lie ("signed on Thursday" in an article of the month's first days)."""
_SLACK = 1
"""A day of time zones: a report dated the day before its event (written in another zone)."""


@dataclass(frozen=True, slots=True)
class _Story:
    """What a lead is read against: the dated events (each with its days), the story's place
    names and their other names, every party's names, the batch's publication days."""

    events: Sequence[StoryEvent]
    dated: Sequence[tuple[StoryEvent, list[date]]]
    places: Mapping[str, Sequence[str]]
    names: Mapping[str, Sequence[str]]
    known: Sequence[date]
    rounds: Mapping[int, int | None]
    """Each dated event's round (:func:`event_round`), by ``id()``: asked for every lead
    sentence that numbers one."""


def join_lead_reports(events: Sequence[StoryEvent], corpus: Corpus, entities: EntityIndex
                      ) -> list[StoryEvent]:
    """``events`` with each article joined, by its lead sentence, to the one story event the
    lead reports where that event does not cite it yet (see the module's docstring)."""
    cited = {(event.id, e.article) for event in events for e in event.evidence}
    loose = [corpus.documents[d] for d in corpus.order]
    places = {e.name: e.aliases for e in entities.entities if e.type == "place"}
    if any(other_script(d.text) for d in loose):
        # Arabic or Persian texts write the story's cities in their own script.
        places = {name: (*more, *city_names_in_other_scripts(name))
                  for name, more in places.items()}
    story = _Story(
        events,
        [(e, days) for e in events if e.status in (*HELD, "planned") and _known(e)
         and (days := event_days(e))],
        places, {e.id: (e.name, *e.aliases) for e in entities.entities},
        sorted(d.published for d in corpus.documents.values() if d.published),
        {id(e): event_round(e) for e in events})
    added: dict[str, list[Evidence]] = {}
    for document in loose:
        found = _lead_event(document, corpus, story)
        if found is not None and (found[0].id, document.id) not in cited:
            event, start, end = found
            added.setdefault(event.id, []).append(corpus.evidence(document.id, start, end))
    return [_joined(e, added[e.id], corpus) if e.id in added else e for e in events]


_ACTS = frozenset({"agreement", "ceasefire"})
"""Event types that are an act of the sides, told by who they are; talks are told by where."""


def _told_apart(chosen: Chosen, sentence: str, language: str, story: _Story,
                day: date | None) -> bool:
    """Whether the sentence names the event itself, not only its sides: its place, the day or
    weekday it fell on, or, for an act of the sides (a signing, a ceasefire), the sides; talks
    between the sides are also the news of an article written on their day or the next (the
    same sides meet again and again: other talks the sentence does not place may be others)."""
    event, days, picked = chosen
    if picked or event.type in _ACTS or event.place is None:
        return True
    if day is not None and 0 <= (day - days[0]).days <= _SLACK:
        return True
    if any((d.month, d.day) in written_days(sentence) for d in days):
        return True
    return event.place in story.places and names_any(
        sentence, (event.place, *story.places[event.place]), language, place_ending(language))


def _known(event: StoryEvent) -> bool:
    """Whether a lead can name the event: one the story places, or a ceasefire (which holds
    along a front, not at a place); talks no source placed are too loosely known to take a
    report that names their parties only."""
    return event.place is not None or event.type == "ceasefire"


def _joined(event: StoryEvent, evidence: Sequence[Evidence], corpus: Corpus) -> StoryEvent:
    """The event with more evidence, its support and outlets counted again."""
    pieces = (*event.evidence, *evidence)
    articles = {e.article for e in pieces}
    return replace(event, evidence=pieces, support=corpus.support(articles),
                   outlets=corpus.outlets(articles))


def _lead_event(document: Document, corpus: Corpus, story: _Story
                ) -> tuple[StoryEvent, int, int] | None:
    """The event the lead of ``document`` reports and the sentence's span, or ``None``."""
    language = (document.language or "en").split("-")[0].casefold()
    held = [(e, days) for e, days in story.dated if e.status in HELD]
    text = document.text
    when = _When(document, corpus, story)
    for offset, sentence in lead_sentences(text, document.title):
        ahead = False
        chosen = story_events(sentence, language, held, story.places, story.names,
                              rounds=story.rounds)
        if not chosen:
            ahead = True
            chosen = story_events(sentence, language, story.dated, story.places, story.names,
                                  plans=True, rounds=story.rounds)
        chosen = [c for c in chosen if _told_apart(c, sentence, language, story, when.day)]
        if not chosen:
            continue
        fitting = when.fitting(chosen, ahead)
        if fitting is None:
            return None  # an undated article's lead names several events: which is unsure
        if not fitting:
            continue  # no event the article's date leaves: the sentence tells of another
        # The first sentence that names an event the article can report is the news; where
        # it names several, a text signed is its news, the talks it closed its setting.
        fitting = _specific(fitting)
        start = text.find(sentence) if offset is None else offset
        if len(fitting) != 1 or start < 0:
            return None
        return fitting[0], start, start + len(sentence.rstrip())
    return None


_SPECIFIC = ("agreement", "ceasefire")
"""Event types that say more than a gathering, most telling first: a lead that names a
signing at a summit reports the signing."""


def _specific(events: list[StoryEvent]) -> list[StoryEvent]:
    """The events of the most telling type among ``events`` (all of them when none is)."""
    for kind in _SPECIFIC:
        found = [e for e in events if e.type == kind]
        if found:
            return found
    return events


class _When:
    """When an article was written, as far as the merge knows: its day, its month, or what
    its text's own dates and its lead's news leave (read once, when first needed)."""

    def __init__(self, document: Document, corpus: Corpus, story: _Story) -> None:
        self.document, self.story = document, story
        self.day = corpus.written(document.id)
        self.month = (parse_partial(document.published_month) if document.published_month
                      else None)
        self._bounds: TextBounds | None = None

    @property
    def bounds(self) -> TextBounds:
        """The text's own dates (:func:`completed_bounds`)."""
        if self._bounds is None:
            self._bounds = completed_bounds(
                self.document.text.split("\n"),
                lambda written: resolve_near(written, self.story.known), self.document.captions,
                self.document.language)
        return self._bounds

    def fitting(self, chosen: Sequence[Chosen], ahead: bool) -> list[StoryEvent] | None:
        """The events of ``chosen`` the article's date leaves (each once); ``None`` for an
        undated article whose lead leaves several events and no one month to pick one."""
        if self.day is not None:
            fits = [e for e, days, _ in chosen if _near_day(days, self.day, ahead)]
        elif self.month is not None:
            fits = [e for e, days, _ in chosen if _in_month(days, self.month, ahead)]
        else:
            fits = [e for e, days, _ in chosen if _open(days, self.bounds, ahead)]
            if len({e.id for e in fits}) > 1:
                if ahead:
                    return None
                # The month the lead's news gives (a later sentence's weekday picking one
                # of the events, as an undated article's month is read) tells them apart.
                month = self._lead_month()
                fits = [e for e, days, _ in chosen
                        if month is not None and _month_fits(days, month)]
                if len({e.id for e in fits}) != 1:
                    return None
        return list({e.id: e for e in fits}.values())

    def _lead_month(self) -> PartialDate | None:
        """The one month of the held event the lead reports (:func:`news_month`)."""
        document, story = self.document, self.story
        vote = news_month(document.text, document.title, document.language, story.events,
                          story.places, story.names, self.bounds)
        return None if vote is None else vote.month


def _month_fits(days: Sequence[date], month: PartialDate) -> bool:
    """Whether an event held on ``days`` falls in ``month``."""
    return any(month.first <= d <= month.last for d in days)


def _near_day(days: Sequence[date], day: date, ahead: bool) -> bool:
    """Whether an article written on ``day`` can report an event held on ``days`` (or, for a
    preview, announce it)."""
    if ahead:
        return 0 <= (days[0] - day).days <= PREVIEW_DAYS
    return (day - days[0]).days >= -_SLACK and (day - days[-1]).days <= REPORT_DAYS


def _in_month(days: Sequence[date], month: PartialDate, ahead: bool) -> bool:
    """Whether an article of ``month`` can report an event held on ``days`` (or announce it)."""
    first, last = month.first, month.last
    if ahead:
        return first <= days[0] <= last + timedelta(days=PREVIEW_DAYS)
    return first - timedelta(days=_MONTH_LEAD) <= days[0] <= last


def _open(days: Sequence[date], bounds: TextBounds, ahead: bool) -> bool:
    """Whether the text's own dates leave an event held on ``days`` to report (or to announce):
    held, it is not long before the latest day the text reports as past, nor after the
    earliest it puts ahead; ahead, it is after the latest past day."""
    past, future = bounds.latest_past, bounds.earliest_future
    if ahead:
        return past is None or days[0] > past
    return ((past is None or (past - days[-1]).days <= REPORT_DAYS)
            and (future is None or days[0] <= future))
