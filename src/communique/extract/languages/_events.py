"""Event mentions in a language with a pack: a sentence that names talks, a meeting or a round
(the pack's ``meeting_nouns`` and ``round_nouns``) is a mention of talks.

Without a parser the sentence's words stand in for syntax: the event's place is a city named
after a locative preposition (``in Lindhaven``, ``в Линдхавене``, ``à Lindhaven``) close to
the event word, or written against it (``Lindhaven-Gespräche``); its dates are the sentence's
dates; its round number an ordinal just before the event word (``zweite Runde``, ``второго
раунда``); its length a stated number of days; its tense future when the sentence has one of
the pack's future cues. Places and dates are canonical (English names, ISO values), so the
merge stage joins these mentions to the English reports of the same event.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from communique.extract._event_dates import bounded, in_dateline, other_predicate
from communique.extract._event_lexicon import ENGLISH, is_forum
from communique.extract._event_roles import joined_parties
from communique.extract._event_sides import (
    SideCues,
    attach_delegates,
    event_words,
    read_delegates,
    side_cues,
)
from communique.extract._parties import Parties
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.languages._deadlines import find_deadline
from communique.extract.languages._event_cues import (
    ceasefire_word,
    in_clause,
    split_negated,
    split_verbs,
)
from communique.extract.languages._locatives import introduced as locative
from communique.extract.languages._locatives import mask_dates, place_noun
from communique.extract.languages._opening_places import opening_place
from communique.extract.languages._words import AFTER, BEFORE, alternation, normal
from communique.lang import LanguagePack, language_pack
from communique.model import Span
from communique.model.annotations import Delegate, EventMention, EventStatus, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.temporal import TimeExpression

_REACH = 80
"""Most characters between the event word and its place."""
_ORDINAL_WORDS = 2
_DAYS = re.compile(r"P(\d+)D")
_DATE_REACH = 150
"""Most characters between the event word and a date of its own after it, without a parse."""
_LINK_LETTERS = 3
"""A word between an event word and a name links them when it is this short (``de``, ``in``)."""
_UNNAMED = re.compile(r"\s+([\w']+)\s+((?:[^\W\d_][\w'’-]*)(?:[\s-][^\W\d_][\w'’-]*)?)")
_NAME_WORD = re.compile(r"[\s-]+([^\W\d_][\w'’-]*)")
_SHORT_FORM = re.compile(r"\s*\(\s*[^\W\d_][\w.]{1,9}\s*\)")
"""A short form in brackets that the text gives the name before it."""
_PLACES = (EntityLabel.PLACE, EntityLabel.COUNTRY)
_COUNTRY_COST = 50
"""A city says more about where than a country: a country wins only when far nearer."""


def find_events(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                dates: Sequence[TimeExpression], pack: LanguagePack,
                skip: Sequence[Span] = ()) -> list[EventMention]:
    """One talks mention per sentence that names talks, a meeting or a round."""
    # Where nouns compound (``Gesprächsrunde``), the event word may end a longer word.
    head = r"[^\W\d]*?" if pack.noun_suffixes else ""
    verbs = frozenset(normal(v) for v in pack.meeting_verbs) - pack.meeting_nouns
    trigger = re.compile(
        rf"{BEFORE}({head}(?:{alternation(pack.meeting_nouns | pack.round_nouns)})"
        rf"|{alternation(verbs)}){AFTER}",
        re.IGNORECASE)
    split = split_verbs(pack.split_meeting_verbs)
    ordinals = {normal(f): n for n, row in enumerate(pack.ordinals, start=1) for f in row}
    places = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    canonical = {m.start: e.canonical for e in entities for m in e.mentions}
    signing = re.compile(rf"{BEFORE}({alternation(pack.signing_words)}){AFTER}", re.IGNORECASE)
    speech = re.compile(rf"{BEFORE}(?:{alternation(pack.speech_verbs)}){AFTER}", re.IGNORECASE)
    sequence = (re.compile(rf"{BEFORE}(?:{alternation(pack.sequence_words)}){AFTER}",
                           re.IGNORECASE) if pack.sequence_words else None)
    future = frozenset(w.lower() for w in pack.future_cues)
    parties = Parties(entities)
    cues = _cues(pack.language)
    out: list[EventMention] = []
    pending: list[Delegate] = []
    carried: str | None = None
    for sentence in sentences:
        if any(sentence.start < s.end and s.start < sentence.end for s in skip):
            continue
        named = parties.mentions_in(sentence.start, sentence.end)
        found_delegates, carried = read_delegates(
            text, (sentence.start, sentence.end), named, parties, carried, cues, _forum,
            pack.place_prepositions, _led_events(pack.language))
        made = len(out)
        inside = tuple(d for d in dates if sentence.start <= d.start < sentence.end)
        words = set(re.findall(r"[\w']+", normal(text[sentence.start:sentence.end])))
        signed = _signing(text, signing, sentence, places, canonical, pack, inside)
        if signed is not None:
            word, where = signed
            placed = where is not None
            out.append(EventMention(
                sentence.start, sentence.end, EventType.AGREEMENT, word.group(1),
                word.start(), word.end(), "future" if words & future else "past",
                place=where,
                dates=_own_dates(text, inside, word, speech, (sentence.start, pack), sequence),
                parties=_signatories(text, word, places, canonical, sentence,
                                     pack.place_prepositions, parties),
                status=EventStatus.PLANNED if words & future else None,
            ))
            # Who signs for each side ("représenté par X", "les présidents X et Y") heads it;
            # the signatories alone name the parties.
            people, _ = _participants(text, sentence, named, parties, pack, word.start())
            out[-1] = replace(out[-1], delegates=(
                *people, *(d for d in found_delegates if d.name not in {p.name for p in people})))
            if placed:
                continue  # a signing is the sentence's event; talks named with it lead up to it
            # A signing the sentence does not place still joins the event its date or its
            # article places (the merge stage's to find); talks the sentence places are read.
            made = len(out)
        truce = ceasefire_word(text, sentence, pack, [(d.start, d.end) for d in inside])
        if truce is not None:
            # Where a ceasefire holds is the fighting's place, not where it was agreed: the
            # merge stage finds it; talks the sentence names are an event of their own.
            people, sides = _participants(text, sentence, named, parties, pack, truce.start())
            out.append(EventMention(
                sentence.start, sentence.end, EventType.CEASEFIRE, truce.group(1),
                truce.start(), truce.end(), "future" if words & future else "past",
                dates=in_clause(text, truce, _own_dates(text, inside, truce, speech,
                                                        (sentence.start, pack), sequence), pack),
                parties=tuple(sides), delegates=tuple(people),
                status=EventStatus.PLANNED if words & future else None,
            ))
            made = len(out)
        deadline = find_deadline(text, sentence, inside, pack, bool(words & future))
        if deadline is not None:
            out.append(deadline)  # "la tregua que vence el 12 de agosto": a day falling due
            made = len(out)
        # The sentence's first event word that has a place, else its first event word.
        match, name = None, None
        found_split = [] if split is None else [
            m for m in split.finditer(text, sentence.start, sentence.end)
            if not split_negated(text, m, pack)]  # "kamen nicht zusammen"
        for found in sorted([*trigger.finditer(text, sentence.start, sentence.end),
                             *found_split], key=lambda m: m.start()):
            verb = normal(found.group(1)) in verbs or found in found_split
            if verb and _negated(text, found.start(), sentence.start, pack):
                continue  # "sans se rencontrer": no meeting
            # A verb's object is who is met, never where: its place needs a preposition.
            place = _place(text, found, places, pack, sentence, introduced_only=verb,
                           sequence=sequence, dates=inside)
            name = (capital_place(text, place, canonical.get(place.start, place.canonical),
                                  pack) if place
                    else None if verb else _unnamed_place(text, found, pack, inside))
            match = match or found
            if name is not None:
                match = found
                break
        if match is not None and name is None:
            # "In Lindhaven nahmen X und Y … Gespräche auf": the sentence's opening place.
            opening = opening_place(text, sentence, places, pack,
                                    [(d.start, d.end) for d in inside], match.start(), speech)
            name = capital_place(text, opening, canonical.get(opening.start,
                                                              opening.canonical), pack) \
                if opening is not None else None
        if match is None or name is None:
            pending.extend(found_delegates)
            continue  # without a parse, a talks word with no place says too little to merge
        ordinal = _ordinal(text, match.start(), sentence.start, ordinals)
        days = next((int(m.group(1)) for d in inside if d.value
                     and (m := _DAYS.fullmatch(d.value))), None)
        kind = EventType.MEETING if normal(match.group(1)) in verbs or (
            match in found_split) else EventType.TALKS
        out.append(EventMention(
            sentence.start, sentence.end, kind, match.group(1),
            match.start(), match.end(), "future" if words & future else "past",
            place=name,
            dates=_own_dates(text, inside, match, speech, (sentence.start, pack), sequence),
            ordinal=ordinal[0] if ordinal else None,
            ordinal_text=ordinal[1] if ordinal else None,
            days=days,
        ))
        if len(out) > made:
            people, sides = _participants(text, sentence, named, parties, pack,
                                          match.start(), None if kind is EventType.MEETING
                                          else match.end())
            sides = list(dict.fromkeys([*_paired(text, match, parties), *sides]))
            out[-1] = replace(out[-1], parties=tuple(sides), delegates=(
                *people, *(d for d in found_delegates if d.name not in {p.name for p in people})))
    return attach_delegates(out, pending)


def _forum(name: str) -> bool:
    """Whether a canonical name is a forum, not a side (canonical names are English)."""
    return is_forum(name, ENGLISH)


@cache
def _cues(language: str) -> SideCues:
    """The delegation cues of a language's pack, compiled once."""
    pack = language_pack(language)
    if pack is None:
        return side_cues((), (), (), (), ())
    return side_cues(pack.head_cues, pack.side_cues, pack.joint_cues, pack.member_cues,
                     pack.delegation_nouns, pack.counterpart_cues)


@cache
def _led_events(language: str) -> re.Pattern[str]:
    """The event words of a language's pack that a head cue may follow (:func:`event_words`)."""
    pack = language_pack(language)
    return event_words(pack.meeting_nouns | pack.round_nouns if pack else ())


_LIST_GAP = 45
"""Most characters between two names of one list of participants (titles may come between)."""
_LIST_BREAK = re.compile(r"[.;:!?()«»\"“”]")


_PAIR = re.compile(r"[^\W\d_][\w.]*(?:\s?[-‑–—]\s?[^\W\d_][\w.]*)+")
_PAIR_REACH = 25
"""Most characters between an event word and the pair of names it is between."""


def _paired(text: str, trigger: re.Match[str], parties: Parties) -> list[str]:
    """The parties of a pair of names written against the event word or just after it
    (``sommet conjoint ALBA-CORA``, ``ALBA-CORA-Gipfel``)."""
    before = text[max(0, trigger.start() - _PAIR_REACH) : trigger.start()]
    window = [m.group() for m in _PAIR.finditer(text, trigger.end(), trigger.end() + _PAIR_REACH)
              if not re.search(r"[,.;:]", text[trigger.end() : m.start()])]
    written = re.search(r"([^\W\d_][\w.]*(?:[-‑–][^\W\d_][\w.]*)+)[-‑–]$", before)
    names = [written.group(1)] if written else []
    for name in [*names, *window[:1]]:
        found = joined_parties(name, parties)
        if found:
            return found
    return []


def _event_words(pack: LanguagePack) -> re.Pattern[str]:
    """Words that name an event of their own (talks, a meeting, a round, a signing)."""
    return _event_pattern(pack.meeting_nouns | pack.round_nouns | pack.signing_words)


@cache
def _event_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"{BEFORE}(?:{alternation(words)}){AFTER}", re.IGNORECASE)


def _list_gap(gap: str, pack: LanguagePack, *, first: bool) -> bool:
    """Whether the text between two names keeps them in one list: commas, a conjunction,
    articles and titles only (``, le président``), never a place's preposition."""
    if len(gap) > _LIST_GAP or _LIST_BREAK.search(gap):
        return False
    words = [w.lower() for w in re.findall(r"[\w'’]+", gap)]
    if set(words) & pack.place_prepositions:
        return False  # "entre X et Y à Tirasol": the list has ended, the place begins
    if not first and "," not in gap and not any(len(w) <= 3 for w in words):
        return False
    # Titles in the plural too ("les présidents X et Y").
    return all(len(w) <= 3 or pack.is_title(w) or pack.is_title(w.rstrip("s")) for w in words)


_COORDINATION_GAP = 90
"""Most characters between two people joined by a conjunction, a nationality between."""


def _coordinated(text: str, mentions: Sequence[EntityMention], pack: LanguagePack,
                 trigger: int) -> list[EntityMention]:
    """Two or more people a sentence joins by a conjunction (``le Président X de la RDC et le
    Président Y``): the subjects of the meeting in a sentence that names one.

    The words between may be titles, articles and the first person's country only.
    """
    people = [m for m in mentions if m.label is EntityLabel.PERSON]
    for first, second in itertools.pairwise(people):
        gap = text[first.end : second.start]
        if len(gap) > _COORDINATION_GAP or _LIST_BREAK.search(gap) or "," in gap:
            continue
        inside = [m for m in mentions if first.end <= m.start and m.end <= second.start]
        rest = gap
        for m in reversed(inside):
            if m.label not in _PLACES:
                break
            rest = rest.replace(m.text, " ")
        else:
            words = [w.lower() for w in re.findall(r"[\w'’]+", rest)]
            joins = [w for w in words if len(w) <= 3 and w not in pack.place_prepositions]
            if joins and all(len(w) <= 3 or pack.is_title(w) for w in words) and not (
                    set(words) & pack.place_prepositions):
                return [first, second]
    return _subjects(text, mentions, pack, trigger)


def _subjects(text: str, mentions: Sequence[EntityMention], pack: LanguagePack,
              trigger: int) -> list[EntityMention]:
    """Two sides joined by a conjunction before the event word (``La Korvanie et la Veldra ont
    tenu des pourparlers``): the subject of the sentence's meeting."""
    sides = [m for m in mentions if m.end <= trigger and m.label in (
        EntityLabel.COUNTRY, EntityLabel.ORGANIZATION, EntityLabel.NATIONALITY)]
    for first, second in itertools.pairwise(sides):
        gap = text[first.end : second.start]
        words = [w.lower() for w in re.findall(r"[\w'’]+", gap)]
        if (len(gap) <= _LIST_GAP and not _LIST_BREAK.search(gap) and "," not in gap
                and words and all(len(w) <= 3 for w in words)
                and not set(words) & pack.place_prepositions
                and not set(words) & pack.party_prepositions):
            return [first, second]
    return []


def _participants(text: str, sentence: Span, mentions: Sequence[EntityMention],
                  parties: Parties, pack: LanguagePack, trigger: int,
                  trigger_end: int | None = None) -> tuple[list[Delegate], list[str]]:
    """Who takes part, as a sentence lists them after a preposition of parties (``entre X et
    Y``, ``zwischen X und Y``) or joins them by a conjunction (two people; two sides before
    the event word): people (who head their side) and the sides named.

    Without a parse only such lists are trusted; a country merely named in the sentence is not
    a party. Two or more sides listed against the event noun (``переговоров Камбоджи, Таиланда
    и США``: the talks of the three) are its parties too (``trigger_end``: where the noun ends).
    """
    words = alternation(pack.party_prepositions)
    people: list[Delegate] = []
    lists = [_coordinated(text, mentions, pack, trigger)]
    others = [m.start() for m in _event_words(pack).finditer(text, sentence.start, sentence.end)
              if m.start() > trigger]
    for found in re.finditer(rf"{BEFORE}(?:{words}){AFTER}", text[: sentence.end],
                             re.IGNORECASE):
        if found.start() < sentence.start:
            continue
        if any(o < found.start() for o in others):
            continue  # "signée à X, après la rencontre entre A et B": another event's list
        last = found.end()
        listed: list[EntityMention] = []
        for mention in mentions:
            if mention.start < last:
                continue
            gap = text[last : mention.start]
            if not _list_gap(gap, pack, first=not listed):
                break
            listed.append(mention)
            last = mention.end
        lists.append(listed)
    if trigger_end is not None:
        lists.append(_sides_after(text, mentions, pack, trigger_end))
    invited = _invited(text, sentence, mentions, pack, trigger)
    lists.append(invited)
    sides: list[str] = []
    seen: set[int] = set()
    for mention in (m for listed in lists for m in listed):
        if mention.start in seen:
            continue
        seen.add(mention.start)
        party = parties.party(mention)
        if mention.label is EntityLabel.PERSON or (mention in invited
                                                   and _unknown_place(mention)):
            people.append(Delegate(mention.canonical, party, True, mention.start,
                                   mention.end))
            continue
        if party is None and mention.label is EntityLabel.ORGANIZATION and not _forum(
                mention.canonical):
            party = mention.canonical
        if party is not None:
            sides.append(party)
    return people, list(dict.fromkeys(sides))


_GUEST_GAP = 4
"""Most characters between the verb of inviting and the first guest (``invitó a X``)."""
_NATIONALITY_REACH = 20
"""Most characters between a counterpart cue and the nationality that names its side."""


_LISTED_SIDES = (EntityLabel.COUNTRY, EntityLabel.ORGANIZATION)


def _sides_after(text: str, mentions: Sequence[EntityMention], pack: LanguagePack,
                 end: int) -> list[EntityMention]:
    """Two or more states or groups listed right after the event noun, nothing but spaces
    before the first (``переговоров Камбоджи и Таиланда``): in languages that mark the
    possessor by case, the sides whose talks they are. A place's preposition ends the list."""
    listed: list[EntityMention] = []
    last = end
    for mention in (m for m in mentions if m.start >= end):
        gap = text[last : mention.start]
        if mention.label not in _LISTED_SIDES or (not listed and gap.strip()) or (
                listed and not _list_gap(gap, pack, first=False)):
            break
        listed.append(mention)
        last = mention.end
    return listed if len(listed) >= 2 else []


def _unknown_place(mention: EntityMention) -> bool:
    """Whether a name read as a place is none the gazetteer knows: in a slot only a person or a
    side can fill (the one invited), the tagger's slip on a person's name."""
    return mention.label is EntityLabel.PLACE and gazetteer().lookup(mention.text) is None


def _invited(text: str, sentence: Span, mentions: Sequence[EntityMention], pack: LanguagePack,
             trigger: int) -> list[EntityMention]:
    """Who invites others to the sentence's meeting and whom they invite (``X invitó a Y y a
    su homólogo tailandés a una reunión``): the first name before the verb, the name right
    after it, and the side of a counterpart named by nationality; both ends meet.

    A name inside the guest's title (``ministro de Asuntos Exteriores de Camboya``) is not
    read: only the name against the verb and counterpart cues count.
    """
    if not pack.invite_verbs:
        return []
    verbs = list(_event_pattern(pack.invite_verbs).finditer(text, sentence.start, trigger))
    if not verbs:
        return []
    verb = verbs[-1]
    host = next((m for m in mentions if sentence.start <= m.start and m.end <= verb.start()
                 and m.label in (EntityLabel.PERSON, EntityLabel.COUNTRY,
                                 EntityLabel.ORGANIZATION) and not _forum(m.canonical)), None)
    guest = next((m for m in mentions if verb.end() <= m.start < trigger
                  and m.start - verb.end() <= _GUEST_GAP
                  and m.label is not EntityLabel.NATIONALITY), None)
    sides = []
    for cue in _cues(pack.language).counterpart.finditer(text, verb.end(), trigger):
        side = next((m for m in mentions if cue.end() <= m.start < trigger
                     and m.start - cue.end() <= _NATIONALITY_REACH
                     and m.label in (EntityLabel.NATIONALITY, EntityLabel.COUNTRY)), None)
        if side is not None:
            sides.append(side)
    if host is None or not (guest or sides):
        return []
    return [host, *([guest] if guest else []), *sides]


def _signing(text: str, signing: re.Pattern[str], sentence: Span,
             places: Sequence[EntityMention], canonical: dict[int, str], pack: LanguagePack,
             dates: Sequence[TimeExpression] = ()) -> tuple[re.Match[str], str | None] | None:
    """The sentence's first signing word with a place (``ont signé … à Tirasol``, ``wurde in
    Tirasol unterzeichnet``), and the place; else its first signing word and no place.

    A signing the sentence does not place is still a signing: its date (``firmaron el 26 de
    octubre``) or its article's other reports tell the merge stage which event it is, as they
    do for an English report's (:func:`communique.merge._event_blocks.attach_unanchored`).
    """
    first = None
    for found in signing.finditer(text, sentence.start, sentence.end):
        first = first or found
        after = _place(text, found, places, pack, sentence, after_only=True, dates=dates)
        before = _signed_in(text, found, places, pack, sentence)
        # The nearer one: "wurde in Tirasol unterzeichnet und tritt in Kraft" is signed in
        # Tirasol.
        place = after if before is None or (
            after is not None and after.start - found.end() < found.start() - before.end
        ) else before
        if place is not None:
            return found, canonical.get(place.start, place.canonical)
    return (first, None) if first is not None else None


def _beyond_sequence(text: str, trigger: re.Match[str], start: int,
                     sequence: re.Pattern[str] | None) -> bool:
    """Whether a word relating another event (``après``) stands between the event word and a
    later ``start``: what follows it is that other event's ("Ces pourparlers interviennent
    après l'accord conclu le 12 mai à Lindhaven": the accord's day and place)."""
    return (sequence is not None and start >= trigger.end()
            and sequence.search(text, trigger.end(), start) is not None)


def _own_dates(text: str, dates: Sequence[TimeExpression], trigger: re.Match[str],
               speech: re.Pattern[str], where: tuple[int, LanguagePack],
               sequence: re.Pattern[str] | None = None,
               ) -> tuple[TimeExpression, ...]:
    """The sentence's dates, less those a speech verb stands between and the event word
    ("Ce lundi 17 mars, les rebelles ont annoncé … leur retrait des pourparlers": Monday is
    when they spoke, not when the talks are), those beyond a word that relates another event
    (``sequence``: "après l'accord du 12 mai") and those trailing far behind it in a long
    sentence (the month of something else it tells); a date that opens the sentence is the
    sentence's, however long. A dateline's date, one after a bounding word ("jusqu'au 13
    juin") and one in another predicate's clause ("… la trêve qui expire le 12 août") date
    something else (:mod:`communique.extract._event_dates`). ``where`` is the sentence's
    start and the pack."""
    floor, pack = where
    kept = []
    for expression in dates:
        if expression.kind != "date" or in_dateline(text, floor, expression) or bounded(
                text, floor, expression, pack) or other_predicate(
                text, trigger.end(), expression, pack):
            continue
        low, high = sorted((expression.end, trigger.start()))
        if expression.start >= trigger.end():
            low, high = trigger.end(), expression.start
        trailing = expression.start >= trigger.end() and high - low > _DATE_REACH
        if (not trailing and speech.search(text, low, high) is None
                and not _said_on(text, expression, trigger, speech, where)
                and not _aside(text, expression, trigger, floor)
                and not _beyond_sequence(text, trigger, expression.start, sequence)):
            kept.append(expression)
    return tuple(kept)


def _aside(text: str, expression: TimeExpression, trigger: re.Match[str], floor: int) -> bool:
    """Whether a date before the event word stands in an aside set off by commas ("la firma
    del acuerdo, alcanzado a finales de julio, en el marco de la cumbre"): it dates what the
    aside tells. A date in the sentence's opening phrase ("Mardi, à Tirasol, les pourparlers")
    is the sentence's."""
    return (expression.end <= trigger.start()
            and "," in text[floor : expression.start] and "," in text[expression.end :
                                                                     trigger.start()])


def _said_on(text: str, expression: TimeExpression, trigger: re.Match[str],
             speech: re.Pattern[str], where: tuple[int, LanguagePack]) -> bool:
    """Whether a date before the event word dates the saying that reports it: a speech verb
    before the date and the complementizer of reported speech between the date and the event
    word ("El Gobierno ha afirmado este martes que … la cumbre"): Tuesday is when it spoke."""
    floor, pack = where
    if expression.end > trigger.start() or not pack.complementizers:
        return False
    words = _event_pattern(frozenset(pack.complementizers))
    opener = words.search(text, expression.end, trigger.start())
    return opener is not None and speech.search(text, floor, expression.start) is not None


_SIDES = (EntityLabel.COUNTRY, EntityLabel.ORGANIZATION, EntityLabel.NATIONALITY)
_VERB_GAP = re.compile(r"[^\W\d_]+(?:['’]|\s+)?(?:[^\W\d_]+\s*)?")
"""Between the last signatory and the signing verb: an auxiliary or two (``ont``, ``se
sont``, ``haben``), no comma."""
_SIGNATORY_GAP = re.compile(r"\s*\(\s*|\s*\)?\s*(?:\([^)]{1,12}\)\s*)?"
                       r"(?:,\s*|\s+[^\W\d_]{1,3}\s+)(?:[^\W\d_]{1,3}['’\s]\s*)?"
                       r"(?:[a-zà-öø-ÿ]{4,}\s+){0,2}")
"""Between two names of a list: a comma or a short conjunction, an article after it, a short
form in brackets (``la République fédérale de Veldra (RFV) et la Korvania``) and up to two
lower-case words that say what the next one is (``et le groupe rebelle X``)."""
_ALIAS_GAP = re.compile(r"\s*/\s*")
"""Between two names of one body (``X/Y``): the second is the first's other name."""


def _introduced(text: str, mention: EntityMention, where: frozenset[str]) -> bool:
    """Whether a locative preposition stands right before a name (``à Tirasol``)."""
    before = re.findall(r"[\w'’]+", text[max(0, mention.start - 12) : mention.start])
    return bool(before) and before[-1].lower() in where


def _signatories(text: str, trigger: re.Match[str], mentions: Sequence[EntityMention],
                 canonical: dict[int, str], sentence: Span,
                 where: frozenset[str] = frozenset(), parties: Parties | None = None
                 ) -> tuple[str, ...]:
    """Who signs: the countries and organizations listed right before the signing verb
    (``la RFV et la Korvania ont signé``, ``Die Präsidenten Veldras und Korvanias
    unterzeichneten`` is left alone: the names there are not the verb's own list)."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= trigger.start()]
    found: list[EntityMention] = []
    edge = trigger.start()
    for mention in reversed(before):
        gap = text[mention.end:edge]
        if found and _ALIAS_GAP.fullmatch(gap):
            found[-1] = mention  # "X/Y ont signé": one signatory, named first as X
            edge = mention.start
            continue
        joined = (_VERB_GAP.fullmatch(gap.strip()) is not None or not gap.strip()) if not found \
            else _SIGNATORY_GAP.fullmatch(gap) is not None
        if not joined:
            break
        if mention.label is EntityLabel.PLACE and _introduced(text, mention, where):
            break  # "À Tirasol, X et Y ont signé": where, not who
        if text[: mention.start].rstrip().endswith("(") and any(
                m.label is EntityLabel.PLACE and m.end <= mention.start
                and not text[m.end : mention.start].strip(" (") for m in before):
            break  # "à Tirasol (Veldra), X et Y ont signé": the city's country, not who
        if mention.label in _SIDES or mention.label is EntityLabel.PLACE:
            # A place in the list of who signs is a side the finder took for a place (an
            # armed movement).
            found.append(mention)
        else:
            break  # a person who signs for a side: the side is not named here
        edge = mention.start
    # A nationality signs as its country ("le gouvernement korvanien et le groupe X").
    names = [(parties.party(m) if parties is not None and m.label is EntityLabel.NATIONALITY
              else None) or canonical.get(m.start, m.canonical) for m in reversed(found)]
    return tuple(dict.fromkeys(names)) if len(names) >= 2 else ()


_LOCATIVE_WORDS = 4
"""Most words between a meeting verb and its place (``se reunir na Província de Ostra``)."""


def _located_after_verb(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """Whether the words between a meeting verb and a place only locate it: a locative word
    first (``in``, or a short contraction like ``na`` that is no article), then the place's
    own capitalized words and short links (``Província de``), no comma. ``a rencontré le
    Chili`` names whom, not where; so does a capitalized noun where every noun is one."""
    gap = text[start:end]
    words = [w.lower() for w in re.findall(r"[\w'’]+", gap)]
    if "," in gap or not words or len(words) > _LOCATIVE_WORDS:
        return False
    first = words[0]
    if first not in pack.place_prepositions and (
            pack.noun_suffixes or len(first) > _LINK_LETTERS or first in pack.articles
            or first in pack.party_prepositions):
        return False
    rest = re.findall(r"[\w'’]+", gap)[1:]
    return all(w[:1].isupper() or len(w) <= _LINK_LETTERS for w in rest)


_CAPITAL_REACH = 40
"""Most characters between "in the capital" and the country it names (``de la``)."""


def _in_capital(text: str, country: EntityMention, pack: LanguagePack) -> bool:
    """Whether a country is named as whose capital a locative phrase means (``à la capitale
    du Veldra``, ``в столице Вельдры``, ``in der Hauptstadt Veldras``)."""
    if not pack.capital_words:
        return False
    before = text[max(0, country.start - _CAPITAL_REACH) : country.start]
    words = [normal(w) for w in re.findall(r"[\w'’]+", before)]
    for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[i] in pack.capital_words:
            # Only short links between (``de la``, ``du``): "la capitale, selon la Suisse"
            # is not the Swiss capital.
            return all(len(w) <= _LINK_LETTERS for w in words[i + 1 :]) and not re.search(
                r"[,.;:]", before[before.lower().rfind(words[i][:4]) :])
    return False


def capital_place(text: str, place: EntityMention, name: str, pack: LanguagePack) -> str:
    """The event's place name: the country's capital where the text says "in the capital of"
    the country, else ``name``."""
    if place.label is EntityLabel.COUNTRY and _in_capital(text, place, pack):
        return gazetteer().capital_of(name) or name
    return name


_NEGATION_WORDS = 3
"""How many words before a meeting verb a negation may stand (``ne se sont pas rencontrés``)."""


def _negated(text: str, start: int, floor: int, pack: LanguagePack) -> bool:
    """Whether a negation word stands among the few words before a meeting verb."""
    before = re.findall(r"[\w'’]+", text[max(floor, start - 40):start])
    words = {normal(w) for w in before[-_NEGATION_WORDS:]}
    return bool(words & pack.negation_words)


def _place(text: str, trigger: re.Match[str], mentions: Sequence[EntityMention],
           pack: LanguagePack, sentence: Span, *, after_only: bool = False,
           introduced_only: bool = False, sequence: re.Pattern[str] | None = None,
           dates: Sequence[TimeExpression] = ()) -> EntityMention | None:
    """Where the event is: the name nearest the event word that follows it with at most one
    connecting word (``Gespräche in Lindhaven``, ``pourparlers de Port Alcyne``), is written
    against it (``Lindhaven-Gespräche``), or is a place a locative preposition introduces within
    :data:`_REACH` characters; never a name after a preposition of parties (``zwischen``), nor
    one beyond a word that relates another event (``sequence``: "après l'accord … à X")."""
    best: tuple[int, EntityMention] | None = None
    for m in mentions:
        if not sentence.start <= m.start < sentence.end or place_noun(m.text, pack):
            continue  # "im Golfstaat Veldra": a kind of place the tagger took for a name
        after = m.start >= trigger.end()
        if after_only and not after:
            continue  # "X et Y ont signé": a name before a signing verb signs
        gap = m.start - trigger.end() if after else trigger.start() - m.end
        if gap < 0 or gap > _REACH or (after and _beyond_sequence(text, trigger, m.start,
                                                                  sequence)):
            continue
        between = re.findall(r"[\w'’]+", text[trigger.end():m.start]) if after else ["-"]
        previous = re.findall(r"[\w'’]+", text[max(sentence.start, m.start - 12):m.start])
        word = previous[-1].lower() if previous else ""
        if word in pack.party_prepositions or (_listed(text, m, mentions, pack) and not (
                m.label is EntityLabel.COUNTRY and _in_capital(text, m, pack))):
            # "en la capital de Veldra, Lindhaven": the city after the country names its
            # capital, it does not list another side.
            continue
        if _crosses_clause(text, (m.end, trigger.start()) if not after else
                           (trigger.end(), m.start), mentions,
                           pack.held_participles if after else (), dates,
                           pack.place_prepositions | pack.locative_contractions if after
                           else frozenset()):
            continue
        linked = not between or (len(between) == 1 and (
            between[0].lower() in pack.place_prepositions or len(between[0]) <= _LINK_LETTERS))
        next_to = (after and linked and "," not in text[trigger.end():m.start]) or (
            not after and gap <= 1)
        introduced = (m.label in _PLACES and locative(text, m.start, pack, sentence.start)) or (
            m.label is EntityLabel.COUNTRY and _in_capital(text, m, pack))
        if after_only and not (introduced and (m.label is EntityLabel.PLACE or _only_dates(
                text, (trigger.end(), m.start), dates, pack))):
            # After a signing verb a bare name is who signs ("unterzeichneten die X und Y"),
            # and a country is as often what the text is for ("la paix en X") as where;
            # a country with nothing but the signing's date before it is where ("ont signé
            # ce samedi 15 mai au Veldra").
            continue
        if introduced_only:
            # After a verb, a place needs a locative word ("à", "na Província de").
            if not (m.label in _PLACES and (
                    introduced or (after and _located_after_verb(text, trigger.end(),
                                                                 m.start, pack)))):
                continue
        elif not (next_to or introduced):
            continue
        if m.label not in _PLACES and not (next_to and len(between) == 1):
            continue  # a name the finder took for a person is a place only as "talks in X"
        score = gap + (_COUNTRY_COST if m.label is EntityLabel.COUNTRY else 0)
        if best is None or score < best[0]:
            best = (score, m)
    return best[1] if best else None


def _only_dates(text: str, span: tuple[int, int], dates: Sequence[TimeExpression],
                pack: LanguagePack) -> bool:
    """Whether ``text[span]`` holds nothing but dates, articles and short links."""
    start, end = span
    piece = text[start:end]
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        if start <= d.start and d.end <= end:
            piece = piece[: d.start - start] + " " + piece[d.end - start :]
    words = [w.lower() for w in re.findall(r"[\w'’]+", piece)]
    return all(len(w) <= _LINK_LETTERS or w in pack.place_prepositions or w in pack.articles
               for w in words)


def _signed_in(text: str, trigger: re.Match[str], mentions: Sequence[EntityMention],
               pack: LanguagePack, sentence: Span) -> EntityMention | None:
    """A city a locative preposition introduces before the signing word, in its clause
    (``der Vertrag wurde in Tirasol unterzeichnet``) or in the phrase opening the sentence
    (``En Tirasol, X y Y firmaron``): where the verb comes last, the place comes before it. A
    country there is as often whose signatories it names as where."""
    best = None
    for m in mentions:
        if not (sentence.start <= m.start and m.end <= trigger.start()
                and m.label is EntityLabel.PLACE and locative(text, m.start, pack,
                                                              sentence.start)):
            continue
        fronted = [w.lower() for w in re.findall(r"[\w'’]+", text[sentence.start : m.start])]
        opening = "," not in text[sentence.start : m.start] and "," in text[
            m.end : trigger.start()] and bool(fronted) and fronted[0] in (
                pack.place_prepositions | pack.sequence_words)
        if opening:
            # "En Tirasol, X y Y firmaron", "À l'issue des négociations tenues à Tirasol, X et Y
            # ont signé": the place of the phrase that opens the sentence is its verb's,
            # however long the subject between.
            best = m
            continue
        if trigger.start() - m.end > _REACH or re.search(r"[,;:–—]", text[m.end : trigger.start()]):
            continue
        best = m  # the nearest one before the verb
    return best


def _unnamed_place(text: str, trigger: re.Match[str], pack: LanguagePack,
                   dates: Sequence[TimeExpression]) -> str | None:
    """A capitalized name right after the event word and a linking word that the name finder
    missed (``las conversaciones de Lindhaven``). Not where every noun is capitalized (German
    ``Gespräche der Delegationen``), nor a date's word, nor after an article."""
    if pack.noun_suffixes:
        return None
    found = _UNNAMED.match(text, trigger.end())
    if found is None:
        return None
    link = found.group(1)
    words = re.split(r"(?<=\w)(?=[\s-])", found.group(2))
    kept = []
    for word in words:
        if not word.lstrip(" -")[:1].isupper():
            break
        kept.append(word)
    name = "".join(kept).strip()
    if not name:
        return None
    if link.lower() in pack.party_prepositions or not (
            link.lower() in pack.place_prepositions or len(link) <= _LINK_LETTERS):
        return None
    if f"({name})" in text or _SHORT_FORM.match(text, _name_end(text, found.end(2))):
        # The text brings the name in as a long name's short form ("… Nations (ASN)"), or
        # gives the name its own ("Cooperação Econômica Ásia-Pacífico (Apec)"): a body's
        # initials, never a city's.
        return None
    if normal(link) in pack.articles and normal(link) not in pack.place_prepositions:
        # A city's name takes no article: after one (``la réunion du Mécanisme``, ``del
        # Consejo``) a capitalized word is a body or a thing the name finder rightly left.
        return None
    start = found.start(2)
    if any(d.start <= start < d.end for d in dates):
        return None
    if name.split()[0] in pack.name_stopwords or pack.is_title(name.split()[0]):
        return None
    return name


def _name_end(text: str, end: int) -> int:
    """Where the capitalized words running on from ``end`` stop (``… Econômica| Ásia-Pacífico
    (Apec)`` → before the bracket)."""
    while (word := _NAME_WORD.match(text, end)) and word.group(1)[:1].isupper():
        end = word.end()
    return end


def _listed(text: str, mention: EntityMention, mentions: Sequence[EntityMention],
            pack: LanguagePack) -> bool:
    """Whether a name is one of a list (``Veldra, Tirasol und Korvania``, ``o Camboja e a
    Tailândia``): names in a list take part, they do not locate."""
    # A nationality next to a name qualifies a noun ("la ville korvanienne de Lindhaven"), and
    # a kind of place the tagger took for a name ("na Província de X") names it: neither lists.
    others = [m for m in mentions
              if m.label is not EntityLabel.NATIONALITY and not place_noun(m.text, pack)]
    following = next((m for m in others if m.start >= mention.end), None)
    previous = next((m for m in reversed(others) if m.end <= mention.start), None)
    located = following is not None and _city_in_country(text, mention, following, others)
    gaps = [text[mention.end:following.start] if following and not located else None,
            text[previous.end:mention.start] if previous else None]
    for gap in gaps:
        if gap is None:
            continue
        listed = re.fullmatch(r"\s*,\s*(?:(\w{1,2})\s+)?", gap)
        # "Tirasol, en Korvania" locates a city in its country; "Veldra, la Korvania" lists
        if listed is not None and (listed.group(1) or "").lower() not in pack.place_prepositions:
            return True
        # "Veldra und Korvania", "o Camboja e a Tailândia" (an article after the conjunction)
        joint = re.fullmatch(r"\s+(\w{1,3})\s+(?:\w{1,2}\s+)?", gap)
        if joint is not None and joint.group(1).lower() not in pack.place_prepositions:
            return True
    return False


def _city_in_country(text: str, city: EntityMention, country: EntityMention,
                     others: Sequence[EntityMention]) -> bool:
    """Whether a country follows a city after a bare comma as the country it lies in (``em
    Lindhaven, Veldra, para assinar``), not as the next item of a list: no name is joined
    after the country (``Lindhaven, Veldra e Ostrava`` lists)."""
    if city.label is not EntityLabel.PLACE or country.label is not EntityLabel.COUNTRY:
        return False
    if not re.fullmatch(r"\s*,\s*", text[city.end:country.start]):
        return False
    after = next((m for m in others if m.start >= country.end), None)
    return after is None or not re.fullmatch(r"\s*(?:,|\w{1,3})\s*(?:\w{1,2}\s+)?",
                                             text[country.end:after.start])


def _crosses_clause(text: str, span: tuple[int, int], mentions: Sequence[EntityMention],
                    held: tuple[str, ...] = (),
                    dates: Sequence[TimeExpression] = (),
                    where: frozenset[str] = frozenset()) -> bool:
    """Whether a comma that is not between two names of a list lies in ``span`` (a comma
    before a capitalized word counts as a list's, whether or not the word was found a name).

    A comma before a participle of taking place (``held``: ``les pourparlers, tenus mardi à
    Tirasol``) opens no other clause: what follows still tells of the event; nor do the commas
    around a date (``ont signé, ce samedi 15 mai, à Tirasol``) or a name in apposition (``com
    seu homólogo, Bohdan Kravel, na cidade de Lindhaven``), nor the last comma when a locative
    preposition (``where``) follows it (``as negociações entre X e Y, na cidade de Lindhaven``):
    the place is the event's adjunct."""
    start, end = span
    text = text[:start] + mask_dates(text, start, end, [(d.start, d.end) for d in dates]) \
        + text[end:]
    pieces = []
    last = start
    for m in mentions:
        if start <= m.start and m.end <= end:
            pieces.append(text[last:m.start] + "X")
            last = m.end
    masked = _APPOSITION.sub(r"\1 ", "".join(pieces) + text[last:end])
    return any(not (rest := masked[c.end():].lstrip())[:1].isupper()
               and not rest.lower().startswith(held)
               and not _locative_tail(rest, where)
               for c in re.finditer(",", masked))


_APPOSITION = re.compile(r"(,\s*X)\s*,")
"""A name set off by commas (masked as ``X``): the second comma closes it."""


def _locative_tail(rest: str, where: frozenset[str]) -> bool:
    """Whether what follows a comma is a locative phrase running to the place, no other comma
    between (``, na cidade de``)."""
    words = re.findall(r"[\w'’]+", rest)
    return bool(words) and words[0].lower() in where and "," not in rest


def _ordinal(text: str, start: int, floor: int, ordinals: dict[str, int]
             ) -> tuple[int, str] | None:
    """The ordinal among the words just before the event word (``zweite Runde``)."""
    before = list(re.finditer(r"[\w'’]+", text[max(floor, start - 40):start]))
    for word in reversed(before[-_ORDINAL_WORDS:]):
        number = ordinals.get(normal(word.group()))
        if number is not None:
            return number, word.group()
    return None
