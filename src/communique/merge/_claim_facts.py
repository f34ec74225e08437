"""What one article's claim states, normalized so that outlets can be compared.

Each claim becomes a :class:`~communique.merge._fact.Fact`: its value in a comparable unit,
the content words of its clause as crude stems (``displaced``/``displacing``/``displacement``
→ ``displac``: :mod:`~communique.merge._fact_words`), what its number measures (a class such
as *killed* or *displaced* from the per-language lexicon of what news counts, else the verb
and the counted noun: :mod:`~communique.merge._fact_spans`), the countries that narrow what
is counted (``18 Veldran troops``), the event its sentence reports, and three flags that keep
it out of contradictions: a number that is no measurement (a clock time, an ordinal date,
``300 000``: :mod:`~communique.merge._fact_numbers`), a modal or conditional statement, and a
sentence listing several values of one measure (alternatives, ages, resolution numbers: what
the facts of one sentence say of each other is :mod:`~communique.merge._fact_sentences`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._fact import Fact
from communique.merge._fact_numbers import (
    DURATIONS,
    assertive,
    is_measurement,
    normal_value,
    window,
)
from communique.merge._fact_sentences import (
    aim_each_rate,
    inherit_scopes,
    mark_lists,
    with_companions,
)
from communique.merge._fact_spans import (
    episode_of,
    is_extension,
    levy_relief,
    measure_of,
    names_meeting,
    span_abroad,
    span_of,
)
from communique.merge._fact_words import (
    content_stems,
    levies,
    months_named,
    verbs_of,
)
from communique.merge._rate_targets import aimed_at
from communique.model.claims import Claim

__all__ = ["Fact", "article_facts", "facts_of", "stems_of"]

Folding = tuple[Callable[[str], str], Callable[[str], frozenset[str]]]
"""The merge's fold of nationality words and its :func:`stems_of`."""


def facts_of(corpus: Corpus, anchors: EventAnchors,
             fold: Callable[[str], str], countries: Callable[[str], bool]) -> list[Fact]:
    """Every claim of the corpus as a :class:`Fact`, in corpus order."""
    stems = stems_of(fold)
    facts: list[Fact] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is not None:
            facts += article_facts(corpus, doc_id, anchors, (fold, stems), countries)
    return facts


def stems_of(fold: Callable[[str], str]) -> Callable[[str], frozenset[str]]:
    """:func:`content_stems` with ``fold``, kept per distinct text: copies of one article
    repeat its claims word for word (``fold`` is fixed for a merge, so they cannot differ)."""
    known: dict[str, frozenset[str]] = {}

    def stems(words: str) -> frozenset[str]:
        found = known.get(words)
        if found is None:
            found = known[words] = content_stems(words, fold)
        return found

    return stems


def article_facts(corpus: Corpus, doc_id: str, anchors: EventAnchors, folding: Folding,
                  countries: Callable[[str], bool]) -> list[Fact]:
    """The claims of one article as facts, in its order (one for each of its claims);
    ``folding``: the merge's fold and its :func:`stems_of`."""
    text = corpus.text(doc_id)
    made = [_fact(doc_id, c, text, anchors, corpus, folding, countries)
            for c in corpus.annotations[doc_id].claims]
    made = aim_each_rate(made, text, folding[0], countries)
    return with_companions(mark_lists(inherit_scopes(made, text)))


def _fact(doc_id: str, claim: Claim, text: str, anchors: EventAnchors, corpus: Corpus,
          folding: Folding, countries: Callable[[str], bool]) -> Fact:
    """One claim as a fact; ``folding`` is the merge's fold and its :func:`content_stems`."""
    fold, stems = folding
    quantity = claim.quantity
    language = corpus.language(doc_id)
    value, unit = normal_value(quantity) if quantity else (None, "")
    words = stems(f"{claim.text} {claim.object or ''}")
    measure, noun, extension = _what_it_measures(claim, text, unit, words, language, folding)
    if quantity is not None:
        words -= stems(quantity.text)
    counted = window(text, quantity) if quantity else ""
    scope_words = stems(f"{claim.object or ''} {counted}")
    written = corpus.written(doc_id)
    event, main = _events(doc_id, claim, text, words, unit, anchors, written, language)
    return Fact(
        doc_id=doc_id,
        claim=claim,
        value=value,
        unit=unit,
        words=words,
        subject=stems(claim.subject),
        measure=measure,
        noun=noun,
        verbs=verbs_of(claim),
        scope=frozenset(w for w in scope_words if countries(w)),
        event=event,
        main_event=main,
        published=corpus.published(doc_id),
        written=written,
        episode=episode_of(corpus.sentence(doc_id, claim.start).text),
        assertive=assertive(claim),
        listed=False,
        measured=quantity is None or is_measurement(text, quantity),
        months=months_named(claim.text),
        targets=aimed_at(claim.text, fold, countries),
        levy=unit == "percent" and bool(levies() & words),
        language=language,
        extension=extension,
    )


def _what_it_measures(claim: Claim, text: str, unit: str, words: frozenset[str],
                      language: str | None, folding: Folding) -> tuple[str, str, bool]:
    """What a claim's number measures, its counted noun, and whether it is the length of an
    extension or a delay (a new time window, whatever it extends); nothing without a number."""
    quantity = claim.quantity
    if quantity is None:
        return "", "", False
    fold, stems = folding
    counted = stems(window(text, quantity))
    span = span_of(text, quantity)
    abroad = span_abroad(claim, unit, language)
    extension = is_extension(claim, text, unit, abroad, stems)
    span = "deadline" if extension else levy_relief(text, claim, unit, abroad or span, stems)
    measure, noun = measure_of(claim, unit, counted, words, fold, span)
    return measure, noun, extension


def _events(doc_id: str, claim: Claim, text: str, words: frozenset[str], unit: str,
            anchors: EventAnchors, written: date | None, language: str | None
            ) -> tuple[str | None, str | None]:
    """The event a claim's sentence reports and the article's main event (none when the
    sentence mentions several); for a length of hours, those of the meeting it lasted."""
    event = anchors.of_sentence(doc_id, claim.start)
    main = None if anchors.mentions_several(doc_id, claim.start) else anchors.main(doc_id)
    if unit not in DURATIONS:
        return event, main
    # A length is of one meeting: an event that only names a place is the meeting held
    # there when the article was written; of several the sentence names, the one that
    # ended when it was written.
    if event is None and main is None:
        event = anchors.held_on(doc_id, claim.start, written)
    event, main = anchors.on_day(event, written), anchors.on_day(main, written)
    # Nor is it of a meeting that began after the article was written (the next round
    # it announces): then, when the sentence names a meeting, of the one held event of
    # the story that ended the day the article was written or the day before.
    event = event if anchors.begun(event, written) else None
    main = main if anchors.begun(main, written) else None
    if event is None and main is None and (
            names_meeting(claim.text, words, language)
            or (anchors.main(doc_id) is None and names_meeting(text, None, language))):
        main = anchors.held_then(written)
    return event, main
