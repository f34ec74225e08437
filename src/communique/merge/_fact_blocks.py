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
* the country list, through the fold of nationality words and the test of a country name
  (:class:`_CountryReads`): both answer from the countries whose names begin with the word's
  first four letters (a nationality word shares them with its country, which is how
  :class:`~communique.merge._countries.Countries` indexes them), so the block records the
  prefixes of the words it asked about, and the story's countries under them are its answer.
  A country named for the first time works out again only the articles that asked about a
  word of its prefix.

A fact keeps its claim by position: the annotations are among the inputs, so the claims a
kept block is read back with are the ones it was worked out from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from communique.merge._anchors import EventAnchors
from communique.merge._blocks import Answer, BlockContext, BlockCorpus, JSONData, Reads
from communique.merge._claim_facts import article_facts
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._fact import Fact
from communique.merge._fact_words import content_stems
from communique.model.claims import Claim

FACTS_KIND = "claim-facts/2"
"""The memo kind of each article's facts (change its version when a fact changes)."""

_NOT_ASKED = "\x00not an answer"
"""The answer to a malformed recorded question: equal to no recorded answer."""


def kept_facts(corpus: Corpus, anchors: EventAnchors, countries: Countries,
               fold: Callable[[str], str]) -> list[Fact]:
    """Every claim of the corpus as a fact, in corpus order: each article's worked out on a
    view of it alone, or read back while its inputs and answers stand. ``fold`` turns
    nationality words into ``countries``' names and must read nothing but them (what
    :class:`_CountryReads` records of it assumes so)."""
    names = {name.lower() for name in countries.names}
    context = BlockContext(corpus, None, countries.country_of,
                           {"anchor": _answers(anchors), "countries": _listed(countries)})
    # The stems of each distinct text, with the prefixes their fold asked about: copies of
    # one article repeat its claims word for word.
    shared: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    facts: list[Fact] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is None:
            continue

        def work(view: BlockCorpus, reads: Reads, doc_id: str = doc_id) -> JSONData:
            asked = _CountryReads(fold, names.__contains__, shared)
            made = article_facts(view, doc_id, _AnchorReads(reads),
                                 (asked.fold, asked.stems), asked.is_country)
            reads.ask("countries", *sorted(asked.prefixes))
            return [encode(fact) for fact in made]

        kept = context.kept(FACTS_KIND, doc_id, [], [doc_id], work)
        facts += [decode(data, doc_id, claim)
                  for data, claim in zip(kept, annotations.claims, strict=True)]
    return facts


def _prefix(word: str) -> str:
    """What a country question about ``word`` reads of the list: the countries under it."""
    return word[:4].lower()


def _listed(countries: Countries) -> Answer:
    """The story's countries under each of some prefixes (see :class:`_CountryReads`)."""
    under: dict[str, set[str]] = defaultdict(set)
    for name in countries.names:
        # Both ways of cutting: a name matches a word by its own first letters lowered (the
        # nationality lookup) or by the first letters of its lowered form (a name test).
        for key in {name[:4].lower(), name.lower()[:4]}:
            under[key].add(name)

    def answer(*prefixes: str) -> str:
        found = sorted(set().union(*(under.get(p, ()) for p in prefixes)))
        return "\n".join(found)

    return answer


class _CountryReads:
    """The fold of nationality words and the test of a country name as one block asks them,
    the prefix of each word asked about recorded (a lower-case word is folded without asking:
    only a capitalized one can be a nationality word)."""

    def __init__(self, fold: Callable[[str], str], is_country: Callable[[str], bool],
                 shared: dict[str, tuple[frozenset[str], frozenset[str]]]) -> None:
        self._fold = fold
        self._is_country = is_country
        self._shared = shared
        self.prefixes: set[str] = set()

    def fold(self, word: str) -> str:
        """The country a nationality word names, else the word."""
        if word[:1].isupper():
            self.prefixes.add(_prefix(word))
        return self._fold(word)

    def is_country(self, word: str) -> bool:
        """Whether a (lower-case) word is a country's name."""
        self.prefixes.add(_prefix(word))
        return self._is_country(word)

    def stems(self, text: str) -> frozenset[str]:
        """:func:`content_stems` of ``text``, kept per distinct text with the prefixes its
        fold asked about (which this block asked too, whether it worked them out or not)."""
        known = self._shared.get(text)
        if known is None:
            mine, self.prefixes = self.prefixes, set()
            found = content_stems(text, self.fold)
            known = self._shared[text] = (found, frozenset(self.prefixes))
            self.prefixes = mine
        self.prefixes |= known[1]
        return known[0]


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _ref(value: str | None) -> str:
    """An optional event id as a recorded argument (``""`` for none)."""
    return "" if value is None else f"#{value}"


def _unref(value: str) -> str | None:
    return value[1:] if value else None


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


_QUESTIONS: dict[str, Callable[..., str | None]] = {
    "of_sentence": lambda a, article, start: a.of_sentence(article, int(start)),
    "mentions_several": lambda a, article, start: _flag(a.mentions_several(article, int(start))),
    "main": lambda a, article: a.main(article),
    "held_on": lambda a, article, start, day: a.held_on(article, int(start), _date_in(day)),
    "on_day": lambda a, event, day: a.on_day(_unref(event), _date_in(day)),
    "begun": lambda a, event, day: _flag(a.begun(_unref(event), _date_in(day))),
    "held_then": lambda a, day: a.held_then(_date_in(day)),
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
