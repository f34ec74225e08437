"""Where an event takes place: a city from its own clause, a venue resolved to its city.

A place is read only from a location phrase attached to the event word, to its own verb or to a
participle describing it ("talks in X", "met in X", "talks, held at the embassy in X"), or from
a city modifying the event word ("the Lindhaven talks"); a place elsewhere in the sentence is
where someone spoke, not where the event was. A venue (a palace, a residence, an embassy, an
air base, a convention centre) resolves to the city the text names with it ("at X Palace, in
Lindhaven", "at the embassy in Ostra") or, failing that, to a capital its name starts with
("Lindhaven Convention Centre", when Lindhaven is a capital). A city beats its country ("in
Veldra's capital, Lindhaven").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from communique.extract._event_lexicon import EventLexicon
from communique.extract._event_roles import SEQUENCE, TokenMentions
from communique.extract._event_status import describing, own_verbs
from communique.extract._event_tree import kids
from communique.extract._sentences import doc_text
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model.entities import EntityLabel, EntityMention

# Verbs whose location phrase is the location of the event they introduce, wherever the
# parser attaches them ("negotiations in Lindhaven, scheduled for …").
_SCHEDULING_VERBS = frozenset(
    {"schedule", "set", "plan", "hold", "take", "start", "begin", "end", "conclude", "meet",
     "open", "resume", "wrap", "convene", "slate", "due", "sign"}
)
_PARTICIPLE_REACH = 5
# Where a clause ends: what lies above is another statement (a reporting verb's "said Tuesday").
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl"})
# Phrase members that still say where: apposition ("capital, Lindhaven"), a possessor ("Veldra's
# capital"), a compound, and a nested location ("the embassy in Rome").
_WHERE_WORDS = 16
_ACRONYM = 6
_WHERE_DEPS = frozenset({"pobj", "appos", "poss", "compound", "conj", "npadvmod", "nmod", "amod"})


def anchors(token: Token, nouns: Sequence[Token], lex: EventLexicon) -> set[int]:
    """Tokens a place or date phrase may hang on to describe the event named by ``token``.

    The event words, the verbs whose subject or object the event is ("talks were held", "X
    held talks", "X met"), and participles describing it ("talks scheduled for …") — not a
    verb that merely reports or names it ("announced the outcome of the meeting on Tuesday").
    """
    found = {t.i for t in nouns}
    for noun in nouns:
        found |= {v.i for v in own_verbs(noun, lex)}
        if noun.pos_ not in ("VERB", "AUX"):
            found |= {v.i for v in describing(noun, lex)}
    return found


def below(token: Token, anchored: set[int]) -> bool:
    """Whether ``token`` lies inside a phrase of the event ("met … on the sidelines of a forum
    on March 14"), not across a relative clause or a preposition that relates another event."""
    current = token
    for _ in range(8):
        if current.i in anchored:
            return True
        if current.dep_ in _CLAUSE_EDGES or current.lower_ in SEQUENCE or (
            current.head.i == current.i
        ):
            return False
        current = current.head
    return False


def _schedules(verb: Token, event: Token) -> bool:
    """``negotiations in Lindhaven, scheduled for …``: a participle right after the event word."""
    return (
        verb.lemma_.lower() in _SCHEDULING_VERBS
        and verb.tag_ == "VBN"
        and 0 < verb.i - event.i <= _PARTICIPLE_REACH
    )


def _venue_word(word: str, lex: EventLexicon) -> bool:
    return word.lower().strip(".") in lex.venue_nouns


def _located(prep: Token, token: Token, anchors: set[int], lex: EventLexicon) -> bool:
    """Whether a location preposition says where the event named by ``token`` is."""
    head = prep.head
    for _ in range(3):
        if head.i in anchors or _schedules(head, token) or below(head, anchors):
            return True
        # "at the Veldran embassy in Lindhaven": a location inside a located venue.
        if not _venue_word(head.text, lex) or head.dep_ != "pobj":
            return False
        prep_above = head.head
        if prep_above.lower_ not in lex.location_prepositions:
            return False
        head = prep_above.head
    return False


def _where(prep: Token) -> list[Token]:
    """The tokens of a location phrase that can name the place."""
    found: list[Token] = []
    stack = [c for c in kids(prep) if c.dep_ == "pobj"]
    while stack and len(found) < _WHERE_WORDS:
        current = stack.pop()
        found.append(current)
        for child in kids(current):
            if child.dep_ in _WHERE_DEPS or (child.dep_ == "prep" and child.lower_ in ("in", "of")):
                stack.append(child)
    return found


def _mention_candidates(
    tokens: Sequence[Token], mentions: TokenMentions
) -> list[EntityMention]:
    found: dict[tuple[int, int], EntityMention] = {}
    for token in tokens:
        mention = mentions.at(token)
        if mention is not None:
            found.setdefault((mention.start, mention.end), mention)
    return sorted(found.values(), key=lambda m: m.start)


def _is_venue(mention: EntityMention, lex: EventLexicon) -> bool:
    return any(_venue_word(w, lex) for w in mention.text.split()[1:])


def _unknown_acronym(mention: EntityMention) -> bool:
    """Whether a mention is initials no gazetteer entry spells (``RBC``, ``GBC``)."""
    letters = mention.text.replace(".", "")
    return (letters.isupper() and len(letters) <= _ACRONYM and " " not in letters
            and gazetteer().lookup(mention.text) is None)


def _usable(mention: EntityMention, doc: Doc) -> bool:
    """Whether a mention can be a place: a place or country, or one unfamiliar word.

    The tagger mislabels unfamiliar towns as people or organizations; a single word in a
    location phrase is still a place, unless it is a nationality or a possessor.
    """
    if _unknown_acronym(mention):
        return False  # "at the RBC meeting": a body's initials, not where it meets
    if mention.label in (EntityLabel.PLACE, EntityLabel.COUNTRY):
        return True
    if mention.label is EntityLabel.NATIONALITY or " " in mention.text:
        return False
    return doc_text(doc)[mention.end : mention.end + 2] not in ("'s", "’s")


def _city_of_venue(venue: EntityMention) -> str | None:
    """A capital a venue's name starts with (``Lindhaven Convention Centre``)."""
    words = venue.text.split()
    for n in range(len(words) - 1, 0, -1):
        entry = gazetteer().lookup(" ".join(words[:n]))
        if entry is not None and entry.kind is GazKind.CAPITAL:
            return entry.canonical
    return None


def _spelled(name: str) -> str:
    """A place name as a city is written: a dateline's capitals ("CAIRO") in title case."""
    if name.isupper() and len(name.replace(" ", "")) > 3:
        return name.title()
    return name


def _country(mention: EntityMention, name: str, links: dict[str, str]) -> str | None:
    """The country a chosen place lies in: itself, a capital's country, or a stated link."""
    if mention.label is EntityLabel.COUNTRY:
        return name
    entry = gazetteer().lookup(name)
    if entry is not None and entry.kind in (GazKind.CAPITAL, GazKind.COUNTRY) and entry.country:
        return entry.country
    return links.get(name)


def _choose(
    candidates: Sequence[EntityMention], lex: EventLexicon, links: dict[str, str]
) -> tuple[str | None, str | None]:
    """A city over a venue over a country; a venue gives way to the city named with it."""
    cities = [m for m in candidates if m.label is not EntityLabel.COUNTRY and not _is_venue(m, lex)]
    if cities:
        name = _spelled(cities[0].canonical)
        return name, _country(cities[0], name, links)
    venues = [m for m in candidates if _is_venue(m, lex)]
    for venue in venues:
        city = _city_of_venue(venue)
        if city:
            return city, _country(venue, city, links)
    chosen = venues[0] if venues else (candidates[0] if candidates else None)
    if chosen is None:
        return None, None
    return chosen.canonical, _country(chosen, chosen.canonical, links)


def _capital_of(where: Sequence[Token], mentions: TokenMentions, lex: EventLexicon
                ) -> tuple[str, str] | None:
    """The capital a location phrase names by its country (``in the Chilean capital``,
    ``in Chile's capital``), with that country: a nationality or country that modifies a
    capital noun."""
    for noun in where:
        if noun.lemma_.lower() not in lex.capital_nouns:
            continue
        for child in kids(noun):
            mention = mentions.at(child) if child.dep_ in ("amod", "poss", "compound") else None
            if mention is None:
                continue
            entry = gazetteer().lookup(mention.canonical)
            country = entry.country if entry is not None else None
            if mention.label is EntityLabel.COUNTRY:
                country = country or mention.canonical
            city = gazetteer().capital_of(country) if country else None
            if city and country:
                return city, country
    return None


def _figurative(prep: Token, lex: EventLexicon) -> bool:
    """``in the presence of X``, ``in the wake of X``: a preposition whose object says who
    attended or what came before, not where (X is then no place of the event)."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lex.non_place_nouns for c in kids(prep))


def _prepositions(doc: Doc, lex: EventLexicon) -> list[int]:
    """Where the document's location prepositions are (found once, over string hashes)."""
    key = f"communique.location_prepositions.{lex.language}"
    cached: list[int] | None = doc.user_data.get(key)
    if cached is None:
        ids = _preposition_ids(lex)
        cached = [i for i, word in enumerate(doc.to_array(LOWER).tolist()) if word in ids]
        doc.user_data[key] = cached
    return cached


@cache
def _preposition_ids(lex: EventLexicon) -> frozenset[int]:
    """The location prepositions as spaCy string ids (hashed once per process, not per doc)."""
    return frozenset(map(get_string_id, lex.location_prepositions))


def event_place(
    doc: Doc,
    token: Token,
    nouns: Sequence[Token],
    clause: tuple[int, int],
    mentions: TokenMentions,
    links: dict[str, str],
    lex: EventLexicon,
) -> tuple[str | None, str | None]:
    """Where the event named by ``token`` is, and that place's country, from its own clause.

    ``nouns`` are the event word and the event words joined to it ("round of talks");
    ``links`` the document's ``place → country`` pairs ("Lindhaven, Veldra").
    """
    anchored = anchors(token, nouns, lex)
    candidates: list[EntityMention] = []
    positions = _prepositions(doc, lex)
    for i in positions[bisect.bisect_left(positions, clause[0]) :]:
        if i >= clause[1]:
            break
        prep = doc[i]
        if prep.dep_ != "prep" or _figurative(prep, lex):
            continue
        if _located(prep, token, anchored, lex):
            where = _where(prep)
            found = _mention_candidates(where, mentions)
            # The event's own name ("at the Extraordinary Meeting of …, held in X") is not
            # where it is.
            usable = [m for m in found if _usable(m, doc) and not m.start <= token.idx < m.end]
            # "in Chile's capital": the capital, unless the phrase names the city itself
            cities = [m for m in usable if m.label is not EntityLabel.COUNTRY]
            capital = None if cities else _capital_of(where, mentions, lex)
            if capital is not None:
                return capital
            candidates += usable
    if not candidates:
        for noun in nouns:
            modifiers = [
                c for c in kids(noun) if c.dep_ in ("compound", "nmod") and c.i < noun.i
            ]
            named = _mention_candidates(modifiers, mentions)
            # An unknown acronym before the event word names a body ("the RBC meeting"),
            # not where it meets.
            places = [m for m in named if m.label is EntityLabel.PLACE
                      and not _unknown_acronym(m)]
            if len(places) == 1 and len(named) == 1:
                candidates.append(places[0])  # "the Lindhaven talks"
    return _choose(candidates, lex, links)
