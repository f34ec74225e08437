"""What every merge step needs to know about the corpus: texts, dates, and independence.

Support is counted in *independent outlets*: two articles from the same outlet count once, and
a near-duplicate or syndicated copy counts as the outlet of the copy it was made from — a story
that one agency wrote and ten sites republished is one source, not eleven.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import PurePath
from typing import Any

from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.memo import TextMemo
from communique.model.story import Evidence, Side
from communique.model.temporal import TimeExpression

NO_YEAR = "XXXX"
"""The year of a date value whose year the text does not write (``XXXX-05-03``)."""
_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")


class Corpus:
    """Documents and their annotations, indexed by document id."""

    def __init__(self, documents: Sequence[Document], annotations: Sequence[Annotations],
                 memo: TextMemo | None = None) -> None:
        self.documents = {d.id: d for d in documents}
        self.order = [d.id for d in documents]
        self.annotations = {a.document_id: a for a in annotations}
        # Source keys are asked for millions of times (once per side of every compared pair):
        # worked out once per document. The documents never change while a merge runs.
        self._sources: dict[str, str] = {}
        self.memo = memo if memo is not None else TextMemo()
        """Results of pure functions of article texts, kept between runs when the caller
        keeps it (see :mod:`communique.model.memo`)."""
        self.scratch: dict[str, Any] = {}
        """Results several steps of one merge share, by name (each step that keeps one
        checks that it was worked out from the same inputs)."""

    def text(self, doc_id: str) -> str:
        """The clean text of a document."""
        return self.documents[doc_id].text

    def published(self, doc_id: str) -> date | None:
        """The day a document's relative dates are read against (its publication day, else
        the clean stage's estimate of it)."""
        return self.documents[doc_id].reference_date

    def language(self, doc_id: str) -> str | None:
        """The language of a document (``None``: undetected)."""
        return self.documents[doc_id].language

    def written(self, doc_id: str) -> date | None:
        """The day a document was written: its own :meth:`published` day, else that of the
        article it copies (a copy is written when its original is)."""
        return self.published(doc_id) or self.published(self.root(doc_id))

    def root(self, doc_id: str) -> str:
        """The earliest copy of a document (itself when it is not a duplicate)."""
        seen = {doc_id}
        current = doc_id
        while (parent := self.documents[current].duplicate_of) and parent in self.documents:
            if parent in seen:
                break
            seen.add(parent)
            current = parent
        return current

    def source_key(self, doc_id: str) -> str:
        """The independent source an article counts as: its root copy's outlet."""
        known = self._sources.get(doc_id)
        if known is None:
            root = self.documents[self.root(doc_id)]
            known = self._sources[doc_id] = root.outlet or root.id
        return known

    def outlet(self, doc_id: str) -> str:
        """The outlet of a document, or its file name when the outlet is unknown."""
        doc = self.documents[doc_id]
        return doc.outlet or PurePath(doc.source.split("#")[0]).name or doc_id

    def support(self, doc_ids: Iterable[str]) -> int:
        """Number of independent sources among ``doc_ids``."""
        return len({self.source_key(d) for d in doc_ids})

    def outlets(self, doc_ids: Iterable[str]) -> tuple[str, ...]:
        """Distinct outlets among ``doc_ids``, sorted."""
        return tuple(sorted({self.outlet(d) for d in doc_ids}))

    def evidence(self, doc_id: str, start: int, end: int) -> Evidence:
        """Evidence for ``[start, end)`` of a document's text."""
        return Evidence(doc_id, start, end, self.text(doc_id)[start:end])

    def side(self, value: str, evidence: Iterable[Evidence]) -> Side:
        """A contradiction's side: ``value``, its evidence (each piece once, in order) and the
        outlets of the articles the evidence comes from."""
        pieces = tuple(dict.fromkeys(evidence))
        return Side(value, pieces, self.outlets(e.article for e in pieces))

    def sides(self, values: Mapping[str, Sequence[Evidence]]) -> list[Side]:
        """A contradiction's sides for the values outlets state, by value: an independent
        source that states more than one value is on no side, so that no outlet is set
        against itself (values left with no evidence give no side)."""
        stated: dict[str, set[str]] = defaultdict(set)
        for value, evidence in values.items():
            for piece in evidence:
                stated[self.source_key(piece.article)].add(value)
        found = []
        for value in sorted(values):
            kept = [e for e in values[value] if len(stated[self.source_key(e.article)]) == 1]
            if kept:
                found.append(self.side(value, kept))
        return found

    def days_in(self, doc_id: str, start: int, end: int) -> list[tuple[str, TimeExpression]]:
        """The dates a document writes within ``[start, end)`` whose value is a day, each with
        that day (``2031-05-03``; ``XXXX-05-03`` when the year is not written: :data:`NO_YEAR`)."""
        return [(d.value[:10], d) for d in self.annotations[doc_id].dates
                if d.value and _DAY.match(d.value) and start <= d.start and d.end <= end]

    def sentence(self, doc_id: str, offset: int) -> Evidence:
        """Evidence for the sentence of a document containing ``offset``."""
        for span in self.annotations[doc_id].sentences:
            if span.start <= offset < span.end:
                return self.evidence(doc_id, span.start, span.end)
        return self.evidence(doc_id, offset, offset)

    def place_countries(self) -> dict[str, str]:
        """Place → country links the texts state anywhere (``Lindhaven, Veldra``); the link
        most articles state wins (the first stated among equals), so that one article's
        misreading does not move a city that others place right."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for annotated in self.annotations.values():
            for place, country in dict.fromkeys(annotated.places):
                votes[place][country] += 1
        # Counter.most_common keeps first-seen order among equal counts.
        return {place: found.most_common(1)[0][0] for place, found in votes.items()}
