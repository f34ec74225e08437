"""The role phrases participant contradictions are read with: who mediated, observed, signed,
witnessed, chaired or headed a delegation; the words that make a phrase a plan, a wish or a
denial; what may join the names of several holders. The shapes are here, the words of each
language in its ``lang/<code>/conflict_phrases.json`` (:mod:`communique.lang._phrases`);
:mod:`communique.merge._role_holders` applies them."""

from __future__ import annotations

import re

from communique.lang._phrases import alternation

MEDIATOR, OBSERVER, SIGNER, WITNESS = "mediator", "observer", "signer", "witness"
CHAIR, HEAD, MEMBER = "chair", "head", "member"

_CO = r"(?:co-?)?"
# Role phrases whose holders come after them ("mediated by X"), each phrase with its bounds.
AFTER = (
    (MEDIATOR, re.compile(alternation("mediated_by"), re.IGNORECASE)),
    (SIGNER, re.compile(alternation("signed_by"), re.IGNORECASE)),
    (WITNESS, re.compile(alternation("witnessed_by"), re.IGNORECASE)),
    (CHAIR, re.compile(alternation("chaired_by"), re.IGNORECASE)),
)
# A day between a holder and its verb ("Veldra on Monday signed").
_WHEN = (r"(?:\s+(?:on\s+|this\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
         r"sunday|today|yesterday))?")
# What a participation verb may take before its "as" ("attended the talks as an observer").
_OBJECT = (r"(?:\s+(?:in\s+)?(?:the|these|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
           r"negotiations|ceremony|signing|sessions?|discussions|summit))?")
_AS = rf"\s+{alternation('role_as')}\s*"
_A = rf"(?:{alternation('role_articles')}\s+)?"
_MEDIATOR = alternation("mediator_nouns")
_WITNESS = alternation("witness_nouns")
# Role phrases whose holders come before them ("X signed", "X as observer").
BEFORE = (
    (MEDIATOR, re.compile(
        rf"^[-‑–](?:brokered|mediated)\b|"
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+|jointly\s+)?(?:served|serving|acted|acting|"
        rf"were|was|are|is)?)?{_AS}{_A}(?:joint\s+|main\s+|chief\s+)?{_CO}{_MEDIATOR}\b|"
        # an apposition: "Tirasol, the mediator, said", "du Tirasol, également médiateur"
        rf"^,\s+(?:{alternation('apposition_also')}\s+)?{_A}(?:main\s+|chief\s+)?"
        rf"{_CO}{_MEDIATOR}\b(?!\s+{alternation('role_noun_links')}\b)|"
        rf"^,?{_WHEN}\s+(?:also\s+|jointly\s+)?(?:mediated|brokered)\b", re.IGNORECASE)),
    (OBSERVER, re.compile(
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+)?(?:attended|attending|participated|"
        rf"participating|took\s+part|taking\s+part|present|sat\s+in|joined|joining|served|"
        rf"serving|were|was|are|is)?{_OBJECT})?{_AS}{_A}{alternation('observer_nouns')}\b",
        re.IGNORECASE)),
    (SIGNER, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+|formally\s+|jointly\s+|officially\s+)?(?:signed|inked)\b"
        rf"(?!\s+by|{_AS}{_A}{_WITNESS})", re.IGNORECASE)),
    (WITNESS, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+)?(?:witnessed|looked\s+on\s+as|"
        rf"(?:oversaw|presided\s+over|hosted)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:signing|ceremony)|(?:also\s+)?signed{_AS}{_A}witness)\b|"
        rf"^,?\s+{alternation('witness_signing')}{_AS}{_A}{_WITNESS}\b|"
        rf"^{_AS}{_A}{_WITNESS}\b", re.IGNORECASE)),
    (CHAIR, re.compile(rf"^,?{_WHEN}\s+(?:chaired|presided\s+over)\b(?!\s+the\s+signing)",
                       re.IGNORECASE)),
)
# Head of a party's delegation, the holders after the phrase ("Veldra's delegation was led by
# X", "the head of the Veldran delegation, X") or before it ("X headed the Veldran team"); a
# technical or expert team is not the delegation: only a negotiating team is.
HEAD_AFTER = re.compile(alternation("head_after"), re.IGNORECASE)
# Who a head of delegation has with them, on the same side ("X, accompanied by Y and Z").
ACCOMPANIED = re.compile(
    rf",?\s*(?:{alternation('accompanied_relatives')}\s+)?{alternation('accompanied_words')}"
    rf"\s+(?:{alternation('accompanied_links')}\s+)*", re.IGNORECASE)
HEAD_BEFORE = re.compile(
    rf",?{_WHEN}\s+(?:also\s+)?(?:led|headed)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w/'’-]+\s+){0,3}?(?:delegation|negotiating\s+team|bench)\b", re.IGNORECASE)
# Words before a role phrase that make it a plan, a wish, a denial or a condition.
NOT_A_REPORT = re.compile(
    r"\b(?:not|no|never|n't|nor|neither|without|refus\w*|reject\w*|denie[sd]|deny\w*|if|unless|"
    r"will|would|could|may|might|shall|should|expected|expects?|set\s+to|scheduled|due\s+to|"
    r"plans?|planned|planning|intends?|aims?|hopes?|want\w*|ready|willing|whether|"
    r"(?:is|are|was|were|going|about|agreed|ought)\s+to|"
    r"before|upcoming|invited|invite[sd]?|offer\w*|propos\w*|ask\w*)\b",
    re.IGNORECASE)
# A sentence that speaks of a plan anywhere ("as observers at the upcoming meeting") reports
# no role held.
PLAN = re.compile(rf"\b{alternation('role_plan_words')}\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:()\[\]]|\s[-–—]\s|,\s+(?:while|but|and\s+(?:the|a)\b|which|who)\b")
# Title words (lower-case in many languages and styles) that may stand before a name.
_TITLES = alternation("holder_titles")
_ARTICLES = alternation("name_articles")
# What may stand between two holders of one run: commas, "and", title words, a role noun and
# the place it serves in ("the Veldran and Korvanian ambassadors to Tirasol").
JOIN = re.compile(
    r"^(?:[\s,]|\([^()]{1,15}\)|['’]|[A-Z][\w.'’-]*+|"
    rf"\b{alternation('conjunctions', 'join_words', 'name_articles', 'holder_titles')}\b"
    rf"|\b{alternation('holder_nouns')}\b)*+$")
# What may stand between a role phrase and the run of holders after it (a title, "the").
LEAD = re.compile(
    rf"^(?:[\s,-]|\b(?i:{_ARTICLES}|{_TITLES}|and|both)\b|[A-Z][\w.'’-]*+|['’]s?)*+$")
RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;()]{1,50},")
# A definite title standing alone for its bearer ("the president signed").
THE_TITLE = re.compile(r"\b[Tt]he\s+(?P<title>(?:[a-z-]+\s+){0,2}?(?:president|prime\s+minister|"
                        r"minister|secretary(?:\s+of\s+state)?|chancellor|king|emir|envoy))\b")
# A name right after one of these words is where a holder serves, not a holder.
COMPLEMENT = re.compile(r"\b(?:to|in|at|from|for)\s*$", re.IGNORECASE)

# The rank of those who signed for both sides, named by their office in the plural ("the
# foreign ministers of Veldra and Korvania signed", "die Präsidenten beider Länder
# unterzeichneten"): heads of state or government, or ministers. A deputy's title is neither.
HEAD_OF_STATE, MINISTER = "heads of state or government", "ministers"
RANK = re.compile(
    rf"\b(?:(?P<deputy>{alternation('deputy_words')})\s+)?"
    rf"(?:(?P<head>{alternation('rank_heads')})|(?<!prime\s)(?<!premier\s)"
    rf"(?P<minister>{alternation('rank_ministers')}))\b",
    re.IGNORECASE)
# Within a few words after the office, what makes it both sides' ("of Veldra and Korvania",
# "of both countries", "beider Länder", "des deux pays").
BOTH_SIDES = re.compile(
    rf"[^.;:]{{0,60}}?(?:\b{alternation('both_sides_words')}\b"
    rf"|\s{alternation('conjunctions')}\s)", re.IGNORECASE)
_THE = rf"(?:{alternation('plural_articles')}\s+)?"
# A signing verb right after the office's holders ("the ministers ... signed"), and one that
# takes them after it ("signed by the ministers", "von den Außenministern ... unterzeichnet").
SIGNED_AFTER = re.compile(
    rf"\b{alternation('signed_verbs')}\b(?!{_AS}{_A}{_WITNESS})", re.IGNORECASE)
SIGNED_BY = re.compile(rf"\b{alternation('signed_by_agents')}\s+{_THE}$", re.IGNORECASE)
FINAL_PASSIVE = re.compile(rf"\b{alternation('final_passive_signed')}\b", re.IGNORECASE)
# Words before an office that make it no subject ("in the presence of the ministers").
NOT_SUBJECT = re.compile(rf"\b{alternation('object_prepositions')}\s+{_THE}$", re.IGNORECASE)
# Between a party's name and a person's: one to three lower-case title words ("Veldran
# foreign minister X", "Korvania field commander X"), nothing else.
TITLE_GAP = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+")
