"""The phrases the merge stage's contradiction finders read, in every language
(``lang/<code>/conflict_phrases.json``).

A finder that reads sentences in several languages (the day a weekday gives an event, the month
an act was made, who mediated or signed) keeps its sentence shapes in code and its words here:
each key of the file names one slot of those shapes (``event_nouns``, ``made_verbs``,
``mediated_by``), and every language's file gives its phrases for it. A finder takes the
phrases of all languages together, as one regular-expression alternation, since an article's
language is not always known and outlets quote each other across languages. Adding a language
is adding its file; ``docs/languages.md`` describes every key.

Values are lists of Python regular-expression fragments (matched as the finder says, most
without regard to case) with no capturing groups; English, which has no language pack, has a
file too. ``numbers`` (English only: a pack's own ``numbers`` serve its language) is rows, row
n the forms of the cardinal n.

A *grouped* key (:data:`GROUPS`) is an object instead: each of its fixed labels (an office, a
kind of venue) maps to a list of fragments, read with :func:`grouped`. A finder whose English
shape differs from the other languages' reads each side apart (``languages=("en",)`` and
:func:`others`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from communique.errors import ExtractError
from communique.lang._pack import SUPPORTED, language_pack, read_language_file

LANGUAGES = ("en", *SUPPORTED)
"""The languages whose phrases every finder reads, in the order their phrases join."""
_FILE = "conflict_phrases.json"
_META = ("language", "about", "numbers")
_FIX = "correct the language data (see docs/languages.md)"
KEYS = frozenset({
    "event_nouns", "weekday_event_nouns", "length_event_nouns", "city_event_nouns",
    "statement_verbs", "clause_conjunctions", "time_relations", "event_told_verbs",
    "moved_words", "not_held_phrases", "denials", "truce_nouns", "agreement_nouns",
    "law_nouns", "made_verbs", "month_prepositions", "month_day_leads", "day_month_leads",
    "day_month_links", "slip_clause_words", "to_be_made", "deadline_words",
    "peace_accord_nouns", "accord_signed_words", "passive_auxiliaries", "accord_denials",
    "accord_articles", "accord_qualifiers", "accord_unreported", "length_day_units",
    "length_prepositions", "day_units", "length_links", "length_compounds", "going_on_verbs",
    "until_words", "day_suffixes", "final_until_words", "final_going_on_verbs", "maybe_words",
    "past_span_words", "city_prepositions", "elsewhen_words", "mediated_by", "signed_by",
    "witnessed_by", "chaired_by", "role_as", "role_articles", "mediator_nouns",
    "apposition_also", "role_noun_links", "observer_nouns", "witness_signing",
    "witness_nouns", "head_after", "accompanied_relatives", "accompanied_words",
    "accompanied_links", "role_plan_words", "holder_titles", "name_articles", "conjunctions",
    "join_words", "holder_nouns", "rank_heads", "rank_ministers", "deputy_words",
    "both_sides_words", "signed_verbs", "signed_by_agents", "final_passive_signed",
    "plural_articles", "object_prepositions", "format_talk_nouns", "indirect_words",
    "direct_words", "format_conjunctions", "face_to_face", "format_unreported",
    "pointing_determiners", "pointing_event_nouns", "host_verbs_after", "hosted_by",
    "venue_prepositions", "venue_articles", "venue_own_house", "venue_speaking_words",
    "junior_minister_titles", "foreign_affairs_words", "former_words", "office_deputy_words",
    "title_clause_conjunctions", "genitive_prepositions", "genitive_articles", "person_nouns",
    "party_filler_words", "fighting_nouns", "resumed_verbs", "suspended_words",
    "agreement_objects", "object_pronouns", "opening_event_nouns", "start_truce_nouns",
    "start_words", "start_articles", "hour_words", "session_ordinals", "session_nouns",
    "local_time_words", "named_zone_times", "reporting_verbs", "name_connectors",
    "tally_update_words", "episode_nouns", "last_span_words",
    "levy_words", "extension_words", "relief_words", "lag_after_words", "lag_hour_units",
    "attack_verbs", "attack_nouns", "attack_targets", "attack_auxiliaries",
})
"""The slots a file may fill (``docs/languages.md``); any other key is an error, so that a
misspelt one is never silently read as no phrases."""


GROUPS: dict[str, tuple[str, ...]] = {
    "venue_kinds": ("the White House", "a ministry", "an institute", "an embassy",
                    "a residence", "a palace", "a hotel", "headquarters"),
    "named_times": ("noon", "midnight"),
    "title_heads": ("secretary", "representative", "envoy", "adviser"),
    "title_qualifiers": ("permanent", "executive", "general", "special", "high", "personal",
                         "chief", "senior"),
    "episode_units": ("day", "week", "month"),
    "office_titles": ("foreign ministry spokesperson", "foreign minister", "defence minister",
                      "prime minister", "president"),
    # The classes the story stage pools claims by, in the order it tries them.
    "measure_words": ("killed", "injured", "displaced", "detained"),
    "span_words": ("conflict", "talks", "truce", "deadline"),
}
"""The grouped keys (``docs/languages.md``), each with its labels in the order a finder tries
them; a file may give any of the labels, no other."""


def others() -> tuple[str, ...]:
    """The languages but English, in the order of :data:`LANGUAGES`."""
    return tuple(code for code in LANGUAGES if code != "en")


def phrases(key: str, languages: Sequence[str] | None = None) -> tuple[str, ...]:
    """Every language's phrases for ``key`` (those of ``languages`` alone when given), in the
    order of :data:`LANGUAGES`, each once."""
    if key not in KEYS:
        raise ExtractError(f"no phrase key '{key}'", fix="use a key of docs/languages.md")
    return _joined(key, languages)


def alternation(*keys: str, languages: Sequence[str] | None = None) -> str:
    """The phrases of ``keys`` as one non-capturing regular-expression alternation."""
    return "(?:" + "|".join(dict.fromkeys(
        p for key in keys for p in phrases(key, languages))) + ")"


def grouped(key: str, languages: Sequence[str] | None = None) -> dict[str, tuple[str, ...]]:
    """A grouped key's phrases by label, in the order of its labels, each label with the
    phrases of every language (of ``languages`` alone when given); labels no file fills are
    left out."""
    if key not in GROUPS:
        raise ExtractError(f"no grouped phrase key '{key}'", fix="use a key of docs/languages.md")
    found = {label: _joined(f"{key}.{label}", languages) for label in GROUPS[key]}
    return {label: items for label, items in found.items() if items}


def _joined(name: str, languages: Sequence[str] | None) -> tuple[str, ...]:
    """The phrases stored under ``name`` in each language, in order, each once."""
    codes = LANGUAGES if languages is None else languages
    return tuple(dict.fromkeys(p for code in codes for p in _phrases_of(code).get(name, ())))


def number_words(most: int) -> dict[str, int]:
    """The words (lower case) of the cardinals one to ``most`` in every language, each with its
    value: English's from its phrase file, the other languages' from their packs."""
    english = read_language_file("en", _FILE) or {}
    rows = english.get("numbers", [])
    if not isinstance(rows, list) or not all(
            isinstance(row, list) and row and all(isinstance(w, str) and w for w in row)
            for row in rows):
        raise ExtractError(f"communique/lang/en/{_FILE}: numbers: not rows of words", fix=_FIX)
    tables: list[list[tuple[str, ...]]] = [[tuple(row) for row in rows]]
    tables += [list(pack.numbers) for code in SUPPORTED
               if (pack := language_pack(code)) is not None]
    found: dict[str, int] = {}
    for table in tables:
        for value, forms in enumerate(table[:most], start=1):
            for form in forms:
                found.setdefault(form.lower(), value)
    return found


def cardinal_group(numbers: dict[str, int]) -> str:
    """A regular-expression group ``n`` matching one to three digits or one of ``numbers``'
    words (longest first, so that ``dix-sept`` is not read as ``dix``)."""
    words = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    return f"(?P<n>\\d{{1,3}}|{words})"


def cardinal_value(amount: str, numbers: dict[str, int]) -> int | None:
    """The value of what :func:`cardinal_group` matched: digits, else a number word."""
    lower = amount.lower()
    return int(lower) if lower.isdigit() else numbers.get(lower)


@cache
def _phrases_of(code: str) -> dict[str, tuple[str, ...]]:
    """One language's phrases by key, checked (none when the language has no file); a grouped
    key's by ``key.label``."""
    data = read_language_file(code, _FILE)
    if data is None:
        return {}
    where = f"communique/lang/{code}/{_FILE}"
    found: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if key in _META:
            continue
        if key in GROUPS:
            found.update(_labelled(value, GROUPS[key], key, where))
        elif key in KEYS:
            found[key] = checked_fragments(value, f"{where}: {key}")
        else:
            raise ExtractError(f"{where}: unknown key '{key}'", fix=_FIX)
    return found


def _labelled(value: object, labels: tuple[str, ...], key: str, where: str
              ) -> dict[str, tuple[str, ...]]:
    """A grouped key's phrases by ``key.label``: an object of lists under known labels."""
    if not isinstance(value, dict):
        raise ExtractError(f"{where}: {key}: not an object of labels", fix=_FIX)
    found = {}
    for label, items in value.items():
        if label not in labels:
            raise ExtractError(f"{where}: {key}: unknown label '{label}'", fix=_FIX)
        found[f"{key}.{label}"] = checked_fragments(items, f"{where}: {key}.{label}")
    return found


def checked_fragments(value: object, where: str) -> tuple[str, ...]:
    """A key's phrases: a list of regular-expression fragments without capturing groups (an
    E300 error naming ``where`` otherwise)."""
    if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
        raise ExtractError(f"{where}: not a list of non-empty strings", fix=_FIX)
    for fragment in value:
        try:
            groups = re.compile(fragment).groups
        except re.error as exc:
            raise ExtractError(f"{where}: '{fragment}' is no regular expression: {exc}",
                               fix=_FIX) from exc
        if groups:
            raise ExtractError(f"{where}: '{fragment}' has a capturing group",
                               fix="write a group as (?:...)")
    return tuple(value)
