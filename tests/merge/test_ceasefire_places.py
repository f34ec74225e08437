"""Where a ceasefire no source places holds: its parties' border, when its own sentences say so.

Real country names, invented facts; each test checks one case of the mechanism.
"""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import EventStatus, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.story import StoryEvent

from support.synthetic import annotations, country, doc, talks, when


def _org(name: str, text: str) -> DocEntity:
    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, EntityLabel.ORGANIZATION, name)
    return DocEntity(name, EntityLabel.ORGANIZATION, (name,), (mention,))


def _ceasefire(text: str, parties: tuple[str, ...], entities: tuple[DocEntity, ...],
               language: str = "en") -> StoryEvent:
    document = replace(doc("a1", text, "outlet.example", "2031-05-10"), language=language)
    mention = replace(talks(text, place=None, dates=(when(text, "May 9", "2031-05-09"),)),
                      type=EventType.CEASEFIRE, trigger="ceasefire", status=EventStatus.HELD,
                      parties=parties)
    story = merge([document], [annotations("a1", text, events=(mention,), entities=entities)])
    (event,) = [e for e in story.events if e.type == "ceasefire"]
    return event


def test_a_ceasefire_ending_a_border_conflict_holds_at_the_border() -> None:
    text = "Peru and Chile agreed on May 9 to a ceasefire to end a deadly border conflict."
    event = _ceasefire(text, ("Peru", "Chile"), (country("Peru", text), country("Chile", text)))
    assert event.place == "Chile–Peru border"
    assert "along the Chile–Peru border" in event.title


def test_a_ceasefire_without_a_border_word_stays_unplaced() -> None:
    text = "Peru and Chile agreed on May 9 to a ceasefire after a week of fighting."
    event = _ceasefire(text, ("Peru", "Chile"), (country("Peru", text), country("Chile", text)))
    assert event.place is None


def test_a_border_word_inside_a_name_places_nothing() -> None:
    text = "Peru and Chile agreed on May 9 to a ceasefire, the Joint Border Committee said."
    entities = (country("Peru", text), country("Chile", text),
                _org("Joint Border Committee", text))
    assert _ceasefire(text, ("Peru", "Chile"), entities).place is None


def test_a_movement_shares_no_border_with_a_state() -> None:
    text = "Peru and the Oruna Front agreed on May 9 to a ceasefire along the border."
    entities = (country("Peru", text), _org("Oruna Front", text))
    assert _ceasefire(text, ("Peru", "Oruna Front"), entities).place is None


def test_a_border_word_in_another_language_is_read_from_its_pack() -> None:
    text = "Le Pérou et le Chili ont conclu le May 9 un cessez-le-feu à la frontière."
    entities = (country("Pérou", text), country("Chili", text))
    event = _ceasefire(text, ("Pérou", "Chili"), entities, language="fr")
    assert event.place is not None and event.place.endswith(" border")
