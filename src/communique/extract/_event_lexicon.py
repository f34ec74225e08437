"""The words event extraction reads, per language: event nouns and verbs, status and role cues.

Event extraction is syntax plus vocabulary. The syntax (subjects, objects, prepositional
phrases, auxiliaries) comes from the parser; the vocabulary lives here, one
:class:`EventLexicon` per language, so that a pipeline for another language plugs in by adding
its lexicon to :data:`LEXICONS` — nothing in the extraction code names an English word except
through a lexicon. Words are lower-case lemmas unless a field says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.model.annotations import EventType


@dataclass(frozen=True, slots=True, eq=False)
class EventLexicon:
    """Everything language-specific that event extraction needs (hashed by identity)."""

    language: str
    meeting_nouns: dict[str, EventType]
    """Nouns (lower-case surface forms) that name talks or a meeting."""
    purpose_verbs: frozenset[str]
    """Participles of purpose ("talks aimed at ending the war in X"): what they govern is the
    aim, not the event's place or date."""
    series_nouns: frozenset[str]
    """Nouns that count events ("the first set of talks"): their verb is the events' verb."""
    meeting_verbs: frozenset[str]
    """Verbs whose subject and object meet (``X met Y``, ``X negotiated with Y``)."""
    receive_verbs: frozenset[str]
    """Verbs that make a meeting only between two named parties (``X received Y``)."""
    hosting_verbs: frozenset[str]
    """Verbs that make a meeting of their named objects, hosted by their subject."""
    agreement_nouns: frozenset[str]
    """Nouns that name a text that is signed (``agreement``, ``declaration``)."""
    signing_verbs: frozenset[str]
    """Verbs that make an agreement noun an event (``signed``, ``initialled``, ``reached``)."""
    signing_nouns: frozenset[str]
    """Nouns that name the act of signing (``the signing of …``, ``a signing ceremony``)."""
    ceremony_nouns: frozenset[str]
    """Nouns that name a signing when a signing noun modifies them (``signing ceremony``)."""
    text_nouns: frozenset[str]
    """Lemmas of nouns that stand for the agreement they are the wording of (``initialed the
    text of the agreement``, ``signed the final draft of the accord``)."""
    ceasefire_nouns: frozenset[str]
    effect_verbs: frozenset[str]
    """Verbs for a ceasefire starting (``took effect``, ``came into force``, ``began``)."""
    effect_objects: frozenset[str]
    """Objects that complete an effect verb (``effect``, ``force``)."""
    exchange_nouns: frozenset[str]
    """Nouns for a prisoner exchange or release (``swap``, ``exchange``)."""
    captive_nouns: frozenset[str]
    """What is exchanged (``prisoners``, ``detainees``): an exchange noun needs one nearby."""
    deadline_nouns: frozenset[str]
    participant_verbs: frozenset[str]
    """Verbs whose subject takes part in the event that is their object (``X held talks``)."""
    passive_participant_verbs: frozenset[str]
    """Verbs whose passive ``by`` names who takes part (``talks led by X``); those attending
    (``attended by``) may be observers."""
    forum_nouns: frozenset[str]
    """Words that make an organization's name a forum, not a party (``Border Committee``)."""
    host_verbs: frozenset[str]
    """Verbs whose subject hosts or mediates the event that is their object."""
    mediation_by: tuple[str, ...]
    """Regular-expression alternatives that introduce mediators (``mediated by``)."""
    mediation_prefix: tuple[str, ...]
    """Word endings after ``X-`` that make X a mediator (``X-brokered``)."""
    mediation_nouns: frozenset[str]
    """Nouns whose nationality modifier or possessor mediates (``Veldran mediation``)."""
    cancel_verbs: frozenset[str]
    cancel_particles: dict[str, str]
    """Phrasal cancellations: verb → particle (``call off``)."""
    happen_verbs: frozenset[str]
    """Verbs that, negated, cancel their subject (``will not take place``)."""
    postpone_verbs: frozenset[str]
    postpone_particles: dict[str, str]
    planned_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    planned_heads: frozenset[str]
    """Verbs or adjectives whose complement is planned (``scheduled to``, ``agreed to meet``)."""
    hypothetical_heads: frozenset[str]
    """Verbs whose complement is only possible (``proposed``, ``suggested``, ``offered``)."""
    planned_modifiers: frozenset[str]
    """Modifiers of the event word that make it planned (``next``, ``upcoming``)."""
    hypothetical_modifiers: frozenset[str]
    past_modifiers: frozenset[str]
    ongoing_modifiers: frozenset[str]
    condition_markers: frozenset[str]
    """Subordinators that make a clause hypothetical (``if``, ``unless``)."""
    attending_prepositions: frozenset[str]
    """Prepositions by which a verb's act happens at the event (``sent negotiators to the
    talks``, ``agreed at talks in X``): the verb's date and place are the event's."""
    new_date_prepositions: frozenset[str]
    """Prepositions that give a postponed event its new date (``postponed to Monday``)."""
    venue_nouns: frozenset[str]
    """Words that make a name a venue, not a city (``palace``, ``embassy``, ``air base``)."""
    location_prepositions: frozenset[str]
    host_role: re.Pattern[str]
    """What follows a place named as the event's host (``Korvania as the host``)."""
    non_place_nouns: frozenset[str]
    """Lemmas that make a location preposition's phrase say something else than where
    (``in the presence of``, ``in the wake of``, ``in the name of``)."""
    head_cues: tuple[str, ...]
    """Regular-expression alternatives for leading a delegation (``led by``, ``headed``)."""
    side_cues: tuple[str, ...]
    """Cues that name who leads or speaks for a side without a delegation word (``represented
    by``, ``signed on behalf of``)."""
    joint_cues: tuple[str, ...]
    """Cues after which the heads of several sides are listed (``co-chaired by X and Y``,
    ``under the chairmanship of X and Y``)."""
    member_cues: tuple[str, ...]
    delegation_nouns: tuple[str, ...]
    counterpart_cues: tuple[str, ...]
    """A person's opposite number ("X met his counterpart Y"): X and Y lead the two sides."""
    weekdays: tuple[str, ...]
    """Monday first, lower case, as written in dates."""
    day_words: frozenset[str]
    """Words that name a day (weekdays, months, today): a clock time with one of them dates an
    event; a bare "10am" resolved to the article's day does not."""
    caption_cues: tuple[str, ...]
    """Regular-expression alternatives that mark a photo caption, whose events are not news."""
    result_verbs: dict[str, str] = field(default_factory=dict)
    """Verbs that, with this preposition and no object of their own, say what something led to
    (``helped mediate the talks, leading to the signing``): their subject takes no part."""
    gathering_verbs: frozenset[str] = frozenset()
    """Verbs (with their particle) whose subject is the event and whose objects take part in
    it (``the meeting brought together X and Y``)."""
    capital_nouns: frozenset[str] = frozenset({"capital"})
    """Nouns that, with a nationality or country before them, name that country's capital
    (``in the Chilean capital``)."""
    suspension_verbs: frozenset[str] = frozenset()
    """Verbs whose object, a signed text, one side stops honouring (``suspended the accord``,
    ``withdrew from the declaration``)."""
    suspension_nouns: frozenset[str] = frozenset()
    """Nouns of the same act (``the suspension of the accord``)."""
    suspension_heads: frozenset[str] = frozenset()
    """Verbs that carry out a suspension noun, their object (``announced the suspension``)."""
    implementation_nouns: frozenset[str] = frozenset()
    """Nouns that stand for the text they carry out (``suspended implementation of the deal``)."""
    expiry_verbs: frozenset[str] = frozenset()
    """Verbs whose subject, a deadline, has run out (``the deadline expired``)."""
    extension_verbs: frozenset[str] = frozenset()
    """Verbs whose object, a deadline, is pushed back (``extended the deadline``)."""
    offset_prepositions: frozenset[str] = frozenset()
    """Words after a length that count it from a day (``48 hours after``)."""
    deadline_link_verbs: frozenset[str] = frozenset()
    """Verbs that say which day a deadline is (``the deadline is May 2``, ``May 2 marks the
    deadline``, ``the deadline falls on May 2``): their date is the deadline's."""
    ending_verbs: frozenset[str] = frozenset()
    """Verbs that end a time-limited text when a plan governs them (``set to end on May 2``):
    its expiry, as ``expire`` is."""
    renewal_verbs: frozenset[str] = frozenset()
    """Verbs whose object, a time-limited text, runs on to a new end (``extended the truce``):
    the text's end is then a deadline."""


_TALKS = EventType.TALKS
_MEETING = EventType.MEETING
# Words before "team" or "delegation" that make it one that watches ("an observer team").
_NOT_WATCHING = "".join(rf"(?<!{word}\s)" for word in (
    "observer", "observers", "observation", "monitor", "monitors", "monitoring"))

ENGLISH = EventLexicon(
    language="en",
    meeting_nouns={
        "talk": _TALKS,
        "talks": _TALKS,
        "negotiation": _TALKS,
        "negotiations": _TALKS,
        "discussion": _TALKS,
        "discussions": _TALKS,
        "round": _TALKS,
        "consultations": _TALKS,
        "meeting": _MEETING,
        "meetings": _MEETING,
        "summit": _MEETING,
    },
    purpose_verbs=frozenset(
        {"aim", "seek", "design", "intend", "mean", "try", "hope", "work", "focus", "target"}
    ),
    series_nouns=frozenset({"set", "series", "cycle", "string", "day", "days"}),
    meeting_verbs=frozenset({"meet", "negotiate"}),
    receive_verbs=frozenset({"receive"}),
    hosting_verbs=frozenset({"host", "welcome"}),
    agreement_nouns=frozenset(
        {
            "agreement",
            "accord",
            "accords",
            "deal",
            "treaty",
            "declaration",
            "framework",
            "memorandum",
            "protocol",
            "statement",
            "communique",
            "pact",
            "truce",
            "ceasefire",
            "cease-fire",
        }
    ),
    signing_verbs=frozenset(
        {"sign", "initial", "ink", "seal", "conclude", "reach", "strike", "adopt", "agree"}
    ),
    signing_nouns=frozenset({"signing", "initialling", "initialing", "signature"}),
    ceremony_nouns=frozenset({"ceremony", "ceremonies"}),
    text_nouns=frozenset({"text", "draft", "version", "wording", "terms", "copy"}),
    ceasefire_nouns=frozenset({"ceasefire", "cease-fire", "truce"}),
    effect_verbs=frozenset({"take", "come", "enter", "begin", "start"}),
    effect_objects=frozenset({"effect", "force"}),
    exchange_nouns=frozenset({"exchange", "swap", "release"}),
    captive_nouns=frozenset(
        {"prisoner", "prisoners", "detainee", "detainees", "pow", "pows", "hostage", "hostages",
         "captive", "captives", "soldiers"}
    ),
    deadline_nouns=frozenset({"deadline", "ultimatum"}),
    suspension_verbs=frozenset(
        {"suspend", "withdraw", "revoke", "terminate", "annul", "renounce", "repudiate", "freeze",
         "halt"}
    ),
    suspension_nouns=frozenset(
        {"suspension", "withdrawal", "revocation", "termination", "annulment", "repudiation"}
    ),
    suspension_heads=frozenset({"announce", "declare", "order", "approve", "decide"}),
    implementation_nouns=frozenset({"implementation", "enforcement", "application"}),
    expiry_verbs=frozenset({"expire", "lapse", "pass", "elapse"}),
    extension_verbs=frozenset({"extend", "prolong", "push", "postpone", "delay"}),
    renewal_verbs=frozenset({"extend", "prolong", "renew"}),
    deadline_link_verbs=frozenset({"be", "mark", "fall"}),
    ending_verbs=frozenset({"end", "run", "conclude", "finish"}),
    offset_prepositions=frozenset({"after", "following", "from"}),
    participant_verbs=frozenset(
        {
            "hold",
            "have",
            "conduct",
            "begin",
            "start",
            "open",
            "resume",
            "conclude",
            "end",
            "wrap",
            "finish",
            "complete",
            "continue",
            "launch",
            "attend",
            "join",
            "enter",
            "sign",
            "initial",
            "ink",
            "reach",
            "seal",
            "strike",
            "agree",
            "adopt",
            "lead",
            "head",
            "co-chair",
            "cochair",
            "kick",
        }
    ),
    passive_participant_verbs=frozenset(
        {"hold", "conduct", "lead", "head", "sign", "initial", "ink", "negotiate", "co-chair",
         "cochair"}
    ),
    forum_nouns=frozenset(
        {"committee", "commission", "council", "meeting", "meetings", "summit", "conference",
         "forum", "mechanism", "talks", "round", "session", "dialogue", "process", "bureau",
         "task", "taskforce", "panel", "secretariat",
         "region", "province", "district", "command"}
    ),
    host_verbs=frozenset(
        {"host", "mediate", "broker", "facilitate", "chair", "organize", "organise", "convene",
         "sponsor", "oversee", "witness", "preside"}
    ),
    mediation_by=(
        r"mediated",
        r"mediation",
        r"brokered",
        r"hosted",
        r"facilitated",
        r"chaired",
        r"presided\s+over",
        r"overseen",
        r"witnessed",
        r"(?:relayed|passed|carried|conveyed|shuttled)",
    ),
    mediation_prefix=("mediated", "brokered", "hosted", "sponsored", "facilitated"),
    mediation_nouns=frozenset({"mediation", "mediator", "mediators", "facilitation", "auspices"}),
    cancel_verbs=frozenset({"cancel", "scrap", "abandon", "scuttle", "boycott"}),
    cancel_particles={"call": "off", "pull": "out"},
    happen_verbs=frozenset({"take", "happen", "go", "hold", "occur", "proceed"}),
    postpone_verbs=frozenset({"postpone", "delay", "defer", "reschedule", "adjourn"}),
    postpone_particles={"push": "back", "put": "off", "move": "back"},
    planned_auxiliaries=frozenset({"will", "shall", "'ll", "would", "wo"}),
    hypothetical_auxiliaries=frozenset({"could", "might", "may"}),
    planned_heads=frozenset(
        {
            "schedule",
            "plan",
            "set",
            "expect",
            "due",
            "slate",
            "slated",
            "prepare",
            "agree",
            "decide",
            "intend",
            "announce",
            "confirm",
            "arrange",
            "invite",
        }
    ),
    hypothetical_heads=frozenset(
        {"propose", "suggest", "offer", "consider", "float", "want", "call", "urge", "push",
         "threaten", "warn"}
    ),
    planned_modifiers=frozenset(
        {"next", "upcoming", "coming", "planned", "future", "forthcoming", "scheduled",
         "expected", "later", "following", "further", "subsequent", "another"}
    ),
    hypothetical_modifiers=frozenset(
        {"possible", "potential", "proposed", "hypothetical", "prospective", "eventual",
         "any", "likely"}
    ),
    past_modifiers=frozenset(
        {"earlier", "previous", "past", "prior", "last", "former", "recent", "preceding"}
    ),
    ongoing_modifiers=frozenset({"ongoing", "continuing", "current", "underway"}),
    condition_markers=frozenset({"if", "unless", "whether"}),
    attending_prepositions=frozenset({"to", "for", "at", "during"}),
    new_date_prepositions=frozenset({"to", "until", "till"}),
    venue_nouns=frozenset(
        {
            "palace",
            "residence",
            "embassy",
            "consulate",
            "base",
            "resort",
            "centre",
            "center",
            "hotel",
            "house",
            "hall",
            "office",
            "ministry",
            "headquarters",
            "institute",
            "villa",
            "mansion",
            "complex",
            "compound",
            "building",
            "airport",
            "club",
            "castle",
            "crossing",
            "checkpoint",
            "department",
            "estate",
            "lodge",
            "hq",
        }
    ),
    location_prepositions=frozenset({"in", "at", "inside"}),
    host_role=re.compile(r"\s+as\s+(?:the\s+)?(?:co-?)?hosts?\b", re.IGNORECASE),
    non_place_nouns=frozenset(
        {"presence", "absence", "wake", "aftermath", "name", "framework", "context", "spirit",
         "light", "view", "face", "interest", "favour", "favor", "run-up", "midst", "support",
         "response", "memory", "honour", "honor", "line", "accordance", "exchange", "return",
         "invitation", "request", "initiative", "urging", "behest"}
    ),
    head_cues=(
        r"headed",
        r"led",
        r"leading",
        r"heads",
        r"leads",
        r"chief\s+negotiator",
        r"lead\s+negotiator",
        r"top\s+negotiator",
        r"head\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?delegation",
        r"delegation\s+(?:head|leader|chief)",
    ),
    side_cues=(
        r"represent(?:ed|s|ing)",
        r"on\s+behalf\s+of",
    ),
    joint_cues=(
        r"delegations\s+(?:were|are|will\s+be)\s+(?:led|headed)(?:\s+by)?",
        r"(?:led|headed)\s+their\s+(?:respective\s+)?(?:delegations|teams|sides)",
        r"co-?chair(?:ed|s|ing)?",
        r"co-?led",
        r"(?:co-?)?chairmanship\s+of",
    ),
    member_cues=(r"include[sd]?", r"including", r"comprises?", r"also\s+includes?"),
    # An observer or monitoring team watches the event for a third body: it is no side's
    # delegation, and who leads it heads no side.
    delegation_nouns=(rf"{_NOT_WATCHING}delegations?", r"negotiating\s+teams?",
                      rf"{_NOT_WATCHING}team", r"negotiators"),
    counterpart_cues=(r"counterparts?",),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    day_words=frozenset(
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
         "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tonight", "yesterday",
         "tomorrow"}
    ),
    gathering_verbs=frozenset({"bring together", "gather", "assemble", "involve"}),
    caption_cues=(
        r"\((?:L|R|C|left|right|centre|center)\)",
        r"\b(?:file\s+)?(?:photo|picture|image)s?\s*(?::|/|\bby\b|\bshows?\b)",
        r"\bcombination\s+of\s+(?:pictures|photos|images)\b",
        r"\b(?:pictured|seen\s+in\s+this)\b",
        r"\b(?:AFP|Reuters|AP|Getty\s+Images)\s*(?:via|/|$)",
    ),
    result_verbs={"lead": "to", "contribute": "to", "pave": "for"},
)

LEXICONS: dict[str, EventLexicon] = {"en": ENGLISH}


def is_forum(name: str, lex: EventLexicon) -> bool:
    """Whether a name is a forum, not a party ("the General Border Committee")."""
    return any(word.lower().strip("()") in lex.forum_nouns for word in name.split())
"""Lexicons by language code; a new language's pipeline adds its own here."""


def lexicon(language: str | None) -> EventLexicon | None:
    """The lexicon for ``language`` (``None`` means English, the default pipeline)."""
    return LEXICONS.get(language or "en")
