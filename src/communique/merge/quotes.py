"""Quotes across articles: the same words in several outlets are linked (``also_in``).

Quotes are indexed by word 5-grams of their normalized text, so linking is linear in the number
of quotes; quotes shorter than five words link only on identical text and the same speaker. Two
quotes are linked only when the words they share cover at least half of the shorter one (a
quote inside a longer one is covered whole): a stock phrase shared by two unrelated quotes is
no link. A link between outlets corroborates what was said, even when the articles word their
reports differently; it gives a quote a speaker only when its own article names none at all,
and never overrides the speaker the article itself gives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from communique.merge._corpus import Corpus
from communique.merge.entities import EntityIndex
from communique.model import content_id
from communique.model.quotes import Quote
from communique.model.story import StoryQuote

_WORD = re.compile(r"[^\W_]+")
_GRAM = 5
# A 5-gram shared by more quotes than this is a stock phrase, not a shared quotation.
_MAX_BUCKET = 200
# Share of the shorter quote's words that the shared 5-grams must cover.
_MIN_COVER = 0.5


def _words(text: str) -> list[str]:
    """Lower-cased words of a quote, punctuation and quotation marks ignored."""
    return [w.lower() for w in _WORD.findall(text)]


def _keys(words: list[str]) -> set[tuple[str, ...]]:
    """The word n-grams a quote is indexed under."""
    if len(words) < _GRAM:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _GRAM]) for i in range(len(words) - _GRAM + 1)}


def _story_quote(doc_id: str, quote: Quote, corpus: Corpus, entities: EntityIndex) -> StoryQuote:
    """A story quote for one article's quote."""
    speaker = entities.id_of(doc_id, quote.speaker_text)
    published = corpus.published(doc_id)
    return StoryQuote(
        id=content_id("q_", doc_id, str(quote.start), str(quote.end)),
        speaker=speaker,
        speaker_text=quote.speaker_text,
        text=quote.text,
        kind=quote.kind.value,
        cue=quote.cue,
        channel=quote.channel,
        relay=quote.relay,
        date=published.isoformat() if published else None,
        evidence=(corpus.evidence(doc_id, quote.start, quote.end),),
    )


def build_quotes(corpus: Corpus, entities: EntityIndex) -> list[StoryQuote]:
    """Every quote of the corpus, with links between the same words in different articles."""
    quotes: list[StoryQuote] = []
    texts = _Texts()
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        for quote in annotations.quotes if annotations else ():
            texts.add(len(quotes), quote.text)
            quotes.append(_story_quote(doc_id, quote, corpus, entities))
    links = _links(quotes, texts)
    return [_linked(q, [quotes[j] for j in sorted(links[i])]) for i, q in enumerate(quotes)]


class _Texts:
    """The quotes' distinct word sequences, each with its n-grams and the quotes that have it.

    A syndicated quote recurs word for word in many articles: its words are split, indexed and
    compared once, not once per article. ``sizes`` counts *quotes* per n-gram, as the stock
    phrase cut (:data:`_MAX_BUCKET`) is defined over quotes.
    """

    def __init__(self) -> None:
        self.ids: dict[tuple[str, ...], int] = {}
        self.words: list[list[str]] = []
        self.grams: list[set[tuple[str, ...]]] = []
        self.quotes: list[list[int]] = []
        self.of_quote: list[int] = []
        self.index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.sizes: dict[tuple[str, ...], int] = defaultdict(int)

    def add(self, quote: int, text: str) -> None:
        """Register quote number ``quote`` with its text."""
        words = _words(text)
        key = tuple(words)
        known = self.ids.get(key)
        if known is None:
            known = self.ids[key] = len(self.words)
            self.words.append(words)
            self.grams.append(_keys(words))
            self.quotes.append([])
            for gram in self.grams[known]:
                self.index[gram].append(known)
        self.quotes[known].append(quote)
        self.of_quote.append(known)
        for gram in self.grams[known]:
            self.sizes[gram] += 1

    def candidates(self, text: int) -> set[int]:
        """The distinct texts sharing an n-gram that is no stock phrase with ``text``."""
        found: set[int] = set()
        for gram in self.grams[text]:
            if self.sizes[gram] <= _MAX_BUCKET:
                found.update(self.index[gram])
        return found


def _links(quotes: list[StoryQuote], texts: _Texts) -> dict[int, set[int]]:
    """Which quotes (by position) are the same words in another article.

    Two quotes are compared when they share an n-gram that is no stock phrase; a short quote
    links only on identical words and the same speaker, a longer one when the shared n-grams
    cover enough of it. The cover depends on the two word sequences alone, so it is worked out
    once per pair of distinct texts.
    """
    links: dict[int, set[int]] = defaultdict(set)
    article = [q.evidence[0].article for q in quotes]
    covers: dict[tuple[int, int], bool] = {}
    for t, own in enumerate(texts.quotes):
        short_t = len(texts.words[t]) < _GRAM
        for u in texts.candidates(t):
            if u < t:
                continue  # each pair of texts once (t == u: copies of one text)
            short = short_t or len(texts.words[u]) < _GRAM
            if short and u != t:
                continue  # short quotes link on identical words only
            # Whether the texts cover each other, in the order their quotes come: (t, u) when
            # the quote of t comes first. Asked once per pair of texts, not per pair of quotes
            # (copies of one quote in a big story make millions of those).
            forward = backward = None
            for i in own:
                for j in texts.quotes[u]:
                    if i >= j and u == t:
                        continue
                    first, second = (i, j) if i < j else (j, i)
                    if article[first] == article[second]:
                        continue
                    if short:
                        if quotes[first].speaker != quotes[second].speaker:
                            continue
                    elif i < j:
                        if forward is None:
                            forward = _covered(texts, t, u, covers)
                        if not forward:
                            continue
                    else:
                        if backward is None:
                            backward = _covered(texts, u, t, covers)
                        if not backward:
                            continue
                    links[first].add(second)
                    links[second].add(first)
    return links


def _covered(texts: _Texts, first: int, second: int,
             covers: dict[tuple[int, int], bool]) -> bool:
    """Whether text ``first`` and text ``second`` (in the order their quotes come) share
    enough words to be one quote, remembered per ordered pair."""
    linked = covers.get((first, second))
    if linked is None:
        linked = covers[(first, second)] = _cover(
            texts.words[first], texts.words[second], texts.grams[first],
            texts.grams[second]) >= _MIN_COVER
    return linked


def _cover(a: list[str], b: list[str], a_grams: set[tuple[str, ...]] | None = None,
           b_grams: set[tuple[str, ...]] | None = None) -> float:
    """The share of the shorter quote's words inside 5-grams the longer one also has
    (``*_grams``: the quotes' 5-grams when already at hand)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    known = b_grams if len(a) <= len(b) else a_grams
    grams = known if known is not None else _keys(longer)
    covered: set[int] = set()
    for i in range(len(shorter) - _GRAM + 1):
        if tuple(shorter[i : i + _GRAM]) in grams:
            covered.update(range(i, i + _GRAM))
    return len(covered) / len(shorter) if shorter else 0.0


def _linked(quote: StoryQuote, others: list[StoryQuote]) -> StoryQuote:
    """``quote`` with its links, and the speaker its copies agree on when it has none."""
    if not others:
        return quote
    speaker, speaker_text = quote.speaker, quote.speaker_text
    if speaker is None and speaker_text is None:  # the article's own speaker always stands
        named = {o.speaker for o in others if o.speaker}
        if len(named) == 1:
            speaker = named.pop()
            speaker_text = next(o.speaker_text for o in others if o.speaker == speaker)
    return replace(
        quote, speaker=speaker, speaker_text=speaker_text, also_in=tuple(o.id for o in others)
    )
