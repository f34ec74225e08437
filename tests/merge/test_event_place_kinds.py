"""A name the story knows as a person or an organization is no place an event was held in
("the signing in Aldo Verrin", "talks in the Northern Union" read after "in"): the mention
keeps no place, and no event is placed there."""

from __future__ import annotations

from communique.merge import merge
from communique.model.entities import DocEntity, EntityLabel, EntityMention

from support.synthetic import annotations, doc, person, talks, when

DAY = "2031-05-09"


def _org(name: str, text: str) -> DocEntity:
    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, EntityLabel.ORGANIZATION, name)
    return DocEntity(name, EntityLabel.ORGANIZATION, (name,), (mention,))


def _places(text: str, place: str, entity: DocEntity) -> list[str | None]:
    mention = talks(text, place=place, parties=("Korvania", "Veldra"),
                    dates=(when(text, "May 9", DAY),))
    story = merge([doc("a1", text, "outlet.example", "2031-05-10")],
                  [annotations("a1", text, events=(mention,), entities=(entity,))])
    return [e.place for e in story.events]


def test_a_person_read_as_the_place_places_nothing() -> None:
    text = "Korvania and Veldra held talks on May 9 witnessed by Aldo Verrin."
    assert _places(text, "Aldo Verrin", person("Aldo Verrin", text)) == [None]


def test_an_organization_read_as_the_place_places_nothing() -> None:
    text = "Korvania and Veldra held talks on May 9 in the Northern Union."
    assert _places(text, "Northern Union", _org("Northern Union", text)) == [None]


def test_a_place_stays_a_place() -> None:
    text = "Korvania and Veldra held talks on May 9 in Lindhaven."
    start = text.index("Lindhaven")
    city = DocEntity("Lindhaven", EntityLabel.PLACE, ("Lindhaven",),
                     (EntityMention(start, start + 9, "Lindhaven", EntityLabel.PLACE,
                                    "Lindhaven"),))
    assert _places(text, "Lindhaven", city) == ["Lindhaven"]
