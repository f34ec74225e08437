"""Places for the multilingual name finder (:mod:`._multilingual`).

Countries and cities the gazetteer knows in the language's own spelling (inflected forms
included), capitalized words after a locative preposition and the one-word names listed after
them, and lower-case nationality adjectives. A one-word town that the document uses as a first
name or has speaking is no town.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.extract.entities._demonyms import demonym_entry
from communique.extract.entities._gazetteer import GazEntry, GazKind
from communique.extract.entities._multilingual_words import (
    _MAX_PERSON_WORDS,
    _capitalized,
    _common_noun,
    _Found,
    _run,
)
from communique.extract.entities._world import MAX_WORDS, world_gazetteer
from communique.lang import LanguagePack
from communique.lang.inflect import base_forms, same_name

_KIND_LABEL = {
    GazKind.COUNTRY: "GPE", GazKind.CAPITAL: "GPE", GazKind.CITY: "GPE",
    GazKind.REGION: "LOC", GazKind.SEAT: "ORG", GazKind.ORGANIZATION: "ORG",
    GazKind.DEMONYM: "NORP",
}


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


def _known_place(doc: Doc, k: int, places: list[str], pack: LanguagePack) -> bool:
    """Whether token ``k`` is another form of a place already found in the document."""
    return any(same_name(p, doc[k].text, pack) for p in places)
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
