"""Month and weekday names, "today" words and future markers in the languages news crawls hold.

Only calendar vocabulary (no story's names): the words a publisher uses to write a date
(``12 avril 2025``, ``27. Juni 2025``, ``19 أبريل 2025``), to say that a date is the day of
writing (``today``, ``aujourd'hui``, ``oggi``) or that it lies ahead (``will``, ``prochain``,
``geplant``). The words are data, one file a language (``lang/<code>/calendar_words.json``,
read by :mod:`communique.lang._calendar`); here they become the lookup tables and patterns the
readers share, folded to lower case with spaces written ``_``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from communique.lang._calendar import calendar_phrases, calendar_words, language_words, numbered


def fold(word: str) -> str:
    """A word as the tables hold it: NFC, lower case, without a trailing full stop."""
    return "_".join(unicodedata.normalize("NFC", word).lower().rstrip(".").split())


MONTH_NAMES: dict[str, int] = numbered("months")
"""Full month names (genitive forms where a language writes dates with them)."""

MONTH_ABBREVIATIONS: dict[str, int] = numbered("month_abbreviations")
"""Abbreviations; several are also ordinary words ("set", "out", "mag"), so a caller accepts
them only next to a day number and a year, or inside a dateline."""

WEEKDAY_NAMES: dict[str, int] = numbered("weekdays")
"""Weekday names (0 = Monday, as :meth:`datetime.date.weekday` counts)."""
WORD_LIKE_WEEKDAYS = calendar_words("word_like_weekdays")
"""Weekday names that are also ordinary words: the Portuguese weekdays without ``-feira``
(``quinta``: fifth, ``segunda``: second), the Turkish and Indonesian names of the market day
and the week. A reader that has no date around a weekday to go by leaves them out."""

TODAY_WORDS = calendar_words("today")
"""Words that make a date the day of writing ("today, Saturday 12 April", "hoy sábado 12")."""

WEEKEND_WORDS = calendar_words("weekend")
"""Words for the weekend: a Saturday and Sunday named at once ("talks this weekend in X")."""

THIS_WEEK_WORDS = calendar_words("this_week")
"""Demonstratives that put a weekday in the week of writing in Romance news copy ("signent ce
vendredi 25 avril", "firmaron este viernes", "neste sábado"). English "this Friday" is left out:
it mostly points ahead ("talks set for this Saturday")."""


def _marker(key: str) -> re.Pattern[str]:
    """Every language's phrases of ``key`` as whole words."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(calendar_phrases(key))})(?!\w)", re.IGNORECASE)


FUTURE_MARKER = _marker("future")
"""Words that put the date of their sentence ahead of the writing: such a date never bounds
the publication date from below."""


def month_number(word: str, *, abbreviations: bool = True) -> int | None:
    """The month a name or abbreviation stands for (``"avr."`` → 4), else ``None``."""
    key = fold(word)
    found = MONTH_NAMES.get(key)
    if found is None and abbreviations:
        found = MONTH_ABBREVIATIONS.get(key)
    return found


def weekday_number(word: str) -> int | None:
    """The weekday a name stands for (``"samedi"`` → 5), else ``None``."""
    return WEEKDAY_NAMES.get(fold(word).rstrip(","))


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of names, longest first (``"sept"`` before ``"sep"``)."""
    items = sorted({n.replace("_", " ") for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in items)


MONTH_NAME_ALT = _alternation(MONTH_NAMES)
"""Regex alternation of every full month name."""
MONTH_ABBR_ALT = _alternation(MONTH_ABBREVIATIONS)
"""Regex alternation of every month abbreviation."""
WEEKDAY_ALT = _alternation(WEEKDAY_NAMES)
"""Regex alternation of every weekday name."""
TODAY_ALT = _alternation(TODAY_WORDS)
"""Regex alternation of every "today" word."""
WEEKEND_ALT = _alternation(WEEKEND_WORDS)
"""Regex alternation of every weekend word."""
THIS_WEEK_ALT = _alternation(THIS_WEEK_WORDS)
"""Regex alternation of every demonstrative of :data:`THIS_WEEK_WORDS`."""
WEEKDAY_LINK_ALT = _alternation(calendar_words("weekday_links"))
"""Regex alternation of the words between a weekday and its date ("Friday, the 6th", "vendredi
le 6", "Freitag, den 6.")."""
DAY_MONTH_LINK_ALT = _alternation(calendar_words("day_month_links"))
"""Regex alternation of the words between a day and its month ("12 de abril", "18 of
February")."""
MONTH_YEAR_LINK_ALT = _alternation(calendar_words("month_year_links"))
"""Regex alternation of the words between a month and its year ("abril de 2025", "abril del
2025")."""
TODAY_LINK_ALT = _alternation(calendar_words("today_links"))
"""Regex alternation of the words (besides :data:`WEEKDAY_LINK_ALT`) between a "today" word and
its date ("hoje, o dia", "hoje, em 12 de abril")."""

DAY_PART_ALT = _alternation(calendar_words("day_parts"))
"""Regex alternation of the parts of a day written between a weekday and its date ("Tuesday
morning, April 15", "mardi soir 15 avril")."""
RANGE_LINK_ALT = _alternation(calendar_words("range_links"))
"""Regex alternation of the words that join the two days of a range ("August 4 to 7", "du 4 au
7 août", "4. bis 7. August")."""


def _spaced(names: Iterable[str]) -> str:
    """Like :func:`_alternation`, a space in a phrase matching any run of white space."""
    items = sorted({n.replace("_", " ") for n in names}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in items)


def _reflexive_alt() -> str:
    """A reflexive pronoun and what follows it: a space, or nothing after an elided one
    ("se rendre", "s'engager")."""
    words = sorted({w.replace("_", " ") for w in calendar_words("reflexives")},
                   key=len, reverse=True)
    return "|".join(re.escape(w) if w.endswith(("'", "’")) else rf"{re.escape(w)}\s+"
                    for w in words)


FUTURE_INFLECTION = re.compile(
    rf"(?<!\w)\w{{2,}}(?:{_alternation(calendar_words('future_endings'))})(?!\w)"
    rf"|(?<!\w)\w*(?:{_alternation(calendar_words('future_words'))})(?!\w)"
    rf"|(?<!\w)(?:{_spaced(calendar_words('go_future'))})\s+(?:{_reflexive_alt()})?"
    rf"\w+(?:{_alternation(calendar_words('infinitive_endings'))})(?!\w)",
    re.IGNORECASE)
"""Simple future verb endings (``future_endings``: "signeront", "firmarán", "firmerà"), future
forms that end a word (``future_words``: the irregular French "interviendra", "pourra") and the
future with "go" (``go_future``: "vont signer", "van a firmar", "vai assinar"): a "this Friday"
beside one is a preview, said before the day, and a date beside one ("la signature
interviendra le 18 août") lies ahead."""

@cache
def own_future(language: str | None) -> re.Pattern[str] | None:
    """The simple future endings read only in a text of ``language`` (``own_future_endings``:
    the French singular "commencera", "signera", "prendra", whose "-era" ends the Spanish
    "primera" too), after a stem of one letter or more; ``None`` where it has none. A caller
    takes a match only in lower case: "Al Jazeera" is a name."""
    code = (language or "").split("-")[0].casefold()
    endings = language_words(code, "own_future_endings") if code else frozenset()
    if not endings:
        return None
    return re.compile(rf"(?<!\w)\w+(?:{_alternation(endings)})(?!\w)")


PHOTO_MARKER = _marker("photo")
"""Words that make a sentence speak of a photo: it is a caption, whatever day it names."""

CALLED_OFF_MARKER = _marker("called_off")
"""Words that say a plan was called off or moved: the day it was set for ("initially
scheduled for May 3, was postponed") is neither ahead of the writing nor behind it."""

LAPSE_MARKER = _marker("lapse")
"""Words that say a term runs out: said in the present, the day beside them (a truce's last
day, a deadline) lies ahead of the writing, like a day after a future marker."""

UNREAL_MARKER = _marker("unreal")
"""Words that put a day in a threat, a possibility or something avoided ("the threat of 100%
tariffs from 1 March", "a deal that avoids new duties from 1 March"): the day is when a measure
would begin, neither a day the text reports as past nor one it says will come."""
