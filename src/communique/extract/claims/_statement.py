"""A claim as a self-contained statement: the clause that asserts it, and how it reads.

A number often sits in a piece of a sentence that asserts nothing by itself: an infinitive
(``Trump to pause a 25 percent tariff``: something asked for), a participle modifying a noun
(``places invaded by thousands``), a clause that opens with ``that``, ``because`` or ``while``.
The claim is then read from the clause that does assert it, its opening word dropped and a
pronoun subject replaced by what it refers to; a condition (``if``, ``unless``, ``whether``)
asserts nothing and gives no claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.claims._structure import clause_verb

CONDITIONS = frozenset({"whether", "if", "unless"})
"""Subordinators of clauses that state a condition or a question, never a fact."""
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
RELATIVE_SUBJECTS = _RELATIVE
_OPENING_ADVERBS = frozenset({"when", "while", "as", "just", "once", "where", "so", "then"})
_MAX_CLIMB = 4


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive (``to pause``)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _finite(verb: Token) -> bool:
    """Whether ``verb`` is finite: a finite form, or an auxiliary other than ``to``.

    A subject alone does not make a clause finite: ``with troops killing six people`` and
    ``X having won the election`` assert nothing by themselves.
    """
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def _modifier(verb: Token) -> bool:
    """An infinitive or a participle hanging on another word: it asserts nothing alone."""
    if verb.head.i == verb.i:
        return False
    return _infinitive(verb) or not _finite(verb)


def asserting_verb(verb: Token) -> Token:
    """The verb of the clause that asserts what ``verb``'s clause says (``verb`` itself when it
    is finite): ``MPs backed a motion to delay Brexit`` for ``delay``."""
    for _ in range(_MAX_CLIMB):
        if not _modifier(verb):
            return verb
        verb = clause_verb(verb.head)
    return verb


def conditional(verb: Token) -> bool:
    """Whether ``verb``'s clause is a condition or an indirect question."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


def statement_words(words: list[Token]) -> list[Token]:
    """The clause's words without what opens it as a piece of a longer sentence.

    Drops leading punctuation, subordinators and conjunctions (``that``, ``because``,
    ``and``), a relative pronoun standing for the subject, and an infinitive's ``to``.
    """
    start = 0
    while start < len(words):
        token = words[start]
        relative = token.lower_ in _RELATIVE and token.dep_ in ("nsubj", "nsubjpass", "mark")
        infinitive = token.tag_ == "TO" and token.dep_ == "aux"
        adverb = token.dep_ == "advmod" and token.lower_ in _OPENING_ADVERBS
        if token.is_punct or token.is_space or token.dep_ in ("mark", "cc") or relative \
                or infinitive or adverb:
            start += 1
            continue
        break
    return words[start:]


def render(words: list[Token], replace: dict[int, str]) -> str:
    """The words as text, tokens in ``replace`` (index → words) swapped for other words."""
    parts = [(replace[t.i] + t.whitespace_) if t.i in replace else t.text_with_ws for t in words]
    text = "".join(parts).strip().rstrip(".,;:").strip()
    return " ".join(text.split())
