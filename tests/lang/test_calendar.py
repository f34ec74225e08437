"""Calendar words of every language (``calendar_words.json``) and the tables built from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from communique.clean._datewords import (
    FUTURE_MARKER,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    month_number,
    weekday_number,
)
from communique.errors import ExtractError
from communique.lang import _calendar
from communique.lang._calendar import (
    PATTERNS,
    ROWS,
    WORDS,
    calendar_languages,
    calendar_phrases,
    calendar_words,
    numbered,
)


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """Stand-in calendar files, by language code (the real ones are not read)."""
    made: dict[str, dict[str, Any]] = {}
    _calendar._calendar.cache_clear()
    monkeypatch.setattr(_calendar, "calendar_languages", lambda: tuple(sorted(made)))
    monkeypatch.setattr(_calendar, "read_language_file",
                        lambda code, name: made.get(code) if name == _calendar._FILE else None)
    yield made
    _calendar._calendar.cache_clear()


def _months(**rows: list[str]) -> list[list[str]]:
    table: list[list[str]] = [[] for _ in range(12)]
    for index, words in rows.items():
        table[int(index[1:]) - 1] = words
    return table


def test_every_language_file_is_read_and_checked() -> None:
    codes = calendar_languages()
    assert {"en", "fr", "ru", "ar", "fa", "tr"} <= set(codes)
    for key in ROWS:
        assert numbered(key)
    for key in WORDS:
        assert calendar_words(key)
    for key in PATTERNS:
        re.compile("|".join(calendar_phrases(key)))


def test_tables_join_every_language(files: dict[str, dict[str, Any]]) -> None:
    files["xx"] = {"months": _months(m3=["vorna", "vornas"]), "today": ["ista dag"],
                   "future": ["wil(?:l|t)"]}
    files["yy"] = {"months": _months(m12=["dekra"])}
    assert numbered("months") == {"vorna": 3, "vornas": 3, "dekra": 12}
    assert calendar_words("today") == frozenset({"ista_dag"})
    assert calendar_phrases("future") == ("wil(?:l|t)",)


def test_weekdays_count_from_monday(files: dict[str, dict[str, Any]]) -> None:
    files["xx"] = {"weekdays": [["mona"], [], [], [], [], [], ["sola"]]}
    assert numbered("weekdays") == {"mona": 0, "sola": 6}


@pytest.mark.parametrize(("data", "message"), [
    ({"month": []}, "unknown key 'month'"),
    ({"months": [["vorna"]]}, "months: not 12 rows of words"),
    ({"weekdays": [["a"], ["b"], ["c"], ["d"], ["e"], ["f"], [""]]}, "weekdays[6]"),
    ({"today": "ista"}, "today: not a list of non-empty strings"),
    ({"future": ["wil(l"]}, "is no regular expression"),
    ({"future": ["(will)"]}, "has a capturing group"),
])
def test_a_broken_file_is_a_clear_error(files: dict[str, dict[str, Any]],
                                        data: dict[str, Any], message: str) -> None:
    files["xx"] = data
    with pytest.raises(ExtractError, match=re.escape(message)) as error:
        numbered("months")
        numbered("weekdays")
    assert "communique/lang/xx/calendar_words.json" in str(error.value)


def test_the_shared_tables_read_the_files() -> None:
    assert (MONTH_NAMES["avril"], MONTH_NAMES["апреля"], WEEKDAY_NAMES["samstag"]) == (4, 4, 5)
    assert month_number("Avr.") == 4 and weekday_number("Mercredi,") == 2
    assert FUTURE_MARKER.search("the talks will resume") and FUTURE_MARKER.search("sera signé")
    assert not FUTURE_MARKER.search("the talks resumed")
