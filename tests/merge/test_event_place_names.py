"""Whether an event's place is a place is the batch's verdict, not one sentence's: a person
or a body read after "in" places nothing, while a town the tagger calls a person stays a
place when the batch writes it as places are written ("in X"); an event's own name ("the
Extraordinary Meeting") is never where an event was."""

from __future__ import annotations

import re
from dataclasses import replace

from communique.merge import merge
from communique.model.entities import DocEntity, EntityLabel, EntityMention

from support.synthetic import annotations, doc, talks, when

DAY = "2031-05-09"


def _entity(name: str, label: EntityLabel, text: str) -> DocEntity:
    """An entity with a mention at every place ``text`` writes ``name``."""
    found = tuple(EntityMention(m.start(), m.end(), name, label, name)
                  for m in re.finditer(re.escape(name), text))
    return DocEntity(name, label, (name,), found)


def _places(text: str, place: str, label: EntityLabel, others: tuple[str, ...] = (),
            language: str = "en") -> list[str | None]:
    """The places of the story's events: one article reports talks at ``place``; the
    ``others`` are more articles that name it (typed ``label`` everywhere)."""
    mention = talks(text, place=place, parties=("Korvania", "Veldra"),
                    dates=(when(text, "May 9", DAY),))
    docs = [doc("a1", text, "outlet.example", "2031-05-10")]
    notes = [annotations("a1", text, events=(mention,),
                         entities=(_entity(place, label, text),))]
    for i, other in enumerate(others, start=2):
        docs.append(replace(doc(f"a{i}", other, f"outlet{i}.example", "2031-05-10"),
                            language=language))
        notes.append(annotations(f"a{i}", other, entities=(_entity(place, label, other),)))
    story = merge(docs, notes)
    return [e.place for e in story.events]


def test_a_person_the_batch_never_writes_as_a_place_places_nothing() -> None:
    text = "Korvania and Veldra signed the deal on May 9 in front of Aldo Verrin."
    others = ("Aldo Verrin said the deal was good.", "Critics of Aldo Verrin stayed away.")
    assert _places(text, "Aldo Verrin", EntityLabel.PERSON, others) == [None]


def test_a_body_read_as_the_place_places_nothing() -> None:
    text = "Korvania and Veldra held talks on May 9 at the invitation of the Northern Union."
    assert _places(text, "Northern Union", EntityLabel.ORGANIZATION) == [None]


def test_a_town_the_tagger_calls_a_person_stays_a_place() -> None:
    text = "Korvania and Veldra held talks on May 9 in Brenmoor."
    others = ("Delegates arrived in Brenmoor on Sunday.", "Brenmoor is a quiet port.")
    assert _places(text, "Brenmoor", EntityLabel.PERSON, others) == ["Brenmoor"]


def test_a_town_written_after_another_language_s_preposition_stays_a_place() -> None:
    text = "Korvania and Veldra held talks on May 9 in Brenmoor."
    others = ("Les délégations sont arrivées à Brenmoor dimanche.",)
    assert _places(text, "Brenmoor", EntityLabel.PERSON, others,
                   language="fr") == ["Brenmoor"]


def test_a_possessive_is_no_place_written() -> None:
    text = "Korvania and Veldra held talks on May 9 in Aldo Verrin's presence."
    others = ("Aldo Verrin said the deal was good.",)
    assert _places(text, "Aldo Verrin", EntityLabel.PERSON, others) == [None]


def test_an_event_s_name_is_no_place() -> None:
    text = "Korvania and Veldra held talks on May 9 at the Extraordinary Border Meeting."
    assert _places(text, "Extraordinary Border Meeting", EntityLabel.PLACE) == [None]


def test_a_place_stays_a_place() -> None:
    text = "Korvania and Veldra held talks on May 9 in Lindhaven."
    assert _places(text, "Lindhaven", EntityLabel.PLACE) == ["Lindhaven"]
