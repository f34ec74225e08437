from hypothesis import given
from hypothesis import strategies as st

from communique.lang.names import block_key, is_latin, similar_names, spelling_key, to_latin

ZELENSKY = ["Зеленский", "Зеленський", "Selenskyj", "Zelensky", "Zelenskyy", "Zelenski"]


def test_one_key_for_a_name_in_every_script_and_spelling() -> None:
    assert len({spelling_key(n) for n in ZELENSKY}) == 1
    assert len({block_key(n) for n in ZELENSKY}) == 1
    variants = ["Tsvetkarov", "Tsvietkarov", "Cvetkarow", "Цветкаров", "Цвєткаров", "Zwetkarow"]
    keys = [spelling_key(n) for n in variants]
    assert len({block_key(n) for n in variants}) == 1
    assert all(similar_names(keys[0], k) for k in keys)


def test_different_names_stay_apart() -> None:
    assert spelling_key("Medinsky") != spelling_key("Peskov")
    assert block_key("Medinsky") != block_key("Peskov")
    assert not similar_names(spelling_key("Sedlarov"), spelling_key("Rastorin"))


def test_readable_latin_follows_each_language() -> None:
    assert to_latin("Владимир Зеленский", "ru") == "Vladimir Zelensky"
    assert to_latin("Володимир Зеленський", "uk") == "Volodymyr Zelenskyi"
    assert to_latin("Юрій Їжак", "uk") == "Yurii Yizhak"
    assert to_latin("Згурський", "uk") == "Zghurskyi"
    assert to_latin("Zelensky") == "Zelensky"
    assert is_latin("Tsvetkárov") and not is_latin("Цветкаров")


@given(st.text(max_size=30))
def test_keys_never_fail_and_ignore_case(text: str) -> None:
    assert spelling_key(text) == spelling_key(text.upper().lower())
    assert isinstance(block_key(text), str)
    assert isinstance(to_latin(text), str)
