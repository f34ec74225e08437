"""The pipelines per language and the order in which the extractors run over a parsed document.

English (and text whose language was not detected) runs the English pipeline and every
extractor. Another language runs its own pipeline (:func:`load_language_pipeline`, loaded on
first use) and the extractors that work in it; today those are sentences, names (persons,
places and countries in the language's own spelling, resolved to English canonical names) and
place links, plus dates, quotes, events and count claims from :mod:`communique.extract.languages`
(:meth:`Extractor.annotate_other`), which read their words from the language's pack
(:func:`communique.lang.language_pack`).

Documents reach spaCy here, in bounded amounts: a long document is cut into pieces
(:mod:`communique.extract._chunks`) and no batch holds more than :data:`BATCH_CHARS` characters,
so memory stays bounded whatever the input. One article that fails extraction is reported as a
:class:`~communique.model.Skipped` (code :data:`EXTRACT_FAILED`) in its place; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from communique.extract import _chunks
from communique.extract._options import DEFAULT_MODEL
from communique.extract._parties import Parties, shared_country_names
from communique.extract._sentences import COMPONENT as LINE_BREAKS
from communique.extract._sentences import joined_fragments, sentence_spans, tokenized
from communique.extract.claims import extract_claims
from communique.extract.entities import extract_entities, outside_names
from communique.extract.entities._gazetteer import gazetteer
from communique.extract.entities._world import world_gazetteer
from communique.extract.events import find_events, place_links
from communique.extract.languages import language_reader
from communique.extract.nlp import load_language_pipeline, load_pipeline
from communique.extract.quotes import extract_quotes
from communique.extract.stances import find_stances
from communique.extract.temporal import find_dates
from communique.model import Document, Skipped, Span
from communique.model.annotations import Annotations

BATCH_CHARS = 200_000
"""Most characters parsed together: spaCy's memory grows with the batch, not the corpus."""

EXTRACT_FAILED = "E302"
"""Code of an article whose extraction raised: it is skipped and reported, the batch goes on."""

T = TypeVar("T")

Result = Annotations | Skipped
"""What extracting one document gives: its annotations, or the report of why it failed."""

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
        # The English extractors' data (read once per process) loads here too, with the models:
        # before workers fork, so that they share it, and not inside the first document's time.
        gazetteer()
        world_gazetteer()
        shared_country_names()

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
        events = find_events(
            parsed, parties, dates, quotes, dict(places), skip=headings,
            published=document.published, language=document.language,
        )
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
        sentences = joined_fragments(document.text, sentence_spans(parsed))
        entities = tuple(extract_entities(parsed))
        places = tuple(place_links(parsed, entities))
        reader = language_reader(document.language)
        if reader is None:
            return Annotations(document.id, sentences, entities, (), (), (), places=places)
        headings = document.headings
        text = document.text
        dates = tuple(outside_names(reader.dates(text, document.reference_date), entities))
        quotes = tuple(q for q in reader.quotes(text, sentences, entities)
                       if not _inside((q.start, q.end), headings))
        events = tuple(reader.events(text, sentences, entities, dates, skip=headings))
        claims = tuple(reader.claims(text, sentences, skip=headings))
        return Annotations(document.id, sentences, entities, dates, quotes, claims, events,
                           places=places)

    def annotate_document(self, document: Document) -> Annotations:
        """Annotate one document, in pieces when it is long; raises when extraction fails."""
        (result,) = self._annotate_group([document], 1)
        return result

    def pipe(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Result]:
        """Annotate documents lazily, in batches, each with its language's pipeline; results
        come in the order of ``documents``, a document that failed as its report."""
        for group in _groups(documents, max(1, batch_size)):
            yield from self._group(group, batch_size)

    def annotate_all(self, documents: Sequence[Document], batch_size: int = 16) -> list[Result]:
        """Annotate every document, in order (a failed one is a :class:`Skipped` in its place)."""
        return list(self.pipe(documents, batch_size))

    def _group(self, group: list[Document], batch_size: int) -> list[Result]:
        """Annotate a batch; when it fails, each document again alone, to find the culprit."""
        try:
            return list(self._annotate_group(group, batch_size))
        except Exception as exc:  # the boundary: one article must never take the batch along
            if len(group) == 1:
                return [failure(group[0], exc)]
        results: list[Result] = []
        for document in group:
            try:
                results.append(self.annotate_document(document))
            except Exception as exc:  # the same boundary, for one article
                results.append(failure(document, exc))
        return results

    def _annotate_group(self, group: list[Document], batch_size: int) -> list[Annotations]:
        """Parse the pieces of ``group`` in batches bounded by count and characters, one
        ``nlp.pipe`` per language in a batch."""
        pieces = [(index, offset, piece) for index, document in enumerate(group)
                  for offset, piece in _chunks.pieces(document)]
        parts: list[list[tuple[int, Annotations]]] = [[] for _ in group]
        for batch in _by_size(pieces, max(1, batch_size), lambda p: len(p[2].text)):
            for nlp, members in self._by_pipeline(batch):
                parsed = nlp.pipe([tokenized(nlp, piece.text) for _, _, piece in members],
                                  batch_size=len(members))
                for (index, offset, piece), doc in zip(members, parsed, strict=True):
                    parts[index].append((offset, self.annotate(piece, doc)))
        return [_chunks.join(document.id, sorted(part, key=lambda p: p[0]))
                for document, part in zip(group, parts, strict=True)]

    def _by_pipeline(self, batch: list[tuple[int, int, Document]]
                     ) -> list[tuple[Language, list[tuple[int, int, Document]]]]:
        """The pieces of a batch grouped by the pipeline of their language, in order."""
        groups: dict[str | None, list[tuple[int, int, Document]]] = {}
        for item in batch:
            piece = item[2]
            groups.setdefault(None if is_english(piece) else piece.language, []).append(item)
        return [(self.nlp if language is None else self.pipeline_for(language), members)
                for language, members in groups.items()]


def failure(document: Document, exc: BaseException) -> Skipped:
    """The report of a document whose extraction raised ``exc``."""
    detail = " ".join(str(exc).split())[:200]
    reason = f"extraction failed: {type(exc).__name__}" + (f": {detail}" if detail else "")
    return Skipped(document.source, reason, EXTRACT_FAILED)


def _groups(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``size`` documents and about :data:`BATCH_CHARS`."""
    yield from _by_size(documents, size, lambda d: len(d.text))


def _by_size(items: Iterable[T], count: int, chars: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive lists of at most ``count`` items whose ``chars`` add up to at most
    :data:`BATCH_CHARS` (an item larger than that is a list of its own)."""
    batch: list[T] = []
    total = 0
    for item in items:
        size = chars(item)
        if batch and (len(batch) >= count or total + size > BATCH_CHARS):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += size
    if batch:
        yield batch
