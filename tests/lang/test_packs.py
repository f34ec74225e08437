import json
from importlib import resources

import pytest

from communique.errors import ExtractError
from communique.lang import SUPPORTED, language_pack, parse_pack


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_pack_loads_with_full_calendars(code: str) -> None:
    pack = language_pack(code)
    assert pack is not None and pack.language == code
    assert len(pack.months) == 12 and len(pack.weekdays) == 7
    assert all(row for row in pack.months) and all(row for row in pack.weekdays)
    assert pack.quote_marks and pack.speech_verbs and pack.meeting_nouns and pack.round_nouns
    assert len(pack.ordinals) == 10


def test_english_and_unknown_languages_have_no_pack() -> None:
    assert language_pack("en") is None
    assert language_pack("zz") is None


def test_titles_match_inflected_and_compound_forms() -> None:
    de, ru = language_pack("de"), language_pack("ru")
    assert de is not None and ru is not None
    assert de.is_title("Chefunterhändler") and de.is_title("Sondergesandten")
    assert ru.is_title("президента") and not ru.is_title("переговоры")


def test_organisation_words_match_their_inflected_forms() -> None:
    es, ru = language_pack("es"), language_pack("ru")
    assert es is not None and ru is not None
    assert es.is_organization("Unión") and not es.is_organization("Ramiro")
    assert ru.is_organization("министерства") and ru.is_organization("Делегации")
    assert not ru.is_organization("Андрей")


def _german() -> dict[str, object]:
    raw = resources.files("communique.lang").joinpath("de", "words.json").read_text("utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


def test_a_broken_pack_is_a_clear_error() -> None:
    data = _german()
    data["months"] = [["januar"]]
    with pytest.raises(ExtractError, match="'months' must have 12 rows"):
        parse_pack(data, "test pack")
    data = _german()
    data["speech_verbs"] = "sagte"
    with pytest.raises(ExtractError, match="'speech_verbs' must be a list of strings"):
        parse_pack(data, "test pack")
    data = _german()
    del data["relative"]
    with pytest.raises(ExtractError, match="'relative'"):
        parse_pack(data, "test pack")


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_pack_has_the_date_quote_and_event_words(code: str) -> None:
    pack = language_pack(code)
    assert pack is not None
    assert len(pack.numbers) == 10 and all(pack.numbers)
    assert pack.duration_units is not None and all(pack.duration_units.values())
    assert pack.vague is not None and all(pack.vague.values())
    assert pack.pronouns and pack.complementizers and pack.future_cues and pack.range_words


def test_a_broken_date_field_is_a_clear_error() -> None:
    data = _german()
    data["duration_units"] = {"D": ["tag"]}
    with pytest.raises(ExtractError, match="'duration_units' must map exactly D, W, M, Y"):
        parse_pack(data, "test pack")
    data = _german()
    data["numbers"] = [["eins"]]
    with pytest.raises(ExtractError, match="'numbers' must have 10 rows"):
        parse_pack(data, "test pack")
    data = _german()
    data["vague"] = {"PRESENT_REF": ["jetzt"]}
    with pytest.raises(ExtractError, match="'vague'"):
        parse_pack(data, "test pack")
