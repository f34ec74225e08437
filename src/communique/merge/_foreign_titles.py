"""Titles read from articles in other languages than English, for the office contradictions.

The entity stage reads roles from an English parse; a French, Spanish, Portuguese, German,
Italian or Russian article that calls someone *l'ancien président* or *son ministre des
Affaires étrangères* gives no role. Here the words right before a person's name in such an
article (up to the clause's last comma or stop, the name's own comma left aside: ``le ministre
des Affaires étrangères, X``) are matched, at their end, against single-holder offices written
in those languages, with a rank word before them (former, deputy; an acting holder is a holder).
The office's party is a country word in the title (``ministre veldran``, ``de la Korvania``), else
the person's affiliation, else the last country the sentence names before the title (``La Korvania
est présente … avec son ministre des Affaires étrangères, X``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from communique.lang._phrases import alternation, grouped, phrases
from communique.merge._corpus import Corpus
from communique.model.story import Evidence, StoryEntity

# Offices by base (``office_titles`` of lang/<code>/conflict_phrases.json), each a pattern for
# the end of a title in a language other than English, in the order they are tried.
_BASE = [(base, re.compile(rf"(?:^|[\s'’-])(?:{'|'.join(patterns)})"
                           r"(?P<after>(?:\s+[\w'’.-]+){0,3})$", re.IGNORECASE))
         for base, patterns in grouped("office_titles").items()]
_JUNIOR = re.compile(alternation("junior_minister_titles"), re.IGNORECASE)
_FOREIGN = re.compile(alternation("foreign_affairs_words"), re.IGNORECASE)
_FORMER = re.compile(rf"\b{alternation('former_words')}\b|^ex-", re.IGNORECASE)
_DEPUTY = re.compile(rf"(?<!\w){alternation('office_deputy_words')}", re.IGNORECASE)
# A title ends right before the name: the clause it sits in starts after the last stop or
# conjunction ("le vice-président et le président X" gives X no deputy rank).
_CLAUSE = re.compile(r"[.;:!?,()\[\]«»\"“”\n]|"
                     rf"\s{alternation('title_clause_conjunctions')}\s", re.IGNORECASE)
# "l'inviato speciale del Presidente X", "le conseiller du président X": a person named after
# another's office with a genitive is that other person's envoy, adviser or spokesperson.
_GENITIVE = re.compile(rf"\b{alternation('genitive_prepositions')}\s+"
                       rf"(?:{alternation('genitive_articles')}['’\s]\s*)?"
                       r"(?:(?:\w+)\s+)?\S*$", re.IGNORECASE)
_PERSON_NOUNS = re.compile(rf"\b{alternation('person_nouns')}\b", re.IGNORECASE)
_LOOK_BACK = 90
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words of a party named after the title ("président de la République de Korvanie").
_PARTY_FILLER = frozenset(phrases("party_filler_words"))


@dataclass(frozen=True, slots=True)
class Title:
    """One single-holder office an article gives a person (in any language), with evidence."""

    person: str
    rank: str
    base: str
    party: str | None
    article: str
    evidence: Evidence


def _names(entity: StoryEntity) -> list[str]:
    """The names a person goes by, longest first (a surname of four letters or more too)."""
    names = {n for n in (entity.name, *entity.aliases) if len(n) > 3}
    names |= {n.split()[-1] for n in tuple(names) if len(n.split()) > 1 and len(n.split()[-1]) > 3}
    return sorted(names, key=len, reverse=True)


def _before(text: str, start: int) -> str:
    """The words of the clause right before ``start``, the name's own comma left aside."""
    window = text[max(0, start - _LOOK_BACK) : start].rstrip()
    window = window[:-1].rstrip() if window.endswith(",") else window
    cut = max((m.end() for m in _CLAUSE.finditer(window)), default=0)
    return " ".join(window[cut:].split())


def read_title(title: str) -> tuple[str, str, str] | None:
    """``(rank, base, words after the base)`` when a title ends with a single-holder office;
    the rank is read from the whole clause (``l'ancien président``, ``vice-président``). A
    minister of state (``ministre d'État aux Affaires étrangères``) is a junior minister, at
    the ministry it names or at none."""
    junior = _JUNIOR.search(title)
    if junior is not None:
        return "minister of state", "foreign minister" if _FOREIGN.search(title) else "", ""
    for base, pattern in _BASE:
        match = pattern.search(title)
        if match is None:
            continue
        before = title[: match.end() - len(match.group("after"))]
        lead = title[: match.start() + 1]
        genitive = _GENITIVE.search(lead)
        if genitive is not None and _PERSON_NOUNS.search(lead[: genitive.start()]):
            return None  # someone's envoy, adviser, spokesperson: not the office's holder
        rank = "former" if _FORMER.search(before) else (
            "deputy" if _DEPUTY.search(before) else "holder")
        return rank, base, match.group("after").strip()
    return None


def _party(title: str, sentence_before: str, entity: StoryEntity,
           fold: Callable[[str], str | None]) -> str | None:
    for word in _WORD.findall(title):
        if word.lower() not in _PARTY_FILLER and (country := fold(word)):
            return country
    if entity.affiliation:
        return entity.affiliation
    for word in reversed(_WORD.findall(sentence_before)):
        if word[:1].isupper() and (country := fold(word)):
            return country
    return None


def _only_a_party(after: str, fold: Callable[[str], str | None]) -> bool:
    """Whether the words between an office and the name only name its country
    (``président américain``, ``presidente de la República de X``): ``président de la
    Commission`` is another office."""
    return all(w.lower() in _PARTY_FILLER or fold(w) for w in _WORD.findall(after))


def foreign_titles(entities: Sequence[StoryEntity], corpus: Corpus,
                   fold: Callable[[str], str | None]) -> Iterator[Title]:
    """Every single-holder office that an article not in English writes right before a name."""
    for entity in entities:
        if entity.type != "person":
            continue
        names = _names(entity)
        for article in entity.articles:
            document = corpus.documents.get(article)
            if document is None or (document.language or "en").startswith("en"):
                continue
            yield from _in_article(entity, names, article, corpus, fold)


def _in_article(entity: StoryEntity, names: list[str], article: str, corpus: Corpus,
                fold: Callable[[str], str | None]) -> Iterator[Title]:
    text = corpus.text(article)
    seen: set[int] = set()
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(match.start() <= s < match.end() for s in seen):
                continue  # the surname inside a full name already read
            seen.update(range(match.start(), match.end()))
            title = _before(text, match.start())
            office = read_title(title) if title else None
            if office is None:
                continue
            rank, base, after = office
            if not _only_a_party(after, fold):
                continue
            sentence = corpus.sentence(article, match.start())
            party = _party(title, text[sentence.start : match.start()], entity, fold)
            yield Title(entity.id, rank, base, party, article,
                               corpus.evidence(article, sentence.start, match.end()))
