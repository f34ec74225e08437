"""Quoted words whose speaker the next words name through a noun for them.

``“We will fight to the end.” That was the message from Ramiro Santos``, ``“…,” were the
words of Ana Tavares``, ``“…” ¶ Santos made the remarks at a rally``: with no speech cue, the
sentence right after the quote (or the rest of the quote's own sentence) refers back to the
words with a definite noun for something said, and names their owner by ``of``/``from``/``by``,
a possessive, or as the subject of the verb that delivered them. The noun must be what the
sentence says the words were (``That was the message``) or what someone delivered (``made the
remarks``): ``rejected the claims of the rebels`` speaks of other words.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._attribution import Attribution
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import SPEECH_NOUNS
from communique.extract.quotes._marks import Marked
from communique.extract.quotes._people import People
from communique.extract.quotes._speakers import speaker_from, subject_of

WORDS_NOUNS = SPEECH_NOUNS | frozenset({"word", "words", "message", "remark", "appeal", "plea"})
"""Nouns for words said that can refer back to a quotation (``the words``, ``the remarks``)."""
_POINTING = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})
_DELIVERING = frozenset({"make", "deliver", "give", "issue", "utter", "send", "post", "write",
                         "offer", "repeat"})
"""Verbs by which a speaker delivers the words the noun stands for (``made the remarks``)."""


def words_named_after(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """The owner the words after a cue-less quote give it, or ``None``."""
    if m.close_mark is None or m.close_mark + 1 >= len(ctx.text):
        return None
    first = ctx.first_token(m.close_mark + 1)
    sent = ctx.sents[ctx.sent_of[first]]
    end = sent.end
    if sent.start_char <= m.open_mark and end < len(ctx.doc) and \
            not any(t.is_alpha for t in ctx.doc[first:end]):
        end = ctx.sents[ctx.sent_of[end]].end  # the quote ends its sentence: the next one
    for token in ctx.doc[first:end]:
        if token.pos_ != "NOUN" or ctx.quoted(token) or (
                token.lemma_.lower() not in WORDS_NOUNS and token.lower_ not in WORDS_NOUNS):
            continue
        if not any(c.lower_ in _POINTING for c in token.children if c.i < token.i):
            continue
        copula = token.dep_ in ("attr", "nsubj") and token.head.lemma_ == "be"
        if not copula and not _delivered(token):
            continue  # ``rejected the claims of the rebels``: other words, not these
        owner = _owner(token)
        if owner is None:
            continue
        speaker = speaker_from(ctx, people, owner)
        if speaker.start is not None:
            return Attribution(speaker, token.lemma_.lower())
    return None


def _delivered(noun: Token) -> bool:
    """Whether a noun is the object of a verb that delivers words (``made the remarks``)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING


def _owner(noun: Token) -> Token | None:
    """Whose words a noun says they are: its ``of``/``from``/``by`` object or possessive
    (a name), or the subject of the verb that delivered them."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    if _delivered(noun):
        subj = subject_of(noun.head)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.i != noun.i:
            return subj
    return None
