"""Is a word ordinary English? Answered from the pipeline's own lemmatizer tables.

The rule lemmatizer of the English pipelines ships WordNet's word index (nouns, verbs,
adjectives, adverbs). A capitalized word that is also an ordinary verb, adjective or adverb
("Watch", "Next", "Trilateral") is a heading word, not a name; proper names ("Lindhaven") appear
there only as nouns, so nouns alone never make a word ordinary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

_NON_NOUN_POS = ("verb", "adj", "adv")


class CommonWords:
    """Membership in the lemmatizer's verb/adjective/adverb index, plus stop words."""

    def __init__(self, words: frozenset[str], nouns: frozenset[str] = frozenset()) -> None:
        self._words = words
        self._nouns = nouns

    def is_noun(self, token: Token) -> bool:
        """Whether ``token`` (any case, singular or plural) is in the noun index."""
        return any(form in self._nouns for form in _base_forms(token.lower_))

    def is_common(self, token: Token) -> bool:
        """Whether ``token`` (any case) is an ordinary non-noun word or a stop word."""
        if token.is_stop:
            return True
        return any(form in self._words for form in _base_forms(token.lower_)) or (
            token.lemma_.lower() in self._words
        )


def _base_forms(word: str) -> tuple[str, ...]:
    """``word`` and its likely singular / base forms (the index holds base forms only).

    A capitalized word is tagged PROPN and keeps its surface form as lemma, so the plural
    ``Talks`` has to be reduced by hand.
    """
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms.extend((word[:-2], word[:-1]))
    return tuple(forms)


def _index_words(nlp: Language, parts: tuple[str, ...]) -> frozenset[str]:
    """Words of the given parts of speech from the lemmatizer's ``lemma_index`` table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in parts:
        key = nlp.vocab.strings.add(pos)
        if key in index:
            words.update(str(w) for w in index[key])
    return frozenset(words)


def common_words(nlp: Language) -> CommonWords:
    """The :class:`CommonWords` of ``nlp``; empty (nothing common but stop words) if no tables."""
    return CommonWords(_index_words(nlp, _NON_NOUN_POS), _index_words(nlp, ("noun",)))
