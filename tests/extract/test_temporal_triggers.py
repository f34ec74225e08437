"""The trigger scan finds each trigger word where, and as what, a plain scan of it does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as hst

from communique.extract.temporal._patterns import MONTH_NAME, TRIGGERS

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
