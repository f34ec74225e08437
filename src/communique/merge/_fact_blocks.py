"""Each article's claim facts, kept between merges as a block (see :mod:`communique.merge.
_blocks`): an ``add`` works out the facts of the articles it brings and of those whose answers
from the story changed, and reads the rest back.

Making an article's facts (:func:`~communique.merge._claim_facts.article_facts`) reads its own
text and annotations (the block's inputs) and, of the story:

* the events its sentences report (:class:`~communique.merge._anchors.EventAnchors`: the one
  event of a sentence, the article's main event, the held event of a day …), each question and
  its answer recorded (:class:`_AnchorReads`);
* the day it was published and the day it was written (its original's, for a copy), and its
  language: recorded reads of the block's view;
* the country list, through the fold of nationality words and the test of a country name: one
  read, a digest of the list, since both are functions of the list alone. A story whose list
  changes (a country named for the first time) works every article's facts out again.

A fact keeps its claim by position: the annotations are among the inputs, so the claims a
kept block is read back with are the ones it was worked out from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from communique.merge._anchors import EventAnchors
from communique.merge._blocks import Answer, BlockContext, BlockCorpus, JSONData, Reads
from communique.merge._claim_facts import Fact, article_facts, stems_of
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.model.claims import Claim

FACTS_KIND = "claim-facts/1"
"""The memo kind of each article's facts (change its version when a fact changes)."""

_NOT_ASKED = "\x00not an answer"
"""The answer to a malformed recorded question: equal to no recorded answer."""


def kept_facts(corpus: Corpus, anchors: EventAnchors, countries: Countries,
               fold: Callable[[str], str]) -> list[Fact]:
    """Every claim of the corpus as a fact, in corpus order: each article's worked out on a
    view of it alone, or read back while its inputs and answers stand."""
    names = {name.lower() for name in countries.names}
    is_country = names.__contains__
    listed = hashlib.blake2b("\n".join(sorted(countries.names)).encode("utf-8"),
                             digest_size=8).hexdigest()
    context = BlockContext(corpus, None, countries.country_of,
                           {"anchor": _answers(anchors), "countries": lambda: listed})
    # Stems depend on the fold alone, and the fold on the country list each block reads.
    stems = stems_of(fold)
    facts: list[Fact] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is None:
            continue

        def work(view: BlockCorpus, reads: Reads, doc_id: str = doc_id) -> JSONData:
            reads.ask("countries")
            made = article_facts(view, doc_id, _AnchorReads(reads), (fold, stems), is_country)
            return [encode(fact) for fact in made]

        kept = context.kept(FACTS_KIND, doc_id, [], [doc_id], work)
        facts += [decode(data, doc_id, claim)
                  for data, claim in zip(kept, annotations.claims, strict=True)]
    return facts


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _ref(value: str | None) -> str:
    """An optional event id as a recorded argument (``""`` for none)."""
    return "" if value is None else f"#{value}"


def _unref(value: str) -> str | None:
    return value[1:] if value else None


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


_QUESTIONS: dict[str, Callable[..., str | None]] = {
    "of_sentence": lambda a, article, start: a.of_sentence(article, int(start)),
    "mentions_several": lambda a, article, start: _flag(a.mentions_several(article, int(start))),
    "main": lambda a, article: a.main(article),
    "held_on": lambda a, article, start, day: a.held_on(article, int(start), _day(day)),
    "on_day": lambda a, event, day: a.on_day(_unref(event), _day(day)),
    "begun": lambda a, event, day: _flag(a.begun(_unref(event), _day(day))),
    "held_then": lambda a, day: a.held_then(_day(day)),
}
"""Each question of :class:`_AnchorReads`, asked of the story's anchors (arguments as text)."""


def _answers(anchors: EventAnchors) -> Answer:
    """The story's answer to a recorded anchor question."""

    def answer(method: str, *args: str) -> str | None:
        asked = _QUESTIONS.get(method)
        try:
            return asked(anchors, *args) if asked is not None else _NOT_ASKED
        except (TypeError, ValueError):  # a question of another shape than this version asks
            return _NOT_ASKED

    return answer


class _AnchorReads(EventAnchors):
    """The story's event anchors as a block reads them: each answer asked of the story and
    recorded. Holds none of the anchors' own data, so that a question this class does not
    record fails instead of being answered unrecorded."""

    def __init__(self, reads: Reads) -> None:  # no super().__init__: nothing of the story
        self._reads = reads

    def _ask(self, *question: str) -> str | None:
        return self._reads.ask("anchor", *question)

    def of_sentence(self, article: str, start: int) -> str | None:
        """See :meth:`EventAnchors.of_sentence`."""
        return self._ask("of_sentence", article, str(start))

    def mentions_several(self, article: str, start: int) -> bool:
        """See :meth:`EventAnchors.mentions_several`."""
        return self._ask("mentions_several", article, str(start)) == "1"

    def main(self, article: str) -> str | None:
        """See :meth:`EventAnchors.main`."""
        return self._ask("main", article)

    def held_on(self, article: str, start: int, written: date | None) -> str | None:
        """See :meth:`EventAnchors.held_on`."""
        return self._ask("held_on", article, str(start), _iso(written))

    def on_day(self, event_id: str | None, written: date | None) -> str | None:
        """See :meth:`EventAnchors.on_day`."""
        return self._ask("on_day", _ref(event_id), _iso(written))

    def begun(self, event_id: str | None, written: date | None) -> bool:
        """See :meth:`EventAnchors.begun`."""
        return self._ask("begun", _ref(event_id), _iso(written)) == "1"

    def held_then(self, written: date | None) -> str | None:
        """See :meth:`EventAnchors.held_then`."""
        return self._ask("held_then", _iso(written))


def _words(value: frozenset[str]) -> list[str]:
    return sorted(value)


def _pairs(value: frozenset[tuple[str, float]]) -> list[list[Any]]:
    return [list(pair) for pair in sorted(value)]


def _same(value: Any) -> Any:
    return value


def _date_out(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_FIELDS: Sequence[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = (
    ("value", _same, _same),
    ("unit", _same, _same),
    ("words", _words, frozenset),
    ("subject", _words, frozenset),
    ("measure", _same, _same),
    ("noun", _same, _same),
    ("verbs", _words, frozenset),
    ("scope", _words, frozenset),
    ("event", _same, _same),
    ("main_event", _same, _same),
    ("published", _date_out, _date_in),
    ("episode", _same, _same),
    ("assertive", _same, _same),
    ("listed", _same, _same),
    ("measured", _same, _same),
    ("months", _words, frozenset),
    ("written", _date_out, _date_in),
    ("companions", _pairs, lambda pairs: frozenset((m, v) for m, v in pairs)),
    ("targets", _words, frozenset),
    ("rates", sorted, frozenset),
    ("levy", _same, _same),
    ("changed_from", _same, _same),
    ("language", _same, _same),
    ("extension", _same, _same),
)
"""Every field of :class:`Fact` but its article and claim, in its order: how it is kept as
JSON data and read back (the store keeps it as JSON, which gives floats, ints and booleans
back as they were)."""


def encode(fact: Fact) -> JSONData:
    """A fact as JSON data, without its article and claim (which the block's inputs hold)."""
    return [out(getattr(fact, name)) for name, out, _ in _FIELDS]


_BACK = tuple(back for _, _, back in _FIELDS)


def decode(data: JSONData, doc_id: str, claim: Claim) -> Fact:
    """The fact :func:`encode` kept, for ``doc_id``'s ``claim``."""
    # By position (the fields of Fact in their order, after its article and claim): every
    # kept fact of a story is decoded on every merge.
    return Fact(doc_id, claim, *[back(value) for back, value in zip(_BACK, data, strict=True)])


__all__ = ["FACTS_KIND", "decode", "encode", "kept_facts"]
