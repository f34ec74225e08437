"""The entity scorer on hand-made gold and predictions (no model needed)."""

from __future__ import annotations

from communique.eval.entities import drop_ignored, normalize, score_entities
from communique.model.entities import DocEntity, EntityLabel, EntityMention, Role


def _person(name: str, *aliases: str, roles: tuple[Role, ...] = ()) -> DocEntity:
    mention = EntityMention(0, len(name), name, EntityLabel.PERSON, name)
    return DocEntity(name, EntityLabel.PERSON, (name, *aliases), (mention,), roles)


def test_normalize_drops_case_dots_accents_article_possessive() -> None:
    assert normalize("the U.S.'s") == "us"
    assert normalize("Rinkēvičs") == "rinkevics"


def test_alias_match_counts_once_and_spurious_is_fp() -> None:
    gold = {"d": {"entities": [{"name": "Ana Diaz", "type": "person", "aliases": ["Diaz"]}],
                  "roles": [{"entity": "Ana Diaz", "title": "negotiator", "of": "Chile"}]}}
    role = Role("chief negotiator", "Chile", 0, 5)
    predicted = {"d": [_person("Diaz", roles=(role,)), _person("Bo Li")]}
    scores = score_entities(gold, predicted)
    assert (scores["person"]["tp"], scores["person"]["fp"], scores["person"]["fn"]) == (1, 1, 0)
    assert scores["roles"]["f1"] == 1.0


def test_role_with_wrong_of_misses() -> None:
    gold = {"d": {"entities": [], "roles": [{"entity": "X Y", "title": "envoy", "of": "Peru"}]}}
    predicted = {"d": [_person("X Y", roles=(Role("envoy", "Chile", 0, 1),))]}
    scores = score_entities(gold, predicted)
    assert scores["roles"]["recall"] == 0.0 and scores["roles"]["fp"] == 1


def test_drop_ignored_keeps_entities_mentioned_outside_boilerplate() -> None:
    text = "Body with Ana.\n- Post By Ana\n- Post By Bo"
    ana = DocEntity("Ana", EntityLabel.PERSON, ("Ana",),
                    (EntityMention(10, 13, "Ana", EntityLabel.PERSON, "Ana"),))
    bo = DocEntity("Bo", EntityLabel.PERSON, ("Bo",),
                   (EntityMention(40, 42, "Bo", EntityLabel.PERSON, "Bo"),))
    assert drop_ignored([ana, bo], text, ["- Post By Bo"]) == [ana]
