"""Mode contradictions: outlets that call the same talks direct, indirect, or both.

The format of talks is read from the sentences the events stage attached to each event (a
sentence that mentions exactly one event): *indirect talks*, *negotiated indirectly*, *separate
rooms* say indirect; *direct talks*, *met directly*, *face-to-face* say direct; *direct and
indirect* says both; so do their French, Spanish, Portuguese, Italian, German and Russian forms
(*négociations indirectes*, *direkte Gespräche*); the two given as alternatives (*either directly
or indirectly*) report none. A format word under negation, refusal, wish
or condition (*rejects direct talks*, *would be open to direct talks*, *if … direct*) states a
position, not what happened, and is skipped; so is an expectation (*will include direct
portions*, *officials believe*). An undated event is skipped: it gathers every round held at
one place, each with its own format; its sentences go to the one event held at that place (or
in a city of that country) that ended the day their article was written or the day before,
when there is one; so is a sentence of an article not mainly about this event
that does not name this event's place, and a sentence in the present progressive (*Veldra is
facilitating the indirect format*) in an article written days away from the event. A sentence
naming no event but pointing back at one (*the ceremony was held at the ministry*) is read for
the one event of its article it names by place or day, else for the article's main event. Each
article gets one value and each outlet one side; an outlet whose articles disagree is taken off
every side, so that no outlet is set against itself, and an article that gives both in separate
sentences (reporting a dispute over the format) takes no side. The contradiction is ``about``
the event id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import TypeVar

from communique.lang._phrases import alternation
from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side, StoryEvent
from communique.model.temporal import TimeExpression

DIRECT, INDIRECT, BOTH = "direct", "indirect", "direct and indirect"
_TALK = r"(?:talks?|negotiations?|meetings?|contacts?|discussions?|dialogue|engagement|" \
        r"exchanges?|rounds?|format|format of talks|sessions?|portions?|channel)"
_VERB = r"(?:met|meet|meeting|spoke|speak|talked|talking|negotiated|negotiating|engaged|" \
        r"conducted|held|communicated|sat down)"
_PATTERNS = (
    (BOTH, re.compile(r"\b(?:both\s+)?(?:direct\s+and\s+indirect|indirect\s+and\s+direct)\b",
                      re.IGNORECASE)),
    (INDIRECT, re.compile(
        rf"\bindirect(?:[\s“”\"'‘’-]+(?:\w+\s+){{0,2}}){_TALK}\b|\b{_VERB}\s+(?:\w+\s+){{0,3}}"
        rf"indirectly\b|\bindirectly\s+{_VERB}\b|\bseparate\s+rooms\b", re.IGNORECASE)),
    (DIRECT, re.compile(
        rf"(?<!in)\bdirect(?:[\s“”\"'‘’-]+(?:\w+\s+){{0,2}}){_TALK}\b|\b{_VERB}\s+(?:\w+\s+){{0,3}}"
        rf"(?:directly|face[\s-]to[\s-]face|in\s+person)\b|\bface[\s-]to[\s-]face\s+{_TALK}\b",
        re.IGNORECASE)),
)
# The same in the other languages read (lang/<code>/conflict_phrases.json): the talks noun
# before its adjective (négociations indirectes), or after it (indirekte Gespräche, прямые
# переговоры).
_TALK_OTHER = alternation("format_talk_nouns")
_INDIRECT_OTHER = alternation("indirect_words")
_DIRECT_OTHER = alternation("direct_words")
_AND_OTHER = alternation("format_conjunctions")
_OTHER = (
    (BOTH, re.compile(rf"\b{_DIRECT_OTHER}\s+{_AND_OTHER}\s+{_INDIRECT_OTHER}\b|"
                      rf"\b{_INDIRECT_OTHER}\s+{_AND_OTHER}\s+{_DIRECT_OTHER}\b",
                      re.IGNORECASE)),
    (INDIRECT, re.compile(rf"\b{_TALK_OTHER}\s+(?:\w+\s+)?{_INDIRECT_OTHER}(?!\w)|"
                          rf"(?<!\w){_INDIRECT_OTHER}\s+{_TALK_OTHER}", re.IGNORECASE)),
    (DIRECT, re.compile(rf"\b{_TALK_OTHER}\s+(?:\w+\s+)?{_DIRECT_OTHER}(?!\w)|"
                        rf"(?<![\w-]){_DIRECT_OTHER}\s+{_TALK_OTHER}|"
                        rf"\b{alternation('face_to_face')}\b", re.IGNORECASE)),
)
# Words that make a format a position, a wish or a condition rather than a report.
_NOT_A_REPORT = re.compile(rf"\b{alternation('format_unreported')}\b", re.IGNORECASE)
# The two formats as alternatives ("either directly or indirectly", "direct or indirect").
_ALTERNATIVES = re.compile(r"\b(?:in)?direct(?:ly)?\s+(?:or|nor)\s+(?:in)?direct(?:ly)?\b",
                           re.IGNORECASE)
_LOOK_BACK = 60
# A definite phrase that points back at an event the article has named ("the talks", "this
# meeting", "Saturday's ceremony"), in the languages whose format words are read.
_POINTING_BACK = re.compile(
    rf"\b{alternation('pointing_determiners')}\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{alternation('pointing_event_nouns')}\b",
    re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
_NEAR = timedelta(days=2)


def modes_in(sentence: str) -> set[str]:
    """The talks formats a sentence reports: ``direct``, ``indirect`` or ``direct and indirect``
    (a format stated as mixed), each at most once; empty when it reports none."""
    found: set[str] = set()
    if _ALTERNATIVES.search(sentence):
        return found  # "conducted either directly or indirectly": no format reported
    taken: list[tuple[int, int]] = []
    for mode, pattern in (*_PATTERNS, *_OTHER):
        for match in pattern.finditer(sentence):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            if _NOT_A_REPORT.search(sentence[max(0, match.start() - _LOOK_BACK) : match.end()]):
                continue
            found.add(mode)
    return found


def _value(modes: set[str]) -> str | None:
    """An article's format: one stated value, ``both`` when stated as mixed; ``None`` when the
    article gives the two in separate sentences (it reports a dispute, or a shift)."""
    if BOTH in modes:
        return BOTH
    return next(iter(modes)) if len(modes) == 1 else None


OwnSentences = list[tuple[StoryEvent, list[Evidence]]]
"""Each dated event with the sentences that speak of it alone."""


def own_sentences(events: Sequence[StoryEvent], corpus: Corpus) -> OwnSentences:
    """Each dated event with the sentences that speak of it alone: not a sentence naming
    several events, nor an aside from an article about another event (see the module doc).

    Formats, venues and start times all read them off the same events: they are worked out
    once per merge and kept on the corpus beside the events they were read from (the same
    events, item for item, or they are worked out again). Callers only read them.
    """
    key = tuple(events)
    kept = corpus.scratch.get(_OWN_SENTENCES)
    if kept is not None and kept[0] == key:
        found: OwnSentences = kept[1]
        return found
    found = list(_own_sentences(events, corpus))
    corpus.scratch[_OWN_SENTENCES] = (key, found)
    return found


_OWN_SENTENCES = "modes.own_sentences"


def _own_sentences(events: Sequence[StoryEvent], corpus: Corpus
                   ) -> Iterator[tuple[StoryEvent, list[Evidence]]]:
    """The work of :func:`own_sentences`."""
    sentence_events: dict[tuple[str, int], int] = defaultdict(int)
    for event in events:
        for evidence in event.evidence:
            sentence_events[(evidence.article, evidence.start)] += 1
    anchors = EventAnchors(events, corpus.place_countries())
    referring = _referring(events, anchors, corpus, sentence_events)
    told = _told_the_day(events, anchors, corpus, sentence_events)
    for event in events:
        if not event.start:
            continue  # an undated event gathers the rounds held at one place
        own = [e for e in event.evidence
               if sentence_events[(e.article, e.start)] == 1
               and not _elsewhere(event, e, anchors, corpus)]
        # A sentence pointing back was given to the event its own words or its article meant.
        yield event, own + [
            e for e in (*referring.get(event.id, []), *told.get(event.id, []))
            if not (_present(e.text) and _far(event, corpus.published(e.article)))]


def _told_the_day(events: Sequence[StoryEvent], anchors: EventAnchors, corpus: Corpus,
                  mentioned: Mapping[tuple[str, int], int]) -> dict[str, list[Evidence]]:
    """Sentences of undated events that only name a place ("talks in Veldra"), each given to
    the one event held there (or in a city of that country) that ended the day its article
    was written or the day before (:meth:`EventAnchors.on_day`)."""
    found: dict[str, list[Evidence]] = defaultdict(list)
    for event in events:
        if event.start or not event.place:
            continue
        for evidence in event.evidence:
            if mentioned[(evidence.article, evidence.start)] != 1:
                continue
            article = evidence.article
            written = corpus.written(article)
            meant = anchors.on_day(event.id, written)
            if meant is not None and meant != event.id:
                found[meant].append(evidence)
    return found


def _referring(events: Sequence[StoryEvent], anchors: EventAnchors, corpus: Corpus,
               mentioned: Mapping[tuple[str, int], int]) -> dict[str, list[Evidence]]:
    """Each event's sentences that name no event but point back at one ("Santos hosted the
    event at the Foreign Ministry", "the talks began at 3 p.m."), in the articles mainly about
    it: the article's own event is the one such a definite phrase means, unless the sentence
    names by its place or day exactly one of the events its article mentions (:func:`_meant`):
    which event is the article's main one then does not decide."""
    found: dict[str, list[Evidence]] = defaultdict(list)
    named: dict[str, dict[str, StoryEvent]] = defaultdict(dict)
    for event in events:
        for evidence in event.evidence:
            named[evidence.article][event.id] = event
    for article in sorted(named):
        if article not in corpus.annotations:
            continue
        main = anchors.main(article)
        days = _days_named(corpus.annotations[article].dates)
        for start, end in _pointing_back(article, corpus):
            if (article, start) in mentioned:
                continue
            evidence = corpus.evidence(article, start, end)
            meant = _meant(evidence, named[article].values(),
                           {day for at, day in days if start <= at < end}) or main
            if meant is not None:
                found[meant].append(evidence)
    return found


def _days_named(dates: Sequence[TimeExpression]) -> list[tuple[int, date]]:
    """Each day a text names, at its offset (a month, a range or a duration names none)."""
    found = []
    for expression in dates:
        value = expression.value or ""
        if len(value) == len("2000-01-01") and expression.granularity == "day":
            try:
                found.append((expression.start, date.fromisoformat(value)))
            except ValueError:
                continue
    return found


def _meant(evidence: Evidence, events: Iterable[StoryEvent], days: set[date]
           ) -> str | None:
    """The one event of its article that a sentence pointing back names by its own words: its
    place or a day it was held ("hosted the event at the ministry in Lindhaven" in an article
    about talks in Lindhaven and a signing in Port Alcyne); ``None`` when the sentence names
    none of them, or several (the article's main event is then the one meant)."""
    text = evidence.text.casefold()
    found = {event.id for event in events
             if (event.place and re.search(rf"(?<!\w){re.escape(event.place.casefold())}(?!\w)",
                                           text))
             or any(_held_on(event, day) for day in days)}
    return next(iter(found)) if len(found) == 1 else None


def _held_on(event: StoryEvent, day: date) -> bool:
    """Whether an event with a known first day ran on ``day``."""
    if not event.start or len(event.start) < 10:
        return False
    start = date.fromisoformat(event.start[:10])
    end = date.fromisoformat(event.end[:10]) if event.end and len(event.end) >= 10 else start
    return start <= day <= end


POINTING_BACK_KIND = "pointing-back/1"
"""The kind under which :func:`_pointing_back` is kept between runs (see
:class:`~communique.model.memo.TextMemo`); change its version when ``_POINTING_BACK`` changes."""


def _pointing_back(article: str, corpus: Corpus) -> list[tuple[int, int]]:
    """The spans of an article's sentences that point back at an event, in text order: a pure
    function of its text and sentence spans, both of which key the value kept in the memo."""
    text = corpus.text(article)
    spans = corpus.annotations[article].sentences
    # The spans are part of the key: the memo is keyed by text, and they come from extraction.
    keyed = text + "\x00" + ",".join(f"{span.start}:{span.end}" for span in spans)
    rows = corpus.memo.get(POINTING_BACK_KIND, article, keyed, lambda: [
        [span.start, span.end] for span in spans
        if _POINTING_BACK.search(text[span.start : span.end])])
    return [(start, end) for start, end in rows]


_Value = TypeVar("_Value")
ArticleValues = tuple[StoryEvent, dict[str, set[_Value]], dict[str, list[Evidence]]]
"""An event, what each article's own sentences say of it, and those sentences per article."""


def values_by_article(events: Sequence[StoryEvent], corpus: Corpus,
                      read: Callable[[str], set[_Value]]) -> Iterator[ArticleValues[_Value]]:
    """For each dated event, the values ``read`` finds in each article's own sentences about
    it (:func:`own_sentences`) and the sentences that give them: the sides a contradiction of
    formats or venues is made from."""
    # Copies of one article give one sentence many times: each distinct sentence is read once
    # (the values found are only ever read, never changed).
    known: dict[str, set[_Value]] = {}
    for event, sentences in own_sentences(events, corpus):
        per_article: dict[str, set[_Value]] = defaultdict(set)
        evidence_of: dict[str, list[Evidence]] = defaultdict(list)
        for evidence in sentences:
            values = known.get(evidence.text)
            if values is None:
                values = known[evidence.text] = read(evidence.text)
            if values:
                per_article[evidence.article] |= values
                evidence_of[evidence.article].append(evidence)
        yield event, per_article, evidence_of


def by_outlet(per_article: Mapping[str, set[_Value]], corpus: Corpus) -> dict[str, set[_Value]]:
    """Each outlet's values over all its articles, keyed by source: an outlet whose articles
    disagree among themselves takes no side (an outlet is never set against itself)."""
    found: dict[str, set[_Value]] = defaultdict(set)
    for article, values in per_article.items():
        found[corpus.source_key(article)] |= values
    return found


def one_value_groups(per_article: Mapping[str, set[_Value]], corpus: Corpus
                     ) -> dict[_Value, list[str]]:
    """The articles by the one value each gives, leaving out the articles of every outlet
    whose articles give more than one between them (an outlet never set against itself)."""
    by_source = by_outlet(per_article, corpus)
    groups: dict[_Value, list[str]] = defaultdict(list)
    for article, values in per_article.items():
        if len(by_source[corpus.source_key(article)]) == 1:
            groups[next(iter(values))].append(article)
    return groups


def sides_of(groups: Mapping[_Value, list[str]], evidence_of: Mapping[str, list[Evidence]],
             corpus: Corpus, label: Callable[[_Value], str] = str) -> tuple[Side, ...]:
    """One side per value, in value order, with its articles' sentences and outlets."""
    return tuple(
        Side(label(value), tuple(e for a in articles for e in evidence_of[a]),
             corpus.outlets(articles))
        for value, articles in sorted(groups.items())
    )


def listing(sides: Sequence[Side]) -> str:
    """``value (outlet, outlet); value (outlet)``: the sides as a contradiction's note
    lists them."""
    return "; ".join(f"{side.value} ({', '.join(side.outlets)})" for side in sides)


def mode_contradictions(events: Sequence[StoryEvent], corpus: Corpus) -> list[Contradiction]:
    """For each event, outlets that report its format differently."""
    made = (_contradiction(*values, corpus)
            for values in values_by_article(events, corpus, modes_in))
    return [contradiction for contradiction in made if contradiction is not None]


def _present(text: str) -> bool:
    """Whether a sentence speaks in the present progressive (what is going on as it is written)."""
    return bool(_PROGRESSIVE.search(text))


def _far(event: StoryEvent, published: date | None) -> bool:
    """Whether an article was written days away from the event (both dates known)."""
    if published is None or not event.start or len(event.start) < 10:
        return False
    start = date.fromisoformat(event.start[:10])
    end = date.fromisoformat(event.end[:10]) if event.end and len(event.end) >= 10 else start
    return not start - _NEAR <= published <= end + _NEAR


def _elsewhere(event: StoryEvent, evidence: Evidence, anchors: EventAnchors,
               corpus: Corpus) -> bool:
    """Whether a sentence comes from an article not mainly about this event (about another, or
    about several) and does not name this event's place: "the indirect format Veldra
    facilitates" in a report of a later round describes that round, not the event the sentence
    was linked to."""
    if _present(evidence.text) and _far(event, corpus.published(evidence.article)):
        return True  # "Veldra is facilitating the indirect format": the talks of the day written
    if anchors.main(evidence.article) == event.id:
        return False
    return not (event.place and event.place.casefold() in evidence.text.casefold())


def _contradiction(event: StoryEvent, per_article: dict[str, set[str]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus) -> Contradiction | None:
    """One contradiction from each article's format, an outlet never against itself."""
    values = {article: _value(modes) for article, modes in per_article.items()}
    by_source: dict[str, set[str | None]] = defaultdict(set)
    for article, value in values.items():
        by_source[corpus.source_key(article)].add(value)
    torn = {source for source, found in by_source.items() if len(found) > 1 or None in found}
    sides: dict[str, list[str]] = defaultdict(list)
    for article, value in values.items():
        if value is not None and corpus.source_key(article) not in torn:
            sides[value].append(article)
    if len(sides) < 2:
        return None
    made = sides_of(sides, evidence_of, corpus)
    note = f"Outlets describe the format of {event.title} differently: {listing(made)}."
    return Contradiction(content_id("x_", "mode", event.id), "mode", event.id, made, note)
