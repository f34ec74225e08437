"""Regular expressions that find candidate temporal expressions, one per rule.

Month and weekday names are matched case-sensitively (``may`` the verb is never May); relative
words are matched in any case. A rule's span is its named group ``t`` when it has one, else the
whole match: context words such as ``on`` or ``pre-`` help match but stay outside the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.extract.temporal._holidays import HOLIDAY
from communique.extract.temporal._lexicon import DAY_ORDINALS

MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October"
              r"|November|December)")
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
# An abbreviation without its full stop counts only before a day number ("Feb 14").
_BARE_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d)"
MONTH = rf"(?<![A-Za-z])(?:{MONTH_NAME}|{MONTH_ABBR}|{_BARE_ABBR})(?![a-z])"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY = rf"(?<![A-Za-z]){WEEKDAY_NAME}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:%]|\.\d|,\d)"
# A day written as an ordinal word ("December twenty-seventh", "the first of May"), longest
# first so that "twenty-first" is not read as "twenty"; the tens and units may be apart.
DAY_WORD = "(?i:" + "|".join(
    word.replace("-", r"[-\s]") for word in sorted(DAY_ORDINALS, key=len, reverse=True)
) + r")(?![\w-])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d|:\d)"
# Range separators between two days: dashes, "to", "through", and the "and" of "Feb. 3 and 4".
SEP = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and|or|&)\s+)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
NUM = (rf"(?:\d+(?:[.,]\d+)?|{_TENS}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
       rf"|{_UNITS}|a\s+couple\s+of|a\s+few|a\s+hundred|hundred|half\s+an?|several|many|few|some"
       r"|a|an)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
           r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
           r"|nineteenth|twentieth|twenty-first|twenty-fifth|thirtieth|fortieth|fiftieth"
           r"|sixtieth|seventieth|eightieth|ninetieth|hundredth|\d{1,3}(?:st|nd|rd|th))")
EDGE = r"(?:end|beginning|start|middle|early|late|mid)"
# Words that make a bare plural unit a stretch of time on their own ("recent months").
_FEW = r"(?:recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming)"
_LEFT = r"(?<![\w$£€.,/-])"
_PLURAL_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
# Verbs that take "the day" as the trading or news day they close or open ("ended the day up").
_DAY_VERB = "(?:" + "|".join(
    rf"(?<=\b{verb}\s)" for verb in ("end", "ends", "ended", "ending", "finish", "finished",
                                      "finishing", "close", "closes", "closed", "closing", "start",
                                      "started", "starting", "began", "open", "opened", "opening")
) + ")"
# A year may follow a hyphen ("pre-2014", "mid-2025"); the acceptance check looks at the prefix.
_LEFT_YEAR = r"(?<![\w$£€.,/])"


# Time zones written after a clock time: universal time with an optional offset ("GMT+8",
# "UTC -05:00") or a zone's abbreviation (EST, CET, JST…), bare or in brackets ("(GMT +8)").
_ZONE_NAME = (r"(?:GMT|UTC)(?:\s*[+\-−–]\s*\d{1,2}(?::?\d\d)?)?(?![\w+\-])"
              r"|(?:[ECMP][SD]T|CES?T|BST|EES?T|MSK|JST|KST|HKT|SGT|AES?T|AEDT|ET|PT)\b")


def _zone(name: str, *, local: bool = False) -> str:
    """An optional zone after a clock time, its name in group ``name`` (brackets included)."""
    extra = r"|local\s+time" if local else ""
    return (rf"(?:\s+(?P<{name}>{_ZONE_NAME}{extra})"
            rf"|\s*\(\s*(?P<{name}b>{_ZONE_NAME})\s*\))?")


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern: its name (the resolver to call), regex and tie-break priority."""

    name: str
    regex: re.Pattern[str]
    priority: int
    vague: bool = False
    """Only used when vague references are asked for."""
    needs: frozenset[str] = frozenset()
    """Trigger classes (:data:`TRIGGERS`) one of which every match of the rule contains."""
    words: tuple[str, ...] = ()
    """Lower-case strings one of which every match of the rule contains (none: no such test):
    a stretch of text without any is not worth the pattern's search."""


def _rule(name: str, pattern: str, priority: int, *, flags: int = 0, vague: bool = False,
          words: tuple[str, ...] = ()) -> Rule:
    return Rule(name, re.compile(pattern, flags), priority, vague, _NEEDS[name], words)


# Every temporal expression contains one of these words or a digit. One pass of this pattern
# finds them; each rule then runs only near the triggers of the classes it needs, instead of
# every rule scanning every paragraph. Every word trigger starts after a character that is no
# ASCII letter (a word boundary before a letter is one too): testing that once, before the
# words, turns the scan away in the middle of a word at once (twice as fast a scan).
TRIGGERS = re.compile(
    r"(?P<digit>\d)"
    r"|(?<![A-Za-z])(?:"
    rf"(?P<month>(?:{MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z]))"
    r"|(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|\b(?:(?P<unit>(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
    r"|centur|millenni|morning|afternoon|evening|time|session|season|term|point|half|anniversar))"
    r"|(?P<season>(?i:spring|summer|autumn|fall|winter))"
    r"|(?P<deictic>(?i:today|tonight|yesterday|tomorrow|now|current|recent|present|future"
    r"|past|soon|shortly|nowadays|these\s+days|moment|(?:short|long|longer)\s+run"
    r"|annual|biannual|yearly|daily|nightly|weekly|biweekly|monthly"
    r"|quarterly|hourly|noon|midnight|later))"
    r"|(?P<holiday>Christmas|New\s+Year|Thanksgiving|Easter|Good\s+Friday|Halloween|Valentine"
    r"|Boxing\s+Day|Memorial\s+Day|Labou?r\s+Day)))"
)
_DIGIT, _MONTH, _WEEKDAY, _UNIT = ("digit",), ("month",), ("weekday",), ("unit",)
_NEEDS: dict[str, frozenset[str]] = {name: frozenset(classes) for name, classes in {
    "iso": _DIGIT, "numeric": _DIGIT, "month_day": _MONTH, "month_day_one": _MONTH,
    "month_day_word": _MONTH, "day_word_month": _MONTH,
    "day_month": _MONTH, "month_edge": _MONTH, "month_week": _MONTH, "month_year": _MONTH,
    "month_rel_year": _MONTH, "month": _MONTH, "weekday": _WEEKDAY, "rel_day": ("deictic",),
    "part_day": _UNIT, "rel_period": _UNIT, "edge_unit": _UNIT, "ref_unit": _UNIT,
    "streak": _UNIT, "rel_offset": _UNIT, "duration": _UNIT, "vague_duration": _UNIT,
    "set": ("unit", "deictic", "weekday", "season"), "year_range": _DIGIT, "year": _DIGIT,
    "decade": _DIGIT,
    "short_year": _DIGIT, "fiscal": ("digit", "unit"), "same_period": _UNIT, "century": _UNIT,
    "quarter": _UNIT, "quarter_code": _DIGIT,
    "half": _UNIT, "season": ("season",), "clock": ("digit", "deictic"), "anniversary": _UNIT,
    "vague": ("unit", "deictic"), "later": ("deictic",), "holiday": ("holiday",),
}.items()}


_I = re.IGNORECASE

RULES: tuple[Rule, ...] = (
    _rule("iso", rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
          r"(?![\d-])", 0),
    _rule("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)"
          r"(?P<y>\d{4}|(?<=/)\d\d)(?![\d/])", 1),
    _rule("month_day",
          rf"(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
          rf"(?:{SEP}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?)?", 1),
    # The same without a second day: when a range is turned away its first date still counts.
    _rule("month_day_one",
          rf"(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?",
          2),
    # A day in words after its month ("December twenty-seventh", "May the first"); a range of
    # word days is left out, as its second end is rarely written so.
    _rule("month_day_word",
          rf"(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?P<m1>{MONTH_NAME}|{MONTH_ABBR})\s+(?:the\s+)?"
          rf"(?P<d1>{DAY_WORD})(?:,?\s+(?P<y1>{YEAR}))?", 1),
    # Before its month it needs "of" ("the twenty-seventh of December"): "the first March
    # since…" is an ordinal of something else.
    _rule("day_word_month",
          rf"(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?:(?i:the)\s+)?(?<![\w-])(?P<d1>{DAY_WORD})\s+of\s+"
          rf"(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?", 1),
    _rule("day_month",
          rf"(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?:the\s+)?{_LEFT}(?P<d1>{DAY})(?:{SEP}(?P<d2>{DAY}))?"
          rf"(?:\s+of)?\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?", 1),
    _rule("month_edge",
          rf"(?:(?:the\s+)?(?P<e1>(?i:{EDGE}))(?:\s+of\s+|-|\s+))?(?P<m1>{MONTH_NAME})"
          rf"(?:,?\s+(?P<y1>{YEAR}))?(?:\s+(?P<sep>and|to|through|until|or)\s+(?:the\s+)?"
          rf"(?:(?P<e2>(?i:{EDGE}))(?:\s+of\s+|-|\s+))?(?P<m2>{MONTH_NAME})"
          rf"(?:,?\s+(?P<y2>{YEAR}))?)?(?![a-z])", 3),
    _rule("month_week", rf"\b(?:the\s+)?(?P<w>first|second|third|fourth|last|final)\s+week\s+of\s+"
          rf"(?P<m1>{MONTH_NAME})(?:,?\s+(?P<y1>{YEAR}))?", 1, flags=_I),
    _rule("month_year", rf"(?P<m1>{MONTH_NAME}|{MONTH_ABBR})(?:\s+of)?,?\s+(?P<y1>{YEAR})", 2),
    _rule("month_rel_year", rf"(?P<m1>{MONTH_NAME})\s+of\s+(?P<rel>(?i:this|last|next))\s+"
          r"(?i:year)\b", 2),
    _rule("month", rf"(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?(?P<m1>{MONTH_NAME})"
          r"(?![a-z])", 4),
    _rule("weekday", rf"(?:(?P<edge>(?<![\w-])(?i:late|early))\s+)?"
          rf"(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?(?P<wd>{WEEKDAY})"
          r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?![a-z])", 3),
    _rule("rel_day", r"\b(?:(?P<adv>earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow)"
          r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", 2, flags=_I),
    # "in morning trading": the part of the day the report is about.
    _rule("part_day", r"\b(?:(?P<w>this|last)\s+(?P<part>morning|afternoon|evening|night)"
          r"|(?P<t>(?P<part2>morning|afternoon|evening))(?=\s+(?:trading|trade|session)\b))\b", 3,
          flags=_I),
    _rule("rel_period",
          r"\b(?:(?P<adv>earlier|later|early|late)\s+|(?:the\s+)?(?P<edge>end|beginning|start"
          r"|middle|rest|remainder)\s+of\s+)?(?P<the>the\s+)?(?:this\s+(?=past\s))?(?P<det>this|last"
          r"|next|past|previous|latest(?=\s+quarter\b)"
          r"|coming|following|current)\s+(?P<unit>week|weekend|month|year|quarter|decade"
          r"|century|fortnight)\b", 3, flags=_I),
    # "on the day", "over the weekend": a bare "the" only after these prepositions.
    # "on the day", "over the weekend", "ended the day up 2%": a bare "the" only after these.
    _rule("edge_unit", r"\b(?:the\s+)?(?:very\s+)?(?P<edge>end|beginning|start|middle|rest"
          r"|remainder)\s+of\s+the\s+(?P<unit>year|month|week|day)\b(?!\s+(?:of|before|after)\b)",
          3, flags=_I),
    _rule("ref_unit", r"\b(?:the\s+(?P<det>previous|next|following|same|preceding|prior)"
          r"|the\s+(?:entire|whole|full)(?=\s+(?:year|month|week|day)\b)"
          r"|(?P<that>that)(?:\s+same)?|(?:(?<=\bon\s)|(?<=\bfor\s)|(?<=\bover\s)"
          r"|(?<=\bduring\s))the"
          r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the(?=\s+(?:day|morning"
          r"|afternoon|evening)\b)"
          rf"|{_DAY_VERB}the(?=\s+day\b)"
          r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s))that(?=\s+time\b))"
          r"\s+(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night|time)\b"
          r"(?!\s+(?:of|when)\b)", 4, flags=_I),
    # "for a second straight day", "fourth week in a row", "their best week since": the day
    # or week the report is about.
    _rule("streak", rf"\b(?P<t>(?:a\s+|the\s+)?{ORDINAL}\s+(?:(?:straight|consecutive|successive)"
          r"\s+)?(?P<unit>day|week|month|year|session)(?=s?\s+in\s+a\s+row\b)"
          rf"|(?:a\s+|the\s+)?{ORDINAL}\s+(?:straight|consecutive|successive)\s+(?P<unit2>day|week"
          r"|month|year|session)\b"
          r"|(?:(?<=\bbest\s)|(?<=\bworst\s))(?P<unit3>day|week|month|quarter|year)"
          r"(?=\s+(?:since|in|of|for)\b))",
          3, flags=_I),
    _rule("rel_offset",
          rf"\b(?:(?P<the>the)|(?P<n>{NUM}))\s+(?P<unit>{UNIT})s?\s+(?P<dir>before|after|earlier"
          r"|later|prior|ago|previously|beforehand|previous|from\s+now|from\s+today)\b", 2,
          flags=_I, words=("before", "after", "earlier", "later", "prior", "ago", "previous",
                           "from")),
    _rule("duration",
          rf"(?<![\w$£€.,/-])(?P<t>(?:(?P<approx>nearly|almost|about|around|roughly|approximately"
          r"|some|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|over(?!\s+the)"
          r"|just\s+over|just\s+under|under(?!\s+the))\s+)?(?:the\s+(?P<rel>past|last|next|first"
          rf"|coming|previous|following|final)\s+)?(?P<n1>{NUM}|single(?=-))(?:\s*(?:-|–|\s+to\s+"
          r"|\s+or\s+|(?<=\bbetween\s\d\d)\s+and\s+|(?<=\bbetween\s\d)\s+and\s+)"
          rf"\s*(?P<n2>{NUM}))?(?P<half>\s+and\s+a\s+half)?(?P<hy>-|\s+)(?:(?:trading|business"
          rf"|working|calendar|consecutive|straight|full|long)\s+)?(?P<unit>{UNIT})(?P<pl>s)?"
          r"(?P<after>\s+and\s+a\s+half)?)\b", 3, flags=_I),
    _rule("vague_duration",
          rf"(?:\b(?:for|in|over|within|after|across)\s+(?:(?:just|only|mere)\s+)?"
          rf"|(?=\b{_FEW}\s)|(?=\b(?:the\s+)?{_PLURAL_UNIT}(?:-long\b|\s+in\s+the\s+making\b))"
          rf"|(?<=\bover\s)(?=the\s+{_PLURAL_UNIT}\b)|(?:(?<=\blasted\s)|(?<=\blasts\s)"
          rf"|(?<=\btook\s)|(?<=\bspent\s)|(?<=\btakes\s)))(?P<t>(?:{_FEW}\s+|the\s+)?"
          rf"(?P<unit>{_PLURAL_UNIT})(?:-long)?)\b", 5, flags=_I,
          words=("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
                 "centuries")),
    _rule("set", rf"\b(?:(?P<q>every|each|per|a|an)\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT}|morning"
          rf"|evening|weekend|season|spring|summer|autumn|fall|winter|{WEEKDAY_NAME})s?"
          rf"|(?<=\bon\s)(?P<wds>{WEEKDAY_NAME})s"
          r"|(?P<adv>annually|yearly|daily|nightly|weekly|monthly|quarterly|hourly|biannually"
          r"|biweekly|annual))\b", 4),
    _rule("year_range",
          rf"(?:(?P<lead>between|from)\s+)?{_LEFT}(?P<y1>{YEAR})(?P<sep>\s*[-–—]\s*|\s+to\s+"
          rf"|\s+and\s+|\s+through\s+)(?P<y2>{YEAR}|\d\d(?![\d%]))", 2, flags=_I),
    # "the end of 2012": TimeML's extent holds the edge words (and its mod says END).
    _rule("year", rf"(?P<t>(?:(?P<edge>(?i:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)"
          rf"\s+of))\s+|(?P<mod>(?i:early|late|mid))[-\s]+)?{_LEFT_YEAR}(?P<y>{YEAR}))", 5),
    # "fiscal 2012", "fiscal year 2013", "the 2012 fiscal year", "FY2014": TimeML's FY2012.
    _rule("fiscal", rf"\b(?:(?i:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of\s+))?"
          rf"(?:(?i:(?:the\s+)?(?:fiscal(?:\s+year)?|financial\s+year))\s+(?P<y>{YEAR})|(?:(?i:the)\s+|(?<=\b(?i:its)\s)"
          rf"|(?<=\b(?i:their)\s)|(?<=\b(?i:his)\s)|(?<=\b(?i:her)\s)|(?<=['’]s\s))(?P<y2>{YEAR})\s+"
          rf"(?i:fiscal(?:\s+year)?|financial\s+year)\b|FY\s?(?P<y3>{YEAR}|\d\d(?![\d%]))"
          # "this fiscal year", "the financial year", "last fiscal year": no year written.
          r"|(?P<rel>(?i:(?:the\s+)?(?:current|previous|past|last|next|coming)|this|the))\s+"
          r"(?i:fiscal|financial)\s+year\b(?!\s+\d))", 2, words=("fiscal", "financial", "fy")),
    _rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?<![\w$])(?P<dec>(?:1[6-9]|20)"
          r"\d0|['’‘]\d0|(?:(?<=the\s)|(?<=and\s)|(?<=or\s)|(?<=to\s)|(?<=-))\d0)'?s\b", 2,
          flags=_I, words=("0s", "0's")),
    # "since '82": a year written with its last two digits.
    _rule("short_year", r"(?<![\w'’‘])['’‘](?P<yy>\d\d)(?![\w'’‘])", 5),
    _rule("century", rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<ord>{ORDINAL})"
          r"[-\s]+century\b", 2, flags=_I, words=("century",)),
    _rule("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|last|final|1st|2nd|3rd"
          rf"|4th)[-\s]+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next)"
          r"\s+year))?\b", 2, flags=_I),
    # "the same month a year ago", "the same period of last year", "the year-earlier quarter".
    _rule("same_period", r"\b(?:the\s+)?same\s+(?P<unit>period|month|quarter|half|season|week"
          r"|day)\s+(?:of\s+|in\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+"
          r"(?:before|earlier)|(?:a|one|(?P<n>two|three|\d))\s+years?\s+(?:ago|earlier|before))\b"
          r"|\bthe\s+year-(?:earlier|ago)\s+(?P<unit2>period|month|quarter|half|week|day)\b", 1,
          flags=_I),
    _rule("holiday", rf"(?<![\w-])(?P<name>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?(?![\w-])", 2),
    _rule("quarter_code", rf"\b(?:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR}))?\b", 2),
    _rule("half", rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>{YEAR})"
          rf"|(?P<rel>this|last|next|the)\s+year|(?:the\s+)?fiscal\s+(?:year\s+)?(?P<fy>{YEAR}))"
          r"\b", 2, flags=_I),
    _rule("season", rf"(?:\b(?P<det>(?i:this|last|next|the|early|late|mid))[-\s]+)?\b"
          rf"(?P<s>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Winter)(?:\s+(?P<months>months))?"
          rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b", 4),
    _rule("clock", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|"
          rf"am\b|pm\b){_zone('tz')}|(?<![\d:.])"
          rf"(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:]){_zone('tz2', local=True)}"
          r"|\b(?P<fixed>noon|midnight)\b"
          rf"|(?<![\d:.,])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s+(?P<tz3>{_ZONE_NAME}|local\s+time)",
          3),
    _rule("anniversary", rf"\b(?:(?:the|its|their|a|his|her)\s+)?(?:(?P<ord>{ORDINAL}|one-year)"
          r"\s+)?anniversary\b", 3, flags=_I, words=("anniversary",)),
    _rule("vague", r"\b(?:(?P<w>right\s+now|now|currently|at\s+present|nowadays|the\s+time\s+being"
          r"|more\s+recently|recently|current|recent|the\s+future(?!\s+of\b)|very\s+soon|soon|shortly|the\s+past"
          r"|(?<=\bat\s)the\s+time(?!\s+(?:of|when|being)\b)|(?<=\bat\s)one\s+point"
          r"|(?<=\bin\s)the\s+(?:near|short|long|longer|medium)\s+term"
          r"|(?<=\bfor\s)the\s+(?:long|longer|short)\s+term"
          r"|(?<=\bin\s)the\s+(?:short|long|longer)\s+run|these\s+days(?!\s+(?:of|when|before|after)\b)"
          r"|(?:(?<=\bat\s)|(?<=\bfor\s))the\s+moment(?!\s+(?:of|when|that|he|she|it|they)\b)"
          r"|(?:(?<=\bto\s)|(?<=\buntil\s)|(?<=\bat\s))the\s+present(?![^\S\n]+[a-z])))"
          r"\b(?!-)", 6, flags=_I, vague=True),
    # "later revealed", "will decide later", "at a later date": a time after another one,
    # unnamed. Longer expressions that hold the word ("later this year", "three days later",
    # "later today") win over it; the acceptance check turns away the adjective and comparative.
    _rule("later", r"\b(?:(?:a|an)\s+later\s+(?:time|date|stage|point)|later(?:\s+on)?)\b(?![-'’])",
          6, flags=_I, vague=True),
)
"""Every rule, tried over the whole text; overlaps are settled afterwards, longest first."""
