"""Who takes part in an event, and who mediates it, read from the parse of its clause.

Parties are the subjects and objects of the meeting or signing predicate — "X met Y", "X held
talks with Y", "talks between X and Y", "X–Y talks", "delegations of X and Y", "X and Y signed"
— never a country merely named nearby. A participant may be a state, a person (who then stands
for their side and heads its delegation), or an organization, an armed movement or a bloc,
which is a party in its own name unless the document ties it to a country. Mediators are who
mediates, hosts, brokers or carries messages ("mediated by X", "X-brokered", "Veldran
mediation", "X hosted the talks").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from communique.extract._event_lexicon import EventLexicon, is_forum
from communique.extract._event_tree import kids
from communique.extract._parties import Parties
from communique.extract._sentences import doc_text
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model.entities import EntityLabel, EntityMention

# Children of a noun phrase that still describe the same participants ("representatives of the
# government", "Iranian and US delegations"); anything else (a relative clause, "in X") does not.
_PHRASE_PREPOSITIONS = frozenset({"of", "from"})
_PHRASE_SKIP = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "det", "case"}
)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "obj", "attr", "iobj")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_WITH = frozenset({"between", "among", "amongst", "with"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
SEQUENCE = frozenset(
    {"after", "before", "following", "since", "until", "than", "like", "unlike", "ahead"}
)
"""Prepositions that relate one event to another: what lies beyond them is the other event's."""
_MEDIATOR_WINDOW = 90
# Where the list of mediators after "mediated by" ends: a comma not followed by "and", a clause.
_LIST_END = re.compile(
    r",(?!\s+and\b)|;|(?<![A-Z])\.\s|\s(?:while|as|but|who|which|after|before)\s"
)
_GOVERNMENT = re.compile(r"\s+(?:administration|government|cabinet|team)\b")


@dataclass
class Roles:
    """The participants and mediators of one event mention."""

    parties: list[str] = field(default_factory=list)
    people: list[tuple[EntityMention, str | None]] = field(default_factory=list)
    """Persons taking part, each with the party they stand for (``None`` when unknown)."""
    mediators: list[str] = field(default_factory=list)


class TokenMentions:
    """Entity mentions of a sentence indexed by the tokens they cover."""

    def __init__(self, doc: Doc, mentions: Sequence[EntityMention]) -> None:
        self.by_token: dict[int, EntityMention] = {}
        self.roots: dict[tuple[int, int], Token] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            self.roots[(mention.start, mention.end)] = span.root
            for token in span:
                self.by_token.setdefault(token.i, mention)

    def at(self, token: Token) -> EntityMention | None:
        """The mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def modifies_person(self, mention: EntityMention) -> bool:
        """Whether a mention only describes a person (``Middle East`` in "Middle East envoy X")."""
        token = self.roots.get((mention.start, mention.end))
        for _ in range(4):
            if token is None or token.dep_ not in ("compound", "amod", "nmod", "poss"):
                return False
            token = token.head
            owner = self.at(token)
            if owner is not None and owner is not mention:
                return owner.label is EntityLabel.PERSON
        return False


def _group(token: Token) -> list[Token]:
    """A token and its coordinated conjuncts ("X and Y", "X, Y and Z")."""
    return [token, *token.conjuncts]


def _phrase(token: Token, skip_location: frozenset[str]) -> Iterable[Token]:
    """The tokens of the noun phrase headed by ``token`` that can name its participants."""
    stack = [token]
    while stack:
        current = stack.pop()
        yield current
        for child in kids(current):
            if child.dep_ in _PHRASE_SKIP:
                continue
            if child.dep_ == "prep" and child.lower_ not in _PHRASE_PREPOSITIONS:
                continue
            if child.lower_ in skip_location:
                continue
            stack.append(child)


def _list_after(token: Token, tokens: TokenMentions) -> Iterable[EntityMention]:
    """Names listed after a name ("Kyiv, Moscow, and Washington"), whatever the parse says.

    The parser often breaks a list of names apart; the words tell it: names separated by
    commas, ``and`` and articles only.
    """
    doc = token.doc
    i = token.right_edge.i + 1
    while i < len(doc):
        word = doc[i]
        mention = tokens.at(word)
        if mention is not None:
            yield mention
            i += 1
            while i < len(doc) and tokens.at(doc[i]) is mention:
                i += 1
        elif word.lower_ in (",", "and", "&", "the") and word.dep_ != "prep":
            i += 1
        else:
            return


def _mentions_of(
    heads: Iterable[Token], tokens: TokenMentions, lex: EventLexicon
) -> list[EntityMention]:
    """The entity mentions inside the noun phrases headed by ``heads`` (conjuncts and lists
    included)."""
    found: dict[tuple[int, int], EntityMention] = {}
    for head in heads:
        for member in _group(head):
            for token in _phrase(member, lex.location_prepositions):
                mention = tokens.at(token)
                if mention is not None:
                    found.setdefault((mention.start, mention.end), mention)
            if tokens.at(member) is not None:
                for mention in _list_after(member, tokens):
                    found.setdefault((mention.start, mention.end), mention)
    return sorted(found.values(), key=lambda m: m.start)


def _subject(verb: Token) -> list[Token]:
    """The subject of a verb, looking through ``xcomp`` ("agreed to meet") and participles."""
    current = verb
    for _ in range(3):
        subjects = [c for c in kids(current) if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            current = current.head
        elif current.dep_ == "acl" and current.head.i != current.i:
            # "X and Y took part in a ceremony to sign": who takes part signs; else the noun
            # is the signer ("Korvania and the Red Dawn group signed on Saturday …").
            return _taking_part(current.head) or [current.head]
        else:
            break
    return []


def _taking_part(noun: Token) -> list[Token]:
    """The subjects of the verb a noun is the object of, directly or through a preposition
    ("X and Y attended a ceremony", "X and Y took part in a ceremony")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in _OBJECTS:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in kids(verb) if c.dep_ in _SUBJECTS] + _zero_relative_head(verb)


def _zero_relative_head(verb: Token) -> list[Token]:
    """The noun a relative clause without a relative word hangs from, as one of its verb's
    own arguments.

    "A and B take part" is sometimes parsed as "A, and B [who] take part": with no ``who``,
    ``which`` or ``that`` the clause has no subject of its own to relate, so the noun is the
    verb's subject or object ("the envoy Korvania met") — who takes part either way.
    """
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if any(c.tag_ in _RELATIVE_TAGS or c.lower_ == "that" for c in kids(verb)):
        return []
    return [verb.head]


def _agents(verb: Token) -> list[Token]:
    """Objects of a passive ``by`` (``signed by X and Y``)."""
    return [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]


def _with(token: Token) -> list[Token]:
    """Objects of ``between``, ``among`` and ``with`` under ``token``."""
    return [
        g
        for c in kids(token)
        if c.dep_ == "prep" and c.lower_ in _WITH
        for g in kids(c)
        if g.dep_ == "pobj"
    ]


def event_nouns(token: Token, lex: EventLexicon) -> list[Token]:
    """The event word and the event words that name the same event.

    Joined by ``of`` ("round of talks"); for a meeting verb, the meeting it is for ("meet for a
    second round", "meet in Lindhaven to hold a third round of talks").
    """
    found = [token]
    if token.pos_ in ("VERB", "AUX"):
        for child in kids(token):
            if child.dep_ == "prep" and child.lower_ == "for":
                found += [g for g in kids(child) if g.lower_ in lex.meeting_nouns]
            elif child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in (
                lex.participant_verbs
            ):
                found += [g for g in kids(child)
                          if g.dep_ in _OBJECTS and g.lower_ in lex.meeting_nouns]
        return [*found, *(n for f in found[1:] for n in event_nouns(f, lex)[1:])]
    named = set(lex.meeting_nouns)
    if token.lower_ in lex.signing_nouns or token.lower_ in lex.ceremony_nouns:
        named |= lex.agreement_nouns  # "the signing of the accord" is one event
    for child in kids(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            found += [g for g in kids(child) if g.lower_ in named]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (
        token.head.head.lower_ in lex.meeting_nouns
        # "initialed the text of the agreement": the text is the agreement, its verb is ours
        or token.head.head.lemma_.lower() in lex.text_nouns
    ):
        found.append(token.head.head)
    return found


def _verb_above(token: Token) -> tuple[Token | None, Token]:
    """The first verb above a noun, and the token below it on the way."""
    below, current = token, token.head
    for _ in range(4):
        if current.lower_ in SEQUENCE:
            break  # "a week after a second round": the verb is the later event's
        if current.pos_ in ("VERB", "AUX"):
            return current, below
        if current.head.i == current.i:
            break
        below, current = current, current.head
    return None, below


@dataclass
class _Slots:
    """Tokens heading participant and mediator phrases."""

    participants: list[Token] = field(default_factory=list)
    modifiers: list[Token] = field(default_factory=list)
    mediators: list[Token] = field(default_factory=list)


def _noun_slots(token: Token, lex: EventLexicon) -> _Slots:
    """Participant phrases of an event noun: its modifiers, ``between``/``with``, its verb."""
    slots = _Slots()
    for noun in event_nouns(token, lex):
        slots.participants += _with(noun)
        # "the meeting of the Border Committee between X and Y": the forum's sides meet.
        slots.participants += [p for forum in _forums_of(noun, lex) for p in _with(forum)]
        slots.modifiers += [c for c in kids(noun) if c.dep_ in _MODIFIERS and c.i < noun.i]
    verb, below = _verb_above(token)
    if verb is None:
        return slots
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text in ("-", "‑") and doc[verb.i - 2].lower_ == "co":
        lemma = "co-" + lemma  # "co-chaired": the chairs of both sides take part
    if below.dep_ in _OBJECTS or below.dep_ == "prep":
        if lemma in lex.host_verbs and (below.lower_ != "for" or _guests(verb)):
            slots.mediators += _subject(verb)  # "X convened the talks", "X hosts Y for talks"
        elif _led_to(verb, below, lex):
            # "X helped mediate the talks, leading to the signing": X is no signatory; who
            # mediated what led to it mediated it.
            if _mediating(verb.head, lex):
                slots.mediators += _subject(verb)
        elif (lemma in lex.participant_verbs or lemma in lex.meeting_verbs
              or lemma in lex.host_verbs):
            # "X was ready to facilitate talks between Y and Z to reach a deal": X offers to
            # help the sides to a deal, it takes no part in it (nor mediates it yet).
            slots.participants += [s for s in _subject(verb) if not _offers_to_host(s, lex)]
            slots.participants += _with(verb)
    elif below.dep_ in ("nsubjpass",) and lemma in lex.passive_participant_verbs:
        slots.participants += _agents(verb)
    elif below.dep_ == "nsubj" and _gathers(verb, lemma, lex):
        # "The meeting brought together X and Y": who is brought together takes part.
        slots.participants += [c for c in kids(verb) if c.dep_ in _OBJECTS]
    return slots


def _forums_of(noun: Token, lex: EventLexicon) -> list[Token]:
    """The forum an event noun is "of" ("the meeting of the Border Committee")."""
    return [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
            for g in kids(c) if g.dep_ == "pobj" and g.lower_ in lex.forum_nouns]


def _led_to(verb: Token, below: Token, lex: EventLexicon) -> bool:
    """Whether a verb links the event only as what something led to ("leading to the
    signing", "contributed to the talks"): the verb's preposition of result, and no object of
    its own ("led the delegation to the talks" leads it there)."""
    return (below.dep_ == "prep"
            and lex.result_verbs.get(verb.lemma_.lower()) == below.lower_
            and not any(c.dep_ in _OBJECTS for c in kids(verb)))


def _mediating(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb, or a verb it governs ("helped mediate"), hosts or mediates."""
    return verb.pos_ in ("VERB", "AUX") and any(
        v.lemma_.lower() in lex.host_verbs
        for v in (verb, *(c for c in kids(verb) if c.dep_ == "xcomp")))


def _gathers(verb: Token, lemma: str, lex: EventLexicon) -> bool:
    """Whether a verb, with its particle, is one whose objects the event gathers."""
    particles = [c.lower_ for c in kids(verb) if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ == "together")]
    return lemma in lex.gathering_verbs or any(
        f"{lemma} {p}" in lex.gathering_verbs for p in particles)


def _offers_to_host(subject: Token, lex: EventLexicon) -> bool:
    """Whether a subject is said to stand ready to host: an adjective of its predicate frames
    a hosting verb with an object ("was ready to facilitate dialogue", "is willing to host the
    envoys"). An offer is no part in the talks it offers to help; one who "helped mediate"
    or is "scheduled to convene" is left to the other rules."""
    return any(
        verb.pos_ == "VERB" and verb.lemma_.lower() in lex.host_verbs and _guests(verb)
        for adjective in kids(subject.head) if adjective.dep_ == "acomp"
        for verb in kids(adjective) if verb.dep_ == "xcomp"
    )


def _guests(verb: Token) -> bool:
    """Whether a verb has a direct object: "X convened the envoys for talks" hosts them, "the
    envoys convened for talks" gather (and take part), "X presided over the talks" hosts."""
    return any(c.dep_ in _OBJECTS for c in kids(verb))


def _verb_slots(verb: Token, lex: EventLexicon) -> _Slots:
    """Participant phrases of an event verb: subject, object, ``with``, passive ``by``.

    A hosting verb's subject hosts ("Veldra hosted X and Y"): a mediator, not a participant.
    """
    slots = _Slots()
    subjects = _subject(verb) + _agents(verb)
    if verb.lemma_.lower() in lex.hosting_verbs:
        slots.mediators += subjects
    else:
        slots.participants += subjects
    slots.participants += _with(verb)
    slots.participants += [
        c for c in kids(verb) if c.dep_ in _OBJECTS and c.lower_ not in lex.meeting_nouns
        and c.lower_ not in lex.agreement_nouns
    ]
    return slots


def _named_place(mention: EntityMention) -> bool:
    """Whether a mention names a city or site (not a country or a nationality)."""
    if mention.label is not EntityLabel.PLACE:
        return False
    entry = gazetteer().lookup(mention.text)
    return entry is None or entry.kind not in (GazKind.COUNTRY, GazKind.DEMONYM, GazKind.SEAT)


@cache
def _generic(word: str) -> bool:
    """Names too generic to be a party on their own (a pronoun tagged as an organization)."""
    return len(word) < 2 or word.lower() in {"the", "it", "they", "we"}


_JOINED = re.compile(r"\s*[-‑–—/]\s*")


def _joined(mention: EntityMention, parties: Parties) -> list[str]:
    """The parties of a name joined by dashes ("Veldra-Korvania", "Veldra–IAEA"), if it is one.

    The tagger often makes one name of such a pair; each part that names a party is one.
    """
    return joined_parties(mention.text, parties)


def _acronym(part: str) -> bool:
    return len(part) > 1 and part.isupper() and part.isalnum()


def joined_parties(text: str, parties: Parties) -> list[str]:
    """The parties of a name joined by dashes ("Veldra-Korvania", "ALBA-CORA"), if it is one.

    Two acronyms joined by a dash are two bodies ("ALBA-CORA summit"); joined by a slash they
    may be one body's two names ("AVN/R12"), so a slash needs a party the document knows.
    """
    parts = [p.strip() for p in _JOINED.split(text) if p.strip()]
    if len(parts) < 2:
        return []
    found = []
    for part in parts:
        words = part.split()
        # "Extraordinary Veldra" keeps its last word: a qualifier before the first name;
        # "Korvania General Border Committee" its first: the pair names a joint body.
        name = (parties.party_of_name(part) or parties.party_of_name(words[-1])
                or parties.party_of_name(words[0]))
        if name is None and len(words) == 1 and _acronym(part):
            name = part  # an acronym: a bloc or an agency ("E3", "IAEA")
        if name is None:
            return []
        found.append(name)
    known = [f for f in found if parties.party_of_name(f)]
    dashed = "/" not in text and all(_acronym(p) for p in parts)
    return list(dict.fromkeys(found)) if len(set(found)) > 1 and (known or dashed) else []


_DATELINE_REST = re.compile(
    r"[\s,]*(?:[A-Z][\w.]*\s*){0,3},?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,30}\))?\s*[–—-]"
)


def _dateline(mention: EntityMention, tokens: TokenMentions) -> bool:
    """Whether a mention is a dateline ("WASHINGTON —", "Amman, July 28 (Petra) –")."""
    root = tokens.roots.get((mention.start, mention.end))
    if root is None:
        return False
    text = doc_text(root.doc)
    following = text[mention.end : mention.end + 3].lstrip()
    opening = mention.start - root.sent.start_char <= 1
    return (
        (opening and mention.text.isupper() and len(mention.text) > 3)
        or following[:1] in ("—", "–", "(")
        or (opening and _DATELINE_REST.match(text, mention.end) is not None)
        or _in_dateline(mention, root, text)
    )


def _in_dateline(mention: EntityMention, root: Token, text: str) -> bool:
    """Whether a mention sits in the parentheses of a dateline ("(Petra) –")."""
    before = text[root.sent.start_char : mention.start]
    closing = text.find(")", mention.end, mention.end + 20)
    return (
        "(" in before
        and len(before) < 40
        and "–" not in before
        and "—" not in before
        and closing != -1
        and _DATELINE_REST.match(text, closing + 1) is not None
    )


def _party(
    mention: EntityMention,
    parties: Parties,
    tokens: TokenMentions,
    lex: EventLexicon,
    *,
    slot: bool,
) -> str | None:
    """The party a participant mention stands for.

    An organization is a party in its own name (an armed movement, an agency, a bloc) unless
    the document ties it to a country; so is a place named in a participant slot (the subject
    or object of the meeting), where the tagger often calls a movement a place — but not a
    name that only describes a person ("Middle East envoy X").
    """
    if _dateline(mention, tokens):
        return None  # "AMMAN, July 28 (Petra) –": where and by whom the report was filed
    found = parties.party(mention)
    if found or mention.label in (EntityLabel.PERSON, EntityLabel.NATIONALITY):
        return found
    if _generic(mention.canonical) or tokens.modifies_person(mention):
        return None
    if is_forum(mention.canonical, lex):
        return None  # "the General Border Committee", "the Special Meeting": a forum
    entry = gazetteer().lookup(mention.text)
    if entry is not None and entry.kind is GazKind.REGION:
        return None
    if mention.label is EntityLabel.ORGANIZATION or (slot and mention.label is EntityLabel.PLACE):
        return mention.canonical
    return None


_BACKED = re.compile(r"[-‑–]\s*(?:backed|supported|sponsored|funded|armed|allied|aligned|based)\b",
                     re.IGNORECASE)


def _backer(mention: EntityMention, tokens: TokenMentions) -> bool:
    """Whether a name only says who backs or hosts a participant ("X-backed rebels")."""
    root = tokens.roots.get((mention.start, mention.end))
    if root is None:
        return False
    return _BACKED.match(doc_text(root.doc), mention.end) is not None


def _possessor(mention: EntityMention, tokens: TokenMentions, event: set[int]) -> bool:
    """Whether a name is the possessor of someone else ("X's envoy"), not of the event
    ("X's talks with Y", where X takes part)."""
    root = tokens.roots.get((mention.start, mention.end))
    if root is None or root.head.i in event:
        return False
    return doc_text(root.doc)[mention.end : mention.end + 2] in ("'s", "’s")


def roles(
    token: Token, tokens: TokenMentions, parties: Parties, lex: EventLexicon
) -> Roles:
    """Participants and mediators of the event named by ``token``, from the parse."""
    noun = token.pos_ not in ("VERB", "AUX")
    slots = _noun_slots(token, lex) if noun else _verb_slots(token, lex)
    result = Roles()
    for mention in _mentions_of(slots.mediators, tokens, lex):
        party = _party(mention, parties, tokens, lex, slot=True)
        if mention.label is EntityLabel.PERSON:
            result.mediators.append(mention.canonical)
        elif party:
            result.mediators.append(party)
    modifiers = _mentions_of(slots.modifiers, tokens, lex)
    # "Lindhaven talks" names a place; "Moscow–Kyiv talks" two parties.
    places = [m for m in modifiers if _named_place(m) and not _joined(m, parties)]
    if len(places) < 2:
        modifiers = [m for m in modifiers if m not in places]
    own = {t.i for t in event_nouns(token, lex)}
    named = [(m, True) for m in _mentions_of(slots.participants, tokens, lex)]
    named += [(m, False) for m in modifiers]
    for mention, slot in named:
        if _backer(mention, tokens):
            continue  # "Veldra-backed rebels": the rebels take part, their backer is named
        if mention.label is EntityLabel.PERSON and _possessor(mention, tokens, own):
            continue  # "President X's envoy Y met Z": the envoy takes part, not X
        joined = _joined(mention, parties)
        party = None if joined else _party(mention, parties, tokens, lex, slot=slot)
        if mention.label is EntityLabel.PERSON:
            result.people.append((mention, party))
        for name in joined or ([party] if party else []):
            if name not in result.mediators:
                result.parties.append(name)
    result.parties = list(dict.fromkeys(result.parties))
    return result


def mediators_from_text(
    text: str,
    offset: int,
    mentions: Sequence[EntityMention],
    parties: Parties,
    lex: EventLexicon,
) -> list[str]:
    """Mediators a clause names with a cue: ``mediated by X``, ``X-brokered``,
    ``Veldran mediation``.

    ``text`` is the clause and ``offset`` its position in the document.
    """
    found: list[str] = []
    for match in _prefix_pattern(lex).finditer(text):
        party = parties.party_of_name(match.group("who"))
        if party:
            found.append(party)
    for match in _by_pattern(lex).finditer(text):
        rest = text[match.end() : match.end() + _MEDIATOR_WINDOW]
        stop = _LIST_END.search(rest)
        window_end = offset + match.end() + (stop.start() if stop else len(rest))
        for mention in mentions:
            if not offset + match.start() <= mention.start < window_end:
                continue
            after = text[mention.end - offset : mention.end - offset + 16]
            if after[:2] in ("'s", "’s"):
                continue  # a possessor ("Trump's son-in-law X")
            found += _mediator_names(mention, after, parties)
    for match in _noun_pattern(lex).finditer(text):
        for mention in mentions:
            if 0 <= match.start() - (mention.end - offset) <= 3:
                # "Veldran mediation", "Veldra's mediation", "Korvanian mediators"
                party = parties.party(mention, persons=False)
                if party:
                    found.append(party)
    return list(dict.fromkeys(found))


def _mediator_names(mention: EntityMention, after: str, parties: Parties) -> list[str]:
    """The mediator a mention after ``mediated by`` names (a person, a country, a body)."""
    if mention.label is EntityLabel.PERSON and _GOVERNMENT.match(after):
        party = parties.party_of_person(mention.canonical)
        return [party] if party else []  # "the Trump administration" mediates for its country
    if mention.label is EntityLabel.PERSON:
        return [mention.canonical]
    party = parties.party(mention, persons=False)
    if party is None and mention.label is EntityLabel.ORGANIZATION:
        party = mention.canonical  # an agency or a bloc mediates in its own name
    return [party] if party else []


@cache
def _by_pattern(lex: EventLexicon) -> re.Pattern[str]:
    cues = "|".join(lex.mediation_by)
    return re.compile(
        # "co-chaired by X and Y": the chairs of both sides, who take part, not a go-between.
        rf"(?<![-‑])\b(?:{cues})\s+(?:[\w-]+\s+){{0,3}}?(?:by|through|via)\b"
        r"|\bmediation\s+of\b",
        re.IGNORECASE,
    )


@cache
def _prefix_pattern(lex: EventLexicon) -> re.Pattern[str]:
    endings = "|".join(lex.mediation_prefix)
    return re.compile(rf"(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-‑–](?:{endings})\b")


@cache
def _noun_pattern(lex: EventLexicon) -> re.Pattern[str]:
    nouns = "|".join(sorted(lex.mediation_nouns))
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)
