"""Word tests and word sets shared by the multilingual name finder (:mod:`._multilingual`).

What may be (part of) a name (:func:`_capitalized`, runs of such words, German-style common
nouns), and the document's word sets that steer the finders: single words that speak next to
a speech verb, subjects that act, names after a title, and bylines or photo credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from communique.extract.entities._gazetteer import GazEntry
from communique.extract.entities._world import world_gazetteer
from communique.extract.languages._words import AFTER, BEFORE, alternation
from communique.lang import LanguagePack, language_pack
from communique.lang.names import has_cyrillic

_MAX_PERSON_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Found:
    """A name span in tokens, its label, and its gazetteer entry if any."""

    start: int
    end: int
    label: str
    entry: GazEntry | None = None


def _capitalized(token: Token, pack: LanguagePack) -> bool:
    """A word that can be (part of) a name: capitalized letters, no function word."""
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if text.isupper() and len(text) > 4:  # a shouted heading word, not an acronym
        return False
    return text not in pack.name_stopwords and not token.is_stop


def _common_noun(token: Token, pack: LanguagePack) -> bool:
    """A German-style capitalized common noun, by its ending, or one of the pack's whole
    nouns listed among the endings (``Gespräche``, ``Runde``: their compounds end so too)."""
    lower = token.lower_
    return any(lower.endswith(s) and (len(lower) > len(s) + 2 or (
        lower == s and len(s) >= _WHOLE_NOUN)) for s in pack.noun_suffixes)


_WHOLE_NOUN = 5
"""Fewest letters of an ending that is a noun of its own (``runde``, not ``ung``)."""
_ARTICLE_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ul)[-‐‑][A-ZÀ-ÖØ-Þ][\w'’-]+")
"""A surname with its Arabic article joined by a hyphen (``al-Safadi``): lower-case, yet
part of the name before it."""


def _run(doc: Doc, i: int, pack: LanguagePack, limit: int) -> int:
    """End of the run of capitalized words starting at ``i`` (at most ``limit`` words; a
    hyphen between two capitalized words joins them: ``Порт-Алсин``)."""
    k, words = i, 0
    while k < len(doc) and words < limit and (_capitalized(doc[k], pack) or (
            k > i and _ARTICLE_PREFIXED.fullmatch(doc[k].text) is not None)):
        if k > i and doc[k - 1].whitespace_ == "" and doc[k - 1].text != "-":
            break
        k, words = k + 1, words + 1
        if (k + 1 < len(doc) and doc[k].text == "-" and doc[k - 1].whitespace_ == ""
                and doc[k].whitespace_ == "" and _capitalized(doc[k + 1], pack)):
            k += 1
    return k


@cache
def _speech_pattern(language: str) -> re.Pattern[str]:
    """The pack's speech verbs as one pattern (multi-word ones too: ``a dit``, ``ha detto``)."""
    pack = language_pack(language)
    assert pack is not None  # only called with a pack's own language
    return re.compile(rf"{BEFORE}(?:{alternation(pack.speech_verbs)}){AFTER}", re.IGNORECASE)


_COLON_QUOTE = re.compile(r"\s?:\s?[«»„“”\"‘‚]")


def _speaker_words(doc: Doc, pack: LanguagePack) -> set[str]:
    """Single capitalized words standing right before or after a speech verb, or before a
    colon that opens a quote: who speaks (``Okavelo a dit``, ``afirmou Tavares``,
    ``Tavrani: “…”``). Not after a place preposition, not a title; none where every noun is
    capitalized (German: ``Donnerstag sagte``, ``sagte der Monat``)."""
    if pack.noun_suffixes:
        return set()
    verb = _speech_pattern(pack.language)
    ends = {m.end() for m in verb.finditer(doc.text)
            if m.group().lower() not in pack.outlet_verbs}  # "повідомляє Reuters": an outlet
    cyrillic = has_cyrillic(doc.text)
    out: set[str] = set()
    for token in doc:
        text = token.text
        if len(text) < 3 or text.isupper() or not _capitalized(token, pack) or \
                pack.is_title(text):
            continue  # an acronym that speaks is an agency or a party (ТАСС, AFP)
        if cyrillic and not has_cyrillic(text):
            continue  # a Cyrillic text spells people in Cyrillic: a Latin word is an outlet
        if token.i > 0 and doc[token.i - 1].lower_ in pack.place_prepositions:
            continue
        if token.i + 1 < len(doc) and _capitalized(doc[token.i + 1], pack):
            continue  # part of a longer name: the run finder's
        end = token.idx + len(text)
        before = token.idx - 1
        said = verb.match(doc.text, end + 1)
        if (said and said.group().lower() not in pack.outlet_verbs
                and doc.text[end:end + 1] == " ") or \
                before in ends or _COLON_QUOTE.match(doc.text, end):
            out.add(text)
    return out


def _actor_words(doc: Doc, pack: LanguagePack) -> set[str]:
    """Single capitalized words right before an auxiliary of the past and a lower-case word
    (``Tavrani ha accolto``, ``, Okavelo ha rifiutato``), or, inside a sentence, before a
    lower-case past-tense verb (``, Таврани прибыл``): a subject that acts is a person when no
    gazetteer knows it. Not after an article or preposition, no function word, no acronym;
    none where every noun is capitalized."""
    if pack.noun_suffixes:
        return set()
    out: set[str] = set()
    for token in doc[:-2]:
        text = token.text
        if len(text) < _MIN_ACTOR or text.isupper() or not _capitalized(token, pack) or \
                token.is_stop or text in pack.name_stopwords or pack.is_title(text):
            continue
        previous = doc[token.i - 1] if token.i > 0 else None
        if previous is not None and (
                previous.lower_ in pack.articles | pack.place_prepositions or
                _capitalized(previous, pack) or not previous.whitespace_):
            continue  # a body or place ("la Farnesina ha"), the end of a longer name or of a
            # compound ("Шарм-ель-Шейху розпочалися")
        if world_gazetteer().lookup([text], pack) is not None:
            continue  # a country or town, inflected too ("Корванией и Тавранией сформировали")
        if _acts(doc[token.i + 1], doc[token.i + 2], token.is_sent_start is True, pack):
            out.add(text)
    return out


def _acts(verb: Token, then: Token, opening: bool, pack: LanguagePack) -> bool:
    """Whether ``verb`` (and the word after it) make the word before them an acting subject:
    an auxiliary of the past before a lower-case word, or (not at a sentence's start, where
    adverbs stand) a lower-case past-tense verb."""
    if not verb.is_lower:
        return False
    if verb.lower_ in pack.past_cues:
        return then.is_lower and then.is_alpha
    return not opening and len(verb.text) > _MIN_ACTOR and not verb.is_stop and \
        verb.lower_.endswith(pack.past_suffixes)


_HOMOGLYPHS = str.maketrans("aeopcxyETOPAHKXCBM", "аеорсхуЕТОРАНКХСВМ")
"""Latin letters that look Cyrillic (``Tекст`` typed with a Latin T)."""


def _credited(doc: Doc, item: _Found, pack: LanguagePack) -> bool:
    """Whether a name is a byline or a photo credit, not someone in the story: right after a
    credit label and a colon (``Foto: X``, ``— Foto: X / dpa``, ``Текст: X``), or after a
    label opening its line and closing that line (``di X``, ``Par X``)."""
    if not pack.credit_labels:
        return False
    text = doc.text
    start, end = doc[item.start].idx, doc[item.end - 1].idx + len(doc[item.end - 1].text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip()
    colon = before.endswith((":", "："))
    words = _WORD_RUN.findall(before.rstrip(":：").rstrip())
    if not words:
        return False
    labels = pack.credit_labels
    last = _credit_label(words[-1], labels)
    if colon:
        return last or _credit_label(" ".join(words[-2:]), labels)
    rest = text[end:len(text) if line_end < 0 else line_end]
    return len(words) == 1 and last and not _WORD_RUN.search(rest)


def _credit_label(words: str, labels: frozenset[str]) -> bool:
    """Whether ``words`` are a credit label, as typed or with Latin look-alikes read as
    Cyrillic (``Tекст``)."""
    lower = words.lower()
    return lower in labels or words.translate(_HOMOGLYPHS).lower() in labels


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _titled_words(doc: Doc, pack: LanguagePack) -> set[str]:
    """The words of the capitalized runs right after a title (``US-Präsident Donald Trump``):
    the document names a person so, and the same word after a preposition elsewhere (``bei
    Trump``) is that person, not a place."""
    words: set[str] = set()
    for token in doc:
        if pack.is_title(token.text) and token.i + 1 < len(doc) \
                and _capitalized(doc[token.i + 1], pack):
            end = _run(doc, token.i + 1, pack, _MAX_PERSON_WORDS)
            words.update(t.text for t in doc[token.i + 1:end] if not pack.is_title(t.text))
    return words


_MIN_ACTOR = 3
"""Letters a word must exceed to be read as an acting subject's name or as its verb."""
