"""Grammatical gender of the people of one article, read from the article itself.

No list of first names: the evidence is what English writes around a name — an honorific
(``Mr``, ``Mrs``), a gendered noun in the title or an apposition (``spokeswoman``, ``the
king``), and the possessive or personal pronoun that refers back to a name in a sentence that
names no other person (``Johnson told his party …``). Votes are summed per person; a person
with no evidence, or with as much for one side as for the other, has no gender and agrees with
any pronoun.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

MALE = "m"
FEMALE = "f"

HONORIFICS = {
    "mr": MALE, "mr.": MALE, "sir": MALE, "lord": MALE, "king": MALE, "prince": MALE,
    "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE, "ms.": FEMALE, "miss": FEMALE,
    "lady": FEMALE, "dame": FEMALE, "queen": FEMALE, "princess": FEMALE,
}
"""Words written right before a name that fix its gender."""

GENDERED_NOUNS = {
    "spokesman": MALE, "chairman": MALE, "congressman": MALE, "businessman": MALE,
    "king": MALE, "prince": MALE, "father": MALE, "son": MALE, "husband": MALE,
    "brother": MALE, "man": MALE, "boy": MALE, "uncle": MALE, "nephew": MALE,
    "grandfather": MALE, "duke": MALE, "emperor": MALE, "sultan": MALE, "emir": MALE,
    "spokeswoman": FEMALE, "chairwoman": FEMALE, "congresswoman": FEMALE,
    "businesswoman": FEMALE, "queen": FEMALE, "princess": FEMALE, "mother": FEMALE,
    "daughter": FEMALE, "wife": FEMALE, "sister": FEMALE, "woman": FEMALE, "girl": FEMALE,
    "aunt": FEMALE, "niece": FEMALE, "grandmother": FEMALE, "duchess": FEMALE,
    "empress": FEMALE,
}
"""Nouns of a title or apposition that say which gender their holder has."""

PRONOUN_GENDER = {
    "he": MALE, "him": MALE, "his": MALE, "himself": MALE,
    "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
}


class Genders:
    """Votes for each person key; :meth:`of` gives the winner or ``None``."""

    def __init__(self) -> None:
        self._votes: dict[str, Counter[str]] = {}

    def vote(self, key: str, gender: str | None, weight: int = 1) -> None:
        """Add ``weight`` votes for ``gender`` (nothing when it is ``None``)."""
        if gender is not None:
            self._votes.setdefault(key, Counter())[gender] += weight

    def forget(self, key: str) -> None:
        """Drop the votes for ``key``: they may be two people's (a couple sharing a
        surname), so the key has no gender."""
        self._votes.pop(key, None)

    def of(self, key: str) -> str | None:
        """The gender with strictly more votes, or ``None``."""
        votes = self._votes.get(key)
        if not votes:
            return None
        ranked = votes.most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def agrees(self, key: str, pronoun: str) -> bool:
        """Whether person ``key`` may be what ``pronoun`` refers to."""
        wanted = PRONOUN_GENDER.get(pronoun)
        known = self.of(key)
        return wanted is None or known is None or known == wanted


def honorific_before(first: Token) -> str | None:
    """The gender an honorific right before (or opening) a name gives (``Mrs May``)."""
    if first.lower_ in HONORIFICS:
        return HONORIFICS[first.lower_]
    if first.i == 0:
        return None
    prev = first.doc[first.i - 1]
    if prev.text == "." and first.i >= 2:
        prev = first.doc[first.i - 2]
    return HONORIFICS.get(prev.lower_)


def nouns_gender(words: set[str]) -> str | None:
    """The gender of a set of title words, when they say one (and only one)."""
    found = {GENDERED_NOUNS[w] for w in words if w in GENDERED_NOUNS}
    return found.pop() if len(found) == 1 else None


def pronoun_after(tokens: list[Token], start: int, quoted: list[bool]) -> str | None:
    """Gender of the first personal or possessive pronoun among ``tokens`` after index ``start``,
    outside quotation marks (a quoted ``I``/``he`` belongs to the speaker's own words)."""
    for token in tokens:
        if token.i <= start or quoted[token.i] or _object_of_own_verb(token, start):
            continue
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is not None:
            return gender
    return None


_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


def _object_of_own_verb(pronoun: Token, subject: int) -> bool:
    """``Ost praised her``, ``Ost spoke with him``: an object pronoun of the verb whose
    subject is the name is someone else (it would be ``herself`` otherwise), so it says
    nothing of the name's gender."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in _OBJECT_DEPS:
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return any(c.i == subject for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
