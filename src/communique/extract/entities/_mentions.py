"""From corrected ``doc.ents`` to :class:`EntityMention` objects with canonical names.

Within one document a person is named in full once and by surname afterwards; every mention
gets the fullest name the document uses for it. Gazetteer names get the gazetteer's canonical
form (``U.S.`` → ``United States``). Capitals acting as subjects stand for their country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from communique.extract._parsed import entities_of
from communique.extract.entities._fixer import NAME_LABELS, gazetteer_entry
from communique.extract.entities._gazetteer import NAMES, GazEntry, GazKind, gazetteer
from communique.extract.entities._lexicon import STATIVE_VERBS, TITLE_HEADS
from communique.lang.names import fold, honorific_length
from communique.model.entities import EntityLabel, EntityMention

_SPACY_LABEL = {
    "PERSON": EntityLabel.PERSON,
    "ORG": EntityLabel.ORGANIZATION,
    "NORP": EntityLabel.NATIONALITY,
    "LOC": EntityLabel.PLACE,
    "FAC": EntityLabel.PLACE,
    "GPE": EntityLabel.PLACE,
    "EVENT": EntityLabel.OTHER,
}
_KEPT = (EntityLabel.COUNTRY, EntityLabel.NATIONALITY)
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_ACTOR_HEADS = frozenset({"VERB", "AUX"})
_APOSTROPHES = ("'", "’", "`")
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,2}['’][a-zà-ÿ]")


def _bare(ent: Span) -> Span:
    """``ent`` without a leading ``the`` and a trailing possessive."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent.doc[start].lower_ == "the":
        start += 1
    while end - start > 1 and ent.doc[end - 1].text in _POSSESSIVES:
        end -= 1
    return ent.doc[start:end]


def _label(spacy_label: str, entry: GazEntry | None) -> EntityLabel:
    """Our label from spaCy's, with the gazetteer deciding country vs place."""
    if entry is not None and entry.kind is GazKind.COUNTRY:
        return EntityLabel.COUNTRY
    if entry is not None and entry.kind is GazKind.DEMONYM:
        return EntityLabel.NATIONALITY
    return _SPACY_LABEL[spacy_label]


def _acts(token: Token) -> bool:
    """Whether ``token`` is the subject (or a conjoined subject) of an action verb."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "nsubj" or token.head.pos_ not in _ACTOR_HEADS:
        return False
    return token.head.lemma_.lower() not in STATIVE_VERBS


def _stands_for(span: Span, label: EntityLabel, entry: GazEntry | None) -> str | None:
    """Metonymy: a capital or seat of power acting as a subject stands for its country."""
    if entry is None or entry.kind not in (GazKind.CAPITAL, GazKind.SEAT):
        return None
    if label is not EntityLabel.PLACE and entry.kind is GazKind.CAPITAL:
        return None
    return entry.country if _acts(span.root) else None


def _dictionary_form(span: Span) -> str:
    """The name's dictionary form where the multilingual name finder recorded one
    (``Седларова`` → ``Седларов``), else its text."""
    forms = span.doc.user_data.get(NAMES)
    return str(forms.get((span.start_char, span.end_char), span.text)) if forms else span.text


def _elided(span: Span) -> bool:
    """An elided article or pronoun the tagger took for a name (French ``L’``, ``s’``, ``qu’``,
    ``s’améliore``): fewer than two letters or digits (``M4`` has two), a word ending in an
    apostrophe, or an elided word before a lower-case one."""
    text = span.text.strip()
    return (sum(ch.isalnum() for ch in text) < 2 or text.endswith(_APOSTROPHES)
            or _ELIDED_WORD.match(text) is not None)


def raw_mentions(doc: Doc) -> list[EntityMention]:
    """One mention per name entity of ``doc`` (canonical names not yet expanded)."""
    found: list[EntityMention] = []
    for ent in entities_of(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        span = _bare(ent)
        if _elided(span):
            continue
        entry = gazetteer_entry(span)
        label = _label(ent.label_, entry)
        canonical = entry.canonical if entry is not None else _dictionary_form(span)
        found.append(
            EntityMention(span.start_char, span.end_char, span.text, label, canonical,
                          _stands_for(span, label, entry))
        )
    return found


def _bare_name(text: str) -> str:
    """A person's name without leading courtesy, office or other honorifics (``Mrs May`` →
    ``May``, ``Datuk Seri Ana Tavares`` → ``Ana Tavares``); a name of titles alone stays."""
    words = text.split()
    while len(words) > 1:
        skip = honorific_length(words) or int(words[0].lower() in TITLE_HEADS)
        if not skip or skip >= len(words):
            break
        words = words[skip:]
    return " ".join(words)


def _full_name(name: str, names: Counter[str], folded: dict[str, list[str]]) -> str:
    """The longest, then most frequent, document name ending with the words of ``name``.

    Compared case- and accent-free, after courtesy titles (``folded``: each name's words so
    compared): ``Mrs May`` and ``MAY`` are ``Theresa May``.
    """
    words = folded[name]
    longer = [n for n in names if _abbreviates(words, folded[n])]
    if not longer:
        # A full name keeps no courtesy title; a lone ``Mrs May`` stays as written.
        return _bare_name(name) if len(words) > 1 else name
    best = max(longer, key=lambda n: (len(folded[n]), names[n], n))
    return _bare_name(best)


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether name ``short`` is a shorter form of ``full``: its last words (``Orvy``,
    ``May``), or its first and last words without a middle name (``Gohar Khan``)."""
    if len(full) <= len(short):
        return False
    if full[-len(short):] == short:
        return True
    return len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1]


def _surnames(persons: Iterable[str]) -> dict[str, str]:
    """Folded full names and surnames of the document's persons → their full name."""
    table: dict[str, str] = {}
    for name in sorted(persons, key=lambda n: -len(n.split())):
        folded = fold(name)
        table.setdefault(folded, name)
        if len(folded.split()) > 1:
            table.setdefault(folded.split()[-1], name)
    return table


def _person_like(mention: EntityMention, persons: dict[str, str]) -> str | None:
    """The person an organization or other mention names (``Orvy`` tagged ORG beside the
    person ``Tomas Orvy``): a gazetteer name never is one."""
    if mention.label not in (EntityLabel.ORGANIZATION, EntityLabel.OTHER):
        return None
    if gazetteer().lookup(mention.text) is not None:
        return None
    return persons.get(fold(_bare_name(mention.canonical)))


def expand_persons(mentions: list[EntityMention]) -> list[EntityMention]:
    """Give every person mention the fullest name of the document it abbreviates.

    An organization or other mention spelled like a person of the document (full name or
    surname) is that person: the tagger labels each occurrence on its own.
    """
    names = Counter(m.canonical for m in mentions if m.label is EntityLabel.PERSON)
    folded = {n: fold(_bare_name(n)).split() for n in names}
    full = {n: _full_name(n, names, folded) for n in names}
    persons = _surnames(n for n in full.values() if len(n.split()) > 1)
    out = []
    for m in mentions:
        if m.label is EntityLabel.PERSON:
            out.append(replace(m, canonical=full[m.canonical]))
            continue
        person = _person_like(m, persons)
        out.append(replace(m, label=EntityLabel.PERSON, canonical=person) if person else m)
    return _one_spelling(out)


def _one_spelling(mentions: list[EntityMention]) -> list[EntityMention]:
    """Canonical names that differ only in case or accents become the most used one."""
    counts = Counter((m.label, m.canonical) for m in mentions)
    folded = {name: fold(name) for _, name in counts}
    best: dict[tuple[EntityLabel, str], str] = {}
    for label, name in sorted(counts, key=lambda k: -counts[k]):
        best.setdefault((label, folded[name]), name)
    return [m if best[(m.label, folded[m.canonical])] == m.canonical
            else replace(m, canonical=best[(m.label, folded[m.canonical])]) for m in mentions]


def common_words_out(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """Mentions without one-word "names" the text also writes in lower case (``État`` and
    ``état``, ``Meeting`` and ``meeting``, ``Union`` and ``union``): a capital at the start of a
    sentence or in a heading, not a name. Gazetteer names, acronyms and words that are part of a
    longer name of the document (a surname) stay."""
    lower: dict[str, bool] = {}
    out = []
    for m in mentions:
        word = m.canonical
        if " " in word or m.label in _KEPT or word.isupper() or not word[:1].isupper() \
                or gazetteer().lookup(word) is not None:
            out.append(m)
            continue
        if word not in lower:
            pattern = r"(?<![\w\-])" + re.escape(word.lower()) + r"(?![\w\-])"
            lower[word] = re.search(pattern, text) is not None
        if not lower[word]:
            out.append(m)
    return out


def _national_org_base(text: str, orgs: set[str]) -> str | None:
    """``Ukrainian Presidential Office`` → ``Presidential Office`` if that org is named too."""
    first, _, rest = text.partition(" ")
    entry = gazetteer().lookup(first)
    if rest in orgs and entry is not None and entry.kind is GazKind.DEMONYM:
        return rest
    return None


def merge_national_orgs(mentions: list[EntityMention]) -> list[EntityMention]:
    """An institution named with and without its nationality word is one entity."""
    orgs = {m.canonical for m in mentions if m.label is EntityLabel.ORGANIZATION}
    out = []
    for m in mentions:
        is_org = m.label is EntityLabel.ORGANIZATION
        base = _national_org_base(m.canonical, orgs) if is_org else None
        out.append(replace(m, canonical=base) if base else m)
    return out
