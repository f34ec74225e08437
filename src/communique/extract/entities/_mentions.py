"""From corrected ``doc.ents`` to :class:`EntityMention` objects with canonical names.

Within one document a person is named in full once and by surname afterwards; every mention
gets the fullest name the document uses for it. Gazetteer names get the gazetteer's canonical
form (``U.S.`` → ``United States``). Capitals acting as subjects stand for their country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from communique.extract.entities._fixer import NAME_LABELS, gazetteer_entry
from communique.extract.entities._gazetteer import NAMES, GazEntry, GazKind, gazetteer
from communique.extract.entities._lexicon import STATIVE_VERBS
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
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_ACTOR_HEADS = frozenset({"VERB", "AUX"})


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


def raw_mentions(doc: Doc) -> list[EntityMention]:
    """One mention per name entity of ``doc`` (canonical names not yet expanded)."""
    found: list[EntityMention] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span = _bare(ent)
        entry = gazetteer_entry(span)
        label = _label(ent.label_, entry)
        canonical = entry.canonical if entry is not None else _dictionary_form(span)
        found.append(
            EntityMention(span.start_char, span.end_char, span.text, label, canonical,
                          _stands_for(span, label, entry))
        )
    return found


def _full_name(name: str, names: Counter[str]) -> str:
    """The longest, then most frequent, document name ending with the words of ``name``."""
    words = name.split()
    longer = [n for n in names if len(n.split()) > len(words) and n.split()[-len(words):] == words]
    if not longer:
        return name
    return max(longer, key=lambda n: (len(n.split()), names[n], n))


def expand_persons(mentions: list[EntityMention]) -> list[EntityMention]:
    """Give every person mention the fullest name of the document it abbreviates."""
    names = Counter(m.canonical for m in mentions if m.label is EntityLabel.PERSON)
    return [
        replace(m, canonical=_full_name(m.canonical, names))
        if m.label is EntityLabel.PERSON else m
        for m in mentions
    ]


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
