"""The ``communique_entity_fixer_v1`` pipeline component: better labels on ``doc.ents``.

The small statistical tagger mislabels names it has not seen (a capital as PERSON, a surname
as ORG) and tags title-cased heading words. This component corrects ``doc.ents`` in place so
that every later consumer (quotes, claims, events) sees the corrected labels:

1. trim spans: cut at line breaks, drop leading titles and trailing heading words;
2. drop heading junk (title-cased ordinary words on a heading line) and title fragments;
3. relabel from strong evidence: the bundled gazetteer, a title before the name, an
   apposition after it, facility and event head nouns;
4. add gazetteer names and news outlets (``X reported``) the tagger missed;
5. vote per document: one label per name, and a surname inherits its full name's label.

Labels stay spaCy's (PERSON, ORG, GPE, NORP, LOC, FAC, EVENT) so nothing downstream changes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from communique.extract.entities._cues import (
    inside_title,
    on_heading_line,
    person_after,
    title_before,
)
from communique.extract.entities._gazetteer import (
    ENTRIES,
    GazEntry,
    GazKind,
    gazetteer,
    normalize_name,
)
from communique.extract.entities._lexicon import (
    EVENT_HEADS,
    FACILITY_HEADS,
    NAME_PARTICLES,
    ORG_HEADS,
    OUTLET_VERBS,
    PERSON_RELATIVES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from communique.extract.entities._vote import GAZETTEER, Candidate, vote
from communique.extract.entities._words import CommonWords, common_words

COMPONENT = "communique_entity_fixer_v1"
FIXED_FLAG = "communique_ents_fixed"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})

STRONG = 3
OUTLET = 2
MODEL = 1

_KIND_LABEL = {
    GazKind.COUNTRY: "GPE",
    GazKind.CAPITAL: "GPE",
    GazKind.SEAT: "ORG",
    GazKind.ORGANIZATION: "ORG",
    GazKind.REGION: "LOC",
    GazKind.DEMONYM: "NORP",
    GazKind.CITY: "GPE",
}
_TRAILING_SPLIT_MAX = 2
_MAX_NAME_WORDS = 3

if not Doc.has_extension(FIXED_FLAG):
    Doc.set_extension(FIXED_FLAG, default=False)


def _cut_at_break(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to the part before the first line break inside it."""
    while start < end and doc[start].is_space:
        start += 1
    for k in range(start + 1, end):
        if doc[k].is_space or "\n" in doc[k - 1].whitespace_:
            return start, k
    return start, end


def _strip_titles(doc: Doc, start: int, end: int) -> int:
    """Skip leading title words inside a PERSON span (``Spokesperson Serhii Nykyforov``)."""
    while end - start > 1 and doc[start].lower_ in TITLE_HEADS and doc[start + 1].is_title:
        start += 1
    return start


def _gazetteer_prefix_end(doc: Doc, start: int, end: int) -> int:
    """End of a gazetteer name that the span starts with but runs past (``U.S. Commitment``).

    The rest is cut only when it is one or two title-cased words that do not make the whole an
    institution, a facility or an event (``U.S. Army`` stays whole).
    """
    last = doc[end - 1].lower_
    if last in ORG_HEADS or last in FACILITY_HEADS or last in EVENT_HEADS:
        return end
    gaz = gazetteer()
    for cut in range(end - 1, max(start, end - 1 - _TRAILING_SPLIT_MAX), -1):
        if gazetteer_entry(doc[start:cut]) is not None and gaz.lookup(doc[cut:end].text) is None:
            return cut
    return end


def gazetteer_entry(span: Span) -> GazEntry | None:
    """The gazetteer entry for a span's text; lower-case text never matches (``us``).

    A name the multilingual name finder resolved (``Genf`` → Geneva) keeps that entry.
    """
    recorded = span.doc.user_data.get(ENTRIES)
    if recorded and (entry := recorded.get((span.start_char, span.end_char))) is not None:
        return entry  # type: ignore[no-any-return]
    if not span.text[:1].isupper() and span[0].lower_ != "the":
        return None
    return gazetteer().lookup(span.text)


def _is_junk(doc: Doc, start: int, end: int, words: CommonWords) -> bool:
    """Title-cased ordinary words on a heading line (``What to Watch Next``)."""
    span = doc[start:end]
    if gazetteer_entry(span) is not None:
        return False
    return on_heading_line(doc, start) and all(words.is_common(t) for t in span)


def _decide(doc: Doc, start: int, end: int, label: str) -> tuple[str | None, int]:
    """The label of one trimmed span and how strong its evidence is (``None``: drop it)."""
    span = doc[start:end]
    entry = gazetteer_entry(span)
    if entry is not None:
        return _KIND_LABEL[entry.kind], GAZETTEER
    if inside_title(doc, start, end):
        return None, STRONG
    last = doc[end - 1].lower_
    if last in FACILITY_HEADS:
        return "FAC", STRONG
    if last in EVENT_HEADS and label != "PERSON":
        return "EVENT", STRONG
    if last in ORG_HEADS and label != "PERSON":
        return "ORG", STRONG
    if title_before(doc, start) is not None or person_after(doc, start, end):
        return "PERSON", STRONG
    return label, MODEL


def _with_particles(doc: Doc, end: int) -> int:
    """End of a person's name run on over lower-case particles (``Ursula von`` + ``der Leyen``).

    The small tagger often stops a name at its first particle.
    """
    k = end
    while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and doc[k].whitespace_ == " ":
        k += 1
    if k > end and k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        return k + 1
    return end


def _trimmed(doc: Doc, ent: Span, words: CommonWords) -> tuple[int, int] | None:
    """The token range of ``ent`` after trimming, or ``None`` for junk."""
    start, end = _cut_at_break(doc, ent.start, ent.end)
    if start >= end:
        return None
    if ent.label_ == "PERSON":
        start = _strip_titles(doc, start, end)
        end = _with_particles(doc, end)
    end = _gazetteer_prefix_end(doc, start, end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    if end <= start or _is_junk(doc, start, end, words):
        return None
    return start, end


def _from_model(doc: Doc, words: CommonWords) -> list[Candidate]:
    """Candidates from the tagger's own name entities, trimmed and relabelled."""
    found: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        bounds = _trimmed(doc, ent, words)
        if bounds is None:
            continue
        label, weight = _decide(doc, bounds[0], bounds[1], ent.label_)
        if label is not None:
            found.append(Candidate(bounds[0], bounds[1], label, weight))
    return found


def _gazetteer_hits(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Capitalized gazetteer names no entity covers (the tagger missed them)."""
    gaz = gazetteer()
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or not token.text[:1].isupper() or not gaz.may_start(token.text):
            i += 1
            continue
        for n in range(min(gaz.max_words, len(doc) - i), 0, -1):
            if any(k in covered for k in range(i, i + n)):
                continue
            entry = gazetteer_entry(doc[i : i + n])
            if entry is not None:
                found.append(Candidate(i, i + n, _KIND_LABEL[entry.kind], GAZETTEER))
                i += n - 1
                break
        i += 1
    return found


def _outlets(doc: Doc, covered: set[int], words: CommonWords) -> list[Candidate]:
    """Untagged capitalized subjects of ``reported``: news outlets (``Delfi reported``).

    The tagger may call an unknown name a NOUN; a capitalized noun that is no dictionary noun
    (``Officials`` is one) is taken as a name.
    """
    found: list[Candidate] = []
    for token in doc:
        if token.lower_ not in OUTLET_VERBS or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ != "nsubj" or child.i in covered or not _name_like(child, words):
                continue
            first = min([c.i for c in child.children if c.dep_ == "compound"] + [child.i])
            inside = any(k in covered for k in range(first, child.i))
            if doc[first].text[:1].isupper() and not inside:
                found.append(Candidate(first, child.i + 1, "ORG", OUTLET))
    return found


def _name_chain(doc: Doc, first: int, step: int, covered: set[int]) -> list[int]:
    """Up to three uncovered title-case PROPN tokens from ``first`` walking by ``step``."""
    chain: list[int] = []
    k = first
    while 0 <= k < len(doc) and len(chain) < _MAX_NAME_WORDS:
        token = doc[k]
        if k in covered or token.pos_ != "PROPN" or not token.is_title or _is_title_word(token):
            break
        chain.append(k)
        k += step
    return sorted(chain)


def _is_title_word(token: Token) -> bool:
    """Whether ``token`` is part of a title rather than of a name (``Foreign``, ``Minister``)."""
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_MODIFIERS


def _untagged_people(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names the tagger missed right after a title (``envoy X Y``) or before ``, who``."""
    found: list[Candidate] = []
    for token in doc[:-1]:
        chain: list[int] = []
        if token.lower_ in TITLE_HEADS and token.i not in covered:
            chain = _name_chain(doc, token.i + 1, 1, covered)
        elif token.text == "," and doc[token.i + 1].lower_ in PERSON_RELATIVES:
            chain = _name_chain(doc, token.i - 1, -1, covered)
        if chain and gazetteer_entry(doc[chain[0] : chain[-1] + 1]) is None:
            found.append(Candidate(chain[0], chain[-1] + 1, "PERSON", STRONG))
            covered.update(chain)
    return found


def _name_like(token: Token, words: CommonWords) -> bool:
    """A capitalized PROPN, or a capitalized NOUN that no dictionary knows."""
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not words.is_noun(token))


def fix_entities(doc: Doc, words: CommonWords | None = None) -> Doc:
    """Correct ``doc.ents`` in place (see the module docstring) and return ``doc``."""
    words = words or CommonWords(frozenset())
    others = [e for e in doc.ents if e.label_ not in NAME_LABELS]
    candidates = _from_model(doc, words)
    covered = {k for c in candidates for k in range(c.start, c.end)}
    covered.update(k for e in others for k in range(e.start, e.end))
    candidates += _gazetteer_hits(doc, covered)
    covered.update(k for c in candidates for k in range(c.start, c.end))
    candidates += _outlets(doc, covered, words)
    covered.update(k for c in candidates for k in range(c.start, c.end))
    candidates += _untagged_people(doc, covered)
    voted = vote(doc, candidates, key=lambda s: normalize_name(s.text))
    spans = [Span(doc, c.start, c.end, label=c.label) for c in voted]
    doc.ents = filter_spans(spans + others)
    doc._.set(FIXED_FLAG, True)
    return doc


class EntityFixer:
    """The component object: holds the pipeline's common-word index."""

    def __init__(self, nlp: Language) -> None:
        self.words = common_words(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """Fix one document's entities."""
        return fix_entities(doc, self.words)


@Language.factory(
    COMPONENT,
    assigns=["doc.ents", f"doc._.{FIXED_FLAG}"],
    requires=["doc.ents", "token.pos", "token.dep"],
)
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    """Build the entity fixer for ``nlp`` (registered under a versioned name)."""
    del name
    return EntityFixer(nlp)
