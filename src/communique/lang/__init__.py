"""Languages: one folder of word lists per language, and the name keys shared by all stages.

Public API::

    pack = language_pack("de")      # LanguagePack or None (English has its own extractors)
    pack.speech_verbs, pack.months, pack.quote_marks, ...
    spelling_key("Зеленский") == spelling_key("Zelenskyy")
    to_latin("Зеленський", "uk")    # "Zelenskyi"

Each ``lang/<code>/words.json`` holds the words that language needs (titles, months and
weekdays, relative dates, quotation marks, speech verbs, meeting and round nouns, ordinals,
inflectional endings); ``lang/<code>/conflict_phrases.json`` (English too) the phrases of the
merge stage's contradiction finders (:mod:`communique.lang._phrases`);
``lang/<code>/calendar_words.json`` (also for languages without a pack) the month and weekday
names and date markers (:mod:`communique.lang._calendar`); ``docs/languages.md`` documents the
formats. Like ``communique.data``
this package imports no stage, so every stage can read it.
"""

from __future__ import annotations

from communique.lang._pack import (
    SUPPORTED,
    LanguagePack,
    language_pack,
    pack_key,
    parse_pack,
    read_language_file,
)
from communique.lang.names import block_key, similar_names, spelling_key, to_latin

__all__ = [
    "SUPPORTED",
    "LanguagePack",
    "block_key",
    "language_pack",
    "pack_key",
    "parse_pack",
    "read_language_file",
    "similar_names",
    "spelling_key",
    "to_latin",
]
