"""Checks that turn away look-alikes before overlapping candidates are settled.

A rejected candidate must not hide a shorter good one, so these run on raw matches: ``May`` the
verb or name, a bare number that is a count (``2000 people``), ``a second round``.
"""

from __future__ import annotations

import re

_PREV_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z0-9]*$")
_NEXT_WORD = re.compile(r"^\s*([A-Za-z]+)")
# Words after which a capitalised "May" is the month ("in May", "since May", "last May").
_MAY_BEFORE = frozenset({
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "during", "before",
    "after", "between", "and", "or", "early", "late", "mid", "last", "next", "this", "coming",
    "past", "a", "the", "end", "beginning", "start", "middle", "on",
})
# Words after which a four-digit number is a year rather than a count.
_YEAR_BEFORE = frozenset({
    "in", "since", "of", "by", "until", "till", "from", "to", "through", "during", "before",
    "after", "between", "and", "or", "the", "early", "late", "mid", "pre", "post", "fiscal",
    "year", "around", "circa", "for", "at", "as", "than", "summer", "spring", "winter", "autumn",
    "fall", "its", "his", "her", "their", "s", "year's", "season", "election", "end",
    "start", "beginning", "middle", "on", "ago", "vs", "versus", "class", "way", "back", "into",
})
_YEAR_HYPHEN_PREFIX = frozenset({"pre", "post", "mid"})
_NAME_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s$")
# What comes before "a day" when it is a rate: an amount ("$5 a day", "twice a week") or an
# amount of time ("24 hours a day", "seven days a week").
_COUNT_CONTEXT = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|thousand)?|once|twice|times|[$£€]\S*"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+"
    r"(?:second|minute|hour|day|night|week|month)s?,?)"
    r"\s*$",
    re.IGNORECASE,
)


def prev_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case, empty at the start of the text)."""
    found = _PREV_WORD.search(text, max(0, start - 30), start)
    return found.group(1).lower() if found else ""


def next_word(text: str, end: int) -> str:
    """The word just after ``end`` as written (empty when punctuation or nothing follows)."""
    found = _NEXT_WORD.match(text[end:end + 30])
    return found.group(1) if found else ""


def accept(rule: str, match: re.Match[str], text: str) -> bool:
    """Whether a raw match of ``rule`` is a temporal expression at all."""
    check = _CHECKS.get(rule)
    return check(match, text) if check else True


def _day_range(match: re.Match[str], text: str) -> bool:
    # "Feb. 3 and 4" is one stretch of days; "March 3 and April 5" are two dates, found again
    # one by one by the single-day rule once this range is turned away.
    if not match.group("d2"):
        return True
    groups = match.re.groupindex
    second_month = match.group("m2") if "m2" in groups else None
    first_end = match.end("y1") if match.group("y1") else match.end("d1")
    second_start = match.start("m2") if second_month else match.start("d2")
    separator = text[first_end:second_start].strip(" ,").lower()
    d1, d2 = _leading_int(match.group("d1")), _leading_int(match.group("d2"))
    if separator in {"and", "or", "&"}:
        if second_month and second_month != match.group("m1"):
            return d2 == 1 and d1 >= 28
        return d2 == d1 + 1
    return bool(second_month) or d2 > d1


def _leading_int(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else 0


def _rel_offset(match: re.Match[str], text: str) -> bool:
    # "two days before the vote" is an amount of time measured from an event (the duration rule
    # takes "two days"); "two days before." and "the day before" count from a known date, but
    # "the day after falling 250 points" is "the day" followed by a clause of its own.
    if match.group("dir").lower() not in {"before", "after", "prior"}:
        return True
    following = next_word(text, match.end())
    if match.group("the"):
        return not following.endswith("ing")
    return not following


def _month(match: re.Match[str], text: str) -> bool:
    if match.group("m1") != "May" or match.group("mod"):
        return True
    return prev_word(text, match.start()) in _MAY_BEFORE


def _month_edge(match: re.Match[str], text: str) -> bool:
    # Without an edge word ("end of", "early") this rule only adds month-to-month ranges.
    if not match.group("e1") and not match.group("m2"):
        return False
    if match.group("m2") and not match.group("e1") and match.group("sep") in {"and", "or"}:
        return False
    if match.group("m1") == "May" and not match.group("e1"):
        return prev_word(text, match.start()) in _MAY_BEFORE
    return True


def _year(match: re.Match[str], text: str) -> bool:
    start = match.start("y")
    if start > 0 and text[start - 1] == "-":
        return match.group("mod") is not None or prev_word(text, start) in _YEAR_HYPHEN_PREFIX
    if match.group("mod") or match.group("edge"):
        return True
    before = prev_word(text, start)
    if before in _YEAR_BEFORE or text[max(0, start - 2):start] in {"'s", "’s"}:
        return True
    after = next_word(text, match.end())
    # "the Russell 2000 Index", "Windows 2000 Server": a number inside a capitalised name.
    if (_NAME_BEFORE.search(text, max(0, start - 30), start) and after[:1].isupper()
            and text[match.end():match.end() + 1] == " "):
        return False
    immediate = text[match.end():match.end() + 1]
    if after.lower() in _YEAR_SUBJECT_VERBS and immediate == " ":
        # "2014 was a hard year", "2008 saw the crash": the year is what the clause is about.
        return True
    # "2,000 troops" is caught by the lookbehind; "2000 troops" only by the word after it.
    return not (after and after.islower() and immediate == " ")


# Verbs a year is the subject of; a count is rarely the subject of these without its noun.
_YEAR_SUBJECT_VERBS = frozenset({
    "was", "is", "will", "would", "could", "may", "might", "should", "saw", "sees", "see",
    "marked", "marks", "brought", "brings", "began", "begins", "ended", "ends", "proved",
    "looks", "promises", "became",
})


def _year_range(match: re.Match[str], text: str) -> bool:
    sep = match.group("sep").strip().lower()
    if sep == "and" and (match.group("lead") or "").lower() != "between":
        return False
    y2 = match.group("y2")
    return len(y2) == 4 or int(y2) > int(match.group("y1")[2:])


def _duration(match: re.Match[str], text: str) -> bool:
    n1 = match.group("n1").lower()
    unit = match.group("unit").lower()
    if unit == "second" and not match.group("pl") and n1 in {"a", "an"}:
        return False
    if n1 in {"some", "many", "few", "several"} and not match.group("pl"):
        return False
    # "about a quarter of its dealers", "a quarter, of": a share, not three months.
    if unit == "quarter" and n1 in {"a", "an", "one"} and not match.group("rel"):
        return False
    # "a day" and "a year" after an amount are rates ("$5 a day"), found by the set rule.
    if n1 in {"a", "an"} and not match.group("approx") and not match.group("rel"):
        return _COUNT_CONTEXT.search(text, max(0, match.start() - 30), match.start()) is None
    return not (unit == "day" and next_word(text, match.end()).lower() == "of"
                and n1 in {"a", "an", "one"})


def _set(match: re.Match[str], text: str) -> bool:
    quantifier = (match.group("q") or "").lower()
    if quantifier in {"a", "an"}:
        if match.group("n"):
            return False
        return _COUNT_CONTEXT.search(text, max(0, match.start() - 30), match.start()) is not None
    return True


def _season(match: re.Match[str], text: str) -> bool:
    if match.group("det") or match.group("y"):
        return True
    # "summer", "autumn", "winter" are seasons wherever they stand; "spring" and "fall" are
    # also a verb and a source, so they need a preposition or a determiner before them.
    season = match.group("s").lower()
    if season in {"summer", "autumn", "winter"}:
        return next_word(text, match.end()).lower() not in {"olympics", "games", "wheat"}
    if prev_word(text, match.start()) in {"its", "their", "his", "her", "our", "this", "next",
                                          "last"}:
        return True
    return prev_word(text, match.start()) in {"in", "during", "by", "until", "since", "over",
                                               "through", "before", "after"}


def _vague_duration(match: re.Match[str], text: str) -> bool:
    return next_word(text, match.end()).lower() not in {"of", "ago"}


def _weekday(match: re.Match[str], text: str) -> bool:
    # "Good Friday", "Black Monday" name a day of their own; "Asia Monday" or "Kyiv Friday"
    # (a place, then the day, as headlines and ledes write it) is the weekday.
    before = text[max(0, match.start() - 20):match.start()]
    return match.group("mod") is not None or _NAMED_DAY.search(before) is None


# Words that make a weekday the name of a particular day (a feast, a market crash, a vote).
_NAMED_DAY = re.compile(r"\b(?:Good|Black|Cyber|Easter|Ash|Holy|Super|Maundy|Palm|Bloody|Blue"
                        r"|Whit|Shrove|Giving|Mad|Manic|Patriot)[-\s]$")


def _short_year(match: re.Match[str], text: str) -> bool:
    # "since '82", "the class of '68"; not "iLife '11", where the digits belong to a name.
    before = text[max(0, match.start() - 20):match.start()].rstrip()
    word = _PREV_WORD.search(before)
    return word is not None and word.group(1).islower()


def _holiday(match: re.Match[str], text: str) -> bool:
    # "Christmas Island", "Easter egg", "Christmas tree": things named after the day;
    # "Christmas sales", "the Christmas and New Year period": a stretch around it, not the day.
    if next_word(text, match.end()).lower() in _NAMED_AFTER_HOLIDAY:
        return False
    return _HOLIDAY_STRETCH.match(text, match.end()) is None


_HOLIDAY_STRETCH = re.compile(
    r"(?:\s+(?:and|or|&)\s+(?:[A-Z][\w'’]*\s+){1,3}?|-|\s+)(?:sales|season|period|shopping"
    r"|shoppers|holidays?|break|rush|spending|trading|quarter|retail)\b")


_NAMED_AFTER_HOLIDAY = frozenset({
    "island", "islands", "egg", "eggs", "tree", "trees", "card", "cards", "carol", "carols",
    "bunny", "lily", "lilies", "rising", "offensive", "agreement", "accord", "accords", "parade",
})


def _vague(match: re.Match[str], text: str) -> bool:
    # "their most recent model", "a more recent study" rank things by how new they are; the
    # superlative and comparative name no time.
    word = match.group("w").lower()
    return not (word == "recent" and prev_word(text, match.start()) in {"most", "more"})


def _later(match: re.Match[str], text: str) -> bool:
    # "at a later date" names a time; otherwise "later" is one only as an adverb: not the
    # adjective ("its later models"), the comparative ("later than planned", "much later") or
    # an offset of unknown length ("weeks later").
    if match.group().lower().startswith(("a ", "an ")):
        return True
    if next_word(text, match.end()).lower() == "than":
        return False
    return prev_word(text, match.start()) not in _NOT_BEFORE_LATER


_NOT_BEFORE_LATER = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these",
    "those", "no", "much", "even", "far", "little", "slightly", "bit", "somewhat", "seconds",
    "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments",
})


_CHECKS = {
    "holiday": _holiday,
    "short_year": _short_year,
    "rel_offset": _rel_offset,
    "month_day": _day_range,
    "day_month": _day_range,
    "month": _month,
    "month_edge": _month_edge,
    "year": _year,
    "year_range": _year_range,
    "duration": _duration,
    "set": _set,
    "season": _season,
    "vague_duration": _vague_duration,
    "weekday": _weekday,
    "later": _later,
    "vague": _vague,
}
