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

import calendar
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from communique.extract._sentences import doc_text, span_text
from communique.extract._tokens import token_table
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
    GROUP_NOUNS,
    NAME_PARTICLES,
    NEAR_WORDS,
    ORG_HEADS,
    OUTLET_VERBS,
    PERSON_RELATIVES,
    REGION_NOUNS,
    SITE_NOUNS,
    STRONG_ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    VENUE_PHRASES,
)
from communique.extract.entities._vote import GAZETTEER, Candidate, vote
from communique.extract.entities._words import CommonWords, common_words
from communique.lang.names import expansion_start, honorific_length, is_acronym

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
_MONTHS = frozenset(calendar.month_name[1:])
_TRAILING_SPLIT_MAX = 2
_MAX_NAME_WORDS = 3

if not Doc.has_extension(FIXED_FLAG):
    Doc.set_extension(FIXED_FLAG, default=False)


_QUOTE_MARKS = frozenset("\"“”„«»")
"""Double quotation marks: a name never runs across one (``… as well as Vucic" EU Special
Envoy`` is a quote's last word and the title after it, not one name)."""


def _cut_at_break(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to the part before the first line break or double quotation
    mark inside it."""
    while start < end and (doc[start].is_space or doc[start].text in _QUOTE_MARKS):
        start += 1
    for k in range(start + 1, end):
        if doc[k].is_space or "\n" in doc[k - 1].whitespace_ or doc[k].text in _QUOTE_MARKS:
            return start, k
    return start, end


_SHOUT_LETTERS = 3
"""Letters a capitals-only word needs to be a shouted headline word, not an initial."""


def _shout_end(doc: Doc, start: int, end: int) -> int:
    """``Oren Dahl SLAMS Council``: a capitals-only word between a name word and a
    word in title case is a headline's shouted verb, which ends the name before it. A
    name written in capitals (``Ana LOBO``, ``Ana LOBO SILVA``) has no title-case word
    after its capitals and stays whole."""
    for k in range(start + 1, end - 1):
        token = doc[k]
        if token.is_upper and token.is_alpha and len(token.text) >= _SHOUT_LETTERS \
                and doc[k - 1].is_title and doc[k + 1].is_title:
            return k
    return end


def _honorifics_end(doc: Doc, start: int, end: int) -> int:
    """Index of the first token after the honorifics that open ``[start, end)`` (``end`` when
    the span is nothing but honorifics: ``Datuk Seri``)."""
    words = [t.text for t in doc[start:end] if not t.is_punct]
    skip = honorific_length(words)
    if skip >= len(words):
        return end
    k = start
    while skip and k < end - 1:
        if not doc[k].is_punct:  # the dot of "Dr ." split off as a token
            skip -= 1
        k += 1
    while k < end - 1 and doc[k].is_punct:
        k += 1
    return k


_TITLE_NUMBER = re.compile(r"I{2,3}|IV|VI{0,3}|IX")
"""A Roman number that ends a title before a name (``Foreign Minister II Datuk X``): the
second of two ministers of one office, no part of the name."""


def _strip_titles(doc: Doc, start: int, end: int) -> int:
    """Skip leading title words, a title's number and honorifics inside a PERSON span
    (``Spokesperson Ramiro Santos``, ``Datuk Seri Ana Tavares``, ``II Datuk X``); an
    institution keeps its first word (``General Border Committee``). ``end`` when nothing but
    titles is left."""
    if doc[end - 1].lower_ in STRONG_ORG_HEADS:
        return start
    while end - start > 1 and (
        (doc[start].lower_ in TITLE_HEADS and doc[start + 1].is_title)
        or _TITLE_NUMBER.fullmatch(doc[start].text)
    ):
        start += 1
    return _honorifics_end(doc, start, end)


def _honoured_name(doc: Doc, start: int, end: int, words: CommonWords) -> bool:
    """Whether a span the tagger called no person is honorifics and a person's name
    (``H.E. General X Y``): two or more capitalized words after the honorifics, none of them a
    title, a dictionary word or an institution's head, and no gazetteer name."""
    rest = _honorifics_end(doc, start, end)
    # One honorific before one word may be a name of its own ("General Electric").
    if rest == start or end - rest < (1 if rest - start > 1 else 2):
        return False
    name = doc[rest:end]
    return (gazetteer_entry(name) is None
            and all(t.is_title and not _is_title_word(t) and not words.is_common(t)
                    and t.lower_ not in _INSTITUTION_HEADS for t in name))


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

    A name the multilingual name finder resolved (``Wien`` → Vienna) keeps that entry.
    """
    recorded = span.doc.user_data.get(ENTRIES)
    if recorded and (entry := recorded.get((span.start_char, span.end_char))) is not None:
        return entry  # type: ignore[no-any-return]
    text = span_text(span)
    if not text[:1].isupper() and span[0].lower_ != "the":
        return None
    return gazetteer().lookup(text)


def _is_junk(doc: Doc, start: int, end: int, words: CommonWords) -> bool:
    """Title-cased ordinary words on a heading line (``What to Watch Next``)."""
    span = doc[start:end]
    if gazetteer_entry(span) is not None:
        return False
    return on_heading_line(doc, start) and all(words.is_common(t) for t in span)


def _decide(doc: Doc, start: int, end: int, label: str, first: int | None = None
            ) -> tuple[str | None, int]:
    """The label of one trimmed span and how strong its evidence is (``None``: drop it).

    ``first`` is where the span began before honorifics were cut (``Minister Dr. Seyed
    Abbas``: the title stands before ``Dr.``)."""
    span = doc[start:end]
    entry = gazetteer_entry(span)
    if entry is not None:
        return _KIND_LABEL[entry.kind], GAZETTEER
    if inside_title(doc, start, end):
        return None, STRONG
    last = doc[end - 1].lower_
    if last in FACILITY_HEADS or doc[max(start, end - 2):end].text.lower() in VENUE_PHRASES:
        return "FAC", STRONG
    if last in EVENT_HEADS and label != "PERSON":
        return "EVENT", STRONG
    if end - start > 1 and last in STRONG_ORG_HEADS:
        return "ORG", STRONG
    if last in ORG_HEADS and label != "PERSON":
        return "ORG", STRONG
    if _head_of_body(span):
        return "ORG", STRONG  # "the International Association of Machinists …" as a person
    if label != "PERSON" and end < len(doc) and doc[end].lower_ in GROUP_NOUNS:
        return "ORG", STRONG  # "M4 rebels", "the Wagner group"
    if _of_region(doc, start, end) or (label != "PERSON" and start > 0
                                        and doc[start - 1].lower_ in NEAR_WORDS):
        return "LOC", STRONG  # "X province", "the provinces of X", "clashed near X"
    if label != "PERSON" and end < len(doc) and doc[end].lower_ in SITE_NOUNS:
        return "FAC", STRONG  # "the X temple": the name is the site's
    if all(_is_title_word(t) for t in span):
        return None, STRONG  # a title alone ("Supreme" of "Supreme Leader") names nobody
    titled = title_before(doc, start) is not None or (
        first is not None and first < start and title_before(doc, first) is not None)
    if titled or person_after(doc, start, end):
        return "PERSON", STRONG
    if label == "PERSON" and _world_place(span):
        return "GPE", OUTLET  # a town is no person (a surname in the document still is one)
    return label, MODEL


def _head_of_body(span: Span) -> bool:
    """Whether a name of several words has a body's head word written with ``of`` after it
    inside (``Association of``, ``Ministry of``): no person's name reads so, whatever the
    tagger said."""
    return len(span) > 2 and any(
        span[k].lower_ in ORG_HEADS and span[k].text[:1].isupper() and span[k + 1].lower_ == "of"
        for k in range(len(span) - 1))


def _of_region(doc: Doc, start: int, end: int) -> bool:
    """Whether a region noun names the span a place: written after it (``X province``) or
    before it with ``of`` (``the provinces of X``, also for a later name of its list: ``the
    provinces of X, Y and Z``)."""
    k = end
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ == "and"
                            or (doc[k].is_title and doc[k].pos_ == "PROPN")):
        k += 1  # on over the later names of a list ("X and Y provinces")
    if k < len(doc) and doc[k].lower_ in REGION_NOUNS:
        return True
    k = start - 1
    while k > 0 and (doc[k].text == "," or doc[k].lower_ == "and"
                     or (doc[k].is_title and doc[k].pos_ == "PROPN")):
        k -= 1  # back over the earlier names of a list
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in REGION_NOUNS


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
def _world_place(span: Span) -> bool:
    """Whether the world gazetteer knows ``span`` as a city or country by that very name (not
    by one of its alternate names: ``Abbas`` is no town, though Bandar Abbas is)."""
    from communique.extract.entities._world import world_gazetteer

    entry = world_gazetteer().exact([t.text for t in span])
    return (entry is not None and entry.canonical == span.text
            and entry.kind in (GazKind.CITY, GazKind.CAPITAL, GazKind.COUNTRY))


def _ordinary_noun(doc: Doc, start: int, end: int, words: CommonWords) -> bool:
    """A single capitalized dictionary noun after ``the`` (``The Meeting was observed``): a
    formal document's capital, not a name."""
    return (end - start == 1 and start > 0 and doc[start - 1].lower_ == "the"
            and words.is_noun(doc[start]) and gazetteer_entry(doc[start:end]) is None)


def _trimmed(doc: Doc, ent: Span, words: CommonWords) -> tuple[int, int] | None:
    """The token range of ``ent`` after trimming, or ``None`` for junk."""
    start, end = _cut_at_break(doc, ent.start, ent.end)
    if start >= end:
        return None
    if ent.label_ == "PERSON":
        start = _strip_titles(doc, start, end)
        if start >= end:
            return None
        end = _with_particles(doc, _shout_end(doc, start, end))
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
        if ent.label_ == "PERSON" and _ordinary_noun(doc, bounds[0], bounds[1], words):
            continue
        start, end = bounds
        label, weight = _decide(doc, start, end, ent.label_, ent.start)
        if label not in ("PERSON", None) and weight < STRONG and _honoured_name(
                doc, start, end, words):
            label, weight = "PERSON", STRONG  # "H.E. General X Y" is a person
        if label == "PERSON" and ent.label_ != "PERSON":
            start = _strip_titles(doc, start, end)
        if label is not None and start < end:
            found.append(Candidate(start, end, label, weight))
    return _run_on(doc, found)


def _run_on(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A person's name the tagger cut in two (``Ana Maria`` + ``Tavares`` as a place) is
    one name: a PERSON span followed, after one space, by a one-word name the gazetteer does
    not know."""
    out: list[Candidate] = []
    for cand in sorted(found, key=lambda c: c.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "PERSON" and cand.start == prev.end
                and cand.end - cand.start == 1 and cand.weight < GAZETTEER
                and _name_word(doc, cand.start)):
            out[-1] = Candidate(prev.start, cand.end, "PERSON", max(prev.weight, cand.weight))
            continue
        out.append(cand)
    return out


def _name_word(doc: Doc, k: int, words: CommonWords | None = None) -> bool:
    """Whether token ``k`` can end a person's name begun by the token before it: one space
    apart, a capitalized proper noun, no head noun of an institution or place and no word of
    the dictionary (``Administration``), no gazetteer name."""
    token = doc[k]
    if k == 0 or doc[k - 1].whitespace_ != " " or not token.is_title or token.pos_ != "PROPN":
        return False
    lower = token.lower_
    if lower in ORG_HEADS or lower in FACILITY_HEADS or lower in EVENT_HEADS:
        return False
    if _is_title_word(token):
        return False
    if words is not None and (words.is_common(token) or words.is_noun(token)):
        return False
    return gazetteer_entry(doc[k : k + 1]) is None


def _extend_people(doc: Doc, found: list[Candidate], taken: set[int],
                   words: CommonWords) -> list[Candidate]:
    """A PERSON span the tagger ended one word early (``Ana Maria`` before an untagged
    ``Tavares``) takes that word."""
    out = []
    for cand in found:
        k = cand.end
        if cand.label == "PERSON" and k < len(doc) and k not in taken and _name_word(doc, k, words):
            cand = Candidate(cand.start, k + 1, cand.label, cand.weight)
            taken.add(k)
        out.append(cand)
    return out


def _gazetteer_hits(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Capitalized gazetteer names no entity covers (the tagger missed them)."""
    gaz = gazetteer()
    texts = token_table(doc).text
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        if i in covered or not texts[i][:1].isupper() or not gaz.may_start(texts[i]):
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
    if not doc.has_annotation("DEP"):  # no tree to walk (and walking one reads unset memory)
        return found
    # A token spelled as one of the verbs leaves that spelling in the lower-cased text: one
    # scan of the string spares the pass over the tokens in most articles, which have none.
    lowered = doc_text(doc).lower()
    if not any(verb in lowered for verb in OUTLET_VERBS):
        return found
    for i, word in enumerate(token_table(doc).lower):
        if word not in OUTLET_VERBS:
            continue
        token = doc[i]
        if token.pos_ != "VERB":
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
    """Whether ``token`` is part of a title rather than of a name (``Foreign``, ``Minister``,
    an honorific: ``Dr.``, ``Datuk``)."""
    lower = token.lower_
    return lower in TITLE_HEADS or lower in TITLE_MODIFIERS or honorific_length([lower]) == 1


_INSTITUTION_HEADS = ORG_HEADS | STRONG_ORG_HEADS | FACILITY_HEADS | EVENT_HEADS
"""Head nouns that end an institution's name, not a person's (``General Border Committee``)."""
_GROUP_HEADS = STRONG_ORG_HEADS | GROUP_NOUNS
"""Head nouns of a group named after a date (``March 4 Movement``)."""


def _after_honorifics(doc: Doc, k: int) -> int:
    """The first token from ``k`` on that is no title number and no honorific (``Minister
    II Datuk X``: the name starts at X)."""
    while k < len(doc) - 1:
        if _TITLE_NUMBER.fullmatch(doc[k].text) or doc[k].text == ".":
            k += 1
            continue
        skip = honorific_length([t.text for t in doc[k : k + 3]])  # "Datuk Seri" as one
        if not skip:
            break
        k += skip
    return k


def _untagged_people(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names the tagger missed right after a title (``envoy X Y``) or before ``, who``."""
    found: list[Candidate] = []
    lower = token_table(doc).lower  # the words from the table: few tokens pass the tests
    for i in range(len(doc) - 1):
        chain: list[int] = []
        if lower[i] in TITLE_HEADS and i not in covered:
            chain = _name_chain(doc, _after_honorifics(doc, i + 1), 1, covered)
        elif lower[i] == "," and lower[i + 1] in PERSON_RELATIVES:
            chain = _name_chain(doc, i - 1, -1, covered)
        if chain and doc[chain[-1]].lower_ in _INSTITUTION_HEADS:
            continue  # "General Border Committee": an institution after a title-like word
        if chain and gazetteer_entry(doc[chain[0] : chain[-1] + 1]) is None:
            found.append(Candidate(chain[0], chain[-1] + 1, "PERSON", STRONG))
            covered.update(chain)
    return found


def _name_like(token: Token, words: CommonWords) -> bool:
    """A capitalized PROPN, or a capitalized NOUN that no dictionary knows."""
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not words.is_noun(token))


def _named_after_dates(doc: Doc, others: list[Span]) -> tuple[list[Candidate], list[Span]]:
    """A group named after a date (``March 4 Movement``): a DATE the tagger found right before
    the head noun of an institution or group is the start of that group's name."""
    found: list[Candidate] = []
    kept: list[Span] = []
    taken = {k for e in others for k in range(e.start, e.end)}
    texts = token_table(doc).text
    for i in range(len(doc) - 2):
        # The tagger may see no date at all: "the rebel March 4 Movement".
        if (texts[i] in _MONTHS and i not in taken and doc[i + 1].is_digit
                and doc[i + 2].is_title and doc[i + 2].lower_ in _GROUP_HEADS):
            found.append(Candidate(i, i + 3, "ORG", STRONG))
    for ent in others:
        end = ent.end
        if (ent.label_ == "DATE" and end < len(doc) and doc[end].is_title
                and doc[end].lower_ in _GROUP_HEADS
                and doc[end - 1].whitespace_ == " "):
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            found.append(Candidate(start, end + 1, "ORG", STRONG))
        else:
            kept.append(ent)
    return found, kept


def _bracketed_acronyms(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """An acronym in brackets right after the name it spells out takes that name's label
    (``March 4 Movement (M4)``: the tagger may call ``M4`` a place)."""
    by_start = {c.start: c for c in found}
    text = doc_text(doc)
    out = []
    for cand in found:
        inner = by_start.get(cand.end + 1)
        if (inner is not None and cand.end + 2 < len(doc) and doc[cand.end].text == "("
                and doc[inner.end].text == ")" and inner.end - inner.start == 1
                and is_acronym(doc[inner.start].text)
                and expansion_start(doc[inner.start].text,
                                    text[max(0, doc[cand.start].idx - 40):doc[cand.end - 1].idx
                                         + len(doc[cand.end - 1])]) is not None):
            by_start[inner.start] = Candidate(inner.start, inner.end, cand.label, STRONG)
    for cand in found:
        out.append(by_start.get(cand.start, cand) if by_start.get(cand.start) is not None
                   and by_start[cand.start].end == cand.end else cand)
    return out


_LOOSE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
"""Labels the tagger gives names it does not know (``Tomas Orvy`` as a product)."""


def _titled_others(doc: Doc, others: list[Span]) -> tuple[list[Candidate], list[Span]]:
    """Capitalized names right after a title (``high representative X Y``) that the tagger
    called a product or a work: people. The rest of ``others`` is kept as it is."""
    people: list[Candidate] = []
    kept: list[Span] = []
    for ent in others:
        if (ent.label_ in _LOOSE_LABELS and ent.start > 0
                and doc[ent.start - 1].lower_ in TITLE_HEADS
                and all(t.pos_ == "PROPN" and t.is_title for t in ent)):
            people.append(Candidate(ent.start, ent.end, "PERSON", STRONG))
        else:
            kept.append(ent)
    return people, kept


def fix_entities(doc: Doc, words: CommonWords | None = None) -> Doc:
    """Correct ``doc.ents`` in place (see the module docstring) and return ``doc``."""
    words = words or CommonWords(frozenset())
    dated, others = _named_after_dates(doc, [e for e in doc.ents if e.label_ not in NAME_LABELS])
    titled, others = _titled_others(doc, others)
    candidates = _bracketed_acronyms(doc, sorted(_from_model(doc, words) + dated + titled,
                                                 key=lambda c: c.start))
    covered = {k for c in candidates for k in range(c.start, c.end)}
    covered.update(k for e in others for k in range(e.start, e.end))
    candidates = _extend_people(doc, candidates, covered, words)
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
