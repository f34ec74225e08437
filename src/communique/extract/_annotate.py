"""One loaded pipeline and the order in which the extractors run over a parsed document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from communique.extract._options import DEFAULT_MODEL
from communique.extract._parties import Parties
from communique.extract._sentences import COMPONENT as LINE_BREAKS
from communique.extract._sentences import sentence_spans
from communique.extract.claims import extract_claims
from communique.extract.entities import extract_entities
from communique.extract.events import find_events, place_links
from communique.extract.nlp import load_pipeline
from communique.extract.quotes import extract_quotes
from communique.extract.stances import find_stances
from communique.extract.temporal import find_dates
from communique.model import Document, Span
from communique.model.annotations import Annotations

# The pipeline is English; running it on other languages yields confident nonsense, so such
# documents keep only their sentences (they are still stored, counted and shown).
_ANNOTATED_LANGUAGES = frozenset({"en", None})


def _inside(span: tuple[int, int], blocks: Sequence[Span]) -> bool:
    """Whether ``span`` overlaps any of ``blocks`` (headings)."""
    return any(span[0] < b.end and b.start < span[1] for b in blocks)


class Extractor:
    """The spaCy pipeline plus communique's extractors, loaded once and reused."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.nlp: Language = load_pipeline(model)
        if LINE_BREAKS not in self.nlp.pipe_names:
            if "parser" in self.nlp.pipe_names:
                self.nlp.add_pipe(LINE_BREAKS, before="parser")
            else:
                self.nlp.add_pipe(LINE_BREAKS, first=True)

    def annotate(self, document: Document, parsed: Doc) -> Annotations:
        """Run every extractor over one parsed document."""
        sentences = sentence_spans(parsed)
        if document.language not in _ANNOTATED_LANGUAGES:
            return Annotations(document.id, sentences, (), (), (), ())
        headings = document.headings
        entities = tuple(extract_entities(parsed))
        dates = tuple(find_dates(document.text, document.reference_date))
        quotes = tuple(q for q in extract_quotes(parsed) if not _inside((q.start, q.end), headings))
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

    def pipe(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Annotations]:
        """Annotate documents lazily, parsing them in batches."""
        docs = list(documents)
        parsed = self.nlp.pipe((d.text for d in docs), batch_size=batch_size)
        for document, doc in zip(docs, parsed, strict=True):
            yield self.annotate(document, doc)

    def annotate_all(
        self, documents: Sequence[Document], batch_size: int = 16
    ) -> list[Annotations]:
        """Annotate every document, in order."""
        return list(self.pipe(documents, batch_size))
