"""The pipelines per language and the order in which the extractors run over a parsed document.

English (and text whose language was not detected) runs the English pipeline and every
extractor. Another language runs its own pipeline (:func:`load_language_pipeline`, loaded on
first use) and the extractors that work in it; today those are sentences, names (persons,
places and countries in the language's own spelling, resolved to English canonical names) and
place links. Dates, quotes and events in other languages plug in at
:meth:`Extractor.annotate_other`, reading their words from the language's pack
(:func:`communique.lang.language_pack`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from communique.extract._options import DEFAULT_MODEL
from communique.extract._parties import Parties
from communique.extract._sentences import COMPONENT as LINE_BREAKS
from communique.extract._sentences import sentence_spans
from communique.extract.claims import extract_claims
from communique.extract.entities import extract_entities, outside_names
from communique.extract.events import find_events, place_links
from communique.extract.nlp import load_language_pipeline, load_pipeline
from communique.extract.quotes import extract_quotes
from communique.extract.stances import find_stances
from communique.extract.temporal import find_dates
from communique.model import Document, Span
from communique.model.annotations import Annotations

# The English pipeline reads these; running it on other languages yields confident nonsense,
# so other languages get their own pipeline.
_ENGLISH = frozenset({"en", None})


def is_english(document: Document) -> bool:
    """Whether ``document`` goes through the English pipeline (English or undetected)."""
    return document.language in _ENGLISH


def _inside(span: tuple[int, int], blocks: Sequence[Span]) -> bool:
    """Whether ``span`` overlaps any of ``blocks`` (headings)."""
    return any(span[0] < b.end and b.start < span[1] for b in blocks)


class Extractor:
    """The spaCy pipelines plus communique's extractors, loaded once and reused."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.nlp: Language = load_pipeline(model)
        if LINE_BREAKS not in self.nlp.pipe_names:
            if "parser" in self.nlp.pipe_names:
                self.nlp.add_pipe(LINE_BREAKS, before="parser")
            else:
                self.nlp.add_pipe(LINE_BREAKS, first=True)
        self._languages: dict[str, Language] = {}

    def pipeline_for(self, language: str) -> Language:
        """The pipeline of a language other than English, loaded on first use."""
        nlp = self._languages.get(language)
        if nlp is None:
            nlp = self._languages[language] = load_language_pipeline(language)
        return nlp

    def prepare(self, documents: Iterable[Document]) -> None:
        """Load every pipeline ``documents`` need now (before worker processes fork)."""
        languages = {d.language for d in documents if not is_english(d)}
        for language in sorted(x for x in languages if x is not None):
            self.pipeline_for(language)(language)  # one call loads lazy data (gazetteers)

    def annotate(self, document: Document, parsed: Doc) -> Annotations:
        """Run every extractor of the document's language over one parsed document."""
        if not is_english(document):
            return self.annotate_other(document, parsed)
        sentences = sentence_spans(parsed)
        headings = document.headings
        entities = tuple(extract_entities(parsed))
        dates = tuple(outside_names(find_dates(document.text, document.reference_date), entities))
        quotes = tuple(q for q in extract_quotes(parsed, entities)
                       if not _inside((q.start, q.end), headings))
        claims = tuple(c for c in extract_claims(parsed) if not _inside((c.start, c.end), headings))
        # Both readers of the sentences around entities share one party resolver and one set
        # of place links, built once per document.
        parties = Parties(entities)
        places = tuple(place_links(parsed, entities))
        events = find_events(parsed, parties, dates, quotes, dict(places), skip=headings)
        stances = find_stances(parsed, parties, quotes, skip=headings)
        return Annotations(
            document.id,
            sentences,
            entities,
            dates,
            quotes,
            claims,
            tuple(events),
            tuple(stances),
            places,
        )

    def annotate_other(self, document: Document, parsed: Doc) -> Annotations:
        """The extractors that work in a language other than English.

        Names come from the language's pipeline (``doc.ents`` set by the multilingual name
        finder, with gazetteer entries and dictionary forms), so the shared entity code gives
        them English canonical names where the gazetteer knows them.
        """
        sentences = sentence_spans(parsed)
        entities = tuple(extract_entities(parsed))
        places = tuple(place_links(parsed, entities))
        return Annotations(document.id, sentences, entities, (), (), (), places=places)

    def pipe(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Annotations]:
        """Annotate documents lazily, parsing them in batches, each with its language's
        pipeline; results come in the order of ``documents``."""
        docs = list(documents)
        if all(is_english(d) for d in docs):
            parsed = self.nlp.pipe((d.text for d in docs), batch_size=batch_size)
            for document, doc in zip(docs, parsed, strict=True):
                yield self.annotate(document, doc)
            return
        yield from self._pipe_mixed(docs, batch_size)

    def _pipe_mixed(self, docs: list[Document], batch_size: int) -> Iterator[Annotations]:
        """Annotate a batch of several languages: one ``nlp.pipe`` per language."""
        groups: dict[str | None, list[int]] = {}
        for k, document in enumerate(docs):
            groups.setdefault(None if is_english(document) else document.language, []).append(k)
        done: dict[int, Annotations] = {}
        for language, indices in groups.items():
            nlp = self.nlp if language is None else self.pipeline_for(language)
            parsed = nlp.pipe((docs[k].text for k in indices), batch_size=batch_size)
            for k, doc in zip(indices, parsed, strict=True):
                done[k] = self.annotate(docs[k], doc)
        for k in range(len(docs)):
            yield done[k]

    def annotate_all(
        self, documents: Sequence[Document], batch_size: int = 16
    ) -> list[Annotations]:
        """Annotate every document, in order."""
        return list(self.pipe(documents, batch_size))
