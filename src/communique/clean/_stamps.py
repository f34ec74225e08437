"""Dates a page prints near its headline or at its foot, and dates its text says are "today".

* **Stamps**: short lines that hold a full date and little else — a label (``Published:``,
  ``Mis à jour le``, ``Veröffentlicht am``, ``Опубликовано``), a byline, an outlet, a time,
  a weekday: ``AFP Published April 15, 2025``, ``Samar Al-Gamal , Tuesday 9 Sep 2025``,
  ``06.02.2026 14:33``, ``Sat, 28-Jun-2025``, ``Published in Dawn, September 10th, 2025``.
  A page may print several (the article's date, its update, the day the page was shown): the
  earliest one labelled as the publication wins, else the earliest of all, since an update or
  the page's own date never comes before publication.
* **JSON metadata** printed as text (a raw CMS API answer): its ``datePublished`` or ``date``.
* **"Today" dates**: ``hoy sábado 12 de abril``, ``today (December 27)``, ``aujourd'hui,
  28 juillet`` — the text says which day it was written; a weekday beside it must agree.

Embedded posts (``— Name (@handle) April 7, 2025``) are never stamps: they date a quoted post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from communique.clean._datelines import written_date
from communique.clean._dates import WrittenDate, find_dates, parse_date
from communique.clean._datewords import (
    TODAY_ALT,
    TODAY_LINK_ALT,
    WEEKDAY_ALT,
    WEEKDAY_LINK_ALT,
    fold,
    weekday_number,
)
from communique.clean._lexicon import words

__all__ = ["Stamp", "find_stamps", "is_embedded_post", "json_meta_date", "stamp_date",
           "today_date"]

_MAX_STAMP = 140
_TOP_LINES = 8
_BOTTOM_LINES = 3
_MAX_WORDS_LABELLED = 6
_MAX_WORDS_BARE = 4

_PUBLISHED = words(
    "published publish posted date created publié publiée publie veröffentlicht publicado "
    "publicada pubblicato pubblicata опубликовано опубликован yayınlanma yayımlanma tarih نشر "
    "نشرت تاريخ 发布 发布时间 日期 发表 diterbitkan dipublikasikan"
)
_UPDATED = words(
    "updated update modified jour aktualisiert geändert actualizado actualizada aggiornato "
    "обновлено обновлен güncellenme güncelleme تحديث 更新"
)
_BY = words(
    "by von par por door di de da"
)
_CONNECTORS = words(
    "on at le am um el em il alle of in à last first originally time"
)
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?\s?m\.?|uhr|h|صباحاً|مساءً)?",
    re.IGNORECASE,
)
_ZONE = re.compile(r"(?<![A-Za-z])(?:GMT|UTC|[A-Z]{2,4}T|IST|WIB|ICT|MSK|CET|CEST)(?![A-Za-z])"
                   r"|[+-]\d{2}:?\d{2}")
_SEPARATORS = re.compile(r"[|·•,;:()\[\]–—\-/*]+")
_EMBED = re.compile(r"\(@\w{1,30}\)|(?:^|\s)[—–-]\s[^@]{0,80}@\w{1,30}")
_JSON_LINE = re.compile(r"^\s*\[?\{\s*\"")
_JSON_KEYS = ("datePublished", "date_published", "published_at", "publishedAt", "pubDate",
              "date", "dateCreated")
_TODAY = re.compile(
    rf"(?<!\w)(?:{TODAY_ALT})(?!\w)[\s,(]*(?:(?:{WEEKDAY_LINK_ALT}|{TODAY_LINK_ALT})\s+)?"
    rf"(?:(?P<weekday>{WEEKDAY_ALT})\.?[\s,(]+(?:(?:{WEEKDAY_LINK_ALT})\s+)?)?"
    r"(?P<date>[^\n.;:!?)]{3,40})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date printed on a stamp line, and how the line labels it."""

    day: date
    label: str
    """``published``, ``updated`` or ``""`` (no label)."""
    line: int
    """Index of the line among the lines looked at."""


def is_embedded_post(line: str) -> bool:
    """Whether a line closes an embedded social-media post (``— Name (@handle) April 7``)."""
    return bool(_EMBED.search(line))


def _label(tokens: list[str]) -> str:
    """The label a run of words gives the date after it."""
    folded = [fold(w) for w in tokens]
    if any(w in _UPDATED for w in folded):
        return "updated"
    if any(w in _PUBLISHED for w in folded):
        return "published"
    return ""


def _rest_words(text: str) -> list[str]:
    """The words of a stamp line once dates, times, zones, weekdays and separators are gone."""
    text = _ZONE.sub(" ", _TIME.sub(" ", text))
    tokens = [t for t in _SEPARATORS.sub(" ", text).split() if any(c.isalpha() for c in t)]
    return [t for t in tokens if weekday_number(t) is None and fold(t) not in {"am", "pm"}]


def _stamps_on(line: str, index: int) -> list[Stamp]:
    """The dates of one line if it is a stamp line, with their labels."""
    if len(line) > _MAX_STAMP or is_embedded_post(line):
        return []
    mentions = find_dates(line)
    if not mentions:
        return []
    rest: list[str] = []
    labels: list[str] = []
    cursor = 0
    for mention in mentions:
        before = _rest_words(line[cursor:mention.start])
        labels.append(_label(before))
        rest += before
        cursor = mention.end
    rest += _rest_words(line[cursor:])
    folded = [fold(w) for w in rest]
    labelled = any(labels) or any(w in _BY for w in folded)
    content = [w for w, f in zip(rest, folded, strict=True)
               if f not in _PUBLISHED and f not in _UPDATED and f not in _BY
               and f not in _CONNECTORS]
    if labelled:
        if len(content) > _MAX_WORDS_LABELLED:
            return []
    else:
        if any(f in _CONNECTORS for f in folded) or len(content) > _MAX_WORDS_BARE:
            return []  # "Talks on April 12, 2025" is a headline, not a stamp
        if any(w[:1].islower() for w in content):
            return []
    return [Stamp(m.day, label, index) for m, label in zip(mentions, labels, strict=True)]


def find_stamps(lines: Sequence[str]) -> list[Stamp]:
    """The stamps among the first and last few non-blank ``lines`` of a page."""
    kept = [line.strip() for line in lines if line.strip()]
    positions = list(range(min(_TOP_LINES, len(kept))))
    positions += [i for i in range(max(len(kept) - _BOTTOM_LINES, 0), len(kept))
                  if i not in positions]
    found: list[Stamp] = []
    for index in positions:
        found += _stamps_on(kept[index], index)
    return found


def is_stamp_line(line: str) -> bool:
    """Whether ``line`` is a stamp line wherever it stands."""
    return bool(_stamps_on(line.strip(), 0))


def stamp_date(stamps: Sequence[Stamp]) -> date | None:
    """The publication day the stamps give: the earliest labelled one, else the earliest."""
    if not stamps:
        return None
    for label in ("published", ""):
        chosen = [s.day for s in stamps if s.label == label]
        if chosen:
            return min(chosen)
    return min(s.day for s in stamps)


def json_meta_date(text: str) -> date | None:
    """The publication date of a JSON document printed as the page text, else ``None``."""
    if not isinstance(text, str) or not _JSON_LINE.match(text[:200]):
        return None
    head = text[:20_000]
    for key in _JSON_KEYS:
        match = re.search(rf'"{key}"\s*:\s*"(?P<value>[^"]{{6,40}})"', head)
        if match:
            found = parse_date(match.group("value"))
            if found is not None:
                return found
    return None


def today_date(text: str) -> WrittenDate | None:
    """The date a text calls "today" (perhaps without its year), when all such agree."""
    found: set[WrittenDate] = set()
    for match in _TODAY.finditer(text):
        written = _leading_date(match.group("date"))
        if written is None or written.month is None:
            continue
        weekday = match.group("weekday")
        if weekday and written.year is not None:
            day = written.resolve()
            if day is None or day.first.weekday() != weekday_number(weekday):
                continue  # the text contradicts itself: no inference from it
        found.add(written)
    return next(iter(found)) if len(found) == 1 else None


def _leading_date(text: str) -> WrittenDate | None:
    """The date at the start of ``text`` (``12 de abril``, ``October 23``, ``27 décembre 2025``)."""
    mentions = find_dates(text)
    if mentions and mentions[0].start == 0:
        day = mentions[0].day
        return WrittenDate(day.year, day.month, day.day)
    tokens = text.split()
    for size in (4, 3, 2):
        written = written_date(" ".join(tokens[:size]).rstrip(","))
        if written is not None and written.month is not None:
            return written
    return None
