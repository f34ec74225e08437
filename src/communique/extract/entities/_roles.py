"""Roles: the titles and functions an article gives a person, and whom they are held for.

General patterns only, read off the tokens and the dependency parse around each person:

* a title right before the name, with its holder before it:
  ``Ukrainian President X``, ``Ukraine's lead negotiator X``, ``Kremlin spokesman X``,
  ``Trump's son-in-law X``;
* an apposition after the name: ``X, the head of ...``, ``X, a conservative adviser to Y``,
  ``X, Russia's foreign minister``;
* the name in apposition to a title: ``Trump's envoys, X and Y``;
* leading a delegation: ``X, who led Kyiv's delegation``, ``the delegation, headed by X``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from communique.extract._parsed import entities_of
from communique.extract.entities._cues import title_before
from communique.extract.entities._gazetteer import GazKind, gazetteer
from communique.extract.entities._lexicon import TITLE_HEADS, TITLE_MODIFIERS
from communique.model.entities import EntityLabel, EntityMention, Role

_POSSESSIVES = frozenset({"'s", "’s"})
_DELEGATION_NOUNS = frozenset({"delegation", "team", "negotiators"})
_LEAD_VERBS = frozenset({"lead", "head"})
_OBJECT_PREPS = frozenset({"of", "to", "for"})
_APPOS_WINDOW = 8
HEAD_OF_DELEGATION = "head of delegation"


class MentionIndex:
    """Token index → the entity mention covering it."""

    def __init__(self, doc: Doc, mentions: list[EntityMention]) -> None:
        self._at: dict[int, EntityMention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for k in range(span.start, span.end):
                self._at[k] = mention

    def at(self, k: int) -> EntityMention | None:
        """The mention covering token ``k``."""
        return self._at.get(k)


def party_name(mention: EntityMention) -> str:
    """What a holder mention stands for: a demonym or a capital gives its country."""
    if mention.stands_for:
        return mention.stands_for
    entry = gazetteer().lookup(mention.text)
    if entry is not None and entry.kind in (GazKind.DEMONYM, GazKind.CAPITAL) and entry.country:
        return entry.country
    return mention.canonical


def _holder_before(doc: Doc, k: int, index: MentionIndex) -> tuple[EntityMention, int] | None:
    """The mention just before token ``k`` (``X's`` or ``X``) and its first token."""
    j = k - 1
    if j >= 0 and doc[j].text in _POSSESSIVES:
        j -= 1
    mention = index.at(j) if j >= 0 else None
    if mention is None or mention.label is EntityLabel.OTHER:
        return None
    while j > 0 and index.at(j - 1) is mention:
        j -= 1
    return mention, j


def _title_text(tokens: Span | list[Token]) -> str:
    """A title as lower-case words (hyphenated words kept together)."""
    text = "".join(t.text_with_ws for t in tokens).strip().lower()
    return " ".join(text.split())


def _subtree_party(token: Token, index: MentionIndex) -> str | None:
    """The first entity inside ``token``'s subtree, as a party name."""
    for t in token.subtree:
        mention = index.at(t.i)
        if mention is not None and mention.label is not EntityLabel.OTHER:
            return party_name(mention)
    return None


def _title_of_head(head: Token, index: MentionIndex) -> tuple[str, str | None]:
    """Title words around a title noun (modifiers, ``of ...``) and whom it is held for."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound")
            and c.lower_ in TITLE_MODIFIERS]
    title = _title_text([*mods, head])
    of: str | None = None
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "amod" and index.at(child.i) is not None):
            of = _subtree_party(child, index)
        elif child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                of = of or _subtree_party(objects[0], index)
                if child.lower_ == "of":
                    title = _title_text([*mods, head]) + " of " + _title_text(
                        list(objects[0].subtree))
    return title, of


def _pre_title(doc: Doc, ent: Span, index: MentionIndex) -> Role | None:
    """``[Holder['s]] <title> <Name>``."""
    first = title_before(doc, ent.start)
    if first is None:
        return None
    holder = _holder_before(doc, first, index)
    of = party_name(holder[0]) if holder else None
    start = doc[holder[1]].idx if holder else doc[first].idx
    return Role(_title_text(doc[first : ent.start]), of, start, ent.end_char)


def _appositions(doc: Doc, ent: Span, index: MentionIndex) -> Iterator[Role]:
    """``<Name>, the <title> of <X>`` and ``<Name>, <X>'s <title>``."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return
    for token in doc[ent.end + 1 : min(len(doc), ent.end + 1 + _APPOS_WINDOW)]:
        attached = token.dep_ == "appos" and ent.start <= token.head.i < ent.end
        if token.lower_ in TITLE_HEADS and attached:
            title, of = _title_of_head(token, index)
            end = max(t.i for t in token.subtree) + 1
            yield Role(title, of, ent.start_char, doc[end - 1].idx + len(doc[end - 1]))
            return


def _listed_under(ent: Span) -> Token | None:
    """The plural title noun a name is listed after: ``envoys, X and Y`` (appos or conj)."""
    token = ent.root
    while token.head is not token and token.dep_ in ("conj", "appos"):
        head = token.head
        if head.lemma_.lower() in TITLE_HEADS and head.i < ent.start:
            between = ent.doc[head.i + 1 : ent.start]
            return head if any(t.text == "," for t in between) else None
        token = head
    return None


def _in_apposition(doc: Doc, ent: Span, index: MentionIndex) -> Role | None:
    """``<X>'s <titles>, <Name> and <Name>``: the name is listed after a title noun."""
    head = _listed_under(ent)
    if head is None:
        return None
    title, of = _title_of_head(head, index)
    title = " ".join([*title.split()[:-1], head.lemma_.lower()])
    start = min(t.i for t in head.subtree if t.i <= head.i)
    return Role(title, of, doc[start].idx, ent.end_char)


def _delegation_noun(token: Token, index: MentionIndex) -> str | None:
    """If ``token`` is ``X's delegation``/``team``, the party X."""
    if token.lower_ not in _DELEGATION_NOUNS:
        return None
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound"):
            party = _subtree_party(child, index)
            if party:
                return party
    return None


def _lead_verb(root: Token) -> Token | None:
    """The verb a name leads with: ``X, who led``, ``X led``, ``headed by X``."""
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    if relative is not None and relative.lemma_.lower() in _LEAD_VERBS:
        return relative
    if root.dep_ == "nsubj":
        return root.head
    if root.dep_ == "pobj" and (root.head.lower_ == "by" or root.head.dep_ == "agent"):
        return root.head.head
    return None


def _leads_delegation(doc: Doc, ent: Span, index: MentionIndex) -> Role | None:
    """``<Name> (who) led X's delegation`` or ``X's delegation ... headed by <Name>``."""
    verb = _lead_verb(ent.root)
    if verb is None or verb.lemma_.lower() not in _LEAD_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            party = _delegation_noun(child, index)
            if party:
                lo = min(child.left_edge.i, ent.start)
                hi = max(verb.i, child.right_edge.i, ent.end - 1)
                return Role(HEAD_OF_DELEGATION, party, doc[lo].idx,
                            doc[hi].idx + len(doc[hi]))
    return None


def read_roles(doc: Doc, mentions: list[EntityMention]) -> list[tuple[str, Role]]:
    """Every role the text gives a person, as ``(person canonical name, role)`` pairs."""
    index = MentionIndex(doc, mentions)
    # The readers after the first walk the dependency tree; a light pipeline has none, and
    # spaCy's tree accessors on an unparsed doc read unset memory (a segmentation fault on a
    # token such as Spanish "EE. UU."), so they only run on parsed documents.
    parsed = doc.has_annotation("DEP")
    found: list[tuple[str, Role]] = []
    for ent in entities_of(doc):
        if ent.label_ != "PERSON":
            continue
        mention = index.at(ent.start)
        if mention is None or mention.label is not EntityLabel.PERSON:
            continue
        candidates = [_pre_title(doc, ent, index)]
        if parsed:
            candidates += [*_appositions(doc, ent, index), _in_apposition(doc, ent, index),
                           _leads_delegation(doc, ent, index)]
        found.extend((mention.canonical, r) for r in candidates if r is not None)
    return found
