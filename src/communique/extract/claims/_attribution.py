"""Who an article credits with a claim: *according to X*, *X reported*, *X said that*.

Attribution is read from the parse: an ``according to`` phrase anywhere in the sentence, or a
speech/report verb above the claim's verb whose subject is the source.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from communique.extract._sentences import span_text
from communique.extract.claims._lexicon import REPORT_VERBS, SPEECH_VERBS
from communique.extract.claims._structure import antecedent, noun_phrase, subject_text

# Clausal links only: a verb inside a noun's modifier ("talks scheduled for May") is the
# article's own statement even when the noun is the object of a speech verb.
_CLIMB = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "pcomp", "prep"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source and how the article credits it."""

    source: str | None
    kind: str
    verb: Token | None = None
    """The reporting verb (``said``, ``reported``), when there is one."""


NONE = Attribution(None, "none")


def according_to(sentence: Span) -> Attribution | None:
    """``according to X`` in the sentence, with X's noun phrase."""
    if "according" not in span_text(sentence).lower():  # spares the pass over the tokens
        return None
    for token in sentence:
        if token.lower_ != "according":
            continue
        for to in token.children:
            if to.lower_ != "to":
                continue
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return Attribution(_name(objects[0]), "according_to", token)
    return None


def reporting_verb(verb: Token) -> Attribution | None:
    """A speech or report verb above ``verb`` (not ``verb`` itself) with its subject."""
    current = verb
    for _ in range(8):  # WHY: bounded climb; reporting clauses sit at most a few levels up
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None
        current = current.head
        lemma = current.lemma_.lower()
        if lemma in REPORT_VERBS or lemma in SPEECH_VERBS:
            subject = _own_subject(current)
            if subject is None:
                continue  # WHY: "…, suggesting X" borrows its subject; the source is higher up
            kind = "reported" if lemma in REPORT_VERBS else "said"
            return Attribution(_name(subject), kind, current)
    return None


def _own_subject(verb: Token) -> Token | None:
    """The subject written in ``verb``'s own clause (not borrowed from above)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def attribution_for(sentence: Span, verb: Token) -> Attribution:
    """How the sentence credits the claim whose clause verb is ``verb``."""
    return according_to(sentence) or reporting_verb(verb) or NONE


def _name(token: Token) -> str:
    """The source's words: its noun phrase without a leading article; a pronoun resolved."""
    if token.pos_ == "PRON":
        return antecedent(token) or token.text
    return subject_text(token).text if token.pos_ != "PROPN" else _proper(token)


def _proper(token: Token) -> str:
    """A proper-noun source with its compounds (``Fox News``, ``Radio Free Europe``)."""
    phrase = noun_phrase(token)
    words = [t for t in phrase if t.lower_ not in ("the", "a", "an")]
    return " ".join(t.text for t in words) if words else token.text

