"""Find quantities in plain text and normalize them to a value, bounds and a unit.

Pure text in, :class:`~communique.model.claims.Quantity` out, so the parser can be tested without
a spaCy model. Handles digits (``20%``, ``$106 billion``, ``1,200``, ``30-50 years``), number
words (``two``, ``twenty-five``, ``two and a half``, ``tens of thousands``, ``millions``), hedges
and bounds (``about``, ``nearly``, ``more than``), currencies, durations and calendar dates.
Ordinals (``62nd``, ``third``) and identifiers (phone or licence numbers) are deliberately not
quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.extract._casefold import ASCII_FOLD
from communique.model.claims import Quantity

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "mln": 1e6}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rupee": "INR",
    "usd": "USD", "eur": "EUR", "gbp": "GBP",
}
_UNIT_WORDS = {
    "percent": "percent", "per cent": "percent", "%": "percent",
    "percentage point": "percentage_point",
    "year": "year", "yr": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "decade": "decade", "century": "century",
    "kilometre": "km", "kilometer": "km", "km": "km", "mile": "mile", "metre": "meter",
    "meter": "meter", "ton": "ton", "tonne": "ton", "kilogram": "kg", "kilogramme": "kg",
    "kg": "kg",
}
# Hedges that make a number approximate, and bounds that make it one end of an open range.
_APPROX = ("about", "around", "approximately", "roughly", "some", "an estimated", "close to",
           "nearly", "almost", "just under", "just over")
_LOWER = ("more than", "over", "at least", "upwards of", "just over", "as many as", "as much as",
          "exceeding", "in excess of")
_UPPER = ("less than", "fewer than", "under", "at most", "up to", "nearly", "almost",
          "just under", "no more than")
_VAGUE = {"dozens": (12.0, 100.0), "hundreds": (100.0, 1e3), "thousands": (1e3, 1e4),
          "millions": (1e6, 1e7), "billions": (1e9, 1e10)}

_WORD = "|".join(sorted([*_SMALL, *_TENS], key=len, reverse=True))
_WORDNUM = rf"(?:(?:{'|'.join(_TENS)})-(?:one|two|three|four|five|six|seven|eight|nine)|{_WORD})"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM}|a|an)"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mln)"
_UNIT = ("percentage points?|per ?cent|%|years?|yrs?|months?|weeks?|days?|hours?|minutes?|"
         "decades?|centur(?:y|ies)|kilomet(?:er|re)s?|km|kilogram(?:me)?s?|kgs?|miles?|met(?:er|re)s?|"
         "tons?|tonnes?|"
         "dollars?|euros?|pounds?|yen|yuan|roubles?|rubles?|hryvnias?|rupees?|USD|EUR|GBP")
_HEDGE = "|".join(sorted({*_APPROX, *_LOWER, *_UPPER}, key=len, reverse=True))
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_LEFT = r"(?<![\w$€£¥.,-])"
_RIGHT = r"(?![\w])"

_ID_LIKE = re.compile(r"(?<![\w])\+?\d[\d\- ]{6,}\d(?![\w])|(?<![\w.,-])0\d+")
# "14/9", "17/09/2025": a numeric date whose day and month order the text does not say, and
# "[12]", "[ref:3]{index=3}": citation marks and markup left in the text. Neither is a count.
_NOT_AMOUNTS = re.compile(r"(?<![\w/])\d{1,4}/\d{1,2}(?:/\d{2,4})?(?![\w/])"
                          r"|\[[^\]\s]{0,40}\]|\{[^}\s]{0,40}\}")
# Hyphens other than the ASCII one ("90\u2011day" with a non-breaking hyphen): read as "-".
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_ISO_DATE = re.compile(rf"{_LEFT}({_YEAR})-(0[1-9]|1[0-2])-([0-2]\d|3[01]){_RIGHT}")
_MONTH_DAY = re.compile(
    rf"{_LEFT}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})"
    rf"(?:\s*(?:-|–|and|to|through)\s*(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?{_RIGHT}")
_DAY_MONTH = re.compile(rf"{_LEFT}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
                        rf"{_RIGHT}")
_MONTH_YEAR = re.compile(rf"{_LEFT}(?P<m1>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR}){_RIGHT}")
# A bare month name is a date only after a word that makes it one ("a June deadline", "by
# March"); "May" is left out because the modal verb is far more common.
_BARE_MONTH = re.compile(
    r"(?i:\b(?:in|by|until|till|since|from|before|after|during|a|an|the|early|late|mid|last|"
    r"next|this)\s+)(?P<m1>January|February|March|April|June|July|August|September|October|"
    r"November|December)(?![\w-])")
_YEARS = re.compile(
    rf"(?i:\b(?:in|since|by|until|till|from|before|after|during|through|of|early|late|mid)\s+)"
    rf"(?P<y1>{_YEAR})(?:\s*(?:-|–|and|to)\s*(?P<y2>{_YEAR}))?{_RIGHT}")
_AMOUNT = re.compile(
    rf"{_LEFT}(?i:(?P<hedge>{_HEDGE})\s+)?(?i:(?P<between>between)\s+)?"
    rf"(?P<cur>US\$|\$|€|£|¥)?\s?"
    rf"(?i:(?P<num>{_NUM})(?P<half>[\s-]and[\s-]a[\s-]half)?(?:\s*(?P<sep>-|–|to|and)\s*(?P=cur)?(?P<num2>{_NUM}))?"
    rf"(?:[\s-]?(?P<scale>{_SCALE})|(?<=\d)(?P<mil>m)(?![\w]))?(?:\s?-?\s?(?:metric\s+)?(?P<unit>{_UNIT}))?)"
    rf"(?P<old>-old)?{_RIGHT}")
# What some patterns cannot match without: most sentences hold no digit and no month name, and
# a test for that is far quicker than the patterns, whose open starts are tried at every word.
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(r"January|February|March|April|June|July|August|September|October|"
                         r"November|December")
# Words a count or a vague count cannot be written without unless it has a digit ("two",
# "million", "dozens"): a word that holds another ("fourteen", "sixty") needs no test of its own.
# "a"/"an" count only with a scale word ("a million"), so a sentence with none of these words
# and no digit holds no amount, and the substring tests are far quicker than _AMOUNT.
_COUNT_WORDS = (*_SMALL, *_TENS, *_SCALES, "dozen")
_COUNT_NEEDLES = tuple(w for w in _COUNT_WORDS if not any(o != w and o in w for o in _COUNT_WORDS))
# "10m": a million before people counted or after a currency sign ("£3m"), else metres.
_MILLION_OF = re.compile(r"^\s+(?:\w+\s+)?(?:people|lives|residents|civilians|refugees|children|"
                         r"inhabitants|citizens|voters|users)\b", re.IGNORECASE)
_VAGUE_RE = re.compile(
    r"(?i)\b(?:(?P<mult>tens|hundreds|dozens)\s+of\s+)?(?P<base>dozens|hundreds|thousands|"
    r"millions|billions)\b")


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Return every quantity in ``text``, left to right, without overlaps.

    Offsets are shifted by ``offset`` so callers can pass a slice of a larger text. Dates win
    over plain numbers where they overlap (``Feb. 3 and 4`` is one date range, not two counts).
    """
    original = text
    # One character for one: offsets into the read text are offsets into the original.
    # (Translating is slow even when there is nothing to translate.)
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)
    digits = _DIGIT.search(text) is not None
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _ID_LIKE.finditer(text)
                                    if not _ISO_DATE.fullmatch(m.group().strip())] if digits else []
    if digits or "[" in text or "{" in text:
        taken.extend((m.start(), m.end()) for m in _NOT_AMOUNTS.finditer(text))
    found: list[Quantity] = []
    counts = digits or _has_count_word(text)
    for quantity in _iter_all(text, digits, _MONTH_NAME.search(text) is not None, counts):
        if any(quantity.start < end and start < quantity.end for start, end in taken):
            continue
        taken.append((quantity.start, quantity.end))
        found.append(quantity)
    found.sort(key=lambda q: q.start)
    return [_shift(_as_written(q, original), offset) for q in found]


def _as_written(q: Quantity, text: str) -> Quantity:
    """The quantity with its text as the original writes it (its own hyphens)."""
    written = text[q.start : q.end]
    if written == q.text:
        return q
    return Quantity(q.value, q.low, q.high, q.unit, written, q.start, q.end, q.approximate)


def _has_count_word(text: str) -> bool:
    """Whether ``text`` holds a number, scale or vague-count word (or only a part of one)."""
    lowered = _fold(text)
    return any(word in lowered for word in _COUNT_NEEDLES)


def _fold(word: str) -> str:
    """``word`` lower-cased as the patterns' IGNORECASE reads it ("\u017fix" is "six")."""
    return word.translate(ASCII_FOLD).lower() if not word.isascii() else word.lower()


def _iter_all(text: str, digits: bool = True, months: bool = True,
              counts: bool = True) -> Iterator[Quantity]:
    """Candidates in priority order: full dates, month-year, years, vague and plain amounts.

    ``digits=False`` says ``text`` holds no digit, ``months=False`` no month name,
    ``counts=False`` neither a digit nor a count word: the patterns that need one are skipped.
    """
    if digits:
        yield from _dated(text)
    if months:
        for m in _BARE_MONTH.finditer(text):
            yield _date(m, _date_value(None, m.group("m1"), None), None, group="m1", first="m1")
    if digits:
        for m in _YEARS.finditer(text):
            low = _date_value(m.group("y1"), None, None)
            high = _date_value(m.group("y2"), None, None) if m.group("y2") else None
            yield _date(m, low, high, group="y2" if m.group("y2") else "y1", first="y1")
    if not counts:
        return
    for m in _VAGUE_RE.finditer(text):
        yield _vague(m)
    for m in _AMOUNT.finditer(text):
        quantity = _amount(m)
        if quantity is not None:
            yield quantity


def _dated(text: str) -> Iterator[Quantity]:
    """Full dates, days with their month and months with their year (all need a digit)."""
    for m in _ISO_DATE.finditer(text):
        value = int(m.group(1)) * 10000 + int(m.group(2)) * 100 + int(m.group(3))
        yield _date(m, float(value), None)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            yield _month_day(m)
    for m in _MONTH_YEAR.finditer(text):
        yield _date(m, _date_value(m.group("y"), m.group("m1"), None), None)


def _shift(q: Quantity, offset: int) -> Quantity:
    """Move a quantity's offsets by ``offset``."""
    if not offset:
        return q
    return Quantity(q.value, q.low, q.high, q.unit, q.text, q.start + offset, q.end + offset,
                    q.approximate)


def _date_value(year: str | None, month: str | None, day: str | None) -> float:
    """Encode a (partial) calendar date as ``YYYYMMDD`` with 0 for unknown parts."""
    y = int(year) if year else 0
    mo = _MONTHS[month.lower()[:3]] if month else 0
    d = int(re.sub(r"\D", "", day)) if day else 0
    return float(y * 10000 + mo * 100 + d)


def _date(m: re.Match[str], low: float, high: float | None, group: str = "",
          first: str = "") -> Quantity:
    """A date quantity covering the match (or only its year groups when given)."""
    start = m.start(first) if first else m.start()
    end = m.end(group) if group else m.end()
    return Quantity(low, low if high else None, high, "date", m.string[start:end], start, end,
                    False)


def _month_day(m: re.Match[str]) -> Quantity:
    """``Feb. 3 and 4``, ``February 17-18``, ``Jan. 23 and Jan. 24``, ``14 February 2026``."""
    groups = m.groupdict()
    year = groups.get("y")
    low = _date_value(year, groups["m1"], groups["d1"])
    high = None
    if groups.get("d2"):
        high = _date_value(year, groups.get("m2") or groups["m1"], groups["d2"])
    return _date(m, low, high)


def _vague(m: re.Match[str]) -> Quantity:
    """``tens of thousands``, ``hundreds``, ``millions``: a bounded order of magnitude."""
    low, high = _VAGUE[_fold(m.group("base"))]
    mult = _fold(m.group("mult") or "")
    if mult:
        factor = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[mult]
        low, high = low * factor, high * factor
    return Quantity(low, low, high, "count", m.group(), m.start(), m.end(), True)


def _word_value(word: str) -> float:
    """Value of one number token: digits, a number word, a hyphenated word, ``a``/``an``."""
    word = _fold(word)
    if word in ("a", "an"):
        return 1.0
    if word[0].isdigit():
        return float(word.replace(",", ""))
    if "-" in word:
        tens, ones = word.split("-", 1)
        return float(_TENS[tens] + _SMALL[ones])
    return float(_SMALL.get(word) or _TENS[word])


def _amount(m: re.Match[str]) -> Quantity | None:
    """Turn an amount match into a quantity, or ``None`` when it is not one (a bare ``a``)."""
    num, num2 = m.group("num"), m.group("num2")
    scale = _SCALES[_fold(m.group("scale"))] if m.group("scale") else 1.0
    if m.group("mil"):
        if not (m.group("cur") or _MILLION_OF.match(m.string[m.end() :][:40])):
            return None  # "a 100m sprint": metres, which are not counted here
        scale = 1e6
    unit = _unit(m.group("unit"), m.group("cur"))
    if _fold(num) in ("a", "an") and scale == 1.0:
        return None
    if num2 and _fold(m.group("sep")) == "and" and not m.group("between"):
        return _single_number(m)
    if m.group("unit") is None and m.group("old") is None and num2 is None and scale == 1.0 \
            and re.fullmatch(_YEAR, num):
        return None  # a bare year-like number without context: the date patterns decide
    # "two and a half hours", "two-and-a-half-hour talks"
    value = (_word_value(num) + (0.5 if m.group("half") else 0.0)) * scale
    low = high = None
    if num2:
        if _fold(num2) in ("a", "an"):
            return _single_number(m)
        low, high = value, _word_value(num2) * scale
        if high <= low:
            return _single_number(m)
        value = (low + high) / 2
    hedge = _fold(m.group("hedge") or "")
    low, high, approx = _bounds(hedge, value, low, high)
    start = m.start("hedge") if m.group("hedge") else m.start("between") if m.group(
        "between") else m.start("cur") if m.group("cur") else m.start("num")
    end = m.end()
    return Quantity(value, low, high, unit, m.string[start:end], start, end, approx)


def _single_number(m: re.Match[str]) -> Quantity | None:
    """Fallback for ``3 and 4`` that is not a range: keep only the first number."""
    num = m.group("num")
    if _fold(num) in ("a", "an"):
        return None
    start, end = m.start("num"), m.end("num")
    return Quantity(_word_value(num), None, None, "count", num, start, end, False)


def _bounds(hedge: str, value: float, low: float | None,
            high: float | None) -> tuple[float | None, float | None, bool]:
    """Apply a hedge word: approximate, lower bound, upper bound (or several)."""
    approx = hedge in _APPROX
    if hedge in _LOWER and low is None:
        low = value
    if hedge in _UPPER and high is None:
        high = value
    return low, high, approx


def _unit(unit: str | None, currency: str | None) -> str:
    """Normalize a unit word or currency symbol; a bare number is a ``count``."""
    if currency:
        return _CURRENCY_SYMBOLS[currency.lower()]
    if not unit:
        return "count"
    word = re.sub(r"\s+", " ", _fold(unit))
    if word in ("%", "per cent", "percent"):
        return "percent"
    for form in (word, word.rstrip("s"), re.sub(r"ies$", "y", word)):
        if form in _UNIT_WORDS:
            return _UNIT_WORDS[form]
        if form in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[form]
    return "count"
