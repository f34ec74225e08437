"""Stance mentions: a party demanding, offering, accepting or rejecting something.

A small lexicon of negotiation verbs and nouns (demand, insist, refuse, red line, offer,
propose, accept, reject, want…) is the only vocabulary; the party comes from the verb's subject
(a country, a capital acting for it, a nationality, or a person with a known affiliation) and
the issue from the verb's object. Issues are not a fixed list: the merge stage groups stances
whose objects share places or content words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from communique.extract._parsed import sentences_of
from communique.extract._parties import Parties
from communique.extract._polarity import denial_of, denies_a_report, is_negated, reverse
from communique.extract._sentences import span_text
from communique.extract._tokens import token_table
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.model import Span
from communique.model.annotations import Stance, StanceMention
from communique.model.entities import EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind

_VERBS: dict[str, Stance] = {
    "demand": Stance.DEMANDS,
    "insist": Stance.DEMANDS,
    "want": Stance.DEMANDS,
    "seek": Stance.DEMANDS,
    "call": Stance.DEMANDS,
    "require": Stance.DEMANDS,
    "urge": Stance.DEMANDS,
    "press": Stance.DEMANDS,
    "ask": Stance.DEMANDS,
    "refuse": Stance.REJECTS,
    "reject": Stance.REJECTS,
    "rule": Stance.REJECTS,
    "oppose": Stance.OPPOSES,
    "resist": Stance.OPPOSES,
    "offer": Stance.OFFERS,
    "pledge": Stance.OFFERS,
    "promise": Stance.OFFERS,
    "propose": Stance.PROPOSES,
    "float": Stance.PROPOSES,
    "suggest": Stance.PROPOSES,
    "accept": Stance.ACCEPTS,
    "agree": Stance.ACCEPTS,
    "support": Stance.SUPPORTS,
    "back": Stance.SUPPORTS,
    "endorse": Stance.SUPPORTS,
}
# Verbs that need a particle or preposition to be a stance ("call for", "rule out").
_CUE_LEMMAS = frozenset(_VERBS) | {"give", "concede", "cede", "surrender", "yield", "relinquish"}
"""Lemmas worth a closer look; every other token is skipped cheaply."""
_PARTICLES = {"call": ("for", "on"), "rule": ("out",), "insist": ("on",)}
_WILLING = re.compile(r"\bnot\s+(?:willing|prepared|ready)\s+to\s+(?P<verb>\w+)", re.IGNORECASE)
_RED_LINE = re.compile(
    r"\b(?P<what>[\w\s'’-]{3,60}?)\s+(?:is|was|are|remains?)\s+a\s+red\s+line", re.IGNORECASE
)
_DEMAND_OF = re.compile(
    r"\ba\s+(?:key\s+|main\s+|central\s+|core\s+)?(?:demand\s+(?:from|of|by)\s+"
    r"(?P<who>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)?)|(?P<adj>[A-Z][\w'’-]+)"
    r"\s+demand\b)"
)
# Words every match of the pattern above holds: a sentence without them skips the pattern,
# whose open start is tried at every word (this runs on every sentence).
_RED_LINE_WORDS = re.compile(r"red\s+line", re.IGNORECASE)
_DEMAND_WORD = "demand"
# Giving something up, refused: "X will not give up / cede / concede Y" rejects Y.
_YIELD_VERBS = frozenset({"give", "concede", "cede", "surrender", "yield", "relinquish"})
_GENERIC = frozenset(
    {
        "plan",
        "idea",
        "thing",
        "part",
        "parts",
        "way",
        "issue",
        "matter",
        "kind",
        "any",
        "one",
        "lot",
        "number",
        "side",
        "sides",
        "time",
        "commitment",
    }
)
_ANAPHORIC = re.compile(
    r"\bthe\s+(?P<noun>area|region|territory|province|district|plant|"
    r"facility|city|site|zone|dam|port|airport|base)\b|^(?P<pronoun>it)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(r"\d|percent|%|\byears?\b|\bmonths?\b")
_CONTEXT_ISSUE = re.compile(
    r"\b(?:over|on|about|regarding|concerning)\s+(?P<np>[a-z][\w\s-]{3,40}?)"
    r"(?=[,.;:]|\s+(?:while|and|but|as)\b)",
    re.IGNORECASE,
)
_MAX_ISSUE_CHARS = 160


def _subject(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, climbing through xcomp/conj chains."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if (
            current.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acomp")
            and current.head is not current
        ):
            current = current.head
        else:
            return None
    return None


# Verbs whose clausal complement is a report, not a proposal ("suggesting that X happened").
_NOMINAL_ONLY = frozenset({"suggest", "float", "propose", "back", "support"})


def _object(verb: Token) -> SpacySpan | None:
    """The object phrase of a stance verb: direct object, then infinitive, then clause.

    ``called on Kyiv to hand over X`` yields ``to hand over X`` (the demand), not ``Kyiv``.
    """
    doc = verb.doc
    after = [c for c in verb.children if c.i > verb.i]
    allowed = (
        ("dobj", "attr", "oprd")
        if verb.lemma_.lower() in _NOMINAL_ONLY
        else ("dobj", "attr", "oprd", "xcomp", "ccomp")
    )
    infinitives = [c for c in after if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    for dep in allowed:
        for child in after:
            if child.dep_ != dep:
                continue
            if dep == "dobj" and child.pos_ == "PROPN" and infinitives:
                child = infinitives[0]  # "called on Kyiv to hand over X": the demand is X
            return _trim(doc[child.left_edge.i : child.right_edge.i + 1], child)
    for child in after:
        if child.dep_ in ("prep", "prt") and (
            child.lower_ in ("for", "on", "out")
            or (child.lower_ == "to" and verb.lemma_.lower() == "agree")  # "agreed to X"
        ):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    infinitive = [t for t in grand.subtree if t.pos_ == "VERB" and t.i > grand.i]
                    if infinitive:
                        return _trim(doc[infinitive[0].i : grand.right_edge.i + 1], infinitive[0])
                    return doc[grand.left_edge.i : grand.right_edge.i + 1]
    return None


def _trim(phrase: SpacySpan, root: Token) -> SpacySpan:
    """Cut an object phrase before a coordinated verb or a relative clause of its own."""
    doc = phrase.doc
    for token in phrase:
        if token.i == phrase.start:
            continue
        ends_clause = token.dep_ == "cc" and token.head == root
        relative = (
            token.text == ","
            and token.i + 1 < phrase.end
            and doc[token.i + 1].lower_ in ("which", "who", "whom", "whose")
        )
        if ends_clause or relative:
            return doc[phrase.start : token.i]
    return phrase


def _party(
    token: Token, mentions: Sequence[EntityMention], parties: Parties
) -> tuple[str, str] | None:
    """The party a subject token speaks for, with the subject's surface."""
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1]
    inside = [m for m in mentions if phrase.start_char <= m.start and m.end <= phrase.end_char]
    for mention in inside:
        party = parties.party(mention)
        if party:
            return party, mention.text
    party = parties.party_of_name(token.text)
    if party:
        return party, token.text
    # A seat of government the gazetteer does not know, acting ("Valmont offers…"): the place
    # itself is recorded as the party rather than guessing whose capital it is.
    acting = [
        m
        for m in inside
        if m.start == token.idx
        and " " not in m.text
        and m.label in (EntityLabel.PLACE, EntityLabel.ORGANIZATION)
    ]
    return (acting[0].canonical, acting[0].text) if acting else None


def _is_party_word(token: Token) -> bool:
    """Country names and nationalities say who, not what: they are not issue words."""
    entry = gazetteer().lookup(token.text)
    return entry is not None and entry.kind in (GazKind.COUNTRY, GazKind.DEMONYM, GazKind.CAPITAL)


def _issue_key(phrase: SpacySpan) -> tuple[str, ...]:
    """Content lemmas of an issue phrase, without generic words or party names."""
    return tuple(
        dict.fromkeys(
            t.lemma_.lower()
            for t in phrase
            if t.pos_ in ("NOUN", "PROPN")
            and not t.is_stop
            and t.lemma_.lower() not in _GENERIC
            and t.is_alpha
            and not _is_party_word(t)
        )
    )


def _places(
    phrase: SpacySpan,
    mentions: Sequence[EntityMention],
    previous: Sequence[EntityMention],
    parties: Parties | None = None,
) -> tuple[str, ...]:
    """Places (and named facilities) an issue phrase names, resolving ``the area``-style nouns."""
    inside = [
        m.canonical
        for m in mentions
        if phrase.start_char <= m.start
        and m.end <= phrase.end_char
        and m.label in (EntityLabel.PLACE, EntityLabel.OTHER, EntityLabel.ORGANIZATION)
    ]
    anaphor = _ANAPHORIC.search(phrase.text)
    if anaphor and previous:
        noun = (anaphor.group("noun") or "").lower()
        # "the plant" means the named plant just mentioned; "the area" or "it" the last place.
        named = [m for m in previous if noun and m.text.lower().endswith(noun)]
        places = [
            m
            for m in previous
            if m.label is EntityLabel.PLACE
            and not (parties is not None and parties.is_country(m.canonical))
        ]
        pick = named[-1] if named else (places[-1] if places else None)
        if pick is not None:
            inside.insert(0, pick.canonical)
    return tuple(dict.fromkeys(inside))


def _context_issue(sent: SpacySpan) -> str | None:
    """The topic a sentence names with ``over``/``on`` (``differences over guarantees``)."""
    match = _CONTEXT_ISSUE.search(span_text(sent))
    return match.group("np").strip() if match else None


def _stance_of(verb: Token) -> Stance | None:
    """The stance a verb expresses, honouring particles and negation."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and verb.lemma_.lower() in _YIELD_VERBS and verb.pos_ == "VERB":
        return Stance.REJECTS
    stance = _VERBS.get(verb.lemma_.lower())
    if stance is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    needs = _PARTICLES.get(verb.lemma_.lower())
    if needs and not any(c.lower_ in needs for c in verb.children):
        return None
    if is_negated(verb):
        return reverse(stance)
    return stance


class _Reader:
    """Reads the stance mentions of one document sentence by sentence."""

    def __init__(
        self, doc: Doc, parties: Parties, quoted: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.doc = doc
        self.table = token_table(doc)
        self.quoted = list(quoted)
        self.parties = parties
        self.previous: list[EntityMention] = []

    def sentence(self, sent: SpacySpan) -> list[StanceMention]:
        mentions = self.parties.mentions_in(sent.start_char, sent.end_char)
        willing = _WILLING.search(span_text(sent))
        target = willing.group("verb").lower() if willing else None
        # The words from the token table: only a cue word becomes a Token.
        lemma, lower, doc = self.table.lemma, self.table.lower, self.doc
        found = [s for i in range(sent.start, sent.end)
                 if (lemma[i] in _CUE_LEMMAS or lower[i] == target)
                 and (s := self._verb(doc[i], sent, mentions)) is not None]
        found.extend(self._patterns(sent, mentions))
        self.previous = mentions or self.previous
        return found

    def _verb(
        self, verb: Token, sent: SpacySpan, mentions: Sequence[EntityMention]
    ) -> StanceMention | None:
        if any(a <= verb.idx < b for a, b in self.quoted):
            return None  # the speaker's words: quotes carry them, with the speaker
        if verb.dep_ == "xcomp" and _stance_of(verb.head) is not None:
            return None  # "pledged to support X" is one stance, read at "pledged"
        if denies_a_report(verb):
            return None  # "rejects claims that it backs X": the claim's verb says it, reversed
        stance = _stance_of(verb)
        willing = _WILLING.search(span_text(sent))
        negated = is_negated(verb)
        if stance is None and willing and verb.lower_ == willing.group("verb").lower():
            stance, negated = Stance.REJECTS, True
        denier = denial_of(verb)
        if denier is not None and stance is not None:
            # "denies supporting X": the party does not support X; "did not deny": unknown.
            stance = None if is_negated(denier) else reverse(_VERBS[verb.lemma_.lower()])
            negated = True
        if stance is None:
            return None
        subject = _subject(denier if denier is not None else verb)
        obj = _object(verb)
        if subject is None or obj is None or subject.lower_ in ("it", "which", "that", "who"):
            return None
        party = _party(subject, mentions, self.parties)
        if party is None:
            return None
        cue = verb.lemma_.lower() if negated else verb.text
        return self._make(sent, mentions, party, stance, cue, obj, negated)

    def _make(
        self,
        sent: SpacySpan,
        mentions: Sequence[EntityMention],
        party: tuple[str, str],
        stance: Stance,
        cue: str,
        obj: SpacySpan,
        negated: bool = False,
    ) -> StanceMention | None:
        issue = obj.text[:_MAX_ISSUE_CHARS]
        value = None
        key = _issue_key(obj)
        if _QUANTITY.search(issue) and len(key) <= 1:
            # "Washington offers 15 years": the number is the value, the topic is the sentence's.
            topic = _context_issue(sent)
            if topic:
                value, issue = issue, topic
                key = tuple(
                    dict.fromkeys(w.rstrip("s") for w in topic.lower().split() if len(w) > 3)
                )
        places = _places(obj, mentions, self.previous, self.parties)
        if not key and not places:
            return None
        return StanceMention(
            start=sent.start_char,
            end=sent.end_char,
            party=party[0],
            party_text=party[1],
            stance=stance,
            cue=cue,
            issue=issue,
            issue_key=key,
            issue_places=places,
            value=value,
            negated=negated,
        )

    def _patterns(self, sent: SpacySpan, mentions: Sequence[EntityMention]) -> list[StanceMention]:
        """Stances stated without a stance verb: ``X is a red line``, ``a key demand from Y``."""
        found = []
        text = span_text(sent)
        demand = _DEMAND_OF.search(text) if _DEMAND_WORD in text else None
        if demand:
            who = demand.group("who") or demand.group("adj")
            party = self.parties.party_of_name(who)
            head = self._noun_before(sent, demand.start())
            if party and head is not None:
                made = self._make(sent, mentions, (party, who), Stance.DEMANDS, "demand", head)
                if made:
                    found.append(made)
        red = _RED_LINE.search(text) if _RED_LINE_WORDS.search(text) else None
        if red:
            made = self._red_line(sent, mentions, red)
            if made:
                found.append(made)
        return found

    def _red_line(
        self, sent: SpacySpan, mentions: Sequence[EntityMention], match: re.Match[str]
    ) -> StanceMention | None:
        """``[Party said] giving up territory is a red line``: the party rejects the thing."""
        at = sent.start_char + match.start("what")
        before = [m for m in mentions if m.end <= at]
        party = next((p for m in reversed(before) if (p := self.parties.party(m))), None)
        if party is None:
            return None
        what = self.doc.char_span(at, sent.start_char + match.end("what"), alignment_mode="expand")
        if what is None:
            return None
        words = [t for t in what if t.pos_ in ("VERB", "NOUN", "PROPN")]
        first = next((t for t in words if t.pos_ == "VERB" and t.tag_ == "VBG"), None)
        phrase = self.doc[first.i : what.end] if first is not None else what
        return self._make(sent, mentions, (party, party), Stance.REJECTS, "red line", phrase)

    def _noun_before(self, sent: SpacySpan, offset: int) -> SpacySpan | None:
        """The noun phrase that an appositive at ``offset`` (chars into ``sent``) describes."""
        at = sent.start_char + offset
        chunks = [c for c in sent.noun_chunks if c.end_char <= at]
        if not chunks:
            return None
        last = chunks[-1]
        # Widen to the whole prepositional phrase ("territory in Donbas").
        start = last.start
        while start > sent.start and self.doc[start - 1].dep_ in ("prep", "pobj", "compound"):
            start -= 1
        while start > sent.start and self.doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            start -= 1
        return self.doc[start : last.end]


def find_stances(
    doc: Doc, parties: Parties, quotes: Sequence[Quote] = (), skip: Sequence[Span] = ()
) -> list[StanceMention]:
    """Every stance mention of a parsed document, in text order (outside direct quotes).

    Sentences overlapping ``skip`` (heading lines) give no stance, but are still read so that
    "the plant" in the next sentence can point back to a plant a heading named.
    """
    quoted = [(q.start, q.end) for q in quotes if q.kind is not QuoteKind.INDIRECT]
    reader = _Reader(doc, parties, quoted)
    found: list[StanceMention] = []
    for sent in sentences_of(doc):
        stances = reader.sentence(sent)
        if not any(sent.start_char < s.end and s.start < sent.end_char for s in skip):
            found.extend(stances)
    return found
