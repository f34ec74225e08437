"""Word lists the claim extractor reads: speech verbs, hedges, round nouns.

General English only; nothing here names a party or a story.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "say", "tell", "state", "claim", "announce", "confirm", "note", "indicate", "add",
    "insist", "warn", "argue", "suggest", "write", "declare", "assert", "acknowledge",
    "explain", "stress", "emphasize", "emphasise", "reiterate", "admit", "deny", "express",
    "describe", "believe", "think", "signal", "reveal", "predict", "estimate",
})
"""Verbs that report what someone says or thinks: a number under them is attributed."""

REPORT_VERBS = frozenset({"report", "cite", "publish", "quote"})
"""Verbs with which an outlet credits its own reporting (``Reuters reported``)."""

SPEECH_NOUNS = frozenset({
    "remark", "remarks", "speech", "address", "interview", "statement", "appearance",
    "comment", "briefing", "conference", "post", "message", "letter", "call",
})
"""Nouns for an act of speaking: a date attached to them dates a statement, not a fact."""

HEDGES = frozenset({
    "reportedly", "likely", "unlikely", "may", "might", "could", "possibly", "probably",
    "apparently", "allegedly", "perhaps", "expected", "estimated", "believed", "seemingly",
})
"""Words that make the sentence's statement uncertain."""

ROUND_NOUNS = frozenset({
    "round", "meeting", "session", "set", "summit", "talk", "phase", "edition", "sitting",
    "negotiation",
})
"""Nouns an ordinal numbers as a round of a process (*third round*, *second meeting*)."""

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "next": 0,
}
"""Ordinal words; ``next`` is kept out by its value 0 (a relative, not a number)."""

# Verbs of a head count of people harmed or moved (lemmas): "killing one soldier and wounding
# eight" states two figures of one clause, each a fact of its own.
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt", "displace", "evacuate", "flee",
                            "detain", "capture", "arrest", "die"})
CASUALTY_STEMS = ("dead", "kill", "wound", "injur", "hurt", "displac", "evacu", "detain",
                  "captur", "arrest", "died")
"""How the word after a number begins when it counts casualties (``200 injured``)."""
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
"""Negation words the parser attaches as ``neg`` (or as determiners of the object)."""

QUOTE_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"))
"""Opening/closing quotation marks whose content is someone's words, not the article's."""
