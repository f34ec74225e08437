"""General word lists the entity fixer and the role reader rely on.

Nothing here is tied to a story: these are the ordinary English words for offices, titles and
kinds of things that news writing puts next to names.
"""

from __future__ import annotations

TITLE_HEADS = frozenset(
    [
        "president",
        "vice-president",
        "premier",
        "chancellor",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "negotiator",
        "adviser",
        "advisor",
        "ambassador",
        "diplomat",
        "general",
        "commander",
        "chief",
        "head",
        "leader",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "senator",
        "governor",
        "mayor",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "representative",
        "official",
        "aide",
        "deputy",
        "son-in-law",
        "daughter-in-law",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "counterpart",
        "lawmaker",
        "mediator",
        "coordinator",
        "commissioner",
        "ombudsman",
        "prosecutor",
        "judge",
        "pope",
        "patriarch",
        "marshal",
        "admiral",
        "colonel",
        "mp",
        "mep",
        "congressman",
        "congresswoman",
        "legislator",
        "politician",
        "figure",
        "activist",
        "candidate",
        "lawyer",
        "attorney",
        "economist",
        "professor",
        "journalist",
        "correspondent",
        "campaigner",
    ]
)
"""Nouns that name an office or a relation and may stand right before a person's name."""

NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "la", "le",
     "al", "el", "bin", "ibn", "ter"}
)
"""Lower-case words inside personal names (``Ursula von der Leyen``, ``Abdel Fattah al-Burhan``)."""

TITLE_MODIFIERS = frozenset(
    [
        "lead",
        "chief",
        "deputy",
        "special",
        "senior",
        "top",
        "foreign",
        "defense",
        "defence",
        "vice",
        "prime",
        "former",
        "acting",
        "first",
        "presidential",
        "national",
        "security",
        "press",
        "interior",
        "finance",
        "economy",
        "justice",
        "trade",
        "health",
        "military",
        "intelligence",
        "state",
        "of",
        "affairs",
        "general",
        "attorney",
        "supreme",
        "principal",
        "high",
        "assistant",
        "executive",
        "managing",
        "secretary-general",
    ]
)
"""Words that may sit inside a title (``deputy foreign minister``, ``secretary of state``)."""

HEAD_OF_STATE = frozenset(
    {"president", "premier", "chancellor", "king", "queen", "emir", "prime minister"}
)
"""Titles a ``the <demonym> leader`` phrase may refer to."""

TITLE_NOUN_PHRASES = frozenset(
    {
        "president",
        "leader",
        "prime minister",
        "foreign minister",
        "chancellor",
        "defense minister",
        "defence minister",
        "premier",
        "king",
        "queen",
    }
)
"""What may follow ``the <demonym>`` to refer to one office holder (``the Ukrainian leader``)."""

ORG_HEADS = frozenset(
    [
        "office",
        "ministry",
        "council",
        "committee",
        "department",
        "agency",
        "service",
        "services",
        "party",
        "army",
        "navy",
        "forces",
        "force",
        "command",
        "parliament",
        "assembly",
        "congress",
        "senate",
        "court",
        "bank",
        "fund",
        "union",
        "commission",
        "administration",
        "government",
        "cabinet",
        "presidency",
        "guard",
        "police",
        "news",
        "times",
        "post",
        "press",
        "agency",
        "corporation",
        "company",
        "group",
        "institute",
        "foundation",
        "university",
        "network",
        # A bloc or forum of states is no place, though taggers often call it one.
        "cooperation",
        "community",
        "association",
        "organization",
        "organisation",
        "federation",
        "league",
        "partnership",
    ]
)
"""Last words that make a capitalized phrase an institution (``Presidential Office``)."""

STRONG_ORG_HEADS = frozenset(
    [
        "ministry",
        "council",
        "committee",
        "department",
        "agency",
        "commission",
        "parliament",
        "assembly",
        "organization",
        "organisation",
        "movement",
        "alliance",
        "coalition",
        "front",
        "brigade",
        "brigades",
        "militia",
        "secretariat",
    ]
)
"""Last words no personal name ends with: the phrase is an institution even when the tagger
called it a person (``General Border Committee``)."""

GROUP_NOUNS = frozenset(
    ["rebel", "rebels", "militia", "militias", "militants", "fighters", "insurgents",
     "guerrillas", "movement", "group", "faction", "coalition", "forces"]
)
"""Nouns right after a name that make it an armed or political group (``M4 rebels``)."""

FACILITY_HEADS = frozenset(
    [
        "plant",
        "station",
        "airport",
        "port",
        "harbour",
        "harbor",
        "bridge",
        "dam",
        "base",
        "facility",
        "refinery",
        "pipeline",
        "terminal",
        "reactor",
        "mine",
        "palace",
        "square",
        "stadium",
        "hospital",
        "prison",
        "hotel",
        "resort",
        "residence",
        "villa",
        "mansion",
    ]
)
"""Last words that make a name a place (a facility), whatever the tagger said."""

VENUE_PHRASES = frozenset(
    ["convention centre", "convention center", "conference centre", "conference center",
     "exhibition centre", "exhibition center", "congress centre", "congress center"]
)
"""Last two words that make a name a venue (a place where talks are held)."""

REGION_NOUNS = frozenset(["province", "provinces", "district", "districts", "prefecture",
                          "prefectures", "county", "counties", "municipality", "oblast"])
"""Nouns that make the name written against them a place (``X province``, ``the provinces of
X and Y``, ``the district of X``)."""

NEAR_WORDS = frozenset(["near"])
"""Prepositions of nearness: what follows them is a place (``clashed near X``)."""

SITE_NOUNS = frozenset(["temple", "temples", "shrine", "monastery", "ruins"])
"""Nouns after a name that make it a site (``the X temple``); not a plant or a refinery, which
an organization's name may own (``the Korvan Oil refinery``)."""

EVENT_HEADS = frozenset(["conference", "summit", "forum", "talks", "games", "olympics", "festival"])
"""Last words that make a name an event (``Munich Security Conference``)."""

OUTLET_VERBS = frozenset({"report", "reported", "reports", "reporting"})
"""Verbs whose capitalized subject that no tagger caught is usually a news outlet."""

STATIVE_VERBS = frozenset(
    [
        "be",
        "lie",
        "sit",
        "host",
        "locate",
        "situate",
        "border",
        "remain",
        "become",
        "seem",
        "stand",
        "belong",
    ]
)
"""Verbs whose subject is a location, not an actor: no metonymy for ``Lindhaven is located``."""

PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
"""A relative pronoun after ``Name,`` makes the name a person."""

HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sir", "dame", "lord",
     "lady", "prof", "prof.", "professor", "barrister", "rev", "rev."}
)
"""Courtesy titles written before a surname (``Mrs May``), as the speaker finder reads them
(with or without their dot). Names themselves are stripped by the wider list of
:data:`communique.lang.names.HONORIFICS` (royal, religious, military and civil titles too)."""
