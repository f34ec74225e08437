"""Which country a city lies in when articles state it (``Lindhaven, Veldra``): the link most
articles state, so that one article's misreading does not move the city.

Fictional names; each test checks one mechanism.
"""

from __future__ import annotations

from communique.merge import Corpus

from support.synthetic import annotations, doc


def _corpus(*links: tuple[tuple[str, str], ...]) -> Corpus:
    docs = [doc(f"p{i}", "Talks.", f"p{i}.example", "2031-05-10") for i in range(len(links))]
    anns = [annotations(f"p{i}", "Talks.", places=found) for i, found in enumerate(links)]
    return Corpus(docs, anns)


def test_the_link_most_articles_state_wins() -> None:
    corpus = _corpus((("Lindhaven", "Korvania"),), (("Lindhaven", "Veldra"),),
                     (("Lindhaven", "Veldra"),))
    assert corpus.place_countries() == {"Lindhaven": "Veldra"}


def test_among_equals_the_first_stated_link_wins() -> None:
    corpus = _corpus((("Lindhaven", "Korvania"),), (("Lindhaven", "Veldra"),))
    assert corpus.place_countries() == {"Lindhaven": "Korvania"}


def test_one_article_stating_a_link_twice_counts_once() -> None:
    corpus = _corpus((("Lindhaven", "Korvania"), ("Lindhaven", "Korvania")),
                     (("Lindhaven", "Veldra"),), (("Lindhaven", "Veldra"),))
    assert corpus.place_countries() == {"Lindhaven": "Veldra"}
