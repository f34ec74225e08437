"""Dates a running text writes without their year: ``on May 23``, ``le 12 avril``, ``15 June``.

News copy names the days of its story by month and day alone far more often than in full; the
year is the story's, which only the batch knows (:func:`communique.clean._dates.resolve_near`).
Only full month names count (abbreviations such as ``mar`` or ``set`` are ordinary words too),
and the English ``may`` only when capitalised (the verb is far more frequent). A date written
with its year is left to :func:`communique.clean._dates.find_dates`. A weekday written beside
the date ("Tuesday, April 15") is kept, so that a caller can check it against the year it
picks. A range ("August 4 to 7", "du 4 au 7 août", "4. bis 7. August") gives both its days. A
date that names a group ("the March 4 Movement", "le Mouvement du 4 mars", "la révolution du 9
juin") is a name, not a day of the story: it is skipped. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.clean._dates import WrittenDate, western_digits
from communique.clean._datewords import (
    DAY_MONTH_LINK_ALT,
    DAY_PART_ALT,
    MONTH_NAME_ALT,
    MONTH_YEAR_LINK_ALT,
    RANGE_LINK_ALT,
    WEEKDAY_ALT,
    WEEKDAY_LINK_ALT,
    month_number,
    weekday_number,
)

__all__ = ["YearlessDate", "find_yearless"]

_DAY = r"(?:[0-3]?\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|º)?"
_NO_YEAR = rf"(?!,?\s*(?:(?:{MONTH_YEAR_LINK_ALT})\s+)?\d{{4}})(?![\d\w])"
_DAY_PART = rf"(?:(?:{DAY_PART_ALT})\s*)?"
_WEEKDAY = (rf"(?:(?P<weekday>{WEEKDAY_ALT})\.?,?\s+{_DAY_PART}\(?"
            rf"(?:(?:{WEEKDAY_LINK_ALT})\s+)?)?")
_TO = rf"\s*(?:-|–|{RANGE_LINK_ALT})\s*"
"""What joins the two days of a range ("August 4 to 7", "4-7 août", "du 4 au 7 août")."""
_YEARLESS = re.compile(
    rf"(?<![\w\d]){_WEEKDAY}(?:"
    rf"(?P<name_first>{MONTH_NAME_ALT})\.?\s+(?P<day_after>{_DAY}){_ORDINAL}"
    rf"(?:{_TO}(?P<range_end>{_DAY}){_ORDINAL})?"
    rf"|(?:(?P<range_start>{_DAY}){_ORDINAL}\.?{_TO})?(?P<day_first>{_DAY})(?:{_ORDINAL}|\.)\s+"
    rf"(?:(?:{DAY_MONTH_LINK_ALT})\s+)?(?P<name_after>{MONTH_NAME_ALT})"
    rf"){_NO_YEAR}",
    re.IGNORECASE,
)
_GROUP_HEADS = (
    r"movement|mouvement|movimiento|movimento|bewegung|brigades?|brigadas?|front|frente|fronte"
    r"|alliance|alianza|alleanza|coalition|coalición|coalizione|party|parti|partido|partito"
    r"|revolution|révolution|revolución|rivoluzione|revolução|uprising|soulèvement|groupe?"
    r"|движение|движения|движением|движению|рух|руху|рухом"
)
"""Head nouns of a group or a historic event named after a date."""
_NAMED_BEFORE = re.compile(
    rf"(?<!\w)(?:{_GROUP_HEADS})\s+(?:(?:du|de|del|della|des|do|da|of(?:\s+the)?)\s+)?$",
    re.IGNORECASE)
"""The group head, and the preposition if any, that make the following date a name ("Mouvement
du", "Movimiento 23 de Marzo", "Движение 23 марта")."""
_NAMED_AFTER = re.compile(rf"^\s+(?:{_GROUP_HEADS})(?!\w)", re.IGNORECASE)
"""The group head right after a date ("March 4 Movement")."""


def _names_group(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is part of a group's name."""
    return bool(_NAMED_BEFORE.search(text[max(0, start - 40):start])
                or _NAMED_AFTER.match(text[end:end + 30]))


@dataclass(frozen=True, slots=True)
class YearlessDate:
    """A month and day written without a year, where, and the weekday written beside it."""

    written: WrittenDate
    start: int
    end: int
    weekday: int | None = None
    """0 = Monday, when the text names the weekday with the date."""


def find_yearless(text: str) -> list[YearlessDate]:
    """Every month-and-day date in ``text`` written without its year, in text order (Arabic-Indic
    and Persian digits count like 0–9)."""
    if not isinstance(text, str) or not text:
        return []
    text = western_digits(text)
    found: list[YearlessDate] = []
    for match in _YEARLESS.finditer(text):
        name = match.group("name_first") or match.group("name_after")
        if name.casefold() == "may" and not name[0].isupper():
            continue  # "talks may 3 times ..." is the verb
        if _names_group(text, match.start(), match.end()):
            continue
        month = month_number(name, abbreviations=False)
        day = int(match.group("day_after") or match.group("day_first"))
        if month is None or not 1 <= day <= 31:
            continue
        weekday = match.group("weekday")
        found.append(YearlessDate(WrittenDate(None, month, day), match.start(), match.end(),
                                  weekday_number(weekday) if weekday else None))
        other = match.group("range_end") or match.group("range_start")
        if other is not None and 1 <= int(other) <= 31:
            # The range's other day, without the weekday (which names its first day only).
            found.append(YearlessDate(WrittenDate(None, month, int(other)), match.start(),
                                      match.end()))
    return found
