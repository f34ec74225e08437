"""Per-block results of a merge step, kept between runs and read back only while still true.

A step that splits the story into blocks (role contradictions: one event and the sentences
about it) keeps each block's output in the merge's memo (:class:`~communique.model.memo.
TextMemo`, stored with the text memo) under ``(kind, block key)``, so that an ``add`` works out
again only the blocks its articles reach. A kept output is read back only when both hold:

1. the digest of the block's own inputs is the same: what the step says the block is (the
   event and its sentences, say) and the text and stored annotations of every article the
   block reads;
2. every answer the block read from the story's global context — the story's name of an
   article's entity, the country a word names, an article's independent source, its outlet,
   its publication day, the day it was written and its language, and whatever a step asks of
   its own context (the events a sentence reports, say) — is still the answer it got (the
   reads are recorded with the output, and asked again).

The block is worked out on a :class:`BlockCorpus`: a view that holds the block's own articles
and nothing else, and that records the global reads it passes on. A block can therefore read
nothing that neither check covers, and its output is what working it out again would give —
whether it was kept or not, the step computes through the same view. Without the digests of
the stored annotations (a build that has no store) blocks are worked out and not kept.

When a step's code changes what a block gives, its kind's version must change with it, as for
every memo kind.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from communique.merge._corpus import Corpus
from communique.model.memo import text_digest

JSONData = Any
"""Plain JSON data (see :mod:`communique.model.memo`)."""

NameOf = Callable[[str, str], "str | None"]
"""The story's name of an article's name of an entity (``None``: the story has none)."""

Answer = Callable[..., "str | None"]
"""A step's own question about the story (its arguments are strings), answered as text."""

_TEXTS = "blocks.text_digests"


class Reads:
    """The global answers one block read, recorded as it reads them (each question once)."""

    def __init__(self, context: BlockContext) -> None:
        self._context = context
        self.answers: dict[tuple[str, ...], str | None] = {}

    def _ask(self, question: tuple[str, ...]) -> str | None:
        known = self.answers.get(question, _UNASKED)
        if known is _UNASKED:
            known = self.answers[question] = self._context.answer(question)
        return known  # type: ignore[return-value]

    def name_of(self, article: str, name: str) -> str | None:
        """The story's name of ``article``'s entity ``name``."""
        return self._ask(("name", article, name))

    def country_of(self, word: str) -> str | None:
        """The country ``word`` names or is the nationality of."""
        return self._ask(("country", word))

    def source_key(self, article: str) -> str | None:
        """The independent source ``article`` counts as."""
        return self._ask(("source", article))

    def outlet(self, article: str) -> str | None:
        """The outlet of ``article``."""
        return self._ask(("outlet", article))

    def published(self, article: str) -> date | None:
        """The day ``article``'s relative dates are read against (see
        :meth:`Corpus.published`)."""
        return _day(self._ask(("published", article)))

    def written(self, article: str) -> date | None:
        """The day ``article`` was written (see :meth:`Corpus.written`)."""
        return _day(self._ask(("written", article)))

    def language(self, article: str) -> str | None:
        """The language of ``article``."""
        return self._ask(("language", article))

    def ask(self, kind: str, *args: str) -> str | None:
        """A question of a kind the step answers itself (see :class:`BlockContext`)."""
        return self._ask((kind, *args))

    def as_data(self) -> list[list[str | None]]:
        """The reads as JSON data: each question followed by its answer."""
        return [[*question, answer] for question, answer in self.answers.items()]


_UNASKED = object()


def _day(value: str | None) -> date | None:
    """A day recorded as ISO text (``None`` for none)."""
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    """A day as ISO text, as reads record it."""
    return value.isoformat() if value else None


class BlockContext:
    """The story's global context that blocks read: the merge's corpus, the story's names of
    entities and the country list, and the step's own questions (``answers``: a function per
    kind of question, whose arguments are text, as they are recorded). ``kept`` works a block
    out, or reads it back."""

    def __init__(self, corpus: Corpus, name_of: NameOf | None,
                 country_of: Callable[[str], str | None],
                 answers: Mapping[str, Answer] | None = None) -> None:
        self.corpus = corpus
        self._name_of = name_of
        self._country_of = country_of
        self._answers = dict(answers or {})

    def answer(self, question: Sequence[str | None]) -> str | None:
        """The answer to one recorded question, asked of the story as it is now."""
        kind, *args = question
        if kind == "name":
            return self._name_of(str(args[0]), str(args[1])) if self._name_of else None
        if kind == "country":
            return self._country_of(str(args[0]))
        if kind == "source":
            return self.corpus.source_key(str(args[0]))
        if kind == "outlet":
            return self.corpus.outlet(str(args[0]))
        if kind == "published":
            return _iso(self.corpus.published(str(args[0])))
        if kind == "written":
            return _iso(self.corpus.written(str(args[0])))
        if kind == "language":
            return self.corpus.language(str(args[0]))
        own = self._answers.get(str(kind))
        return own(*args) if own is not None else _UNKNOWN

    def still_true(self, data: JSONData) -> bool:
        """Whether every read of a kept block still gets the answer it got."""
        if not isinstance(data, dict) or not isinstance(data.get("reads"), list):
            return False
        return all(isinstance(read, list) and read and self.answer(read[:-1]) == read[-1]
                   for read in data["reads"])

    def kept(self, kind: str, key: str, inputs: JSONData, articles: Iterable[str],
             work: Callable[[BlockCorpus, Reads], JSONData]) -> JSONData:
        """The output of block ``key`` of step ``kind``: ``work`` over a view of the block's
        ``articles`` (``inputs``: everything else the block is, as JSON data), or the output
        kept for the same inputs and answers."""
        articles = sorted(set(articles))

        def compute() -> JSONData:
            reads = Reads(self)
            out = work(BlockCorpus(self.corpus, articles, reads), reads)
            return {"reads": reads.as_data(), "out": out}

        digest = self._digest(kind, inputs, articles)
        if digest is None:
            return compute()["out"]
        return self.corpus.memo.get_checked(kind, key, digest, self.still_true, compute)["out"]

    def _digest(self, kind: str, inputs: JSONData, articles: Sequence[str]) -> str | None:
        """A digest of the block's inputs, ``None`` when an article's annotations have none."""
        corpus = self.corpus
        texts: dict[str, str] = corpus.scratch.setdefault(_TEXTS, {})
        parts = []
        for article in articles:
            annotated = corpus.memo.annotations.get(article)
            if annotated is None and article in corpus.annotations:
                return None
            text = texts.get(article)
            if text is None:
                text = texts[article] = text_digest(corpus.text(article))
            parts.append([article, text, annotated])
        data = json.dumps([kind, inputs, parts], separators=(",", ":"), ensure_ascii=False)
        return hashlib.blake2b(data.encode("utf-8"), digest_size=16).hexdigest()


_UNKNOWN = "\x00unknown question"
"""The answer to a question this version does not know: equal to no recorded answer."""


class BlockCorpus(Corpus):
    """A block's view of the corpus: its own articles' texts and annotations, and the story's
    sources, outlets, days and languages as recorded reads. Anything else of the story (other
    articles, the documents themselves, the copy each article is of) is not there: reading it
    fails loudly instead of going unrecorded."""

    def __init__(self, corpus: Corpus, articles: Iterable[str], reads: Reads) -> None:
        # A view, not a new corpus: nothing of Corpus.__init__ is worked out again.
        self.documents = {}
        self.order = []
        self.annotations = {a: corpus.annotations[a] for a in articles
                            if a in corpus.annotations}
        self._texts = {a: corpus.text(a) for a in articles}
        self._sources = {}
        self.memo = corpus.memo
        self.scratch = {}
        self._reads = reads

    def text(self, doc_id: str) -> str:
        """The clean text of one of the block's articles."""
        return self._texts[doc_id]

    def source_key(self, doc_id: str) -> str:
        """The independent source an article counts as (a recorded read)."""
        return self._reads.source_key(doc_id) or doc_id

    def outlet(self, doc_id: str) -> str:
        """The outlet of an article (a recorded read)."""
        return self._reads.outlet(doc_id) or doc_id

    def published(self, doc_id: str) -> date | None:
        """The day an article's relative dates are read against (a recorded read)."""
        return self._reads.published(self._own(doc_id))

    def written(self, doc_id: str) -> date | None:
        """The day an article was written, its original's when it has none (a recorded
        read: which article is whose copy is the story's, not the block's)."""
        return self._reads.written(self._own(doc_id))

    def language(self, doc_id: str) -> str | None:
        """The language of an article (a recorded read)."""
        return self._reads.language(self._own(doc_id))

    def _own(self, doc_id: str) -> str:
        """``doc_id``, when it is one of the block's articles (else a KeyError: a block reads
        nothing of another article)."""
        if doc_id not in self._texts:
            raise KeyError(doc_id)
        return doc_id


__all__ = ["Answer", "BlockContext", "BlockCorpus", "Reads"]
