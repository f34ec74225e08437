"""Counts and lengths in languages other than English, read from the language's words.

The English claim extractor reads a parse; other languages get what news most often states
with a number and what outlets contradict each other on: a count of a class news tallies
(the killed, the injured, the displaced, the detained: ``47 personnes ont été tuées``,
``погибли по меньшей мере 86 человек``), the length of something in hours (``a duré deux
heures et demie``, ``nach gut zwei Stunden``) and a distance in kilometres (``une frontière
de 800 km``, predicate ``measure``). Each becomes a :class:`Claim` whose predicate
is the class's English verb (``kill``, ``injure``, ``displace``, ``detain``; ``last`` for a
length), so that the story stage pools and compares it with English claims of the class.

A number counts a class when one of the class's words stands within a few words of it (after
it, else before it), with no other number between. Its hedge or bound is the phrase right
before it (*au moins*, *mindestens*, *около*: see :class:`~communique.lang.counts.CountWords`).
Statements with a modal or hearsay cue (*pourrait*, *soll*, *якобы*) are left out, as are
numbers that are a date's day, a year, an age or another length (``45 ans``, ``16 дней``)
and hours that are a time of day (``à 6 heures``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from communique.extract.languages._spans import matches as _matches
from communique.extract.languages._spans import phrase_at as _phrase_at
from communique.extract.languages._spans import span_length, unit_words
from communique.lang import LanguagePack, pack_key
from communique.lang.counts import CountWords, count_words
from communique.model import Span
from communique.model.claims import Claim, Quantity

# An elided article or preposition (d', l') is a word of its own: "d'un million" counts.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-zA-Z]{1,2}['’](?=[^\W\d_])"
                    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*\.?|[%;:,]")
# Thousands separated by a space, a dot or a comma (300 000, 300.000, 300,000); a decimal
# comma or dot (2,5).
_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)")
_WINDOW = 6
_VERBS = {"killed": "kill", "injured": "injure", "displaced": "displace", "detained": "detain"}
# The English verb a length's claim is read with, by unit: a distance measures, a time lasts.
_LENGTH_VERBS = {"km": "measure"}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MAX_CLAIM = 300
# Whole hours a 24-hour clock reads as a time of day more often than talks last that long.
_CLOCK_HOURS = (13, 24)
# Words between a number and the class word before it (past its hedge or bound).
_BACK = 2
# How far before a rate's number, and after its percent word, a levy word makes it a tariff
# rate (``aranceles del 125% y 145%``, ``Zollsatz von 145 Prozent``, ``125 Prozent Zoll``).
_RATE_BACK = 8
_RATE_AHEAD = 3
# At most this many words join two rates of one pair (``125% y 145%``, ``57% para 47%``).
_RATE_LINK = 2
# What a foreign rate is, in the English word the story stage pools rates by (a tariff, a
# duty, a levy: see ``merge/_fact_words``), as ``kill`` stands for a count of the killed.
_RATE_OBJECT = "tariff"


def find_claims(text: str, sentences: Sequence[Span], pack: LanguagePack,
                skip: Sequence[Span] = ()) -> list[Claim]:
    """The count and length claims of ``text``, in text order (none without count words)."""
    words = count_words(pack.language)
    if words is None:
        return []
    reader = _reader(pack.language)
    claims: list[Claim] = []
    for sentence in sentences:
        if any(s.start <= sentence.start < s.end for s in skip):
            continue
        claims.extend(reader.sentence(text, sentence, words, pack))
    return claims


class _Reader:
    """The compiled patterns of one language's count words."""

    def __init__(self, words: CountWords, pack: LanguagePack) -> None:
        number_words: dict[str, float] = {}
        for value, forms in enumerate(pack.numbers, start=1):
            for form in forms:
                number_words[pack_key(form)] = float(value)
        number_words.update(words.numbers)
        self.number_words = number_words
        self.conjunctions = frozenset(pack_key(w) for w in pack.conjunctions)
        self.ago = tuple(pack_key(w) for w in pack.ago_words)
        self.not_after = frozenset(
            pack_key(w) for forms in (*pack.months, *(pack.duration_units or {}).values())
            for w in forms)
        self.units = unit_words(pack.duration_units)
        self.articles = frozenset(pack_key(w) for w in (*(pack.articles or ()),
                                                         *(pack.determiners or ())))

    def sentence(self, text: str, span: Span, words: CountWords, pack: LanguagePack
                 ) -> Iterator[Claim]:
        """The claims of one sentence."""
        body = text[span.start : span.end]
        lowered = f" {pack_key(body)} "
        if any(f" {cue} " in lowered for cue in words.modal):
            return
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(body)]
        numbers = [i for i, (_, _, t) in enumerate(tokens) if self._value(t) is not None]
        for index in numbers:
            if _continues(body, tokens, index, numbers):
                continue  # the "500" of "300 500": part of the number before it
            found = self._claim(body, tokens, index, numbers, words)
            if found is None:
                continue
            unit, predicate, start, end, value, what = found
            rate = _RATE_OBJECT if unit == "percent" else what
            quantity = _quantity(body, span.start, start, end, value, unit, words)
            yield Claim(
                start=span.start, end=span.end, text=body.strip()[:_MAX_CLAIM],
                subject="", subject_start=None, subject_end=None, predicate=predicate,
                object=rate, quantity=quantity, negated=False,
                hedged=quantity.approximate, attributed_to=None, attribution_kind="none",
                object_key=rate)

    def _value(self, token: str) -> float | None:
        if token[:1].isdigit():
            return _digits(token)
        return self.number_words.get(token.replace("’", "'"))

    def _claim(self, body: str, tokens: list[tuple[int, int, str]], index: int,
               numbers: list[int], words: CountWords
               ) -> tuple[str, str, int, int, float, str | None] | None:
        """What the number at ``index`` counts: unit, predicate, its span, value and, for a
        length of days or years, what it is the length of."""
        start, end, token = tokens[index]
        value = self._value(token)
        if value is None or _YEAR.match(token) or _glued(body, start, end, words):
            return None
        after = index + 1
        # Digits split by a thousands space ("300 000") read as one number.
        if token[:1].isdigit():
            whole = _DIGITS.match(body, start)
            if whole is not None and whole.end() > end:
                end = whole.end()
                value = _digits(whole.group()) or value
                while after < len(tokens) and tokens[after][0] < end:
                    after += 1
        word = tokens[after][2] if after < len(tokens) else ""
        scale = words.scales.get(word) or words.scales.get(word.rstrip("."))
        if scale is not None:
            value *= scale
            end = tokens[after][1]
            after += 1
        if value <= 0:
            return None
        if scale is None and not token[:1].isdigit() and value == 1:
            return None  # "einer Landmine", "une frappe": an article, not a count of one
        length = self._length(body, tokens, index, after, words)
        if length is not None:
            unit, stop, extra = length
            if unit == "hour" and not extra and value == int(value) and (
                    _CLOCK_HOURS[0] <= value <= _CLOCK_HOURS[1]):
                return None  # "vers 21 heures": on a 24-hour clock, a time of day
            return unit, _LENGTH_VERBS.get(unit, "last"), start, stop, value + extra, None
        rate = self._rate(tokens, index, after, numbers, words)
        if rate is not None:
            return "percent", "", start, rate, value, None
        span = span_length(tokens, index, after, numbers, words, self.units,
                           _hedge_size(tokens, index, words), (*self.ago, *words.later_before),
                           self.articles)
        if span is not None:
            unit, stop, what = span
            return unit, "last", start, stop, value, what
        # "trois dernières semaines", "16 дней", "27 décembre", "20 %": no count.
        following = [t.rstrip(".") for _, _, t in tokens[after : after + 2]]
        if following[:1] in (["%"], ["h"]) or any(t in self.not_after for t in following):
            return None
        measure = _nearest_measure(tokens, index, after, numbers, words, self.conjunctions)
        if measure is None:
            return None
        return "count", _VERBS[measure], start, end, value, None

    def _length(self, body: str, tokens: list[tuple[int, int, str]], index: int, after: int,
                words: CountWords) -> tuple[str, int, float] | None:
        """A length in hours or minutes right after the number: unit, end, and what a half or
        the minutes after the hours add (``1 hora e 40 minutos``)."""
        before = pack_key(body[: tokens[index][0]])
        if _ends_with(before, (*words.clock_before, *words.limit_before, *self.ago)):
            return None  # "à 6 heures": a time of day; "dans les 48 heures": a time limit
        if self.hours_and(before, words):
            return None  # the minutes of "1 hora e 40 minutos": the hours' claim holds them
        rest = pack_key(body[tokens[after][0] :]) if after < len(tokens) else ""
        half = 0.0
        for phrase in words.halves:  # "два с половиной часа"
            if rest.startswith(f"{phrase} "):
                rest, half = rest[len(phrase) + 1 :], 0.5
                break
        for unit, forms in words.lengths.items():
            for form in forms:
                if re.match(rf"{re.escape(form)}(?![^\W\d_])", rest):
                    tail = rest[len(form) :].lstrip(" ,")
                    if not half and any(tail.startswith(f"{p}") for p in words.halves):
                        half = 0.5  # "deux heures et demie"
                    if tail[:1].isdigit() or _starts_with(tail, words.clock_after) or (
                            _starts_with(rest, words.clock_after)):
                        return None  # "6 heures 30", "13 heures GMT": a time of day
                    if _starts_with(tail, words.limit_after):
                        return None  # "48 heures pour quitter", "48 heures après"
                    stop = _end_of(body, tokens, after, form)
                    if unit == "hour":
                        minutes = self.minutes_after(tail, words)
                        if minutes is not None:
                            minute = sorted(words.lengths["minute"], key=len, reverse=True)
                            unit_end = re.search(r"(?i)" + "|".join(
                                re.escape(m) for m in minute), body[stop:])
                            stop += unit_end.end() if unit_end is not None else 0
                            return unit, stop, minutes / 60
                    return unit, stop, half
        return None

    def _rate(self, tokens: list[tuple[int, int, str]], index: int, after: int,
              numbers: list[int], words: CountWords) -> int | None:
        """The end of a tariff rate's percent sign or word right after the number (``145 %``,
        ``125 Prozent Zoll``, ``80-prozentigen Zollsatz``), when a levy word stands near it
        in its clause or it is paired with such a rate (``aranceles del 125% y 145%``, ``de
        57% para 47%``); ``None`` for any other number or percentage (a share, a poll)."""
        stop = _percent_end(tokens, after, words)
        if stop is None:
            return None
        near = range(max(0, index - _RATE_BACK), min(len(tokens), stop + _RATE_AHEAD))
        if any(_phrase_at(tokens, i, words.levies) for i in near
               if not index <= i < stop and not _across_clause(tokens, i, index, stop)):
            return tokens[stop - 1][1]
        earlier = [i for i in numbers if i < index]
        if not earlier:
            return None
        paired = _percent_end(tokens, earlier[-1] + 1, words)
        if paired is not None and index - paired <= _RATE_LINK and not any(
                t in (",", ";", ":") for _, _, t in tokens[paired:index]):
            linked = [earlier[-1]]
        elif self._elliptic(tokens, stop):
            linked = earlier  # "… al 30 %, mientras China bajó los suyos a un 10 %."
        else:
            return None
        if all(self._rate(tokens, i, i + 1, numbers, words) is None for i in linked):
            return None
        return tokens[stop - 1][1]

    def _elliptic(self, tokens: list[tuple[int, int, str]], stop: int) -> bool:
        """Whether nothing that a percentage measures follows it: the sentence or clause ends
        there, or a conjunction joins another number (``… los suyos a un 10 %.``, ``a 10% y
        30%``). In a sentence that states a tariff rate before it, such a bare percentage is
        another rate whose levy word the sentence leaves out; a share names what it is a share
        of (``70% dos exportadores``)."""
        if stop >= len(tokens):
            return True
        token = tokens[stop][2]
        return token in (",", ";", ":") or token in self.conjunctions

    def hours_and(self, before: str, words: CountWords) -> bool:
        """Whether ``before`` ends with a number of hours and a conjunction (``1 hora e``)."""
        parts = before.split()
        return (len(parts) >= 3 and parts[-1] in self.conjunctions
                and parts[-2] in words.lengths.get("hour", ())
                and self._value(parts[-3]) is not None)

    def minutes_after(self, tail: str, words: CountWords) -> float | None:
        """The minutes a conjunction joins to a number of hours (``e 40 minutos``)."""
        parts = tail.split()
        if (len(parts) >= 3 and parts[0] in self.conjunctions
                and parts[2].rstrip(".,;") in words.lengths.get("minute", ())):
            return self._value(parts[1])
        return None


def _continues(body: str, tokens: list[tuple[int, int, str]], index: int,
               numbers: list[int]) -> bool:
    """Whether the digits at ``index`` are a thousands group of the number before them."""
    if index - 1 not in numbers or not tokens[index - 1][2][:1].isdigit():
        return False
    whole = _DIGITS.match(body, tokens[index - 1][0])
    return whole is not None and whole.end() >= tokens[index][1]


def _glued(body: str, start: int, end: int, words: CountWords) -> bool:
    """Digits joined to a letter (``19H50``, ``A320``, ``20minutos``): part of a time or a
    name, unless what follows is a scale word (``300mila``)."""
    if not body[start:end][:1].isdigit():
        return False
    if start > 0 and body[start - 1].isalnum():
        return True
    letters = re.match(r"[^\W\d_]+\.?", body[end:])
    return letters is not None and not (
        letters.group().lower() in words.scales
        or letters.group().lower().rstrip(".") in words.scales)


def _ends_with(text: str, phrases: Sequence[str]) -> bool:
    return any(text == p or text.endswith(f" {p}") for p in phrases)


def _starts_with(text: str, phrases: Sequence[str]) -> bool:
    return any(re.match(rf"{re.escape(p)}(?![^\W\d_])", text) for p in phrases)


def _end_of(body: str, tokens: list[tuple[int, int, str]], after: int, form: str) -> int:
    """The end of the unit word ``form`` at or after token ``after``."""
    for _, end, token in tokens[after:]:
        if token.rstrip(".") == form.split()[-1]:
            return end
    return tokens[after][1]


def _percent_end(tokens: list[tuple[int, int, str]], after: int, words: CountWords
                 ) -> int | None:
    """The index after the percent sign or word at ``after`` (``%``, ``Prozent``, ``pour
    cent``), ``None`` when none stands there."""
    if after >= len(tokens):
        return None
    size = 1 if tokens[after][2] == "%" else _phrase_at(tokens, after, words.percent)
    return after + size if size else None


def _across_clause(tokens: list[tuple[int, int, str]], i: int, start: int, stop: int) -> bool:
    """Whether a ``,``, ``;`` or ``:`` stands between token ``i`` and the rate at
    ``start:stop`` (``tarifas para 45%, e 70% dos exportadores``: the share is no rate)."""
    between = tokens[i + 1 : start] if i < start else tokens[stop:i]
    return any(t in (",", ";", ":") for _, _, t in between)


def _measure_of(token: str, words: CountWords) -> str | None:
    word = token.rstrip(".")
    return next((name for name, entries in words.measures.items()
                 if _matches(word, entries)), None)


def _nearest_measure(tokens: list[tuple[int, int, str]], index: int, after: int,
                     numbers: list[int], words: CountWords, stops: frozenset[str]
                     ) -> str | None:
    """The class of the nearest measure word within the window, after the number first; no
    other number and no ``;``/``:`` between them, and before it no conjunction (``stops``)
    or comma either."""
    for i in range(after, min(len(tokens), after + _WINDOW)):
        token = tokens[i][2]
        if i in numbers or token in (";", ":"):
            break
        found = _measure_of(token, words)
        if found is not None:
            return found
    # Before it, only the words right before its hedge or bound (*погибли по меньшей мере
    # 86*, *murieron al menos 86*): a class word further back is another clause's.
    first = index - 1 - _hedge_size(tokens, index, words)
    for i in range(first, max(-1, first - _BACK), -1):
        token = tokens[i][2]
        # "35 tuées et plus de 270 000 ...": a word before a conjunction or a comma is
        # another number's.
        if i in numbers or token in (";", ":", ",") or token in stops:
            break
        found = _measure_of(token, words)
        if found is not None:
            return found
    return None


def _hedge_size(tokens: list[tuple[int, int, str]], index: int, words: CountWords) -> int:
    """How many words right before the number at ``index`` are its hedge or bound."""
    before = " ".join(t for _, _, t in tokens[max(0, index - 4) : index])
    return len(_qualifier(pack_key(before), words).split())


def _digits(token: str) -> float | None:
    """The value of digits with thousands separators or a decimal comma."""
    compact = re.sub(r"[ \u00a0\u202f]", "", token)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact):
        return float(re.sub(r"[.,]", "", compact))
    try:
        return float(compact.replace(",", "."))
    except ValueError:
        return None


def _quantity(body: str, offset: int, start: int, end: int, value: float, unit: str,
              words: CountWords) -> Quantity:
    """The quantity with the hedge or bound right before it."""
    before = pack_key(body[:start])
    if before.endswith("'"):
        before = f"{before[:-1]}e"  # "près d'un million": "près de"
    low: float | None = None
    high: float | None = None
    approximate = False
    qualifier = _qualifier(before, words)
    if qualifier:
        approximate = qualifier in words.approx
        if qualifier in words.lower:
            low = value
        if qualifier in words.upper:
            high = value
        start = max(0, body.lower().rfind(qualifier.split()[0], 0, start))
    return Quantity(value=value, low=low, high=high, unit=unit, text=body[start:end],
                    start=offset + start, end=offset + end, approximate=approximate)


def _qualifier(before: str, words: CountWords) -> str:
    """The hedge or bound ``before`` ends with (the longest), else empty."""
    for phrase in sorted({*words.lower, *words.upper, *words.approx}, key=len, reverse=True):
        if before == phrase or before.endswith((f" {phrase}", f"'{phrase}")):
            return phrase  # "d'environ 45 minutes" too
    return ""


@cache
def _reader(language: str) -> _Reader:
    from communique.lang import language_pack

    pack = language_pack(language)
    words = count_words(language)
    if pack is None or words is None:  # pragma: no cover - find_claims checks first
        raise LookupError(language)
    return _Reader(words, pack)
