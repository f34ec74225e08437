"""Title evidence of one article: which words of office each person holds, and which
organisation a person is named with.

``the foreign minister said`` should find the person the article called ``Foreign Minister``,
not the defence minister named closer; ``his party said`` should find the party of the person
``his`` refers to. Both read only the article: the words written before a name (``German
Foreign Minister``), an apposition (``Anna Berg, the country's interior minister``), a
predicate (``Berg, who is the finance minister``, ``was appointed foreign minister``), and the
organisations named with the person (``VJP chief``, ``Tali's Justice Party``, ``leader of the
Unity Party``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.extract.claims._places import place_key
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.quotes._cues import ROLE_NOUNS
from communique.extract.quotes._name_case import name_cased

PLAIN_MODIFIERS = frozenset({
    "top", "senior", "lead", "new", "current", "then", "veteran", "longtime",
    "long-time", "outgoing", "incoming", "acting", "interim", "powerful", "influential",
    "country", "nation", "state", "national", "the", "of", "for", "a", "an", "union",
    "federal", "central", "provincial", "regional", "cabinet", "junior", "government",
    "old", "year", "aged", "young", "elderly", "embattled", "beleaguered",
})
"""Words before a role noun that do not say which office it is (``the top diplomat``, ``the
federal minister``: the level of government, not the portfolio; ``the 62-year-old leader``:
the holder's age)."""
FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
"""Words that make a title a past one."""
_TITLE_VERBS = frozenset({"be", "become", "remain", "appoint", "name", "elect", "nominate",
                          "choose", "serve", "swear", "install", "make"})
"""Verbs whose predicate noun is a title of their subject (``was appointed minister``)."""
_RUN_WORDS = frozenset({"-", "(", ")"})
"""Words that may stand inside a title written before a name, not at its ends."""
_MAX_RUN = 6
"""Words before a name read as its title at most."""
_BODY_LABELS = frozenset({"ORG"})


def word_key(token: Token) -> str:
    """A title word as compared: lower-cased, a demonym as its place (``German`` = ``germany``)."""
    return place_key(token.text)


def is_place_word(word: str) -> bool:
    """Whether a compared title word is a country or place (``germany``), not a portfolio."""
    return gazetteer().lookup(word.title()) is not None


def title_keys(words: set[str]) -> set[str]:
    """Title words as compared (demonyms as places, words of no office left out)."""
    return {place_key(w) for w in words} - PLAIN_MODIFIERS


def role_details(noun: Token) -> frozenset[str]:
    """The words a role noun has that say which office it is: ``the foreign minister`` →
    ``foreign``; ``the Veldran president`` → ``veldra``; ``the president of Tavra`` →
    ``tavra`` (words of no office, ``top``, ``senior``, are left out)."""
    words = set()
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("compound", "amod", "nmod") and _wordlike(child):
            words.add(word_key(child))
            words.update(word_key(c) for c in child.children
                         if c.dep_ in ("compound", "amod") and c.is_alpha and c.i < child.i)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words.update(word_key(o) for o in child.children
                         if o.dep_ == "pobj" and o.pos_ == "PROPN")
    return frozenset(words - PLAIN_MODIFIERS - FORMER - {noun.lower_})


def _wordlike(token: Token) -> bool:
    """A word, or initials written with full stops (``U.S.``)."""
    return token.is_alpha or (len(token.text) > 1 and token.text.replace(".", "").isalpha())


def title_before(name: Span) -> Span | None:
    """The title written right before a name (``German Foreign Minister`` before ``Anna
    Berg``): capitalized words, role nouns and nationality words, holding a role noun."""
    doc = name.doc
    first = name.start
    while first > 0 and name.start - first < _MAX_RUN:
        prev = doc[first - 1]
        if (prev.is_punct and prev.text not in _RUN_WORDS) or prev.is_space:
            break
        if prev.text not in _RUN_WORDS and (prev.pos_ not in ("PROPN", "NOUN", "ADJ") or not (
                prev.lower_ in ROLE_NOUNS or prev.ent_type_ == "NORP" or name_cased(prev)
                or prev.is_upper)):
            break
        first -= 1
    while first < name.start and doc[first].text in _RUN_WORDS:
        first += 1
    run = doc[first : name.start]
    if not len(run) or not any(t.lower_ in ROLE_NOUNS for t in run):
        return None
    if any(t.lower_ in FORMER for t in run):
        return None
    # The title ends with its last role noun: what follows it is part of the name.
    last = max(t.i for t in run if t.lower_ in ROLE_NOUNS)
    return doc[first : last + 1]


def span_words(span: Span) -> set[str]:
    """The compared words of a title span (``German Foreign Minister``)."""
    return {word_key(t) for t in span if t.is_alpha} - PLAIN_MODIFIERS


def predicate_titles(token: Token) -> tuple[Token, set[str]] | None:
    """``Berg, who is the finance minister``, ``Ost has been prime minister``, ``Berg was
    appointed foreign minister``, ``Ost serves as minister``: the subject and the words of the
    title a role noun predicates of it (``None`` when ``token`` is no such noun)."""
    if token.lower_ not in ROLE_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.lower_ in FORMER for c in token.children if c.i < token.i):
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif token.dep_ not in ("attr", "oprd", "xcomp"):
        return None
    if verb.lemma_.lower() not in _TITLE_VERBS or verb.i == token.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject, {token.lower_} | set(role_details(token))


def bodies_near(token: Token, title: Span | None, ents: list[Span]) -> list[Span]:
    """Organisations a person mention is named with: in its title (``VJP chief``), as the
    owner of a name's body (``Tali's Justice Party``), in its apposition (``leader of the Unity
    Party``) or a predicate title (``is the chairman of Tavra Holdings``). ``ents`` are the
    document's organisation entities."""
    found: list[Span] = []
    if title is not None:
        found += [e for e in ents if e.label_ in _BODY_LABELS
                  and title.start <= e.start and e.end <= title.end]
    places: list[Token] = []
    head = token.head
    if token.dep_ == "poss" and head.i != token.i:
        places.append(head)
    for child in token.children:
        if child.dep_ == "appos":
            places += [t for t in child.subtree if t.dep_ == "pobj"]
    if token.dep_ in ("nsubj", "nsubjpass"):
        predicate = next((c for c in token.head.children if c.dep_ == "attr"
                          and c.lower_ in ROLE_NOUNS), None)
        if predicate is not None:
            places += [t for t in predicate.subtree if t.dep_ == "pobj"]
    for ent in ents:
        if ent.label_ in _BODY_LABELS and any(ent.start <= t.i < ent.end for t in places):
            found.append(ent)
    return found
