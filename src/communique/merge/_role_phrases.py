"""The role phrases participant contradictions are read with, in English, French, Spanish,
Portuguese and German: who mediated, observed, signed, witnessed, chaired or headed a
delegation; the words that make a phrase a plan, a wish or a denial; what may join the names of
several holders. Data only: :mod:`communique.merge._role_holders` applies them."""

from __future__ import annotations

import re

MEDIATOR, OBSERVER, SIGNER, WITNESS = "mediator", "observer", "signer", "witness"
CHAIR, HEAD, MEMBER = "chair", "head", "member"

_CO = r"(?:co-?)?"
# Role phrases whose holders come after them ("mediated by X").
AFTER = (
    (MEDIATOR, re.compile(
        r"\b(?:mediated|brokered|facilitated)\s+by\b|"
        rf"\b(?:the\s+)?{_CO}mediation\s+(?:of|by)\b|"
        # French, Spanish, Portuguese, German
        r"\bm[ée]di[ée](?:e|s|es)?\s+par\b|\bsous\s+(?:la\s+)?m[ée]diation\s+(?:de|du|des)\b|"
        r"\bmediad[oa]s?\s+por\b|\bbajo\s+(?:la\s+)?mediaci[oó]n\s+de\b|"
        r"\bmediad[oa]s?\s+pel[oa]s?\b|\bvermittelt\s+(?:von|durch)\b|"
        r"\bunter\s+(?:der\s+)?Vermittlung\s+(?:von|des|der)\b", re.IGNORECASE)),
    (SIGNER, re.compile(
        r"\b(?:signed|inked)\s+by\b(?!\s+(?:both|the\s+two|all))|\bsign[ée](?:e|s|es)?\s+par\b|"
        r"\bfirmad[oa]s?\s+por\b|\bassinad[oa]s?\s+por\b|\bunterzeichnet\s+von\b",
        re.IGNORECASE)),
    (WITNESS, re.compile(
        r"\b(?:witnessed|overseen)\s+by\b|\bin\s+the\s+presence\s+of\b|"
        r"\ben\s+pr[ée]sence\s+(?:de|du|des)\b|\ben\s+presencia\s+de(?:l)?\b|"
        r"\bna\s+presen[çc]a\s+d[eoa]s?\b|\bin\s+(?:Anwesenheit|Gegenwart)\s+(?:von|des|der)\b|"
        r"\bim\s+Beisein\s+(?:von|des|der)\b", re.IGNORECASE)),
    (CHAIR, re.compile(
        r"(?<![-\w])(?:chaired|presided(?:\s+over)?)\s+by\b|\bpr[ée]sid[ée](?:e|s|es)?\s+par\b|"
        r"\bsous\s+la\s+pr[ée]sidence\s+(?:de|du)\b|\bpresidid[oa]s?\s+por\b|"
        r"\bbajo\s+la\s+presidencia\s+de(?:l)?\b|\bunter\s+(?:dem\s+)?Vorsitz\s+(?:von|des|der)\b",
        re.IGNORECASE)),
)
# A day between a holder and its verb ("Veldra on Monday signed").
_WHEN = (r"(?:\s+(?:on\s+|this\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
         r"sunday|today|yesterday))?")
# What a participation verb may take before its "as" ("attended the talks as an observer").
_OBJECT = (r"(?:\s+(?:in\s+)?(?:the|these|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
           r"negotiations|ceremony|signing|sessions?|discussions|summit))?")
_AS = r"\s+(?:as|comme|en\s+tant\s+que|en\s+qualit[ée]\s+d['’]|como|en\s+calidad\s+de|als)\s*"
_A = r"(?:an?\s+|the\s+|un\s+|une\s+|uno?\s+|una\s+|des\s+|los\s+|las\s+)?"
_MEDIATOR = (r"(?:mediators?|facilitators?|intermediar(?:y|ies)|m[ée]diat(?:eur|rice)s?|"
             r"facilitat(?:eur|rice)s?|mediador(?:es|as?)?|Vermittler)")
# Role phrases whose holders come before them ("X signed", "X as observer").
BEFORE = (
    (MEDIATOR, re.compile(
        rf"^[-‑–](?:brokered|mediated)\b|"
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+|jointly\s+)?(?:served|serving|acted|acting|"
        rf"were|was|are|is)?)?{_AS}{_A}(?:joint\s+|main\s+|chief\s+)?{_CO}{_MEDIATOR}\b|"
        # an apposition: "Tirasol, the mediator, said", "du Tirasol, également médiateur"
        rf"^,\s+(?:(?:also|itself|également|aussi|también)\s+)?{_A}(?:main\s+|chief\s+)?"
        rf"{_CO}{_MEDIATOR}\b(?!\s+(?:of|for|in|de|du|des)\b)|"
        rf"^,?{_WHEN}\s+(?:also\s+|jointly\s+)?(?:mediated|brokered)\b", re.IGNORECASE)),
    (OBSERVER, re.compile(
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+)?(?:attended|attending|participated|"
        rf"participating|took\s+part|taking\s+part|present|sat\s+in|joined|joining|served|"
        rf"serving|were|was|are|is)?{_OBJECT})?{_AS}{_A}(?:observers?|observat(?:eur|rice)s?|"
        rf"observador(?:es|as?)?|Beobachter)\b", re.IGNORECASE)),
    (SIGNER, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+|formally\s+|jointly\s+|officially\s+)?(?:signed|inked)\b"
        rf"(?!\s+by|{_AS}{_A}(?:witness|t[ée]moin|testigo))", re.IGNORECASE)),
    (WITNESS, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+)?(?:witnessed|looked\s+on\s+as|"
        rf"(?:oversaw|presided\s+over|hosted)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:signing|ceremony)|(?:also\s+)?signed{_AS}{_A}witness)\b|"
        rf"^,?\s+(?:qui\s+)?(?:a\s+)?sign[ée]{_AS}{_A}t[ée]moin\b|"
        rf"^{_AS}{_A}(?:t[ée]moin|testigo|Zeuge)\b", re.IGNORECASE)),
    (CHAIR, re.compile(rf"^,?{_WHEN}\s+(?:chaired|presided\s+over)\b(?!\s+the\s+signing)",
                       re.IGNORECASE)),
)
# Head of a party's delegation, the holders after the phrase ("Veldra's delegation was led by
# X", "the head of the Veldran delegation, X") or before it ("X headed the Veldran team").
HEAD_AFTER = re.compile(
    # a technical or expert team is not the delegation: only a negotiating team is
    r"\b(?:delegations?|negotiating\s+team|side)\s+(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?:led|headed)\s+by\b|"
    r"\bheads?\s+of\s+(?:the\s+|its\s+)?(?:[\w/-]+\s+){0,4}?delegation\b,?|"
    r"\bd[ée]l[ée]gation\s+(?:[\w-]+\s+){0,3}?(?:conduite|dirig[ée]e|men[ée]e)\s+par\b|"
    r"\bchef\s+de\s+(?:la\s+)?d[ée]l[ée]gation\s+(?:[\w-]+\s+){0,3}?|"
    r"\bdelegaci[oó]n\s+(?:[\w-]+\s+){0,3}?(?:encabezada|liderada|dirigida)\s+por\b|"
    r"\bjefe\s+de\s+(?:la\s+)?delegaci[oó]n\s+(?:[\w-]+\s+){0,3}?|"
    # "À la tête de la délégation korvanienne, le vice-Premier ministre X", "Leading the Veldran
    # delegation are X, Y and Z"
    r"\b[àa]\s+la\s+t[êe]te\s+de\s+la\s+d[ée]l[ée]gation(?-i:(?:\s+[a-zà-ÿ-]+){0,2})|"
    r"\bleading\s+the\s+(?:[\w-]+\s+){0,2}delegation\s+(?:are|is|was|were)\b",
    re.IGNORECASE)
# Who a head of delegation has with them, on the same side ("X, accompanied by Y and Z").
ACCOMPANIED = re.compile(
    r",?\s*(?:who\s+was\s+|qui\s+[ée]tait\s+)?(?:accompanied|accompagn[ée]e?s?|"
    r"acompañad[oa]s?|acompanhad[oa]s?|begleitet)\s+(?:(?:notamment|notably|among\s+others|"
    r"by|par|de|du|des|d['’]|por|pel[oa]s?|von)\s+)*", re.IGNORECASE)
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
PLAN = re.compile(r"\b(?:upcoming|next\s+(?:week|month)|to\s+be|to\s+take\s+place|"
                   r"scheduled|expected|will|would|set\s+to|"
                   # the same in French, Spanish and German
                   r"devrai(?:en)?t|doi(?:ven)?t|sera|seront|va|vont|pr[ée]vue?s?|"
                   r"prochaine?|ser[áa]n?|deber[áa]n?|previst[oa]s?|pr[óo]xim[oa]|"
                   r"wird|werden|soll(?:en)?|geplant)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:()\[\]]|\s[-–—]\s|,\s+(?:while|but|and\s+(?:the|a)\b|which|who)\b")
# Title words (lower-case in many languages and styles) that may stand before a name.
_TITLES = (r"presidents?|presidente|pr[ée]sident|prime|ministers?|ministres?|ministro|secretary|"
           r"secr[ée]taire|secretario|foreign|state|affairs|[ée]tat|estado|exteriores|"
           r"[ée]trang[èe]res|deputy|vice|special|envoys?|senior|adviser|advisor|chancellor|"
           r"king|emir|general|counterparts?|ambassadors?|his|her|its|their")
_ARTICLES = r"the|of|le|la|les|du|des|de|au|aux|del|el|los|las|der|die|dem|den|des|von"
# What may stand between two holders of one run: commas, "and", title words, a role noun and
# the place it serves in ("the Veldran and Korvanian ambassadors to Tirasol").
JOIN = re.compile(
    r"^(?:[\s,]|\([^()]{1,15}\)|['’]|[A-Z][\w.'’-]*+|"
    r"\b(?:and|et|y|e|und|&|as\s+well\s+as|along\s+with|together\s+with|both|to|in|s|"
    rf"{_ARTICLES}|{_TITLES}|officials?|representatives?|delegations?|delegates?|leaders?|"
    r"diplomats?|heads?|governments?)\b)*+$")
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
_RANK_HEAD = (r"presidents|pr[äa]sidenten|pr[ée]sidents|presidentes|prime\s+ministers|"
              r"premiers\s+ministres|premierminister(?:n)?|primeros\s+ministros|"
              r"primeiros[-\s]ministros|heads\s+of\s+(?:state|government)|"
              r"chefs\s+d['’]\s*[ée]tat|staats-?\s*(?:und\s+regierungs)?chefs|regierungschefs|"
              r"jefes\s+de\s+(?:estado|gobierno)|chefes\s+de\s+(?:estado|governo)")
_RANK_MINISTER = (r"(?:foreign\s+)?ministers(?:\s+of\s+foreign\s+affairs)?|"
                  r"au(?:ß|ss)enminister(?:n)?|ministern|"
                  r"ministres(?:\s+des\s+affaires\s+[ée]trang[èe]res)?|chefs\s+de\s+(?:la\s+)?"
                  r"diplomatie|ministros(?:\s+(?:de|das|dos)\s+(?:relaciones\s+|rela[çc][õo]es\s+|"
                  r"neg[óo]cios\s+)?(?:exteriores|estrangeiros))?|cancilleres")
RANK = re.compile(
    rf"\b(?:(?P<deputy>deputy|vice|stellvertretende\w*|adjoints?|vice-?)\s+)?"
    rf"(?:(?P<head>{_RANK_HEAD})|(?<!prime\s)(?<!premier\s)(?P<minister>{_RANK_MINISTER}))\b",
    re.IGNORECASE)
# Within a few words after the office, what makes it both sides' ("of Veldra and Korvania",
# "of both countries", "beider Länder", "des deux pays").
BOTH_SIDES = re.compile(
    r"[^.;:]{0,60}?(?:\b(?:both|two|beider|zwei|deux|ambos|dos|los\s+dos|respective)\b|"
    r"\s(?:and|und|et|y|e)\s)", re.IGNORECASE)
# A signing verb right after the office's holders ("the ministers ... signed"), and one that
# takes them after it ("signed by the ministers", "von den Außenministern ... unterzeichnet").
SIGNED_AFTER = re.compile(
    r"\b(?:signed|inked|initial(?:l)?ed|unterzeichne(?:te|ten|n|t)|unterschrieben|signent|"
    r"sign[èe]rent|ont\s+sign[ée]|ont\s+paraph[ée]|ont\s+appos[ée]\s+leurs?\s+signatures?|"
    r"firmaron|firman|han\s+firmado|assinaram|assinam)\b(?!\s+(?:as\s+|comme\s+|como\s+|als\s+)"
    r"(?:an?\s+|des\s+)?(?:witness|t[ée]moin|testigo|testemunha|zeuge))", re.IGNORECASE)
SIGNED_BY = re.compile(
    r"\b(?:(?:signed|inked)\s+by|sign[ée]e?s?\s+par|firmad[oa]s?\s+por|assinad[oa]s?\s+por|"
    r"unterzeichnet\s+von|von)\s+(?:the\s+|den\s+|der\s+|les\s+|los\s+|las\s+|os\s+)?$",
    re.IGNORECASE)
GERMAN_PASSIVE = re.compile(r"\bunterzeichnet\b", re.IGNORECASE)
# Words before an office that make it no subject ("in the presence of the ministers").
NOT_SUBJECT = re.compile(
    r"\b(?:of|with|to|for|presence|witnessed|overseen|de|des|du|d['’]|avec|devant|mit|"
    r"vor|des|der|con|ante|com|perante|among|between|entre|zwischen)\s+"
    r"(?:the\s+|les\s+|den\s+|der\s+|los\s+|las\s+|os\s+|as\s+)?$", re.IGNORECASE)
# Between a party's name and a person's: one to three lower-case title words ("Veldran
# foreign minister X", "Korvania field commander X"), nothing else.
TITLE_GAP = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+")
