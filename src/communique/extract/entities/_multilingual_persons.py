"""Persons for the multilingual name finder (:mod:`._multilingual`).

A title before a run of capitalized words, two or three capitalized words in a row (not in
German, where every noun is capitalized), lower-case name particles inside a name, and single
words that speak or act. A run that opens with an organisation word, an adjective or an article
names a body or a thing, and is left unlabelled.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.extract.entities._gazetteer import GazKind
from communique.extract.entities._multilingual_places import _body_tail, _known_place
from communique.extract.entities._multilingual_words import (
    _MAX_PERSON_WORDS,
    _capitalized,
    _common_noun,
    _Found,
    _run,
)
from communique.extract.entities._world import world_gazetteer
from communique.lang import LanguagePack
from communique.lang.inflect import stems

_MAX_TITLE_GAP = 4


def _common_words(doc: Doc, pack: LanguagePack) -> set[str]:
    """Stems of the document's lower-case words: a capitalized word that also occurs in lower
    case (``Делегацию`` / ``делегация``) opens a sentence rather than names someone."""
    return {s for t in doc if t.is_lower and t.is_alpha for s in stems(t.text, pack)}


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


def _split_complement(doc: Doc, start: int, end: int, pack: LanguagePack) -> int:
    """Where the name starts in a titled run of three words in a language with patronymics:
    ``Президент Вельдры Андрей Цветкаров`` holds the title's complement (a genitive place)
    first, unless the middle word is a patronymic (``Владимир Владимирович Путин``)."""
    if not pack.patronymic_suffixes or end - start != _MAX_PERSON_WORDS:
        return start
    middle = doc[start + 1].lower_
    return start if middle.endswith(pack.patronymic_suffixes) else start + 1
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
