"""The reader of one document's event mentions, sentence by sentence and clause by clause.

:class:`Reader` holds what every sentence needs (the parse, the sides, the dates, the quotes,
the place links, the language's lexicon) and builds one mention per clause that names an event,
from the event words (:mod:`communique.extract._event_triggers`), its dates and number
(:mod:`communique.extract._event_timing`), its roles, place, status and sides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_offsets import offset_dates
from communique.extract._event_places import anchors, event_place
from communique.extract._event_roles import (
    TokenMentions,
    event_nouns,
    mediators_from_text,
    roles,
)
from communique.extract._event_sides import assessments
from communique.extract._event_status import mention_status
from communique.extract._event_timing import (
    event_dates,
    new_date,
    source_ordinal,
    stated_days,
    weekday_conflict,
)
from communique.extract._event_triggers import (
    candidate_tokens,
    clause_tense,
    clause_triggers,
    deadline_status,
    deadline_verbs,
    names_event,
    sentence_clauses,
    signed_text,
    suspension_act,
)
from communique.extract._event_venues import venue_triggers
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.model.annotations import Delegate, EventMention, EventStatus, EventType
from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import Quote
from communique.model.temporal import TimeExpression

_HOSTED_BY = re.compile(r"\bhosted\s+by\b", re.IGNORECASE)
_TENSES = {
    EventStatus.HELD: "past",
    EventStatus.HISTORICAL: "past",
    EventStatus.ONGOING: "present",
    EventStatus.PLANNED: "future",
    EventStatus.POSTPONED: "future",
    EventStatus.CANCELLED: "future",
    EventStatus.HYPOTHETICAL: "future",
}

_PLACE_LABELS = (EntityLabel.PLACE, EntityLabel.COUNTRY)


def _place_beside(text: str, dates: Sequence[TimeExpression],
                  mentions: Sequence[EntityMention], lex: EventLexicon
                  ) -> tuple[str, str | None, bool] | None:
    """A place the clause states without a preposition the parse can tie to the event.

    Two forms of communiqués: a place set off after the event's date ("Meeting on 16 August
    2025, Ostra Province, Republic of Veldra"), the place itself followed by a comma or the end
    (so that "on Monday, Veldra said" is not one); and a host named as such ("held … with the
    Kingdom of Korvania as the host"), which the last value says.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for expression in dates:
        following = next((m for m in ordered if m.start >= expression.end), None)
        if (
            following is not None
            and following.label is EntityLabel.PLACE
            and re.fullmatch(r"\s*,\s*", text[expression.end : following.start])
            and re.match(r"\s*(?:[,.;]|$)", text[following.end : following.end + 2])
        ):
            return following.canonical, None, False
    for mention in ordered:
        if mention.label in _PLACE_LABELS and lex.host_role.match(text, mention.end):
            return mention.canonical, (
                mention.canonical if mention.label is EntityLabel.COUNTRY else None), True
    return None


class Reader:
    """Reads the event mentions of one document; holds what every sentence needs."""

    def __init__(
        self,
        doc: Doc,
        parties: Parties,
        dates: Sequence[TimeExpression],
        quotes: Sequence[Quote],
        links: dict[str, str],
        published: date | None,
        lex: EventLexicon,
    ) -> None:
        self.doc, self.parties, self.dates, self.quotes = doc, parties, dates, quotes
        self.links, self.published, self.lex = links, published, lex
        self.captions = re.compile("|".join(lex.caption_cues))

    def sentence(
        self,
        sent: SpacySpan,
        mentions: Sequence[EntityMention],
        found_delegates: tuple[Delegate, ...],
    ) -> list[EventMention]:
        """The event mentions of one sentence, one per clause that names an event.

        Assessments read from the sentence go to its first mention only, delegates to its
        first mention with a place or a date.
        """
        candidates = candidate_tokens(self.doc, self.lex)
        first_candidate = bisect.bisect_left(candidates, sent.start)
        if first_candidate == len(candidates) or candidates[first_candidate] >= sent.end:
            return []  # most sentences name no event: nothing more to read
        clauses = [
            (c, clause_triggers(self.doc, c[0], c[1], self.lex)) for c in sentence_clauses(sent)
        ]
        if not any(found for _, found in clauses) or self.captions.search(
            doc_text(self.doc)[sent.start_char : sent.end_char]
        ):
            return []  # no event word; or a photo caption, which shows an event, not reports it
        tokens = TokenMentions(self.doc, mentions)
        made: list[EventMention] = []
        # "met on the sidelines of the X summit": the summit is where, its organization no side.
        covered: set[int] = set(venue_triggers(
            self.doc, [t for _, found in clauses for t in found], self.lex))
        for (first, last), triggers in clauses:
            for n, (index, kind) in enumerate(triggers):
                if index in covered:
                    continue  # "talks" in "a round of talks" is the same event as "round"
                covered |= {t.i for t in event_nouns(self.doc[index], self.lex)}
                mention = self.mention((first, last), index, kind, mentions, tokens)
                if mention is None:
                    continue
                anchored = mention.place or mention.dates
                if n > 0 and not anchored and kind is not EventType.DEADLINE:
                    # "The talks in X were the third round": the number is the first event's.
                    if (
                        mention.ordinal is not None
                        and made
                        and made[-1].ordinal is None
                        and self.doc[index].dep_ in ("attr", "appos")
                    ):
                        made[-1] = replace(
                            made[-1], ordinal=mention.ordinal, ordinal_text=mention.ordinal_text
                        )
                    continue
                if not made:
                    mention = replace(
                        mention,
                        assessments=assessments(self.quotes, sent, self.doc, self.parties),
                    )
                made.append(mention)
        if made and found_delegates:
            # The sentence's delegates go to its mention that says where or when ("… in the
            # talks by X … at the negotiations in Rome"), else to its first.
            at = next((i for i, m in enumerate(made) if m.place or m.dates), 0)
            made[at] = replace(made[at], delegates=(*made[at].delegates, *(
                d for d in found_delegates if d not in made[at].delegates)))
        return made

    def mention(
        self,
        clause: tuple[int, int],
        index: int,
        kind: EventType,
        mentions: Sequence[EntityMention],
        tokens: TokenMentions,
    ) -> EventMention | None:
        """One event mention: what the clause around event word ``index`` says about it."""
        doc, lex = self.doc, self.lex
        first, last = clause
        token = doc[index]
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        clause_mentions = [m for m in mentions if start <= m.start and m.end <= end]
        clause_text = doc_text(doc)[start:end]
        deadline = kind is EventType.DEADLINE
        named = token
        if kind is EventType.SUSPENSION:
            # The act of suspending, not the text suspended, has the event's date and place.
            token = suspension_act(token, lex)
        nouns = event_nouns(token, lex)
        place, country = (
            (None, None) if deadline else event_place(doc, token, nouns, clause, tokens,
                                                      self.links, lex)
        )
        found = roles(token, tokens, self.parties, lex)
        if token.lemma_.lower() in lex.receive_verbs | lex.hosting_verbs and len(
            found.parties
        ) + len(found.people) < 2:
            return None  # "received a letter" is no meeting; "X received Y" is
        # A side named as taking part that also hosts ("talks between X and Y, hosted by X")
        # hosts at home: it stays a side, not a go-between.
        hosting = _HOSTED_BY.search(clause_text) is not None
        mediators = list(dict.fromkeys(
            [*found.mediators, *(m for m in mediators_from_text(clause_text, start,
                                                                 clause_mentions, self.parties,
                                                                 lex)
                                 if not (hosting and m in found.parties))]
        ))
        ending = deadline_verbs(token, lex) if deadline else set()
        anchored = anchors(token, nouns, lex) | ending
        # "the truce, which was agreed in May and is set to expire on June 2": the clause
        # that ends the text may run past the coordination that bounds the event's clause.
        reach = max((t.idx + len(t) for i in ending if i != token.head.i
                     for c in doc[i].children if c.dep_ in ("prep", "npadvmod")
                     for t in c.subtree), default=end)
        dates, inconsistency = weekday_conflict(
            event_dates(doc, self.dates, (start, max(end, reach)), token.i, anchored, lex,
                        deadline),
            lex,
        )
        if deadline and token.lower_ in lex.agreement_nouns:
            # "extends the July 28 ceasefire": a date in the text's name is not its new end
            dates = _outside(token, dates)
        if kind is EventType.SUSPENSION:
            # "suspended the accord it had signed in March": the signing's date, not this
            dates = _outside(named, dates, keep_clauses=False)
        if deadline and not dates:
            # "72 hours after the truce took effect on Monday": counted from that day
            dates = offset_dates(doc_text(doc), (token.sent.start_char, token.sent.end_char),
                                 self.dates, lex.offset_prepositions)
        host = False  # a side named as the host hosts at home: it stays a side
        if not deadline and (place is None or place == country):
            stated = _place_beside(doc_text(doc), dates, clause_mentions, lex)
            if stated is not None:
                place, country, host = stated
        status = mention_status(token, dates, self.published, lex)
        if deadline:
            status = deadline_status(token, lex) or status
        if status is EventStatus.POSTPONED and new_date(doc, dates, lex):
            status = EventStatus.PLANNED  # "postponed to Monday": Monday is the new date
        ordinal = None
        for noun in [] if deadline else nouns:
            local = (noun.idx - start, noun.idx - start + len(noun))
            ordinal = ordinal or source_ordinal(clause_text, local)
        heads = tuple(
            Delegate(person.canonical, party, True, person.start, person.end)
            for person, party in found.people
            # A participant whose side this article does not say keeps None: the story may
            # know whose negotiator they are.
            if party not in mediators and person.canonical not in mediators
        )
        sentence = token.sent
        # Who suspends a text is who acts, not the sides the text's name mentions ("suspended
        # the Korvanian-Veldran declaration").
        text_parties = (
            _named_within(named, clause_mentions, self.parties)
            if kind is EventType.SUSPENSION else set()
        )
        return EventMention(
            start=sentence.start_char,
            end=sentence.end_char,
            type=kind,
            trigger=token.text,
            trigger_start=token.idx,
            trigger_end=token.idx + len(token),
            tense=_TENSES[status] if status is not None else clause_tense(doc, first, last),
            place=place,
            place_country=country,
            dates=dates,
            ordinal=ordinal[0] if ordinal else None,
            ordinal_text=ordinal[1] if ordinal else None,
            parties=tuple(p for p in found.parties
                          if p not in mediators and (p != place or host)
                          and not names_event(p, lex) and p not in text_parties),
            mediators=tuple(mediators),
            delegates=heads,
            days=stated_days(clause_text, (token.idx - start, token.idx - start + len(token))),
            status=status,
            signed=signed_text(named, kind, lex),
            inconsistency=inconsistency,
        )


def _named_within(
    token: Token, mentions: Sequence[EntityMention], parties: Parties
) -> set[str]:
    """The parties named inside the phrase of ``token`` (a text's own name and modifiers) and
    nowhere else in the clause."""
    words = list(token.subtree)
    first, last = words[0].idx, words[-1].idx + len(words[-1])
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in mentions:
        party = parties.party_of_name(mention.text)
        if party:
            (inside if first <= mention.start < last else outside).add(party)
    return inside - outside


def _outside(
    token: Token, dates: tuple[TimeExpression, ...], keep_clauses: bool = True
) -> tuple[TimeExpression, ...]:
    """The dates not written inside the name of ``token`` (its phrase less, with
    ``keep_clauses``, the clauses that describe it: "the truce that expired on Tuesday" keeps
    Tuesday)."""
    clauses = {t.i for c in token.children if keep_clauses and c.dep_ in ("relcl", "acl")
               for t in c.subtree}
    name = [t for t in token.subtree if t.i not in clauses]
    return tuple(d for d in dates if not any(t.idx <= d.start < t.idx + len(t) for t in name))
