"""Month and weekday names, "today" words and future markers in the languages news crawls hold.

Only calendar vocabulary lives here (no story's names): the words a publisher uses to write a
date (``12 avril 2025``, ``27. Juni 2025``, ``19 أبريل 2025``), to say that a date is the
day of writing (``today``, ``aujourd'hui``, ``oggi``) or that it lies ahead (``will``,
``prochain``, ``geplant``). Lists are space-separated strings, folded to lower case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def _table(rows: dict[int, str]) -> dict[str, int]:
    """Turn ``{month: "name name …"}`` into ``{name: month}``."""
    return {name: number for number, names in rows.items() for name in names.split()}


def words(text: str) -> frozenset[str]:
    """Turn a space-separated word list into a lower-cased set."""
    return frozenset(text.lower().split())


def fold(word: str) -> str:
    """A word as the tables hold it: NFC, lower case, without a trailing full stop."""
    return "_".join(unicodedata.normalize("NFC", word).lower().rstrip(".").split())


MONTH_NAMES: dict[str, int] = _table({
    1: "january janvier januar enero gennaio janeiro januari января январь ocak يناير كانون_الثاني",
    2: "february février fevrier februar febrero febbraio fevereiro februari февраля февраль "
       "şubat فبراير شباط",
    3: "march mars märz maerz marzo março maret maart марта март mart مارس آذار",
    4: "april avril abril aprile апреля апрель nisan أبريل إبريل ابريل نيسان",
    5: "may mai mayo maggio maio mei мая май mayıs مايو أيار",
    6: "june juin juni junio giugno junho июня июнь haziran يونيو يونيه حزيران",
    7: "july juillet juli julio luglio julho июля июль temmuz يوليو يوليه تموز",
    8: "august août aout agosto agustus augustus августа август ağustos أغسطس آب",
    9: "september septembre septiembre setiembre settembre setembro сентября сентябрь eylül "
       "سبتمبر أيلول",
    10: "october octobre oktober octubre ottobre outubro октября октябрь ekim أكتوبر تشرين_الأول",
    11: "november novembre noviembre novembro nopember ноября ноябрь kasım نوفمبر تشرين_الثاني",
    12: "december décembre decembre dezember diciembre dicembre dezembro desember desembre "
        "декабря декабрь aralık ديسمبر كانون_الأول",
}) | _table({
    # Ukrainian, genitive (as dates write them) and nominative.
    1: "січня січень", 2: "лютого лютий", 3: "березня березень", 4: "квітня квітень",
    5: "травня травень", 6: "червня червень", 7: "липня липень", 8: "серпня серпень",
    9: "вересня вересень", 10: "жовтня жовтень", 11: "листопада листопад", 12: "грудня грудень",
}) | _table({
    # Persian, the Gregorian months (the short names of May are ordinary words and left out).
    1: "ژانویه", 2: "فوریه", 3: "مارس", 4: "آوریل", 6: "ژوئن", 7: "ژوئیه جولای",
    8: "اوت آگوست اگوست", 9: "سپتامبر", 10: "اکتبر", 11: "نوامبر", 12: "دسامبر",
})
"""Full month names (genitive forms where a language writes dates with them)."""

MONTH_ABBREVIATIONS: dict[str, int] = _table({
    1: "jan janv ene gen янв",
    2: "feb févr fevr fév fev февр фев",
    3: "mar mär мар",
    4: "apr avr abr апр",
    5: "mag",
    6: "jun juin giu июн",
    7: "jul juil lug июл",
    8: "aug ago août авг",
    9: "sep sept set сен сент",
    10: "oct okt ott out окт",
    11: "nov ноя",
    12: "dec déc dez dic дек",
})
"""Abbreviations; several are also ordinary words ("set", "out", "mag"), so a caller accepts
them only next to a day number and a year, or inside a dateline."""

WEEKDAY_NAMES: dict[str, int] = _table({
    0: "monday mon lundi montag lunes lunedì lunedi segunda-feira segunda senin понедельник "
       "pazartesi الاثنين الإثنين",
    1: "tuesday tue tues mardi dienstag martes martedì martedi terça-feira terça selasa вторник "
       "salı الثلاثاء",
    2: "wednesday wed mercredi mittwoch miércoles miercoles mercoledì mercoledi quarta-feira "
       "quarta rabu среда çarşamba الأربعاء",
    3: "thursday thu thur thurs jeudi donnerstag jueves giovedì giovedi quinta-feira quinta "
       "kamis четверг perşembe الخميس",
    4: "friday fri vendredi freitag viernes venerdì venerdi sexta-feira sexta jumat jum'at "
       "пятница cuma الجمعة",
    5: "saturday sat samedi samstag sonnabend sábado sabado sabato sabtu суббота cumartesi السبت",
    6: "sunday sun dimanche sonntag domingo domenica minggu воскресенье pazar الأحد",
}) | _table({
    # Persian, with and without the joiner (or a space) inside the compound names.
    0: "دوشنبه", 1: "سه‌شنبه سه_شنبه سهشنبه", 2: "چهارشنبه چهار‌شنبه",
    3: "پنجشنبه پنج‌شنبه پنج_شنبه", 4: "جمعه", 5: "شنبه", 6: "یکشنبه یک‌شنبه",
})
"""Weekday names (0 = Monday, as :meth:`datetime.date.weekday` counts)."""
WORD_LIKE_WEEKDAYS = frozenset({"segunda", "terça", "quarta", "quinta", "sexta", "pazar", "cuma",
                                "minggu"})
"""Weekday names that are also ordinary words: the Portuguese weekdays without ``-feira``
(``quinta``: fifth, ``segunda``: second), the Turkish and Indonesian names of the market day
and the week. A reader that has no date around a weekday to go by leaves them out."""

TODAY_WORDS = words(
    "today tonight this_morning hoy aujourd'hui aujourd’hui heute oggi hoje hari_ini сегодня "
    "bugün اليوم امروز"
)
"""Words that make a date the day of writing ("today, Saturday 12 April", "hoy sábado 12")."""

WEEKEND_WORDS = words(
    "weekend week-end wochenende fin_de_semana fine_settimana fim_de_semana выходные "
    "hafta_sonu akhir_pekan"
)
"""Words for the weekend: a Saturday and Sunday named at once ("talks this weekend in X")."""

THIS_WEEK_WORDS = words("ce este esta questo questa neste nesta")
"""Demonstratives that put a weekday in the week of writing in Romance news copy ("signent ce
vendredi 25 avril", "firmaron este viernes", "neste sábado"). English "this Friday" is left out:
it mostly points ahead ("talks set for this Saturday")."""

_FUTURE_PHRASES = (
    # English
    r"will|won['’]t|shall|['’]ll|to be held|to take place|to meet|to hold|to sign|to resume"
    r"|to begin|to start|to visit|to travel|scheduled|planned|plans to|expected|due to|due by"
    r"|is due|are due|set to"
    r"|set for|upcoming|coming|next|later this|deadline|no later than|by the end of|ahead of"
    r"|until|is to|are to|would"
    # French, Spanish, Italian, Portuguese
    r"|prochain|prochaine|prochains|devra|devrait|devraient|devront|doit|doivent|sera|seront"
    r"|aura lieu|prévu"
    r"|prévue|prévues|prévus|d['’]ici|au plus tard|jusqu['’]au|se tiendra|avant le"
    r"|próximo|próxima|será|serán|se celebrará|prevista|previsto|a más tardar|hasta el|antes del"
    r"|prossimo|prossima|si terrà|sarà|entro il|previsto per|até|deverá"
    # German, Dutch
    r"|soll|sollen|wird|werden|geplant|nächste|nächsten|bis zum|spätestens|zal|zullen"
    # Russian, Indonesian, Turkish
    r"|будет|будут|состоится|планируется|akan|yapılacak"
    # Arabic
    r"|سيتم|ستعقد|ستُعقد|سيعقد|المقبل|المقبلة|القادم"
    # Persian
    r"|خواهد|خواهند|آینده"
)
FUTURE_MARKER = re.compile(rf"(?<!\w)(?:{_FUTURE_PHRASES})(?!\w)", re.IGNORECASE)
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

CALLED_OFF_MARKER = re.compile(
    r"(?<!\w)(?:postponed|called off|cancell?ed|put off|rescheduled|pushed back"
    r"|report[ée]e?s?|annul[ée]e?s?|aplazad[oa]s?|pospuest[oa]s?|suspendid[oa]s?|cancelad[oa]s?"
    r"|rinviat[oa]|annullat[oa]|adiad[oa]s?|verschoben|abgesagt|отложен\w*|отменен\w*"
    r"|ertelendi|ditunda|dibatalkan|تأجيل|إلغاء|أرجئت|تأجلت)(?!\w)", re.IGNORECASE)
"""Words that say a plan was called off or moved: the day it was set for ("initially
scheduled for May 3, was postponed") is neither ahead of the writing nor behind it."""

LAPSE_MARKER = re.compile(
    # English: a term, truce or deadline running out, in the present ("the truce ends November
    # 10", "the pause expires on", "runs until"); the past forms ("expired") report a day behind.
    r"(?<!\w)(?:expires|expire|expiring|lapses|lapsing|ends on|ends|runs out|run out|runs until"
    r"|runs through|runs till"
    # French, Spanish, Italian, Portuguese
    r"|expirera|expireront|prend fin|prendra fin|arrive à (?:échéance|expiration)"
    r"|vence|vencerá|expira|expirará|caduca|caducará|finaliza el|termina el"
    r"|scade|scadrà|termina il|scadenza"
    r"|vence em|expira em|termina em|terminará"
    # German
    r"|endet|enden am|ausläuft|auslaufen"
    # Russian, Ukrainian
    r"|истекает|истечёт|истечет|заканчивается|закончится|спливає|закінчується"
    r")(?!\w)", re.IGNORECASE)
"""Words that say a term runs out: said in the present, the day beside them (a truce's last
day, a deadline) lies ahead of the writing, like a day after a future marker."""

UNREAL_MARKER = re.compile(
    r"(?<!\w)(?:threat of|threats of|threatened|threatening|possibility of|possible|risk of"
    r"|avoid|avoids|avoided|avert|averts|averted|stave off|staves off"
    r"|menace de|menaces de|éviter|évité|possibilité de"
    r"|amenaza de|amenazas de|evitar|evitó|posibilidad de"
    r"|minaccia di|minacce di|evitare|evitato|possibilità di"
    r"|ameaça|ameaças|evitou|possibilidade de"
    r"|Androhung|angedroht|drohte|vermeiden|vermieden|Möglichkeit"
    r"|угроз\w*|избежать|избежали|возможн\w*|загроз\w*|уникнути"
    r")(?!\w)", re.IGNORECASE)
"""Words that put a day in a threat, a possibility or something avoided ("the threat of 100%
tariffs from 1 March", "a deal that avoids new duties from 1 March"): the day is when a measure
would begin, neither a day the text reports as past nor one it says will come."""
