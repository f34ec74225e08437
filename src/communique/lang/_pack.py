"""One language's word lists (``lang/<code>/words.json``), loaded and checked once.

The packs are data, not code: every later per-language extractor (dates, quotes, events) reads
its words from here, so adding a language is adding a folder. ``docs/languages.md`` describes
every field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from communique.errors import ExtractError

SUPPORTED = ("de", "es", "fr", "it", "pt", "ru", "uk")
"""Languages with a pack. English has its own, richer extractors and no pack."""

_LISTS = (
    "titles", "title_suffixes", "name_particles", "name_stopwords", "noun_suffixes",
    "place_prepositions", "name_endings", "nominative_endings", "speech_verbs",
    "attribution_cues", "meeting_nouns", "round_nouns", "signing_words", "patronymic_suffixes",
    "range_words",
    "weekday_last", "weekday_next", "future_cues", "pronouns", "complementizers", "ago_words",
    "party_prepositions", "past_cues", "past_suffixes",
)
_SIDES = ("delegation_nouns", "head_cues", "side_cues", "joint_cues", "member_cues",
          "counterpart_cues")
"""Optional lists: a pack without them reads no delegations."""
_MAX_ENDING = 3
"""The longest inflectional ending after an organisation word's stem (``-ами``)."""
_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_NESTED = ("quote_marks", "ordinals", "months", "weekdays", "vowel_alternations", "numbers")
_UNITS = ("D", "W", "M", "Y")
_PARTS = ("MO", "AF", "EV", "NI")
_RELATIVE = (
    "today", "yesterday", "tomorrow", "day_before_yesterday", "day_after_tomorrow",
    "last_week", "this_week", "next_week", "last_month", "this_month", "next_month",
    "last_year", "this_year", "next_year",
)


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """The words one language needs (see ``docs/languages.md`` for each field)."""

    language: str
    name: str
    spacy: str
    model: str | None
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    name_particles: frozenset[str]
    name_stopwords: frozenset[str]
    noun_suffixes: tuple[str, ...]
    place_prepositions: frozenset[str]
    name_endings: tuple[str, ...]
    """Inflectional endings, longest first."""
    nominative_endings: tuple[str, ...]
    vowel_alternations: tuple[tuple[str, str], ...]
    patronymic_suffixes: tuple[str, ...]
    """Endings of a middle name from the father's (``-ович``); empty where names have none."""
    quote_marks: tuple[tuple[str, str], ...]
    speech_verbs: frozenset[str]
    attribution_cues: frozenset[str]
    meeting_nouns: frozenset[str]
    round_nouns: frozenset[str]
    signing_words: frozenset[str]
    """Forms of the verb and noun of signing or initialling (``signé``, ``Unterzeichnung``)."""
    ordinals: tuple[tuple[str, ...], ...]
    """``ordinals[n - 1]``: the forms of the n-th."""
    months: tuple[tuple[str, ...], ...]
    """``months[m - 1]``: the forms of month m (names, genitives, abbreviations)."""
    weekdays: tuple[tuple[str, ...], ...]
    """``weekdays[d]``: the forms of weekday d, Monday = 0 (as ``date.weekday()``)."""
    relative: dict[str, tuple[str, ...]]
    """Relative date phrases by meaning (``last_week``: ``vergangene woche`` …)."""
    numbers: tuple[tuple[str, ...], ...] = ()
    """``numbers[n - 1]``: the forms of the cardinal n (1 … 10), compound stems too."""
    duration_units: dict[str, tuple[str, ...]] | None = None
    """Forms of the units ``D``, ``W``, ``M``, ``Y`` after a number (``Tage``, ``лет``)."""
    duration_compounds: dict[str, tuple[str, ...]] | None = None
    """Endings that make a number stem an adjective of length (``zwei|tägig``, ``двух|дневн``)."""
    range_words: frozenset[str] = frozenset()
    """Words between the two ends of a range (``bis``, ``à``, ``по``)."""
    weekday_last: frozenset[str] = frozenset()
    """Modifiers that put a weekday in the past week (``vergangenen``, ``dernier``)."""
    weekday_next: frozenset[str] = frozenset()
    """Modifiers that put a weekday in the coming week (``nächsten``, ``prochain``)."""
    future_cues: frozenset[str] = frozenset()
    """Words that make a clause future (``wird``, ``va``, ``будет``): a weekday points ahead."""
    pronouns: frozenset[str] = frozenset()
    """Third-person pronouns (``er``, ``elle``, ``он``, ``lui``) that stand for a named speaker."""
    complementizers: frozenset[str] = frozenset()
    """Words that open reported speech after a speech verb (``dass``, ``que``, ``что``)."""
    past_cues: frozenset[str] = frozenset()
    """Words that make a clause past (``hat``, ``fue``, ``был``): a weekday then points back."""
    past_suffixes: tuple[str, ...] = ()
    """Endings of past-tense verbs (``-ó``, ``-ил``), for languages that mark the past so."""
    vague: dict[str, tuple[str, ...]] | None = None
    """Vague time phrases by TimeML value (``PRESENT_REF``: ``jetzt``, ``сейчас``)."""
    party_prepositions: frozenset[str] = frozenset()
    """Prepositions after which names take part rather than locate (``zwischen``, ``avec``)."""
    day_parts: dict[str, tuple[str, ...]] | None = None
    """Parts of a day after a day (``soir``, ``sera``, ``вечером``) by TimeML code: ``MO``,
    ``AF``, ``EV``, ``NI`` (``mercredi soir`` → ``…TEV``)."""
    today_parts: dict[str, tuple[str, ...]] | None = None
    """Phrases for a part of the publication day (``ce matin``, ``stasera``), same codes."""
    seats: dict[str, str] | None = None
    """The language's names of seats of power and organizations → the English gazetteer's
    name (``Кремль`` → ``Kremlin``): a seat named so speaks for its government."""
    regions: dict[str, str] | None = None
    """The language's names of the world regions the English gazetteer knows and CLDR does
    not name (``Ближний Восток`` → ``Middle East``, ``Kaukasus`` → ``Caucasus``)."""
    clock_words: frozenset[str] = frozenset()
    """Words after an hour that make it a clock time (``Uhr``): ``um 14 Uhr`` → ``T14:00``."""
    day_part_compounds: dict[str, tuple[str, ...]] | None = None
    """Parts of a day that compound with a weekday (German ``abend``: ``Donnerstagabend``),
    by TimeML code like ``day_parts``."""
    clock_links: frozenset[str] = frozenset()
    """Words between a date and its clock time (``à``, ``um``, ``alle``): ``… à 16:56``."""
    conjunctions: frozenset[str] = frozenset()
    """Words that join the items of a list (``y``, ``et``, ``und``, ``и``): ``entre Veldra,
    Tirasol y Korvania`` names three places after one preposition."""
    ago_words: frozenset[str] = frozenset()
    """Words that make a length a point in the past (``vor``, ``il y a``, ``назад``)."""
    delegation_nouns: tuple[str, ...] = ()
    """Regular-expression alternatives naming a delegation (``délégations?``)."""
    head_cues: tuple[str, ...] = ()
    """Alternatives that, with a delegation word, name its head (``conduite par``)."""
    side_cues: tuple[str, ...] = ()
    """Alternatives that name who leads or speaks for a side (``représenté par``)."""
    joint_cues: tuple[str, ...] = ()
    """Alternatives after which the heads of several sides are listed (``coprésidée par``)."""
    member_cues: tuple[str, ...] = ()
    """Alternatives that list a delegation's members (``comprend``)."""
    counterpart_cues: tuple[str, ...] = ()
    """Alternatives naming a person's opposite number (``homologue``): the person before and
    the one after lead the two sides."""
    organization_words: frozenset[str] = frozenset()
    """Head nouns and adjectives of organisation names (``unión``, ``nazioni``, ``nacional``,
    ``министерств``): a run of capitalized words holding one names no person."""
    adjective_endings: tuple[str, ...] = ()
    """Endings only adjectives have (Russian ``-ого``, ``-ая``): a run opening with such a
    word is a thing (``Нагорного Карабаха``), not a person."""
    meeting_verbs: frozenset[str] = frozenset()
    """Forms of the verbs of meeting (``se sont rencontrés``, ``встретились``, ``se reunirá``):
    a sentence where one is followed by its place is a meeting mention, like a meeting noun."""
    split_meeting_verbs: frozenset[str] = frozenset()
    """Verbs of meeting whose parts stand apart, the gap written ``...`` (``kommen ...
    zusammen``, ``sich ... getroffen``): the first part followed by the last in one clause is
    read as a meeting verb, the words between (often the place) left to the reader."""
    ceasefire_nouns: frozenset[str] = frozenset()
    """Forms of the words for a ceasefire (``Waffenruhe``, ``cessez-le-feu``, ``перемирие``)."""
    ceasefire_verbs: frozenset[str] = frozenset()
    """Forms of the verbs that make a ceasefire an event: agreed, concluded or taking effect
    (``vereinbart``, ``tritt in Kraft``, ``entre en vigueur``, ``договорились``). A sentence
    with a ceasefire noun and one of these near it reports the ceasefire."""
    renewal_stems: tuple[str, ...] = ()
    """Beginnings of the verbs of extending or renewing (``prolong``, ``verlänger``,
    ``продл``): between a ceasefire noun and its verb one says an old ceasefire is extended
    (``convenus de prolonger un accord de cessez-le-feu``), no new one agreed."""
    negation_words: frozenset[str] = frozenset()
    """Words that, just before a meeting verb, say the meeting did not happen (``sans``,
    ``не``, ``sin``): ``sans se rencontrer`` is no meeting."""
    earlier_words: frozenset[str] = frozenset()
    """Adverbs after a length that put a day that far before the last date the text gave
    (``deux jours plus tôt``, ``zwei Tage zuvor``)."""
    later_words: frozenset[str] = frozenset()
    """Adverbs after a length that put a day that far after it (``deux jours plus tard``)."""
    sequence_words: frozenset[str] = frozenset()
    """Prepositions that relate an event to another one (``après``, ``tras``, ``после``): a
    date or place written beyond one, after the event word, is the other event's."""
    place_nouns: tuple[str, ...] = ()
    """Nouns naming a kind of place, which may stand between a locative preposition and the
    place's name (``dans la ville de``, ``im Golfstaat``, ``в городе``); in languages that
    compound nouns, also their endings (``…stadt``). Lower case, longest first."""
    locative_contractions: frozenset[str] = frozenset()
    """A locative preposition fused with an article (``na``, ``nella``, ``im``): before a noun
    of ``place_nouns`` it introduces the place (``na cidade de X``); it is no place preposition
    of its own, since it opens names of bodies and papers as often as places."""
    capital_words: frozenset[str] = frozenset()
    """Forms of "capital" (``capitale``, ``столице``): ``à la capitale du Veldra``, ``в столице
    Вельдры`` place an event in the country's capital."""
    start_words: frozenset[str] = frozenset()
    """Finite forms of the verbs of beginning (``начинают``, ``ont commencé``, ``comenzaron``):
    a length a sentence gives talks it says begin (``двухдневные``) runs from their date."""
    invite_verbs: frozenset[str] = frozenset()
    """Forms of the verb of inviting (``invitó``, ``a invité``, ``пригласил``): who invites
    others to a meeting meets them there, and whom they invite take part."""
    border_words: tuple[str, ...] = ()
    """Beginnings of the words for a border and its adjectives (``frontière``, ``grenz``,
    ``границ``): a ceasefire whose own sentences call the fighting a border's holds there."""
    leading_parts: dict[str, tuple[str, ...]] | None = None
    """Parts of a day written before their date, with the word that links them
    (``mattinata del``, ``soirée du``, ``ніч на``), by TimeML code like ``day_parts``."""
    held_participles: tuple[str, ...] = ()
    """Beginnings of the participles that say an event took place (``tenu``, ``celebrad``,
    ``состоявш``): ``des pourparlers, tenus mardi à Tirasol`` — the comma opens no other
    clause, the place is the talks'."""
    credit_labels: frozenset[str] = frozenset()
    """Words that label a byline or photo credit (``foto``, ``текст``, ``di``): the name
    after one is the author's or photographer's, no one in the story."""
    vague_amounts: frozenset[str] = frozenset()
    """Words of an unsaid amount before a plural unit (``alcuni``, ``quelques``,
    ``нескольких``): ``alcuni giorni`` is a length of days, ``PXD``."""
    fleeting_vowels: tuple[str, ...] = ()
    """Vowels a declined name drops between its last consonants (Russian ``е``: ``Египет`` /
    ``Египта``)."""
    outlet_verbs: frozenset[str] = frozenset()
    """Speech verbs whose subject is usually a news outlet (``сообщает``, ``riporta``): a
    lone name after one is no person."""
    resumptive_cues: frozenset[str] = frozenset()
    """Words that open a sentence and point back at the quote before it, before a speech verb
    (``lo`` in ``Lo ha scritto X``, ``об этом`` in ``Об этом заявил X``)."""
    articles: frozenset[str] = frozenset()
    """Definite articles and their contractions with a preposition (``el``, ``del``, ``os``):
    a capitalized run right after one is a body or a thing, not a person (``la Unión``)."""
    institutions: dict[str, str] | None = None
    """Common nouns (stems where names inflect) of bodies that speak for a country or an
    organisation, with what they are: ``executive`` (``présidence``, ``Regierung``: the
    country's seat of power speaks for it where the article names one) or ``body``
    (``ministère``, ``Armee``, ``delegación``)."""
    country_adjectives: dict[str, str] | None = None
    """Stems of country adjectives that do not share a stem with the country's own name in the
    language (``américain`` → ``US``, ``französisch`` → ``FR``), by ISO 3166 alpha-2 code;
    the others are read off the country names in every language with
    :attr:`nationality_endings` (``chileno`` → ``Chile``)."""
    nationality_endings: frozenset[str] = frozenset()
    """How the language's nationality adjectives end after the country's stem, accents of
    Latin letters dropped (``ais``, ``iens``, ``anos``, ``ische``, ``ского``): a lower-case
    word sharing a country name's first letters reads as its adjective only with one."""
    country_abbreviations: dict[str, str] | None = None
    """Short names of countries in the language (``USA``, ``США``, ``EUA``) by ISO 3166
    alpha-2 code: CLDR and ISO 3166 give only the full names."""
    relative_pronouns: frozenset[str] = frozenset()
    """Relative pronouns (``qui``, ``che``, ``который``): after a name and a comma they open
    a clause about that person, whose names are not the sentence's subject."""
    party_nouns: frozenset[str] = frozenset()
    """Plural nouns that name the sides of a talk together (``partes``, ``delegaciones``,
    ``países``): ``Las delegaciones de Veldra y de Korvania anunciaron …`` makes the two a
    joint speaker, and a later ``las delegaciones`` refers back to it."""
    document_nouns: frozenset[str] = frozenset()
    """Nouns of a text issued in someone's name (``comunicado``, ``documento``): ``señala
    el comunicado`` speaks for whoever issued it."""
    determiners: frozenset[str] = frozenset()
    """Definite articles of a language whose ``articles`` stay empty (German ``die``): they
    may open a body's name after a speech verb (``erklärte die Armee``)."""
    expiry_words: frozenset[str] = frozenset()
    """Words of something running out or falling due (``vence``, ``expire``, ``ausläuft``,
    ``истекает``, ``prazo``): with a day written against them, a deadline."""
    demonstratives: frozenset[str] = frozenset()
    """Demonstrative determiners (``ces``, ``diese``, ``эти``): ``ces négociations`` points
    back at talks the article already named, wherever the sentence itself is set."""

    bound_words: frozenset[str] = frozenset()
    """Words that bound a period (``hasta``, ``jusqu'au``, ``до``): a date right after one is
    when something ends or falls due, not the day an event is held."""
    subordinators: frozenset[str] = frozenset()
    """Conjunctions that open a clause of time or purpose (``cuando``, ``quand``, ``когда``):
    a date after one belongs to that clause's own predicate."""

    def is_title(self, word: str) -> bool:
        """Whether ``word`` (any case) is a title that may stand before a person's name."""
        lower = word.lower()
        forms = [lower, *(lower[: -len(e)] for e in self.name_endings if lower.endswith(e))]
        return any(f in self.titles or f.endswith(self.title_suffixes) for f in forms if f)

    def institution(self, word: str) -> str | None:
        """What kind of speaking body ``word`` (any case) names (``executive``, ``body``), or
        ``None``: listed as it is, or (where names inflect) a listed stem plus a short
        ending (``правительства``)."""
        lower = word.lower()
        found = (self.institutions or {}).get(lower)
        if found is not None or not self.name_endings:
            return found
        return next((kind for stem, kind in (self.institutions or {}).items()
                     if lower.startswith(stem) and len(lower) - len(stem) <= _MAX_ENDING), None)

    def is_organization(self, word: str) -> bool:
        """Whether ``word`` (any case) heads or qualifies an organisation's name: listed as
        it is, or (where names inflect) a listed stem plus a short ending (``министерства``)."""
        lower = word.lower()
        if lower in self.organization_words:
            return True
        return bool(self.name_endings) and any(
            lower.startswith(w) and len(lower) - len(w) <= _MAX_ENDING
            for w in self.organization_words)


def _strings(data: dict[str, Any], key: str, where: str) -> list[str]:
    """The list of strings under ``key``, or a clear error."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ExtractError(f"{where}: '{key}' must be a list of strings",
                           fix="correct the language pack (see docs/languages.md)")
    return value


def _optional(data: dict[str, Any], key: str, where: str) -> frozenset[str]:
    """An optional list of words, lower-cased; empty when the pack has none."""
    if key not in data:
        return frozenset()
    return frozenset(w.lower() for w in _strings(data, key, where))


def _names(data: dict[str, Any], key: str, where: str) -> dict[str, str] | None:
    """An optional object of names to names, or a clear error."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ExtractError(f"{where}: '{key}' must map names to names",
                           fix="correct the language pack (see docs/languages.md)")
    return dict(value)


def _nested(data: dict[str, Any], key: str, where: str) -> tuple[tuple[str, ...], ...]:
    """A list of lists of strings under ``key``, or a clear error."""
    value = data.get(key)
    if not isinstance(value, list) or not all(
        isinstance(row, list) and all(isinstance(v, str) for v in row) for row in value
    ):
        raise ExtractError(f"{where}: '{key}' must be a list of lists of strings",
                           fix="correct the language pack (see docs/languages.md)")
    return tuple(tuple(row) for row in value)


def _keyed(data: dict[str, Any], key: str, keys: tuple[str, ...], where: str
           ) -> dict[str, tuple[str, ...]]:
    """An object with exactly ``keys``, each a list of strings, or a clear error."""
    value = data.get(key)
    if not isinstance(value, dict) or set(value) != set(keys) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in value.values()
    ):
        raise ExtractError(f"{where}: '{key}' must map exactly {', '.join(keys)} to lists of "
                           "strings", fix="correct the language pack (see docs/languages.md)")
    return {k: tuple(value[k]) for k in keys}


def _units(data: dict[str, Any], key: str, where: str) -> dict[str, tuple[str, ...]]:
    """An object with exactly the keys D, W, M, Y, each a list of strings, or a clear error."""
    return _keyed(data, key, _UNITS, where)


def _check_shape(data: dict[str, Any], where: str) -> None:
    """Counts that every pack must get right (12 months, 7 weekdays, quote mark pairs)."""
    expected = {"months": 12, "weekdays": 7, "numbers": 10}
    for key, count in expected.items():
        if len(data[key]) != count:
            raise ExtractError(f"{where}: '{key}' must have {count} rows",
                               fix="correct the language pack (see docs/languages.md)")
    for key in ("quote_marks", "vowel_alternations"):
        if any(len(pair) != 2 for pair in data[key]):
            raise ExtractError(f"{where}: every '{key}' entry must be a pair",
                               fix="correct the language pack (see docs/languages.md)")


def parse_pack(data: dict[str, Any], where: str = "language pack") -> LanguagePack:
    """Check a pack's JSON object and build the :class:`LanguagePack`."""
    lists = {key: _strings(data, key, where) for key in _LISTS}
    nested = {key: _nested(data, key, where) for key in _NESTED}
    _check_shape({**data, **nested}, where)
    relative = data.get("relative")
    if not isinstance(relative, dict) or set(relative) != set(_RELATIVE):
        raise ExtractError(f"{where}: 'relative' must have exactly the keys {', '.join(_RELATIVE)}",
                           fix="correct the language pack (see docs/languages.md)")
    return LanguagePack(
        language=str(data["language"]),
        name=str(data["name"]),
        spacy=str(data["spacy"]),
        model=str(data["model"]) if data.get("model") else None,
        titles=frozenset(w.lower() for w in lists["titles"]),
        title_suffixes=tuple(lists["title_suffixes"]),
        name_particles=frozenset(lists["name_particles"]),
        name_stopwords=frozenset(lists["name_stopwords"]),
        noun_suffixes=tuple(sorted(lists["noun_suffixes"], key=len, reverse=True)),
        place_prepositions=frozenset(lists["place_prepositions"]),
        name_endings=tuple(sorted(lists["name_endings"], key=len, reverse=True)),
        nominative_endings=tuple(lists["nominative_endings"]),
        vowel_alternations=tuple((a, b) for a, b in nested["vowel_alternations"]),
        patronymic_suffixes=tuple(lists["patronymic_suffixes"]),
        quote_marks=tuple((a, b) for a, b in nested["quote_marks"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        attribution_cues=frozenset(lists["attribution_cues"]),
        meeting_nouns=frozenset(lists["meeting_nouns"]),
        round_nouns=frozenset(lists["round_nouns"]),
        signing_words=frozenset(lists["signing_words"]),
        ordinals=nested["ordinals"],
        months=nested["months"],
        weekdays=nested["weekdays"],
        relative={key: tuple(relative[key]) for key in _RELATIVE},
        numbers=nested["numbers"],
        duration_units=_units(data, "duration_units", where),
        duration_compounds=_units(data, "duration_compounds", where),
        range_words=frozenset(lists["range_words"]),
        weekday_last=frozenset(lists["weekday_last"]),
        weekday_next=frozenset(lists["weekday_next"]),
        future_cues=frozenset(lists["future_cues"]),
        pronouns=frozenset(lists["pronouns"]),
        complementizers=frozenset(lists["complementizers"]),
        ago_words=frozenset(lists["ago_words"]),
        party_prepositions=frozenset(lists["party_prepositions"]),
        past_cues=frozenset(lists["past_cues"]),
        past_suffixes=tuple(lists["past_suffixes"]),
        vague=_keyed(data, "vague", _VAGUE, where),
        conjunctions=_optional(data, "conjunctions", where),
        day_parts=_keyed(data, "day_parts", _PARTS, where) if "day_parts" in data else None,
        today_parts=_keyed(data, "today_parts", _PARTS, where)
        if "today_parts" in data else None,
        clock_links=_optional(data, "clock_links", where),
        **{key: tuple(_strings(data, key, where)) for key in _SIDES if key in data},
        organization_words=_optional(data, "organization_words", where),
        clock_words=_optional(data, "clock_words", where),
        seats=_names(data, "seats", where),
        regions=_names(data, "regions", where),
        day_part_compounds=_keyed(data, "day_part_compounds", _PARTS, where)
        if "day_part_compounds" in data else None,
        articles=_optional(data, "articles", where),
        institutions=_names(data, "institutions", where),
        country_adjectives=_names(data, "country_adjectives", where),
        nationality_endings=_optional(data, "nationality_endings", where),
        determiners=_optional(data, "determiners", where),
        demonstratives=_optional(data, "demonstratives", where),
        expiry_words=_optional(data, "expiry_words", where),
        party_nouns=_optional(data, "party_nouns", where),
        document_nouns=_optional(data, "document_nouns", where),
        relative_pronouns=_optional(data, "relative_pronouns", where),
        bound_words=_optional(data, "bound_words", where),
        subordinators=_optional(data, "subordinators", where),
        country_abbreviations=_names(data, "country_abbreviations", where),
        meeting_verbs=_optional(data, "meeting_verbs", where),
        split_meeting_verbs=_optional(data, "split_meeting_verbs", where),
        ceasefire_nouns=_optional(data, "ceasefire_nouns", where),
        ceasefire_verbs=_optional(data, "ceasefire_verbs", where),
        renewal_stems=tuple(sorted(_optional(data, "renewal_stems", where))),
        negation_words=_optional(data, "negation_words", where),
        capital_words=_optional(data, "capital_words", where),
        locative_contractions=_optional(data, "locative_contractions", where),
        place_nouns=tuple(sorted((w.lower() for w in _optional(data, "place_nouns", where)),
                                 key=len, reverse=True)),
        border_words=tuple(sorted(_optional(data, "border_words", where))),
        invite_verbs=_optional(data, "invite_verbs", where),
        start_words=_optional(data, "start_words", where),
        earlier_words=_optional(data, "earlier_words", where),
        later_words=_optional(data, "later_words", where),
        sequence_words=_optional(data, "sequence_words", where),
        resumptive_cues=_optional(data, "resumptive_cues", where),
        outlet_verbs=_optional(data, "outlet_verbs", where),
        fleeting_vowels=tuple(_optional(data, "fleeting_vowels", where)),
        vague_amounts=_optional(data, "vague_amounts", where),
        credit_labels=_optional(data, "credit_labels", where),
        held_participles=tuple(sorted(_optional(data, "held_participles", where))),
        leading_parts=_keyed(data, "leading_parts", _PARTS, where)
        if "leading_parts" in data else None,
        adjective_endings=tuple(sorted(_optional(data, "adjective_endings", where), key=len,
                                       reverse=True)),
    )


@cache
def pack_key(text: str) -> str:
    """A phrase of a text as a key of a pack's word lists: lower case, single spaces, straight
    apostrophes."""
    return " ".join(text.lower().replace("’", "'").split())


def read_language_file(code: str, name: str) -> dict[str, Any] | None:
    """The JSON object of ``communique/lang/<code>/<name>``, or ``None`` when the language has
    no such file; an unreadable file or one that holds no object is a clear error. The one
    reader of the per-language data files (``words.json``, ``counts.json``,
    ``news_words.json``, ``conflict_phrases.json``)."""
    where = f"communique/lang/{code}/{name}"
    source = resources.files("communique.lang").joinpath(code, name)
    if not source.is_file():
        return None
    try:
        data = json.loads(source.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractError(f"{where} could not be read: {exc}",
                           fix="reinstall communique; the language packs are part of it") from exc
    if not isinstance(data, dict):
        raise ExtractError(f"{where}: not an object",
                           fix="correct the language data (see docs/languages.md)")
    return data


def language_pack(code: str) -> LanguagePack | None:
    """The pack of language ``code`` (ISO 639-1), or ``None`` when there is none."""
    if code not in SUPPORTED:
        return None
    where = f"communique/lang/{code}/words.json"
    data = read_language_file(code, "words.json")
    if data is None:
        raise ExtractError(f"{where} could not be read: the file is missing",
                           fix="reinstall communique; the language packs are part of it")
    if data.get("language") != code:
        raise ExtractError(f"{where}: not a pack for '{code}'",
                           fix="correct the language pack (see docs/languages.md)")
    return parse_pack(data, where)
