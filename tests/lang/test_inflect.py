import pytest

from communique.lang import language_pack
from communique.lang.inflect import base_forms, same_name


@pytest.mark.parametrize(("code", "a", "b"), [
    ("ru", "Андрей", "Андрея"),
    ("ru", "Виктор Седларов", "Виктора Седларова"),
    ("ru", "Зеленский", "Зеленского"),
    ("ru", "Соединённые Штаты", "Соединенных Штатов"),
    ("uk", "Ліндгавен", "Ліндгавені"),
    ("de", "Deutschland", "Deutschlands"),
])
def test_inflections_of_one_name_meet(code: str, a: str, b: str) -> None:
    assert same_name(a, b, language_pack(code))


def test_different_names_do_not_meet() -> None:
    assert not same_name("Иванов", "Петров", language_pack("ru"))
    assert not same_name("Виктор Седларов", "Седларов", language_pack("ru"))


def test_base_forms_recover_dictionary_forms() -> None:
    assert "Вена" in base_forms("Вене", language_pack("ru"))
    assert "Київ" in base_forms("Києві", language_pack("uk"))  # ї/є alternation
    assert "Wien" in base_forms("Wiens", language_pack("de"))
    assert base_forms("Vienne", language_pack("fr")) == ["Vienne"]  # French does not decline


def test_a_vowel_dropped_by_the_declension_comes_back_last() -> None:
    pack = language_pack("ru")
    forms = base_forms("Веделта", pack)
    assert "Веделет" in forms and forms.index("Веделет") > forms.index("Веделт")
    assert "Веделет" not in base_forms("Веделя", pack)  # no two consonants: nothing dropped
