"""City names in scripts the multilingual gazetteer does not index (Arabic, Devanagari...)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract.entities import _world
from communique.extract.entities._world import city_names_in_other_scripts, other_script


def test_other_script_is_neither_latin_nor_cyrillic() -> None:
    assert other_script("محادثات في ليندهافن")
    assert other_script("लिंडहेवन")
    assert not other_script("Lindhaven, Линдхавен, Lindhavén 2031")


def test_the_most_populous_citys_names_in_other_scripts(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    cities: list[dict[str, Any]] = [
        # Most populous first, as the city data are read.
        {"name": "Lindhaven", "alternatenames": [
            "Lindhavn", "Линдхавен", "ليندهافن", "लिंडहेवन", "لی", "ليندهافن، كورفانيا",
            "lndhfn"]},
        {"name": "Lindhaven", "alternatenames": ["ليندهافن الصغرى"]},
    ]
    monkeypatch.setattr(_world, "_cities", lambda: cities)
    _world._names_in_other_scripts.cache_clear()
    try:
        # Latin and Cyrillic names (which the entity stage joins), names of two letters,
        # qualified names and romanizations are left out; the smaller town is not the city.
        assert city_names_in_other_scripts("Lindhaven") == ("ليندهافن", "लिंडहेवन")
        assert city_names_in_other_scripts("Port Alcyne") == ()
    finally:
        _world._names_in_other_scripts.cache_clear()
