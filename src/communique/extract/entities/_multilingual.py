"""The ``communique_lang_entities_v1`` component: names in languages other than English.

Works with or without a statistical tagger. Where the language's spaCy pipeline has one (French),
its PER/LOC/ORG spans are kept with our labels; everywhere, and on the tokens the tagger left
alone, names are found by:

1. the multilingual gazetteer (countries and cities in the language's own spelling, inflected
   forms included: ``в Вене`` → Vienna);
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
``Вене`` is Vienna, ``Седларова`` is ``Седларов``.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from communique.extract.entities._fixer import FIXED_FLAG
from communique.extract.entities._gazetteer import ENTRIES, NAMES
from communique.extract.entities._multilingual_persons import _cued_persons
from communique.extract.entities._multilingual_places import (
    _cued_places,
    _gazetteer_names,
    _nationalities,
)
from communique.extract.entities._multilingual_words import (
    _actor_words,
    _capitalized,
    _credited,
    _Found,
    _speaker_words,
    _titled_words,
)
from communique.lang import LanguagePack, language_pack
from communique.lang.inflect import base_forms, same_name

COMPONENT = "communique_lang_entities_v1"

_MODEL_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOC", "GPE": "GPE", "ORG": "ORG"}


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
