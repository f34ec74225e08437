"""The sides of an event as the sentences around it tell them: delegations and assessments.

Delegation sentences ("X's delegation, headed by Y, includes Z") may come without an event word;
they name heads and members and the party they belong to. A head belongs to the side of their
own affiliation ("Korvanian Foreign Minister X led the talks") before the side the sentence
happens to name. Assessments are short quotes judging the event ("difficult but useful").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from communique.extract._event_lexicon import EventLexicon, is_forum
from communique.extract._name_parts import whole_names
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.model.annotations import Assessment, Delegate, EventMention
from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind

_ASSESS_TARGET = re.compile(
    r"\b(?:talks|discussions|negotiations|meetings?|progress|result|outcome|round)\b",
    re.IGNORECASE,
)
# A quote judges the event when it is framed as a judgement of it ("the talks were “…”",
# "described the negotiations as “…”") or uses an evaluative word about how talks went.
_EVALUATION_FRAME = re.compile(
    r"(?:talks|discussions|negotiations|meetings?|round|session|it)\s+(?:were|was|had been|"
    r"have been|has been|are|is|as)\s*[\"“‘']?$|(?:called|described|termed)\s+(?:the\s+)?"
    r"(?:talks|discussions|negotiations|meetings?|round|session|them|it)\s+(?:as\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
_EVALUATIVE = re.compile(
    r"\b(?:progress|result|outcome|breakthrough|sufficient|insufficient|constructive|"
    r"productive|difficult|tough|tense|substantive|useful|positive|negative|disappointing|"
    r"successful|failure|failed|stalled|deadlock|business-like|frank|fruitful)\b",
    re.IGNORECASE,
)
_MAX_ASSESSMENT_WORDS = 15
_HEAD_AFTER = 80
"""Most characters between a cue and the head it names after it ("led by His Excellency
General X"): titles and a possessor's name may come between."""
_HEAD_BEFORE = 40
# What may not lie between a cue and its head: the end of a clause, another clause's verb.
_GAP_BREAK = re.compile(
    r"[;:!?]|\b(?:while|whereas|but|which|whom|said|says|told|after|before|when|whose)\b",
    re.IGNORECASE,
)
_TITLE_END = re.compile(r",|\.(?:\s|$)|\n")
# What ends a title before a name: a list, a clause, a possessor's other person.
_PREFIX_BREAK = re.compile(r"[,;:()]|\b(?:and|et|und|y|e|и|with|of|de|des|du)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b|\bet\b|\by\b|\bund\b|\be\b|\bи\b|&")
# A list's next name: right after "and" (its own title between, and the last name's title
# set off by commas before: "X, Minister of Defence of Y, and Z"), or after a bare comma.
# After "and" only the next name's title (or its side: "X and the rebels, by Y") may come,
# not a clause ("X and Y sought a deal paving the way for a meeting between A and B": Y
# untagged, A is not the next name).
_AND_NEXT = re.compile(r"\s*(?:,[^,;:]{1,150},|,)?\s*(?<!\w)(?:and|et|y|und|e|и|&)(?!\w)"
                       r"(?:\s*,?\s+[^\s,;:]+){0,6}\s*", re.IGNORECASE)


@dataclass(frozen=True)
class SideCues:
    """The compiled cues that name delegations, their heads and their members."""

    delegation: re.Pattern[str]
    head: re.Pattern[str]
    side: re.Pattern[str]
    joint: re.Pattern[str]
    members: re.Pattern[str]
    counterpart: re.Pattern[str]
    any: re.Pattern[str]
    """Every cue above in one pattern: most sentences hold none, and one search says so."""


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def side_cues(head: Sequence[str], side: Sequence[str], joint: Sequence[str],
              members: Sequence[str], delegation: Sequence[str],
              counterpart: Sequence[str] = ()) -> SideCues:
    """Compile the cue words of a language (a lexicon's or a pack's)."""
    return SideCues(_alternation(delegation), _alternation(head), _alternation(side),
                    _alternation(joint), _alternation(members), _alternation(counterpart),
                    _alternation([*delegation, *head, *side, *joint, *members, *counterpart]))


@cache
def _patterns(lex: EventLexicon) -> SideCues:
    """Delegation, head and member cues of a lexicon, compiled once."""
    return side_cues(lex.head_cues, lex.side_cues, lex.joint_cues, lex.member_cues,
                     lex.delegation_nouns, lex.counterpart_cues)


def _possessor(text: str, mention: EntityMention) -> bool:
    return text[mention.end : mention.end + 2] in ("'s", "’s")


class _Gaps:
    """Whether a cue and a person are close enough, with nothing of another clause between."""

    def __init__(self, text: str, people: Sequence[EntityMention]) -> None:
        self.text, self.people = text, people

    def clean(self, start: int, end: int, limit: int) -> bool:
        """Whether ``text[start:end]`` is at most ``limit`` characters with no clause break
        and no other person in it (a possessor aside)."""
        if not 0 <= end - start <= limit or _GAP_BREAK.search(self.text[start:end]):
            return False
        # Another person between, unless a possessor ("the president's envoy X"), is the cue's.
        return not any(start <= p.start and p.end <= end and not _possessor(self.text, p)
                       for p in self.people)

    def after(self, cue: tuple[int, int]) -> EntityMention | None:
        """The first person after a cue ("led by Foreign Minister X")."""
        return next((p for p in self.people if p.start >= cue[1]
                     and not _possessor(self.text, p)
                     and self.clean(cue[1], p.start, _HEAD_AFTER)), None)

    def before(self, cue: tuple[int, int]) -> EntityMention | None:
        """The nearest person before a cue ("X led the delegation", "X represented Y")."""
        found = [p for p in self.people if p.end <= cue[0]
                 and self.clean(p.end, cue[0], _HEAD_BEFORE)]
        return found[-1] if found else None

    def opposite(self, cue: tuple[int, int]) -> list[EntityMention]:
        """A person and their opposite number around a cue ("X met his counterpart Y",
        "X, ministre de …, et son homologue Y"): both, or nobody when either is missing."""
        after = self.after(cue)
        before = [p for p in self.people if p.end <= cue[0] and not _possessor(self.text, p)
                  and self.clean(p.end, cue[0], 2 * _HEAD_AFTER)]
        return [before[-1], after] if after is not None and before else []

    def joined_before(self, last: EntityMention) -> list[EntityMention]:
        """People listed before ``last`` with ``and`` ("X and Y led their delegations")."""
        found = [last]
        for person in reversed(self.people):
            first = found[-1]
            if person.end > first.start or _possessor(self.text, person):
                continue
            gap = self.text[person.end : first.start]
            if len(gap) > 2 * _HEAD_AFTER or _GAP_BREAK.search(gap):
                break
            if _AND.search(gap) or (len(found) > 1 and "," in gap):
                found.append(person)
            else:
                break
        return found

    def joined(self, first: EntityMention) -> list[EntityMention]:
        """People listed after ``first`` with ``and`` ("co-chaired by X, …, and Y")."""
        found = [first]
        for person in self.people:
            last = found[-1]
            if person.start < last.end or _possessor(self.text, person):
                continue
            gap = self.text[last.end : person.start]
            if len(gap) > 2 * _HEAD_AFTER or _GAP_BREAK.search(gap):
                break
            if not (_AND_NEXT.fullmatch(gap) or gap.strip() == ","):
                break  # the list has ended: a person named further on is someone else's
            found.append(person)
        return found


def _heads(text: str, cues: SideCues, people: Sequence[EntityMention], offset: int,
           with_delegation: bool) -> dict[int, tuple[int, int]]:
    """Each head's start → the cue naming them (document offsets)."""
    gaps = _Gaps(text, people)
    found: dict[int, tuple[int, int]] = {}
    kinds = [(cues.side, False), (cues.joint, True)]
    if with_delegation:
        kinds.append((cues.head, False))
    for pattern, joint in kinds:
        for match in pattern.finditer(text, offset):
            cue = (match.start(), match.end())
            passive = text[cue[1] : cue[1] + 4].lstrip().lower().startswith(("by", "par"))
            person = gaps.after(cue) or (None if passive else gaps.before(cue))
            if person is None:
                continue
            listed = [person]
            if joint:
                listed = gaps.joined(person) if person.start >= cue[1] else (
                    gaps.joined_before(person))
            elif person.start >= cue[1]:
                # "the delegations, led by X and Y": everyone the cue lists leads (each their
                # own side, which their titles or affiliations tell).
                listed = gaps.joined(person)
            for head in listed:
                found.setdefault(head.start, cue)
    for match in cues.counterpart.finditer(text, offset):
        for head in gaps.opposite((match.start(), match.end())):
            found.setdefault(head.start, (match.start(), match.end()))
    return found


def _title_end(text: str, person: EntityMention) -> int:
    """Where the title set off after a name ends ("X, Minister of Defence of Y, and …")."""
    if text[person.end : person.end + 2].strip() != "," or not (
            text[person.end + 1 : person.end + 3].strip()[:1].isupper()):
        return 0  # a title is capitalized ("X, Minister of …"); "X, met the …" is a clause
    limit = min(len(text), person.end + 2 * _HEAD_AFTER)
    found = _TITLE_END.search(text, person.end + 1, limit)
    end = found.start() if found else limit
    stop = _GAP_BREAK.search(text, person.end + 1, end)
    return stop.start() if stop is not None else end


def _side_of(text: str, person: EntityMention, cue: tuple[int, int], parties: Parties,
             sides: Sequence[tuple[EntityMention, str]], opposite: bool = False) -> str | None:
    """A head's side: the title this sentence gives them, their own affiliation, else the side
    named with the cue ("the Peruvian delegation, led by X"; "X heads the Chilean team";
    "Veldra was represented by X")."""
    # The title the sentence gives the head says first, being nearest: "US Special Envoy X",
    # "Korvanian Foreign Minister X"; "General X, Minister of Defence of the Kingdom of Y".
    prefix = [p for m, p in sides if 0 <= person.start - m.end <= _HEAD_BEFORE
              and not _PREFIX_BREAK.search(text[m.end : person.start])]
    if prefix:
        return prefix[-1]
    titled = {p for m, p in sides if title_end > m.start >= person.end} if (
        title_end := _title_end(text, person)) else set()
    if len(titled) == 1:
        return titled.pop()
    who = parties.party_of_person(person.canonical)
    if who is not None or opposite:
        return who  # "X of Y and his counterpart Z": Y is not Z's side
    # Else the side named with the cue, close to it and in its clause.
    if person.start >= cue[1]:
        earlier = [p for m, p in sides if m.end <= cue[0] and _near(text, m.end, cue[0])]
        return earlier[-1] if earlier else None
    later = [p for m, p in sides if m.start >= cue[1] and _near(text, cue[1], m.start)]
    return later[0] if later else None


_OWN_WORDS = 3
"""Most lower-case words between a body's name and its delegation word ("rebel group")."""


def _side_name(text: str, mention: EntityMention, parties: Parties, cues: SideCues,
               forum: Callable[[str], bool]) -> str | None:
    """The side a name stands for: its country, else an organization whose delegation the text
    names (an armed movement, a bloc: "the Red Dawn rebel group delegation"), never a forum
    (nor one named in a title: "co-chair of the Border Committee (BC)")."""
    found = parties.party(mention, persons=False)
    if found is None and mention.label is EntityLabel.ORGANIZATION and len(
            mention.canonical) > 1 and not forum(mention.canonical):
        for words in range(_OWN_WORDS + 1):
            gap = re.compile(rf"(?:\s+[a-z][\w-]*){{{words}}}\s+").match(text, mention.end)
            if gap is not None and cues.delegation.match(text, gap.end()):
                return mention.canonical
    return found


_EVENT_BEFORE = 40
"""Most characters between an event word and the head cue it is led by."""
_BY = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
"""The agent word after a one-word head cue ("led" + "by"): only a passive cue names a head."""


def event_words(nouns: Iterable[str]) -> re.Pattern[str]:
    """A pattern for an event noun ending the text before a head cue, an auxiliary or two
    between (``the talks were led by``, ``las conversaciones están encabezadas por``): the
    cue then says who leads the event, as it does after a delegation word."""
    words = sorted({re.escape(n) for n in nouns if n}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)}),?\s+(?:[^\W\d_]+\s+){{0,2}}$",
                      re.IGNORECASE)


def _near(text: str, start: int, end: int) -> bool:
    return end - start <= _HEAD_BEFORE and not _GAP_BREAK.search(text[start:end])


def _located(text: str, mention: EntityMention, where: frozenset[str]) -> bool:
    """Whether a place is named as where something is ("in Tirasol"), not as a side."""
    before = text[max(0, mention.start - 12) : mention.start].split()
    return bool(before) and before[-1].lower() in where


def _event_led(sentence: str, cues: SideCues, events: re.Pattern[str]) -> bool:
    """Whether an event word just before a head cue says who leads the event ("the talks are
    led by X and Y"). Only a passive cue ("led by", "encabezadas por") counts: "the talks led
    to a deal" names no head."""
    return any(
        (" " in m.group(0).strip() or _BY.match(sentence, m.end()))
        and events.search(sentence, max(0, m.start() - _EVENT_BEFORE), m.start())
        for m in cues.head.finditer(sentence))


def read_delegates(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[EntityMention],
    parties: Parties,
    carried: str | None,
    cues: SideCues,
    forum: Callable[[str], bool],
    where: frozenset[str] = frozenset(),
    events: re.Pattern[str] | None = None,
) -> tuple[tuple[Delegate, ...], str | None]:
    """Delegation heads and members one sentence (``span`` of ``text``) names, and the party
    it is about (carried to the next sentence); ``events`` (:func:`event_words`) finds an
    event word just before a head cue ("the talks are led by X and Y")."""
    sentence = text[span[0] : span[1]]
    if cues.any.search(sentence) is None:
        return (), None
    named = cues.delegation.search(sentence) is not None
    stands = cues.side.search(sentence) is not None or cues.joint.search(sentence) is not None
    members = cues.members.search(sentence) is not None
    stands = stands or cues.counterpart.search(sentence) is not None
    led = events is not None and _event_led(sentence, cues, events)
    if not (named or stands or led or (carried and members)):
        return (), None
    party = carried if not named else None
    for mention in mentions:
        if mention.label is not EntityLabel.PERSON and party is None and not (
                mention.label is EntityLabel.PLACE and _located(text, mention, where)):
            party = _side_name(text, mention, parties, cues, forum)
    # The side whose delegation it is comes before the list ("the US delegation included X");
    # one named in a member's title ("…also includes X, head of Korvanian intelligence") does
    # not make the list that side's own.
    listing = cues.members.search(sentence)
    own = named and listing is not None and any(
        m.label is not EntityLabel.PERSON and m.end <= span[0] + listing.start()
        and parties.party(m, persons=False) for m in mentions)
    # "The team also includes X": a delegation sentence that names no party continues the
    # delegation of the sentence before.
    party = party or carried
    sides = [(m, p) for m in mentions if m.label is not EntityLabel.PERSON
             and (p := _side_name(text, m, parties, cues, forum)) and not forum(p)
             and not (m.label is EntityLabel.PLACE and _located(text, m, where))]
    # A "person" named like a forum is the tagger's slip ("Border Committee").
    people = [m for m in mentions if m.label is EntityLabel.PERSON and not forum(m.canonical)
              and m.text[:1].isalpha()]
    # A name the tagger cut in two, or a first name beside the full one, is one person.
    people = whole_names(text, people)
    local = text[: span[1]]
    heads = _heads(local, cues, people, span[0], named or led)
    if own and members and not heads and people:
        # "X's delegation included A and B": without a word for who leads, the one named
        # first does (delegations are listed by rank); "the team also includes C" goes on
        # with the delegation before and names no head.
        first = people[0]
        heads[first.start] = (first.start, first.start)
    found: list[Delegate] = []
    # Heads of several sides in one sentence: the sentence's first side is not all of theirs.
    several = len(heads) > 1
    for person in people:
        cue = heads.get(person.start)
        if cue is None and not (members and (named or carried)):
            continue
        opposite = cue is not None and cues.counterpart.match(text, cue[0]) is not None
        who = _side_of(text, person, cue, parties, sides, opposite) if cue else (
            parties.party_of_person(person.canonical))
        fallback = party if (named and not several) or not cue else None
        found.append(Delegate(person.canonical, who or fallback, cue is not None,
                              person.start, person.end))
    return _once(found), (party if named or (carried and members) else None)


def _once(found: Sequence[Delegate]) -> tuple[Delegate, ...]:
    """Each person once, where they are first named: a head if any mention is one, on the
    first side any mention gives (a part of the name named again is the same person)."""
    made: dict[str, Delegate] = {}
    for delegate in found:
        first = made.get(delegate.name)
        made[delegate.name] = delegate if first is None else replace(
            first, head=first.head or delegate.head, party=first.party or delegate.party)
    return tuple(made.values())


def delegates(
    sent: SpacySpan,
    mentions: Sequence[EntityMention],
    parties: Parties,
    carried: str | None,
    lex: EventLexicon,
) -> tuple[tuple[Delegate, ...], str | None]:
    """Delegation members a sentence names, and the party it is about (for the next sentence)."""
    return read_delegates(doc_text(sent.doc), (sent.start_char, sent.end_char), mentions,
                          parties, carried, _patterns(lex), lambda name: is_forum(name, lex),
                          lex.location_prepositions, _event_words(lex))


@cache
def _event_words(lex: EventLexicon) -> re.Pattern[str]:
    return event_words(lex.meeting_nouns)


def assessments(
    quotes: Sequence[Quote], sent: SpacySpan, doc: Doc, parties: Parties
) -> tuple[Assessment, ...]:
    """How speakers judged the event, from short quotes in the sentence about it."""
    found = []
    start, end = sent.start_char, sent.end_char
    first = bisect.bisect_left([q.start for q in quotes], start) if quotes else 0
    for quote in quotes[first:]:
        if quote.start >= end:
            break
        if quote.speaker_text is None:
            continue
        if quote.kind is QuoteKind.INDIRECT or len(quote.text.split()) > _MAX_ASSESSMENT_WORDS:
            continue
        lead = doc_text(doc)[max(0, quote.start - 60) : quote.start]
        if not _ASSESS_TARGET.search(doc_text(doc)[start:end]) or not (
            _EVALUATIVE.search(quote.text) or _EVALUATION_FRAME.search(lead)
        ):
            continue
        entity = parties.entity_named(quote.speaker_text)
        speaker = entity.canonical if entity is not None else quote.speaker_text
        party = (
            (parties.affiliation(entity) if entity is not None else None)
            or parties.party_of_name(quote.speaker_text)
            or _sole_party(parties, sent, quote)
        )
        found.append(Assessment(party, speaker, quote.text, quote.start, quote.end))
    return tuple(found)


def _sole_party(parties: Parties, sent: SpacySpan | None, quote: Quote) -> str | None:
    """The one party a sentence names as a possessor or nationality outside the quote.

    ``On the Russian side, X said…``, ``Korvania's team … its head called the talks …``: a
    country merely named in the sentence is as often the other side ("…a deal that rewards
    Korvania") as the speaker's own, so only those two forms count.
    """
    if sent is None:
        return None
    found = {
        p
        for m in parties.mentions_in(sent.start_char, sent.end_char)
        if not (quote.start <= m.start < quote.end)
        and (_nationality(parties, m) or _possessive(sent.doc, m))
        and (p := parties.party(m, persons=False))
    }
    return found.pop() if len(found) == 1 else None


def _nationality(parties: Parties, mention: EntityMention) -> bool:
    """Whether a mention is a nationality word, whatever label the tagger gave it."""
    if mention.label is EntityLabel.NATIONALITY:
        return True
    party = parties.party_of_name(mention.text)
    return " " not in mention.text and party is not None and party != mention.text


def _possessive(doc: Doc, mention: EntityMention) -> bool:
    """Whether a mention is followed by a possessive ``'s`` (``Korvania's team``)."""
    return doc_text(doc)[mention.end : mention.end + 2] in ("'s", "’s")


def attach_delegates(events: list[EventMention], pending: list[Delegate]) -> list[EventMention]:
    """Give delegation sentences without an event word to the nearest event mention before.

    The mention that already holds the side's delegation first ("the team also includes X"),
    then one that says where or when ("talks in X on Monday"), of the nearest mention's status,
    before one that does not ("the meeting was attended by…"): the bare one goes wherever the
    merge guesses, the delegation belongs to the event the article reports.
    """
    if not events or not pending:
        return events
    result = list(events)
    anchored = [i for i, e in enumerate(result) if e.place or e.dates]
    for delegate in pending:
        before = [i for i in range(len(result)) if result[i].start <= delegate.start]
        # "The team also includes X": the delegation it goes on with is already there.
        same = [i for i in before if delegate.party is not None
                and any(d.party == delegate.party for d in result[i].delegates)]
        # A bare mention ("the meeting was attended by…") stands for the event an anchored
        # one before it of the same status reports; a background round is not that event.
        status = result[max(before, key=lambda i: result[i].start)].status if before else None
        placed = [i for i in anchored if result[i].start <= delegate.start
                  and result[i].status == status]
        pool = same or placed or before or list(range(len(result)))
        nearest = min(pool, key=lambda i: abs(result[i].start - delegate.start))
        if delegate not in result[nearest].delegates:
            result[nearest] = replace(
                result[nearest], delegates=(*result[nearest].delegates, delegate)
            )
    return result
