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
    words: list[list[str]] = []
    grams: list[set[tuple[str, ...]]] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        for quote in annotations.quotes if annotations else ():
            made = _story_quote(doc_id, quote, corpus, entities)
            words.append(_words(quote.text))
            grams.append(_keys(words[-1]))
            for key in grams[-1]:
                index[key].append(len(quotes))
            quotes.append(made)
    links: dict[int, set[int]] = defaultdict(set)
    short = [len(w) < _GRAM for w in words]
    article = [q.evidence[0].article for q in quotes]
    checked: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > _MAX_BUCKET:
            continue
        for i in members:
            for j in members:
                if i >= j or article[i] == article[j] or (i, j) in checked:
                    continue
                checked.add((i, j))
                if short[i] or short[j]:
                    if words[i] != words[j] or quotes[i].speaker != quotes[j].speaker:
                        continue
                elif _cover(words[i], words[j], grams[i], grams[j]) < _MIN_COVER:
                    continue
                links[i].add(j)
                links[j].add(i)
    return [_linked(q, [quotes[j] for j in sorted(links[i])]) for i, q in enumerate(quotes)]


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
