"""Event mentions: clauses that report talks, meetings, signings, ceasefires, exchanges, deadlines.

A mention is a reported fact: an event word (a meeting noun or verb, an agreement that is signed
or reached, a ceasefire taking effect, a prisoner exchange, a deadline) with what its own clause
says about it — who takes part and who mediates (from the parse, see
:mod:`communique.extract._event_roles`), where (:mod:`communique.extract._event_places`), when
(dates the parse ties to the event word), the source's own round number, how long it lasts, and
its status: held, ongoing, planned, postponed, cancelled, hypothetical or historical
(:mod:`communique.extract._event_status`). Delegations and assessments come from the sentences
around it (:mod:`communique.extract._event_sides`). The merge stage turns mentions from many
articles into events; nothing here compares documents.

The reading is split by concern: :mod:`communique.extract._event_reader` reads sentence by
sentence and clause by clause, :mod:`communique.extract._event_triggers` finds the event words,
:mod:`communique.extract._event_timing` the dates, round numbers and lengths, and
:mod:`communique.extract._event_previous` lends a place from the sentence before.

Vocabulary comes from the document language's lexicon
(:mod:`communique.extract._event_lexicon`), never from a list of one story's places or people.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from communique.extract._event_lexicon import lexicon
from communique.extract._event_previous import place_from_previous
from communique.extract._event_reader import Reader
from communique.extract._event_sides import attach_delegates, delegates
from communique.extract._event_triggers import doc_span_text
from communique.extract._name_parts import whole_names
from communique.extract._parsed import sentences_of
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.model import Span
from communique.model.annotations import Delegate, EventMention
from communique.model.entities import DocEntity, EntityLabel
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression

__all__ = ["doc_span_text", "find_events", "place_from_previous", "place_links"]


def place_links(doc: Doc, entities: Sequence[DocEntity]) -> list[tuple[str, str]]:
    """``(place, country)`` pairs stated as ``Place, Country`` (``Lindhaven, Veldra``).

    Not when the country word modifies what follows it: in "talks in Lindhaven, Veldran
    Foreign Minister X said" the comma ends the place and the country word begins the
    speaker's title, so Lindhaven does not lie in Veldra.
    """
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: (m.start, m.end))
    text = doc_text(doc)
    links = []
    for first, second in itertools.pairwise(mentions):
        if (
            first.label is EntityLabel.PLACE
            and second.label is EntityLabel.COUNTRY
            and text[first.end : second.start] in (", ", ",")
            and not _attributive(doc, second.start, second.end)
        ):
            links.append((first.canonical, second.canonical))
    return list(dict.fromkeys(links))


def _attributive(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` modifies a word after it (``US Commerce Secretary``):
    the parse hangs its last word on a later one, or a capitalized word follows it at once."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) and span[-1].head.i > span[-1].i and span[-1].dep_ in (
            "compound", "amod", "nmod", "poss"):
        return True
    rest = doc_text(doc)[end : end + 2]
    return len(rest) == 2 and rest[0] == " " and rest[1].isupper()


def find_events(
    doc: Doc,
    parties: Parties,
    dates: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    links: dict[str, str],
    skip: Sequence[Span] = (),
    *,
    published: date | None = None,
    language: str | None = None,
) -> list[EventMention]:
    """Every event mention of a parsed document, in text order.

    ``links`` are the document's ``place → country`` pairs (:func:`place_links`);
    ``published`` its date (a stated date after it makes an event planned). Sentences
    overlapping ``skip`` (heading lines) are not read: a heading names the event but is not a
    statement about it, and delegation sentences must not attach to it. A language without a
    lexicon has no event mentions.
    """
    lex = lexicon(language)
    if lex is None:
        return []
    reader = Reader(doc, parties, dates, quotes, links, published, lex)
    found: list[EventMention] = []
    pending: list[Delegate] = []
    carried: str | None = None
    for sent in sentences_of(doc):
        if any(sent.start_char < s.end and s.start < sent.end_char for s in skip):
            continue
        # A name the tagger cut in two, or a first name beside the full one, is one person.
        mentions = whole_names(doc_text(doc), parties.mentions_in(sent.start_char, sent.end_char))
        named, carried = delegates(sent, mentions, parties, carried, lex)
        made = reader.sentence(sent, mentions, named)
        if made:
            found.extend(made)
        else:
            pending.extend(named)
    return attach_delegates(
        place_from_previous(found, doc_text(doc), dated=published is not None), pending)

