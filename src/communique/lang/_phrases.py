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
"""

from __future__ import annotations

import re
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
})
"""The slots a file may fill (``docs/languages.md``); any other key is an error, so that a
misspelt one is never silently read as no phrases."""


def phrases(key: str) -> tuple[str, ...]:
    """Every language's phrases for ``key``, in the order of :data:`LANGUAGES`, each once."""
    if key not in KEYS:
        raise ExtractError(f"no phrase key '{key}'", fix="use a key of docs/languages.md")
    return tuple(dict.fromkeys(p for code in LANGUAGES for p in _phrases_of(code).get(key, ())))


def alternation(*keys: str) -> str:
    """The phrases of ``keys`` as one non-capturing regular-expression alternation."""
    return "(?:" + "|".join(dict.fromkeys(p for key in keys for p in phrases(key))) + ")"


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


@cache
def _phrases_of(code: str) -> dict[str, tuple[str, ...]]:
    """One language's phrases by key, checked (none when the language has no file)."""
    data = read_language_file(code, _FILE)
    if data is None:
        return {}
    where = f"communique/lang/{code}/{_FILE}"
    found: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if key in _META:
            continue
        if key not in KEYS:
            raise ExtractError(f"{where}: unknown key '{key}'", fix=_FIX)
        found[key] = _checked(value, f"{where}: {key}")
    return found


def _checked(value: object, where: str) -> tuple[str, ...]:
    """A key's phrases: a list of regular-expression fragments without capturing groups."""
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
