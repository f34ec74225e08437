"""The ``communique_lang_entities_v1`` component: names in languages other than English.

Works with or without a statistical tagger. Where the language's spaCy pipeline has one (French),
its PER/LOC/ORG spans are kept with our labels; everywhere, and on the tokens the tagger left
alone, names are found by:

1. the multilingual gazetteer (countries and cities in the language's own spelling, inflected
   forms included: ``в Женеве`` → Geneva);
2. a title before a run of capitalized words (``Präsident``, ``министр``, ``président``) →
   a person;
3. a locative preposition before a capitalized word (``in``, ``в``, ``à``) → a place, unless
   the word is a function word or (German) has a common-noun ending;
4. two or three capitalized words in a row (not in German, where every noun is capitalized)
   → a person, lower-case name particles inside (``Ingrid van der Mols``); one capitalized
   word right before or after a speech verb (``Okavelo a dit``, ``afirmou Tavares``) or
   before a colon that opens a quote (``Tavrani: “…”``) → a person too, and a one-word town
   of the gazetteer in that place, or right after a given name (``Ramiro Santos``), is no town;
5. a lower-case nationality adjective (``le gouvernement korvanien``) → a nationality, read
   as the English word is (:mod:`communique.extract.entities._demonyms`);
6. document-level spread: every other form of a name found once — its inflections, a
   surname alone — gets the same label.

The component writes ``doc.ents`` with spaCy's labels (PERSON, GPE, LOC, ORG) so the shared
entity code reads them as it reads English ones, and records for each span its gazetteer entry
and the dictionary form of the name (:data:`ENTRIES`, :data:`NAMES` in ``doc.user_data``):
``Женеве`` is Geneva, ``Седларова`` is ``Седларов``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from communique.extract.entities._demonyms import demonym_entry
from communique.extract.entities._fixer import FIXED_FLAG
from communique.extract.entities._gazetteer import ENTRIES, NAMES, GazEntry, GazKind
from communique.extract.entities._world import MAX_WORDS, world_gazetteer
from communique.extract.languages._words import AFTER, BEFORE, alternation
from communique.lang import LanguagePack, language_pack
from communique.lang.inflect import base_forms, same_name, stems
from communique.lang.names import has_cyrillic

COMPONENT = "communique_lang_entities_v1"

_MODEL_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOC", "GPE": "GPE", "ORG": "ORG"}
_KIND_LABEL = {
    GazKind.COUNTRY: "GPE", GazKind.CAPITAL: "GPE", GazKind.CITY: "GPE",
    GazKind.REGION: "LOC", GazKind.SEAT: "ORG", GazKind.ORGANIZATION: "ORG",
    GazKind.DEMONYM: "NORP",
}
_MAX_TITLE_GAP = 4
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


def _common_words(doc: Doc, pack: LanguagePack) -> set[str]:
    """Stems of the document's lower-case words: a capitalized word that also occurs in lower
    case (``Делегацию`` / ``делегация``) opens a sentence rather than names someone."""
    return {s for t in doc if t.is_lower and t.is_alpha for s in stems(t.text, pack)}


def _first_name_like(doc: Doc, i: int, n: int, entry: GazEntry, pack: LanguagePack) -> bool:
    """Whether a one-word gazetteer hit is no place: a city, or a word that only an undone
    inflection made a place, right before another capitalized word is a first name
    (``Владимир Путин``, ``Jonas Eklund``; ``Дана`` is not ``Дания``); in German a city name
    after an article is a common noun (``auf dem Boden``)."""
    if n != 1:
        return False
    if pack.noun_suffixes and entry.kind is GazKind.CITY and i > 0 and doc[i - 1].is_stop \
            and doc[i - 1].is_lower and doc[i - 1].lower_ not in pack.place_prepositions:
        return True  # German: a city name after an article is a common noun (dem Boden)
    if i + 1 >= len(doc) or doc[i].whitespace_ == "":
        return False
    if entry.kind is not GazKind.CITY and not _weak_guess(doc[i].text, entry, pack):
        return False
    return _capitalized(doc[i + 1], pack)


def _weak_guess(word: str, entry: GazEntry, pack: LanguagePack) -> bool:
    """Whether only a dictionary form longer than the word made it a place: oblique cases
    mostly add letters, so ``Дана`` → ``Дания`` is a guess, ``России`` → ``Россия`` is not."""
    world = world_gazetteer()
    if world.exact([word]) is not None:
        return False
    form = next((f for f in base_forms(word, pack)[1:] if world.exact([f]) == entry), word)
    return len(form) > len(word)


def _surname_town(doc: Doc, i: int, n: int, entry: GazEntry, pack: LanguagePack,
                  speakers: set[str]) -> bool:
    """Whether a one-word town is no town here: the document has it next to a speech verb
    (``afirmou Tavares``: a town does not speak); it opens a sentence right before a lower-case
    content word (``Altos cargos``, an adjective before its noun); or (where only names are
    capitalized) it follows a capitalized word that is no title, place or function word
    (``Ramiro Santos``)."""
    if n != 1 or entry.kind is not GazKind.CITY:
        return False
    if doc[i].text in speakers:
        return True
    if i > 0 and pack.is_title(doc[i - 1].text) and world_gazetteer().exact([doc[i].text]):
        return True  # "US-Präsident Trump": a title's name, in its own form, is no town
    if doc[i].is_sent_start and i + 1 < len(doc) and doc[i + 1].is_lower and \
            not doc[i + 1].is_stop:
        return True  # "Altos cargos de …": an adjective opening a sentence, not a town
    if i == 0 or (pack.noun_suffixes and not (i > 1 and pack.is_title(doc[i - 2].text))):
        return False  # German: only a titled name (Staatssekretär Jonas Halle)
    previous = doc[i - 1]
    if i > 1 and pack.is_title(doc[i - 2].text) and _capitalized(previous, pack) and \
            previous.whitespace_ != "" and not pack.is_title(previous.text):
        return True  # "Außenminister Ramiro Santos": a given name that is a town too, then this
    before = world_gazetteer().lookup([previous.text], pack)
    # a given name may be a town too (``Marco``): only a country or a capital before it
    # makes a list of places
    return (previous.whitespace_ != "" and _capitalized(previous, pack)
            and not pack.is_title(previous.text) and not previous.is_sent_start
            and (before is None or before.kind is GazKind.CITY))


_NAME_JOINERS = frozenset({"-", "'", "’", "."})
"""Punctuation inside a place's name (``Guinée-Bissau``, ``Côte d'Ivoire``, ``St. Lucia``)."""


def _may_open_name(token: Token, pack: LanguagePack) -> bool:
    """Whether a gazetteer name may start at ``token``: a capitalized word, a function word
    included (``Estados Unidos``, ``Città del Vaticano``, ``L'État de Palestine``)."""
    text = token.text
    return _capitalized(token, pack) or (
        text[:1].isupper() and (text.isalpha() or text[-1:] in ("'", "’")))


def _name_window(doc: Doc, i: int, taken: set[int], limit: int) -> int:
    """End of the tokens from ``i`` that one gazetteer name could span: at most ``limit``
    tokens, stopping at a name already found, a line break or punctuation that no name holds.
    Lower-case words stay inside (``République démocratique du Congo``)."""
    k = i
    while k < len(doc) and k - i < limit and k not in taken:
        token = doc[k]
        if token.is_space or (
                not any(ch.isalpha() for ch in token.text) and token.text not in _NAME_JOINERS):
            break
        k += 1
        if "\n" in token.whitespace_:
            break  # the name ends with its line
    return k


def _name_at(doc: Doc, i: int, pack: LanguagePack, taken: set[int], speakers: set[str],
             limit: int, lowered: frozenset[str] = frozenset()) -> _Found | None:
    """The longest gazetteer name that starts at token ``i``, if any. A one-word town that
    the document also writes in lower case (``lowered``) is a common noun capitalized in a
    name (``Acordo Geral de Paz``, ``Plano de Acção``: ``paz``, ``plano``), no town."""
    if i in taken or not _may_open_name(doc[i], pack):
        return None
    world = world_gazetteer()
    # A capitalized function word opens a name only as its first word, before a capitalized
    # last one (``Estado de Israel``, ``El Salvador``; ``La paz`` is peace).
    function_word = not _capitalized(doc[i], pack)
    end = _name_window(doc, i, taken, limit)
    for n in range(end - i, 0, -1):
        last = doc[i + n - 1]
        if not any(ch.isalpha() for ch in last.text) or (
                function_word and (n == 1 or not last.text[:1].isupper())):
            continue  # a name ends on a word
        entry = world.lookup_text(doc[i : i + n].text, pack)
        if entry is not None and n == 1 and entry.kind is GazKind.CITY \
                and doc[i].lower_ in lowered:
            continue
        if entry is not None and not _first_name_like(doc, i, n, entry, pack) \
                and not _surname_town(doc, i, n, entry, pack, speakers):
            return _Found(i, i + n, _KIND_LABEL[entry.kind], entry)
    return None


def _gazetteer_names(doc: Doc, pack: LanguagePack, taken: set[int],
                     speakers: set[str]) -> list[_Found]:
    """Countries and cities, the longest name the gazetteer knows first: a long form wins over
    the shorter name it holds (``République démocratique du Congo`` is not ``Congo``), and
    over a name that starts earlier but ends sooner (``La Côte`` in ``La Côte d'Ivoire``)."""
    # A tokenizer may cut a name into more tokens than the index has pieces (an elided
    # article, a hyphen): a little slack, never fewer than the capitalized run.
    limit = max(MAX_WORDS, world_gazetteer().max_pieces + 2)
    lowered = frozenset(t.text for t in doc if t.is_lower and t.is_alpha)
    found: list[_Found] = []
    i = 0
    while i < len(doc):
        here = _name_at(doc, i, pack, taken, speakers, limit, lowered)
        if here is None or any(
                (later := _name_at(doc, k, pack, taken, speakers, limit, lowered)) is not None
                and later.end > here.end for k in range(i + 1, here.end)):
            i += 1
            continue
        found.append(here)
        taken.update(range(here.start, here.end))
        i = here.end
    return found


def _title_before(doc: Doc, i: int, pack: LanguagePack, taken: set[int]) -> bool:
    """Whether a title stands before token ``i``; lower-case words and names already found
    may intervene (``der veldrische Präsident``, ``министр иностранных дел России``)."""
    for k in range(i - 1, max(-1, i - 1 - _MAX_TITLE_GAP), -1):
        if pack.is_title(doc[k].text):
            return True
        if doc[k].is_punct or (doc[k].text[:1].isupper() and k not in taken):
            return False
        if doc[k].is_stop and doc[k].is_lower:  # an article: the title governs another noun
            return False
    return False


def _speech_next_to(doc: Doc, start: int, end: int, pack: LanguagePack) -> bool:
    """Whether a speech verb stands right before or after ``[start, end)`` (``sagte X``)."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in pack.speech_verbs or after in pack.speech_verbs


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


def _is_person_run(doc: Doc, start: int, end: int, pack: LanguagePack) -> bool:
    """Two or three capitalized words are a name, except in German-like languages (every noun
    is capitalized) where a speech verb must stand next to them and none has a noun ending."""
    if end - start < 2:
        return False
    if not pack.noun_suffixes:
        return True
    if any(_common_noun(t, pack) for t in doc[start:end]):
        return False
    return _speech_next_to(doc, start, end, pack) or _after_verb_or_comma(doc, start)


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _after_verb_or_comma(doc: Doc, start: int) -> bool:
    """German: a capitalized pair after a comma or a finite verb, not after an article or an
    inflected adjective (``leitet Viktor Sedlarow`` yes, ``den gesamten Bezirk Halvek`` no)."""
    if start == 0 or doc[start].is_sent_start:
        return False
    before = doc[start - 1]
    if before.text in (",", ":"):
        return True
    return before.is_lower and not before.is_stop and not before.text.endswith(
        _ADJECTIVE_ENDINGS)


def _place_cue(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """A locative preposition before token ``i`` (``in``, ``в``, ``à``).

    In German-like languages the preposition must be lower case (``Nach Angaben`` opens a
    sentence with a common noun) and the word must not have a common-noun ending.
    """
    if i == 0 or doc[i - 1].lower_ not in pack.place_prepositions:
        return False
    if not pack.noun_suffixes:
        return True
    return doc[i - 1].text.islower() and not _common_noun(doc[i], pack)


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


def _cued_places(doc: Doc, pack: LanguagePack, taken: set[int],
                 speakers: set[str]) -> list[_Found]:
    """Capitalized words after a locative preposition (``в Вельдре``, ``à Lindhaven``), except
    a word the document has speaking (``agradeceu a Tavares`` after ``afirmou Tavares``)."""
    found: list[_Found] = []
    for token in doc:
        i = token.i
        if (i not in taken and _capitalized(token, pack) and len(token.text) > 1
                and token.text not in speakers and _place_cue(doc, i, pack)):
            end = _run(doc, i, pack, MAX_WORDS if not pack.noun_suffixes else 2)
            end = next((k for k in range(i, end) if k in taken), end)
            if any(_common_noun(t, pack) for t in doc[i:end]):
                end = i + 1
            if pack.is_organization(token.text):  # a body, not a place (a União Europeia)
                if (tail := _body_tail(doc, end, pack, taken)) - i > 1:
                    taken.update(range(i, tail))
                continue
            found.append(_Found(i, end, "LOC"))
            taken.update(range(i, end))
            found += _listed_places(doc, end, pack, taken, speakers)
    return found


def _listed_places(doc: Doc, k: int, pack: LanguagePack, taken: set[int],
                   speakers: set[str]) -> list[_Found]:
    """The one-word names listed after a cued place (``entre Veldra, Tirasol y Korvania``):
    each after a comma or a conjunction of the pack, the list ending at anything else."""
    found: list[_Found] = []
    while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ in pack.conjunctions):
        k += 1
        if doc[k].lower_ in pack.conjunctions and k + 1 < len(doc):
            k += 1  # ", y Korvania"
        token = doc[k]
        if k in taken or token.text in speakers or not _capitalized(token, pack) or \
                _common_noun(token, pack) or pack.is_title(token.text) or (
                k + 1 < len(doc) and _capitalized(doc[k + 1], pack)):
            break  # not a one-word name: a person's, a title, a new clause
        found.append(_Found(k, k + 1, "LOC"))
        taken.add(k)
        k += 1
    return found


def _split_complement(doc: Doc, start: int, end: int, pack: LanguagePack) -> int:
    """Where the name starts in a titled run of three words in a language with patronymics:
    ``Президент Вельдры Андрей Цветкаров`` holds the title's complement (a genitive place)
    first, unless the middle word is a patronymic (``Владимир Владимирович Путин``)."""
    if not pack.patronymic_suffixes or end - start != _MAX_PERSON_WORDS:
        return start
    middle = doc[start + 1].lower_
    return start if middle.endswith(pack.patronymic_suffixes) else start + 1


def _known_place(doc: Doc, k: int, places: list[str], pack: LanguagePack) -> bool:
    """Whether token ``k`` is another form of a place already found in the document."""
    return any(same_name(p, doc[k].text, pack) for p in places)


_MIN_ACTOR = 3
"""Letters a word must exceed to be read as an acting subject's name or as its verb."""
_NOT_PARTICLES = frozenset({"e", "y", "i", "и", "і", "й"})
"""Conjunctions some packs list among name particles: ``Ana e Ingrid`` are two names."""


def _particle_end(doc: Doc, end: int, pack: LanguagePack, taken: set[int]) -> int:
    """Where a person's name ends when lower-case particles and capitalized words follow its
    run (``Ingrid`` + ``van der Mols``, ``Ana`` + ``da Costa``, ``Mohammed`` + ``bin Rashid
    Al Hamad``): up to three words after them, none a known place (``Banco Central de
    Angola``) or an acronym (``von der SPD``)."""
    k = end
    while k < len(doc) and doc[k].lower_ in pack.name_particles and (
            doc[k].is_lower or (k == end and doc[k].is_title and k + 1 < len(doc)
                                and doc[k + 1].is_title)) \
            and doc[k].lower_ not in _NOT_PARTICLES and k - end < 2:
        k += 1
    if k == end or k >= len(doc) or k in taken or not _capitalized(doc[k], pack):
        return end
    stop = next((j for j in range(k, _run(doc, k, pack, _MAX_PERSON_WORDS)) if j in taken),
                _run(doc, k, pack, _MAX_PERSON_WORDS))
    words = doc[k:stop]
    if not len(words) or any(t.text.isupper() or (pack.noun_suffixes and _common_noun(t, pack))
                             or world_gazetteer().lookup([t.text], pack) is not None
                             for t in words):
        return end
    return stop


def _foreign_particles(doc: Doc, end: int) -> bool:
    """Whether the lower-case words after ``end`` are name particles that are no function
    words of the document's language (``von der`` in Portuguese, not ``da`` or ``de``, which
    join common nouns too: ``Estado de Direito``)."""
    words = [t for t in doc[end:end + 2] if t.is_lower]
    return bool(words) and not any(t.is_stop for t in words)


def _ministry_then_name(doc: Doc, i: int, end: int, pack: LanguagePack) -> int | None:
    """Where the name starts when a title's body opens the run (``ministro degli Esteri Luigi
    Di Maio``, ``министра … Госдепартамента Майкл Энтон``): after the organisation words, if a
    title stands just before them and a capitalized word follows them."""
    k = i
    while k < end and pack.is_organization(doc[k].text):
        k += 1
    if k == i or k >= end or not any(pack.is_title(doc[j].text)
                                     for j in range(max(0, i - _MAX_TITLE_GAP), i)):
        return None
    return k


def _body_end(doc: Doc, i: int, end: int, pack: LanguagePack, titled: bool,
              taken: set[int]) -> int | None:
    """``None`` when the run ``[i, end)`` may be a person; else where the organisation or
    thing it names ends, its words left unlabelled (``i``: only its first word skipped, and
    the finder goes on at a name after a title's body). A run is no person when it opens with
    an organisation word (``Nazioni Unite``, ``União Europeia``, ``Делегации США``; the head
    noun comes first in these languages), when its first word has an adjective's ending
    (``Нагорного Карабаха``), when a definite article stands right before it (``la Casa
    Blanca``: names of people take none), or when a country of the gazetteer follows its
    first word (``Делегации США``)."""
    name = _ministry_then_name(doc, i, end, pack)
    if name is not None:
        return name
    first = doc[i].text
    if pack.is_organization(first):
        tail = _body_tail(doc, end, pack, taken)
        return tail if tail - i > 1 else i  # one word: a common noun as often as a name
    if titled:
        return None
    if end - i > 1 and first.lower().endswith(pack.adjective_endings) and \
            len(first) > _MIN_ADJECTIVE:
        return i  # a place or a thing the adjective qualifies: left unlabelled
    if i > 0 and doc[i - 1].lower_ in pack.articles and doc[i - 1].is_lower:
        # the article governs a one-word body before a name (del Mossad David Barnea)
        return i if end - i == _MAX_PERSON_WORDS else end
    if end - i > 1 and any(
            (entry := world_gazetteer().lookup([t.text], pack)) is not None
            and entry.kind is GazKind.COUNTRY for t in doc[i + 1:end]):
        return end
    return None


_MIN_ADJECTIVE = 4
_BODY_LINKS = 2


def _body_tail(doc: Doc, end: int, pack: LanguagePack, taken: set[int]) -> int:
    """The end of an organisation's name: its run, then ``de``/``del``-style particles and a
    further capitalized run (``Ministerio de Relaciones Exteriores``); a place already found
    ends it (``Gobierno de Colombia``: the country stays a place)."""
    k = end
    while k < len(doc) and doc[k].is_lower and doc[k].lower_ in pack.name_particles \
            and k - end < _BODY_LINKS:
        k += 1
    if k == end or k >= len(doc) or k in taken or not _capitalized(doc[k], pack):
        return end
    stop = _run(doc, k, pack, _MAX_PERSON_WORDS)
    return next((j for j in range(k, stop) if j in taken), stop)


def _cued_persons(doc: Doc, pack: LanguagePack, taken: set[int],
                  places: list[str], speakers: set[str]) -> list[_Found]:
    """Persons after titles, in runs of capitalized words and single words next to a speech
    verb; a title's complement before a name, or a place already found, is a place."""
    found: list[_Found] = []
    common = _common_words(doc, pack)
    i, after_body = 0, -1
    while i < len(doc):
        if i in taken or not _capitalized(doc[i], pack):
            i += 1
            continue
        titled = _title_before(doc, i, pack, taken) or i == after_body
        while i < len(doc) and i not in taken and pack.is_title(doc[i].text):
            titled, i = True, i + 1  # a capitalized title (German nouns) is not the name
        if i >= len(doc) or i in taken or not _capitalized(doc[i], pack):
            continue
        if titled and pack.noun_suffixes and _common_noun(doc[i], pack):
            i += 1  # German: "der Minister Gespräche mit …": the title's object, no name
            continue
        if not titled and doc[i].is_sent_start and set(stems(doc[i].text, pack)) & common:
            i += 1
            continue
        end = _run(doc, i, pack, _MAX_PERSON_WORDS)
        end = next((k for k in range(i, end) if k in taken), end)
        body = _body_end(doc, i, end, pack, titled, taken)
        if body is not None:
            if body > i:
                taken.update(range(i, body))
                after_body = body if body < end else -1  # a name after a title's body
            i = max(body, i + 1)
            continue
        if end - i > 1 and _known_place(doc, i, places, pack):
            found.append(_Found(i, i + 1, "LOC"))
            taken.add(i)
            i += 1
            continue
        if titled and end - i == 1 and doc[i].text.isupper():
            i += 1  # the body the title heads, not a name (глава МЗС, Chef der UNO)
            continue
        if titled and not pack.is_title(doc[end - 1].text):
            start = _split_complement(doc, i, end, pack)
            end = _particle_end(doc, end, pack, taken)  # after a title, German too
            if start > i:
                found.append(_Found(i, start, "LOC"))
                places.append(doc[i].text)
            found.append(_Found(start, end, "PERSON"))
        elif _is_person_run(doc, i, end, pack) or (end - i == 1 and doc[i].text in speakers):
            end = end if pack.noun_suffixes else _particle_end(doc, end, pack, taken)
            found.append(_Found(i, end, "PERSON"))
        elif not pack.noun_suffixes and _foreign_particles(doc, end) and (
                longer := _particle_end(doc, end, pack, taken)) > end:
            end = longer  # "Ingrid van der Mols" in Portuguese: "von der" is no Portuguese
            found.append(_Found(i, end, "PERSON"))
        else:
            i += 1
            continue
        taken.update(range(i, end))
        i = end
    return _no_known_places(doc, found, taken, places, pack)


def _no_known_places(doc: Doc, found: list[_Found], taken: set[int], places: list[str],
                     pack: LanguagePack) -> list[_Found]:
    """``found`` without the one-word persons that are other forms of a place the document
    names (``Тирасоль сообщил`` where ``президента Тирасоля`` made it a place: a country
    speaks too)."""
    kept: list[_Found] = []
    for item in found:
        if item.label == "PERSON" and item.end - item.start == 1 and _known_place(
                doc, item.start, places, pack):
            taken.discard(item.start)
            continue
        kept.append(item)
    return kept


def _spread(doc: Doc, pack: LanguagePack, found: list[_Found], taken: set[int],
            labels: tuple[str, ...]) -> list[_Found]:
    """Other forms of names already found: inflections and a person's surname alone."""
    known: dict[str, str] = {}
    for item in found:
        words = [t.text for t in doc[item.start : item.end]]
        if item.entry is None and item.label in labels:
            known.setdefault(" ".join(words), item.label)
            if item.label == "PERSON" and len(words) > 1:
                known.setdefault(words[-1], "PERSON")
    single = [(name, label) for name, label in known.items() if " " not in name]
    more: list[_Found] = []
    for token in doc:
        if token.i in taken or not _capitalized(token, pack):
            continue
        label = next((lab for name, lab in single if same_name(name, token.text, pack)), None)
        if label is not None:
            more.append(_Found(token.i, token.i + 1, label))
            taken.add(token.i)
    return more


def _nationalities(doc: Doc, taken: set[int], pack: LanguagePack) -> list[_Found]:
    """Lower-case nationality adjectives (``le gouvernement korvanien``): the side they name,
    read as the English nationality word is (see :mod:`._demonyms`)."""
    found = []
    for token in doc:
        if token.i in taken or not token.is_lower or not token.is_alpha:
            continue
        entry = demonym_entry(token.text, pack)
        if entry is not None:
            found.append(_Found(token.i, token.i + 1, "NORP", entry))
            taken.add(token.i)
    return found


def _from_model(doc: Doc) -> list[_Found]:
    """The tagger's own names with our labels (MISC and the like dropped)."""
    return [_Found(e.start, e.end, _MODEL_LABELS[e.label_])
            for e in doc.ents if e.label_ in _MODEL_LABELS]


def _speaking(doc: Doc, item: _Found, speakers: set[str]) -> _Found:
    """A tagger's place whose last word the document has speaking (``Okavelo a dit``)
    is a person: places do not speak."""
    if item.label in ("LOC", "GPE") and doc[item.end - 1].text in speakers:
        return _Found(item.start, item.end, "PERSON")
    return item


def _dictionary_forms(spans: list[Span], pack: LanguagePack) -> dict[str, str]:
    """Each name's text → the form its inflections share (``Седларова`` → ``Седларов``).

    Among the forms of one name seen in the document, the dictionary form is the one the others
    are inflections of (:func:`base_forms`), then one with a dictionary-form ending; a surname
    alone is compared with the last words of the full names.
    """
    texts = Counter(s.text for s in spans if s.label_ in ("PERSON", "LOC", "GPE"))
    surnames = Counter(s.text.split()[-1] for s in spans
                       if s.label_ == "PERSON" and len(s.text.split()) > 1)
    out: dict[str, str] = {}
    for text in texts:
        pool = texts + surnames if " " not in text else texts
        group = [t for t in pool if same_name(t, text, pack)]
        scores = {form: _form_score(form, group, pool, surnames, pack) for form in group}
        out[text] = max(group, key=scores.__getitem__)
    return out


def _form_score(form: str, group: list[str], pool: Counter[str], surnames: Counter[str],
                pack: LanguagePack) -> tuple[bool, int, bool, int, int]:
    """How likely ``form`` is the dictionary form of the ``group`` of forms of one name."""
    derived = sum(
        all(fw in base_forms(gw, pack) for fw, gw in zip(form.split(), g.split(), strict=True))
        for g in group if g != form
    )
    nominative = any(form.lower().endswith(e) for e in pack.nominative_endings)
    # A full name is mostly introduced in the nominative: its surname form wins.
    return form in surnames, derived, nominative, pool[form], -len(form)


def find_names(doc: Doc, pack: LanguagePack) -> Doc:
    """Set ``doc.ents`` and the per-span records (see the module docstring)."""
    taken: set[int] = set()
    speakers = _speaker_words(doc, pack)
    actors = _actor_words(doc, pack)
    found = _gazetteer_names(doc, pack, taken, speakers)
    found += _nationalities(doc, taken, pack)
    for item in _from_model(doc):
        if not any(k in taken for k in range(item.start, item.end)):
            found.append(_speaking(doc, item, speakers))
            taken.update(range(item.start, item.end))
    found += _cued_places(doc, pack, taken, speakers | _titled_words(doc, pack))
    found += _spread(doc, pack, found, taken, ("LOC", "GPE"))
    places = [doc[f.start : f.end].text for f in found if f.label in ("LOC", "GPE")]
    actors = {a for a in actors if not any(same_name(p, a, pack) for p in places)}
    found += _cued_persons(doc, pack, taken, places, speakers | actors)
    found += _spread(doc, pack, found, taken, ("LOC", "GPE", "PERSON"))
    found = [f for f in found if f.label != "PERSON" or not _credited(doc, f, pack)]
    spans = filter_spans([Span(doc, f.start, f.end, label=f.label) for f in found])
    entries = {(f.start, f.end): f.entry for f in found if f.entry is not None}
    doc.ents = spans
    doc.user_data[ENTRIES] = {
        (s.start_char, s.end_char): entries[(s.start, s.end)]
        for s in spans if (s.start, s.end) in entries
    }
    forms = _dictionary_forms(spans, pack)
    doc.user_data[NAMES] = {(s.start_char, s.end_char): forms.get(s.text, s.text) for s in spans}
    doc._.set(FIXED_FLAG, True)
    return doc


class LanguageEntities:
    """The component object: the language's pack, loaded once."""

    def __init__(self, language: str) -> None:
        pack = language_pack(language)
        if pack is None:
            raise ValueError(f"no language pack for '{language}'")
        self.pack = pack

    def __call__(self, doc: Doc) -> Doc:
        """Find one document's names."""
        return find_names(doc, self.pack)


@Language.factory(
    COMPONENT,
    default_config={"language": "xx"},
    assigns=["doc.ents", f"doc._.{FIXED_FLAG}"],
)
def make_language_entities(nlp: Language, name: str, language: str) -> LanguageEntities:
    """Build the multilingual name finder for ``language`` (registered under a versioned name)."""
    del nlp, name
    return LanguageEntities(language)
