"""The trigger scan and the rules' word tests skip nothing a plain search of the rules finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as hst

from communique.extract.temporal._find import _candidates, _lowered
from communique.extract.temporal._patterns import MONTH_NAME, RULES, TRIGGERS

# Each trigger class as its own plain pattern (the scan's classes, tried in the scan's order).
_PLAIN = re.compile(
    r"(?P<digit>\d)"
    rf"|(?P<month>(?<![A-Za-z])(?:{MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    r"(?![a-z]))"
    r"|(?P<weekday>(?<![A-Za-z])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|\b(?P<unit>(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
    r"|centur|millenni|morning|afternoon|evening|time|session|season|term|point|half|anniversar))"
    r"|\b(?P<season>(?i:spring|summer|autumn|fall|winter))"
    r"|\b(?P<deictic>(?i:today|tonight|yesterday|tomorrow|now|current|recent|present|future"
    r"|past|soon|shortly|nowadays|these\s+days|moment|(?:short|long|longer)\s+run"
    r"|annual|biannual|yearly|daily|nightly|weekly|biweekly|monthly"
    r"|quarterly|hourly|noon|midnight|later))"
    r"|\b(?P<holiday>Christmas|New\s+Year|Thanksgiving|Easter|Good\s+Friday|Halloween|Valentine"
    r"|Boxing\s+Day|Memorial\s+Day|Labou?r\s+Day)"
)
_PIECES = ["May", "may", "Mar", "March", "Sunday", "day", "days", "today", "time", "times",
           "now", "know", "Fall", "spring", "New", " ", "Year", "\n", "-", "_", "x", "é",
           "\u017f", "7", "2031", ".", "these", "short", "run", "Good", "Friday", "week"]


def _scan(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


@given(hst.lists(hst.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_scan_is_the_plain_scan(text: str) -> None:
    assert _scan(TRIGGERS, text) == _scan(_PLAIN, text)


def test_triggers_in_a_sentence() -> None:
    text = "On Sunday, 3 March, the talks in Lindhaven ran late; mayday now."
    assert [(text[a:b], kind) for (a, b), kind in _scan(TRIGGERS, text)] == [
        ("Sunday", "weekday"), ("3", "digit"), ("March", "month"), ("now", "deictic")]


_RULE_PIECES = ["the", " ", "-", "'", "fiscal", "Financial", "FY", "year", "2031", "1990", "0",
                "s", "S", "\u017f", "\u0130", "twentieth", "century", "first", "anniversary",
                "recent", "days", "Weeks", "for", "past few", "long", "2", "its", "row",
                "three", "the", "ago", "Before", "later", "from", "now", "prior", "previously"]


@given(hst.lists(hst.sampled_from(_RULE_PIECES), max_size=12).map("".join))
def test_a_rules_words_are_in_each_of_its_matches(text: str) -> None:
    """A rule with words is skipped where none is: each of its matches must hold one."""
    lowered = _lowered(text)
    for rule in RULES:
        for match in rule.regex.finditer(text) if rule.words else ():
            assert lowered is None or any(
                lowered.find(word, *match.span()) >= 0 for word in rule.words), rule.name


def test_words_skip_nothing_a_rule_finds() -> None:
    text = ("In the FY2031 and the 1990S, the fiscal year; the twentieth century's first "
            "anniversary, three days ago.")
    names = {c.rule.name for c in _candidates(text, vague=True)}
    assert {"fiscal", "decade", "century", "anniversary", "rel_offset"} <= names
