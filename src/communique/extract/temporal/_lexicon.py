"""Word lists for English temporal expressions: general calendar vocabulary only."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
"""Month names and their usual abbreviations, lower case."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
"""Weekday names with Python's ``date.weekday()`` numbers."""

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
}
"""Cardinal number words (tens combine with units as ``twenty-five``; ``half an`` is 0.5)."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "last": -1,
}
"""Ordinal words; ``last`` means the final one of a series."""

_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
DAY_ORDINALS: dict[str, int] = {
    **{word: number for word, number in ORDINALS.items() if 1 <= number <= 20 or number == 30},
    **{f"{tens}-{unit}": base + index
       for tens, base in (("twenty", 20), ("thirty", 30))
       for index, unit in enumerate(_UNIT_ORDINALS, start=1) if base + index <= 31},
}
"""The days of a month written as ordinal words, ``first`` to ``thirty-first`` (hyphenated)."""
ORDINALS.update(DAY_ORDINALS)

UNITS: dict[str, str] = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "F", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE",
}
"""Duration units and their ISO 8601 designators (``T`` marks time units)."""

VAGUE_PLURAL_UNITS: tuple[str, ...] = (
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
)
"""Plural units that form a duration of unknown length (``for years``)."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}
"""Parts of a day and their TimeML codes."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
"""Seasons and their TimeML codes."""

VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "the time being": "PRESENT_REF", "ongoing": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF",
    "the time": "PAST_REF", "one point": "PAST_REF", "current": "PRESENT_REF",
    "recent": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "very soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the medium term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "the short run": "FUTURE_REF", "the long run": "FUTURE_REF", "the longer run": "FUTURE_REF",
    "these days": "PRESENT_REF", "the moment": "PRESENT_REF", "the present": "PRESENT_REF",
}
"""Vague references to the present, past or future (TimeML's ``*_REF`` values). Adverbs that
only order events (``previously``, ``formerly``) are not among them: TimeML marks no time there."""

# Reporting and narrating verbs in the simple past, the tense that news uses for what happened.
IRREGULAR_PAST: frozenset[str] = frozenset({
    "was", "were", "had", "did", "met", "said", "took", "held", "began", "came", "went",
    "made", "told", "spoke", "saw", "left", "gave", "got", "won", "lost", "fell", "rose",
    "sold", "bought", "brought", "found", "kept", "led", "meant", "paid", "ran", "sent",
    "wrote", "broke", "struck", "hit", "thought", "felt", "became", "flew", "drove", "chose",
    "sought", "taught", "fought", "caught", "knew", "grew", "drew", "threw", "shook", "stood",
    "ago", "earlier", "previously", "already", "last", "since", "been",
})
"""Words that put the surrounding clause in the past."""

FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "upcoming", "next", "scheduled", "planned", "slated", "expected",
    "starts", "begins", "start", "begin", "opens", "resumes", "due", "deadline", "coming",
    "later", "would", "until", "plans", "plan", "intends", "aims", "target", "tomorrow",
    "should", "may", "might", "expires", "expire", "expiring", "lapses",
})
"""Words that put the surrounding clause in the future (or a scheduled present)."""

WANTING_VERBS: frozenset[str] = frozenset({
    "want", "wants", "intend", "intends", "expect", "expects", "seek", "seeks", "urge", "urges",
})
"""Present-tense verbs whose object is a state still to come: a regular ``-ed`` form after them
("wants the deal signed by June") is a participle, not a report of the past. Words that are as
often nouns ("plans announced in January") are left out."""

NOT_PAST_ED: frozenset[str] = frozenset({
    "need", "indeed", "proceed", "exceed", "succeed", "speed", "feed", "seed", "breed", "shed",
    "hundred", "embed", "bled", "sacred", "wicked", "naked", "kindred", "scheduled", "planned",
    "slated", "expected", "intended", "proposed", "anticipated", "red", "bed", "wed", "led",
})
"""Words ending in ``-ed`` that are not simple past forms (or that point to the future)."""
