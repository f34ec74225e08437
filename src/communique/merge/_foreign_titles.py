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

from communique.merge._corpus import Corpus
from communique.model.story import Evidence, StoryEntity

_OF = r"(?:\s+\w+)?"  # a nationality word inside the title: "ministre veldran des …"
# Offices by base, each a pattern for the end of a title in a language other than English.
_BASES = (
    ("foreign ministry spokesperson",
     r"porte-parole du minist[eè]re" + _OF + r" des affaires [ée]trang[eè]res"
     r"|portavoz del ministerio" + _OF + r" de (?:asuntos |relaciones )?exteriores"
     r"|sprecher(?:in)? des au(?:ß|ss)enministeriums"),
    ("foreign minister",
     r"ministre" + _OF + r" des affaires [ée]trang[eè]res|chef de la diplomatie" + _OF
     + r"|ministr[oa]" + _OF + r" de (?:asuntos |relaciones )?exteriores"
     r"|ministr[oa]" + _OF + r" d[oa]s (?:relações exteriores|negócios estrangeiros)"
     r"|ministr[oa]" + _OF + r" degli (?:affari )?esteri"
     r"|au(?:ß|ss)enminister(?:in)?|министр иностранных дел"),
    ("defence minister",
     r"ministre" + _OF + r" de la d[ée]fense|ministr[oa]" + _OF + r" de(?: la)? defensa"
     r"|ministr[oa]" + _OF + r" da defesa|ministr[oa]" + _OF + r" della difesa"
     r"|verteidigungsminister(?:in)?|министр обороны"),
    ("prime minister",
     r"premi(?:er|ère) ministre|primer ministro|primeir[oa][ -]ministr[oa]|primo ministro"
     r"|premierminister(?:in)?|ministerpr[äa]sident(?:in)?|премьер-министр"),
    ("president", r"pr[äée]sident(?:e|in)?|(?:ex)?presidente|президент"),
)
_BASE = [(base, re.compile(rf"(?:^|[\s'’-])(?:{pattern})(?P<after>(?:\s+[\w'’.-]+){{0,3}})$",
                           re.IGNORECASE))
         for base, pattern in _BASES]
_JUNIOR = re.compile(r"(?:ministre|ministra|ministro)\s+d(?:e|['’])\s*(?:[ée]tat|estado)\b"
                     r"(?:\s+\w+)?"
                     r"(?:\s+(?:aux|des|de|para|per|agli|dos|das)\s+[\w\s]{0,30})?$|"
                     r"staatsminister(?:in)?(?:\s+im\s+\w+)?$|"
                     r"государственный министр$", re.IGNORECASE)
_FOREIGN = re.compile(r"affaires [ée]trang[eè]res|exteriores|estrangeiros|esteri|ausw[äa]rtig|"
                      r"иностранных", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:ancien(?:ne)?|ex|expresidente|antigu[oa]|ehemalige[nrs]?|"
                     r"frühere[nrs]?|бывш\w+)\b|^ex-", re.IGNORECASE)
_DEPUTY = re.compile(r"(?<!\w)(?:vice|adjoint|stellvertretende[nrs]?|заместитель|vize)",
                     re.IGNORECASE)
# A title ends right before the name: the clause it sits in starts after the last stop or
# conjunction ("le vice-président et le président X" gives X no deputy rank).
_CLAUSE = re.compile(r"[.;:!?,()\[\]«»\"“”\n]|\s(?:et|y|e|und|and|и|ou|o|oder)\s", re.IGNORECASE)
# "l'inviato speciale del Presidente X", "le conseiller du président X": a person named after
# another's office with a genitive is that other person's envoy, adviser or spokesperson.
_GENITIVE = re.compile(r"\b(?:de|du|des|del|della|dello|dell|di|do|da|der|of|des|от)\s+"
                       r"(?:(?:la|le|l|el|il|lo|the|o|a|den)['’\s]\s*)?"
                       r"(?:(?:\w+)\s+)?\S*$", re.IGNORECASE)
_PERSON_NOUNS = re.compile(
    r"\b(?:envoy\w*|inviat\w*|envoy[ée]e?s?|enviad\w*|gesandte\w*|emissar\w*|[ée]missaire\w*|"
    r"advis\w*|conseill\w*|consigli\w*|asesor\w*|berater\w*|spokes\w*|porte-parole|portavo\w*|"
    r"sprecher\w*|représentant\w*|representant\w*|rappresentant\w*|vertreter\w*|"
    r"ministr\w*|minist[eè]re|secr[ée]tai\w*|secretari\w*|sekret[äa]r\w*|"
    r"chef|jefe|capo|leiter\w*|directeur|director\w*|direttore|fils|fille|hij[oa]|figli\w*|"
    r"sohn|tochter|femme|épouse|esposa|moglie|frau|délégation|delegaci\w*|delegazion\w*)\b",
    re.IGNORECASE)
_LOOK_BACK = 90
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words of a party named after the title ("président de la République de Korvanie").
_PARTY_FILLER = frozenset({"de", "du", "des", "la", "le", "del", "da", "do", "der",
                           "république", "republic", "república", "republik"})


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
