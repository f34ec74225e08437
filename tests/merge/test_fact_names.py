"""Name words in another spelling read as the English name's (merge/_fact_names)."""

from __future__ import annotations

from communique.merge._fact_names import name_keys
from communique.model.story import StoryEntity


def _entity(name: str, kind: str, *aliases: str) -> StoryEntity:
    return StoryEntity(f"e_{name}", name, kind, aliases, (), None, 1, ())


def test_an_alias_maps_word_by_word_or_to_the_last_name() -> None:
    keys = name_keys([
        _entity("Ostrova Malin", "person", "Островы Малина", "Малин", "Malin", "O. Malin"),
        _entity("United Korvania", "country", "EUK"),
    ])
    assert keys["островы"] == "ostrova"
    assert keys["малина"] == "malin"
    assert keys["малин"] == "malin"
    assert keys["euk"] == "korvania"
    # The name's own words need no key; an alias of another length says nothing word by word.
    assert "malin" not in keys
    assert "o" not in keys


def test_a_word_two_entities_claim_and_organizations_map_to_nothing() -> None:
    keys = name_keys([
        _entity("Ostrova Malin", "person", "Малин"),
        _entity("Teodor Malin", "person", "Малин"),
        _entity("Veldran Ministry of Trade", "organization", "Министерство"),
    ])
    assert keys["малин"] == "malin"  # both say the same English word
    assert "министерство" not in keys
    keys = name_keys([_entity("Ostrova Malin", "person", "Тео"),
                      _entity("Teodor Varn", "person", "Тео")])
    assert "тео" not in keys
