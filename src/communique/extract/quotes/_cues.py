"""General English lexicons for attribution: speech cues, relay cues, roles and channels.

These are word lists of the language, not of any story: verbs that introduce speech, nouns
that name a role someone speaks in, and the media through which people speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.entities._lexicon import TITLE_HEADS
from communique.lang import read_language_file

_SPEAKER_WORDS = read_language_file("en", "speaker_words.json") or {}

SPEECH_VERBS = frozenset(
    [
        "say", "tell", "add", "warn", "argue", "note", "insist", "claim", "state", "write",
        "report", "announce", "confirm", "deny", "acknowledge", "admit", "explain",
        "suggest", "indicate", "reveal", "stress", "emphasize", "emphasise", "reiterate",
        "assert", "declare", "predict", "promise", "urge", "accuse", "describe", "call",
        "term", "dub", "label", "tweet", "post", "signal", "concede", "reply", "respond",
        "answer", "ask", "complain", "allege", "contend", "maintain", "recall", "observe",
        "remark", "comment", "mention", "hint", "threaten", "vow", "pledge", "caution",
        "demand", "propose", "boast", "lament", "conclude", "disclose", "testify",
        "estimate", "agree", "counter", "retort", "quip", "joke", "shout", "yell",
        "whisper", "scream", "exclaim", "mutter", "announce", "underline", "underscore",
        "affirm", "recount", "recommend", "stipulate", "express", "voice", "charge",
        "lash", "slam", "blast", "criticise", "criticize", "condemn", "denounce", "brand",
        "decry", "hail", "praise", "assure", "tout", "chant", "plead", "scoff", "caution",
        "forecast", "insinuate", "guarantee", "proclaim", "reaffirm", "retort", "rule",
        "swipe", "fume", "snap", "sneer", "jibe", "muse", "concur", "apologise", "apologize",
        "react"
    ]
)
"""Lemmas of verbs whose subject is the one speaking."""

SPEECH_NOUNS = frozenset(
    ["claim", "statement", "assertion", "warning", "remark", "remarks", "comment",
     "comments", "allegation", "accusation", "promise", "pledge", "suggestion", "insistence",
     "argument", "charge", "declaration", "announcement", "vow", "threat", "assurance"]
)
"""Nouns for something said, whose owner said the words quoted inside them (``a claim from
X that imports are “killing” the market``)."""

NAMING_VERBS = frozenset(["describe", "call", "term", "dub", "label"])
"""Speech verbs that attach quoted words as a name or description (``called it “X”``)."""

RELAY_VERBS = frozenset(["report", "quote", "cite"])
"""Verbs by which an outlet passes on someone else's words."""

PHRASAL_CUES = {
    ("point", "out"): "point out", ("make", "clear"): "make clear",
    ("shoot", "back"): "shoot back", ("fire", "back"): "fire back", ("hit", "out"): "hit out",
    ("lash", "out"): "lash out", ("speak", "out"): "speak out",
}
"""Multi-word cues: a verb lemma with a particle or predicative word."""

CUE_LEMMAS = SPEECH_VERBS | frozenset(verb for verb, _ in PHRASAL_CUES) | frozenset({"read"})
"""Every lemma (lower-cased) of a token :func:`cue_of` may make a cue of: a token with
another is none, which a scan can tell from the lemmas alone, before making the token."""

ROLE_NOUNS = TITLE_HEADS | frozenset(
    [
        "president", "leader", "minister", "premier", "chancellor", "spokesman",
        "spokeswoman", "spokesperson", "secretary", "negotiator", "envoy", "official",
        "officials", "diplomat", "ambassador", "adviser", "advisor", "aide", "chief",
        "head", "general", "commander", "mediator", "representative", "delegate", "senator",
        "governor", "mayor", "prime", "king", "queen", "prince", "monarch", "pope",
        "cardinal", "director", "chairman", "chairwoman", "chair", "ceo", "founder",
        "analyst", "expert", "source", "sources", "lawmaker", "legislator", "deputy",
        "lawyer", "attorney", "judge", "prosecutor", "officer", "captain", "colonel",
        "admiral", "marshal", "emir", "sheikh", "sultan", "ayatollah", "chairperson",
        "commissioner", "counsellor", "counselor", "councillor", "president-elect",
        "candidate", "accused", "defendant", "executive", "boss", "manager", "coach",
        "speaker"
    ]
)
"""Nouns naming a role a speaker holds; ``the spokesman said`` points back to a person."""

DOCUMENT_NOUNS = frozenset(
    ["statement", "report", "decision", "ruling", "letter", "communique", "release",
     "readout", "document", "filing", "order", "judgment", "judgement", "post", "message",
     "update", "tweet", "announcement", "note"]
)
"""Nouns for texts that 'say' things on behalf of whoever issued them."""

ANONYMOUS_ROLES = frozenset(
    ["official", "source", "diplomat", "analyst", "expert", "aide", "adviser", "advisor",
     "spokesman", "spokeswoman", "spokesperson", "officer", "representative", "lawyer",
     "delegate", "negotiator"]
)
"""Role nouns whose holders usually stay unnamed (``a senior official said``): they do not
introduce the next person the article names."""

TITLE_ABBREVIATIONS = {"PM": "minister", "FM": "minister", "CM": "minister", "DPM": "minister",
                       "Gov.": "governor", "Sen.": "senator", "Rep.": "representative"}
"""Abbreviated titles that stand alone as a speaker (``the PM said``), with the title word
the holder's name carries in full (``Prime Minister …``)."""

SPOKES_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson"])
"""Role nouns whose unnamed holder speaks for an institution (``a Kremlin spokesman``)."""

GROUP_NOUNS = frozenset(
    [
        "officials", "sources", "side", "sides", "delegation", "delegations", "team",
        "negotiators", "diplomats", "representatives", "government", "ministry", "office",
        "administration", "analysts", "experts", "leaders", "company", "firm", "party",
        "army", "military", "police", "court", "agency", "council", "committee", "commission",
        "union", "bank", "embassy", "parliament", "group", "organization", "organisation",
        "campaign", "movement", "alliance", "coalition", "cabinet", "presidency",
        "authorities", "department", "regime", "opposition", "board", "spokespeople", "service",
        "militants", "rebels", "protesters", "residents", "witnesses", "lawmakers", "mps"
    ]
)
"""Nouns for groups; as speakers they stay as written rather than resolve to one person."""

ORG_KINDS = {
    "union": frozenset(["union", "unions", "association", "federation", "confederation",
                        "congress", "workers", "brotherhood", "guild", "syndicate",
                        "teamsters"]),
}
"""A noun for a kind of organisation, and words the names of that kind hold: ``the union
said`` is the nearest organisation named like a union (the *Association of Machinists*),
not the company the story is about."""

ORG_DESCRIPTORS = frozenset(_SPEAKER_WORDS.get("organization_descriptors", []))
"""Nouns that describe an organisation without naming it (``the Veldran group said``):
with ``the`` and only common words they stand for the organisation last named."""

MEMBER_PLURALS = frozenset(_SPEAKER_WORDS.get("member_plurals", []))
"""Plurals for the members of an organisation that speak as it (``the rebels said``)."""

LEADER_NOUNS = frozenset(_SPEAKER_WORDS.get("leader_nouns", []))
"""Words for whoever leads, that a country as owner makes its head (``Germany's leader``)."""

COUNTRY_LEADER_TITLES: tuple[str, ...] = tuple(_SPEAKER_WORDS.get("country_leader_titles", []))
"""Title words of whoever leads a country, in the order tried: ``Germany's leader`` is the
person the article gave the first of them held there."""

COUNT_NOUNS = frozenset(
    ["hundreds", "thousands", "dozens", "scores", "millions", "tens", "handful", "number",
     "majority", "minority", "group", "crowd", "host", "couple", "pair", "several", "many",
     "some", "most", "few", "all", "both", "half"]
)
"""Words that count or gather people (``Hundreds of veterans say …``): the people after
their ``of`` are the ones speaking."""

SPEAKING_NOUNS = frozenset(
    [
        "activist", "activists", "protester", "protesters", "demonstrator", "demonstrators",
        "critic", "critics", "supporter", "supporters", "member", "members", "voter",
        "voters", "resident", "residents", "witness", "witnesses", "student", "students",
        "worker", "workers", "farmer", "farmers", "citizen", "citizens", "people", "man",
        "woman", "men", "women", "family", "families", "relative", "relatives", "victim",
        "victims", "survivor", "survivors", "doctor", "doctors", "journalist", "journalists",
        "observer", "observers", "monitor", "monitors", "group", "groups", "organizer",
        "organizers", "organiser", "organisers", "campaigner", "campaigners", "rebel",
        "rebels", "militant", "militants", "soldier", "soldiers", "troops", "politician",
        "politicians", "economist", "economists", "investor", "investors", "statement",
        "report", "letter", "outlet", "newspaper", "paper", "agency", "broadcaster",
    ]
)
"""Nouns for people (and texts) that can say something; what cannot (``talks``, ``strikes``)
is no speaker of a participle cue and no antecedent of ``they``."""

OUTLET_NOUNS = frozenset(
    [
        "newspaper", "paper", "outlet", "broadcaster", "daily", "tabloid", "weekly",
        "magazine", "website", "site", "channel", "station", "agency", "network",
        "publication", "portal", "radio", "television",
    ]
)
"""Nouns for the media that report: ``the newspaper said`` is an outlet, never a person."""

EPITHET_NOUNS = frozenset(
    [
        "magnate", "tycoon", "billionaire", "millionaire", "mogul", "veteran", "incumbent",
        "star", "actor", "actress", "businessman", "businesswoman", "politician", "populist",
        "nationalist", "firebrand", "strongman", "autocrat", "dictator", "newcomer",
        "challenger", "frontrunner", "front-runner", "nominee", "hopeful", "contender",
        "loyalist", "statesman", "stateswoman", "legislator", "congressman", "congresswoman",
        "septuagenarian", "octogenarian", "retiree", "entrepreneur", "banker", "academic",
        "scholar", "professor", "cleric", "preacher", "author", "writer",
    ]
)
"""Nouns said only of a person, with which reports refer back to someone named before
(``the real estate magnate said``)."""

PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
GROUP_PRONOUNS = frozenset(["it", "they"])
"""Pronouns that, as speakers, stand for an institution or a group named before."""

CHANNEL_NOUNS = frozenset(
    [
        "address", "interview", "statement", "speech", "remarks", "remark", "post",
        "message", "briefing", "letter", "op-ed", "podcast", "broadcast", "video", "tweet",
        "conference", "interview", "press", "release", "communique", "appearance", "column",
        "article", "editorial", "comments", "comment", "testimony", "hearing", "session"
    ]
)
"""Nouns that name the medium of a statement: ``in a statement``, ``at a briefing``."""

PLATFORMS = frozenset(
    [
        "x", "twitter", "telegram", "facebook", "instagram", "tiktok", "youtube", "weibo",
        "wechat", "vk", "vkontakte", "linkedin", "bluesky", "threads", "truth", "mastodon",
        "reddit", "whatsapp", "television", "tv", "radio", "media"
    ]
)
"""Platforms spoken *on*: ``wrote on X``, ``said on Telegram``."""

_CHANNEL_PREPS = frozenset({"in", "on", "at", "during", "via", "through"})
_CLOSERS = frozenset({"”", '"', "’", "'", ","})
"""What ends a quotation right before an inverted cue."""


def may_cue(pos: str, tag: str) -> bool:
    """Whether a token of this part of speech and tag can be a cue at all (:func:`cue_of`'s
    first test, for scans that read the tags from a :class:`~communique.extract._tokens.
    TokenTable` before making a token)."""
    return pos in ("VERB", "NOUN") or tag in ("VBD", "VBZ", "VBP", "VBG")


def cue_of(token: Token) -> str | None:
    """The cue this token introduces (its lemma, or a phrasal cue), or ``None``."""
    if not may_cue(token.pos_, token.tag_):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        phrasal = PHRASAL_CUES.get((lemma, child.lower_))
        if phrasal is not None and child.i > token.i:
            return phrasal
    if token.pos_ != "VERB" and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG") \
            and not _verb_tagged_noun(token, lemma):
        return None
    if lemma not in SPEECH_VERBS and not _document_reads(token, lemma):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None  # ``Russia was threatened by …``: the subject is not speaking
    if lemma in NAMING_VERBS and _set_off(token):
        return None  # ``the rule, called a humble address, was``: a participle, no cue
    return lemma


def _set_off(token: Token) -> bool:
    """Whether a verb's phrase stands between commas right after a noun and before the
    main verb (``the rule, called a humble address, was …``): a reduced relative clause the
    parser may take for a finite verb with that noun as its subject."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    named = next((c for c in token.children if c.dep_ in ("dobj", "oprd", "attr")
                  and c.i > token.i), None)
    after_i = named.right_edge.i + 1 if named is not None else len(doc)
    after = doc[after_i] if after_i < len(doc) else None
    main = doc[after_i + 1] if after_i + 1 < len(doc) else None
    # The main verb right after the closing comma (``…, was``) tells the phrase from a
    # speaker's apposition (``Li Wen, called the talks “…,” adding``).
    return (before is not None and before.text == "," and token.i > 1
            and doc[token.i - 2].pos_ in ("NOUN", "PROPN")
            and after is not None and after.text == ","
            and main is not None and main.tag_ in ("VBD", "VBZ", "VBP", "MD"))


def _verb_tagged_noun(token: Token, lemma: str) -> bool:
    """``Labour claim they will …``: a speech verb the tagger took for a noun, though the
    parse gives it a subject and a reported clause as a verb has."""
    if token.pos_ != "NOUN" or lemma not in SPEECH_VERBS:
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "ccomp" in deps


def _document_reads(token: Token, lemma: str) -> bool:
    """``“…,” the statement read``, ``“…,” read a statement from X``: *read* is a cue when a
    text is what reads (set after the verb, the parser takes it for an object)."""
    if lemma != "read":
        return False
    after_quote = token.i > 0 and token.doc[token.i - 1].text in _CLOSERS
    return any(c.lower_ in DOCUMENT_NOUNS and (c.dep_ == "nsubj" or (
        after_quote and c.dep_ == "dobj" and c.i > token.i)) for c in token.children)


def _channel_from_prep(prep: Token) -> str | None:
    """``on X`` / ``in his nightly video address`` when ``prep`` introduces a medium."""
    if prep.lower_ not in _CHANNEL_PREPS:
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        head_word = obj.lower_
        if (prep.lower_ == "on" and head_word in PLATFORMS) or head_word in CHANNEL_NOUNS:
            words = list(obj.subtree)
            return prep.doc[prep.i : words[-1].i + 1].text
    return None


def channel_near(cue: Token) -> str | None:
    """The medium named by a prepositional phrase on the cue or on a participle beside it.

    Looks at the cue's own prepositions, then at participles hanging off the cue or its
    subject (``Santos, speaking in his nightly video address, said``).
    """
    hosts = [cue]
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            hosts.extend(c for c in child.children if c.dep_ in ("acl", "advcl"))
        elif child.dep_ in ("advcl", "acl"):
            hosts.append(child)
    for host in hosts:
        for child in host.children:
            if child.dep_ == "prep":
                found = _channel_from_prep(child)
                if found is not None:
                    return found
    return None
