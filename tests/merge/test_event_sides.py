"""Who the sides of a merged event are: persons, places and delegations on synthetic mentions.

Fictional people, real country names, invented facts; each test checks one mechanism.
"""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.model.annotations import Delegate, EventStatus
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.story import StoryEvent

from support.synthetic import annotations, country, doc, talks, when


def _entity(name: str, text: str, label: EntityLabel, affiliation: str | None = None
            ) -> DocEntity:
    start = text.index(name)
    mention = EntityMention(start, start + len(name), name, label, name)
    return DocEntity(name, label, (name,), (mention,), (), affiliation)


def _events(*items: tuple[str, str, dict[str, object], tuple[DocEntity, ...]]
            ) -> list[StoryEvent]:
    """The events of a story of ``(doc_id, text, mention fields, entities)`` items, entity ids
    in their parties and delegations read back as names."""
    docs, anns = [], []
    for n, (doc_id, text, fields, entities) in enumerate(items):
        docs.append(doc(doc_id, text, f"outlet{n}.example", "2031-05-10"))
        base = {k: fields.pop(k) for k in ("place", "dates") if k in fields}
        mention = replace(talks(text, **base), status=EventStatus.HELD,  # type: ignore[arg-type]
                          **fields)  # type: ignore[arg-type]
        anns.append(annotations(doc_id, text, events=(mention,), entities=entities))
    story = merge(docs, anns)
    names = {e.id: e.name for e in story.entities}

    def named(event: StoryEvent) -> StoryEvent:
        return replace(event, parties=tuple(names.get(p, p) for p in event.parties),
                       delegations={names.get(p, p): d for p, d in event.delegations.items()})

    return [named(e) for e in story.events]


def test_a_person_read_as_a_party_stands_for_their_side() -> None:
    text = "Peru and Oruna held talks in Lima on March 17."
    entities = (country("Peru", text), _entity("Oruna", text, EntityLabel.PERSON, "Chile"))
    (event,) = _events(("a1", text, {"place": "Lima", "parties": ("Peru", "Oruna"),
                                     "dates": (when(text, "March 17", "2031-03-17"),)},
                        entities))
    assert set(event.parties) == {"Peru", "Chile"}


def test_a_place_where_the_story_holds_events_is_no_party() -> None:
    t1 = "Talks between Peru and Chile, Ostrana, and the border command in Lima on March 17."
    t2 = "A meeting was held in Ostrana on May 2."
    lima, _ = _events(
        ("a1", t1, {"place": "Lima", "parties": ("Peru", "Chile", "Ostrana"),
                    "dates": (when(t1, "March 17", "2031-03-17"),)},
         (country("Peru", t1), country("Chile", t1), _entity("Ostrana", t1, EntityLabel.PLACE))),
        ("a2", t2, {"place": "Ostrana", "dates": (when(t2, "May 2", "2031-05-02"),)},
         (_entity("Ostrana", t2, EntityLabel.PLACE),)),
    )
    assert set(lima.parties) == {"Peru", "Chile"}


def test_a_movement_typed_as_a_place_stays_a_party() -> None:
    text = "Peru and the Vanguard held talks in Lima on March 17."
    (event,) = _events(("a1", text, {"place": "Lima", "parties": ("Peru", "Vanguard"),
                                     "dates": (when(text, "March 17", "2031-03-17"),)},
                        (country("Peru", text), _entity("Vanguard", text, EntityLabel.PLACE))))
    assert set(event.parties) == {"Peru", "Vanguard"}


def test_a_head_of_a_side_that_is_not_the_event_s_heads_no_delegation_of_it() -> None:
    t1 = "Peru and Chile signed an accord in Lima on March 17, after Ana Ferro of Bolivia spoke."
    t2 = "Peru and Chile signed the accord in Lima on March 17."
    t3 = "Peru and Chile signed the accord in Lima on March 17, officials said."
    t4 = "In Lima, Peru and Chile signed the accord on March 17."
    start = t1.index("Ana Ferro")
    fields = {"place": "Lima", "parties": ("Peru", "Chile")}
    events = _events(
        ("a1", t1, {**fields, "dates": (when(t1, "March 17", "2031-03-17"),),
                    "delegates": (Delegate("Ana Ferro", "Bolivia", True, start, start + 9),)},
         (country("Peru", t1), country("Chile", t1), country("Bolivia", t1),
          _entity("Ana Ferro", t1, EntityLabel.PERSON, "Bolivia"))),
        ("a2", t2, {**fields, "dates": (when(t2, "March 17", "2031-03-17"),)},
         (country("Peru", t2), country("Chile", t2))),
        ("a3", t3, {**fields, "dates": (when(t3, "March 17", "2031-03-17"),)},
         (country("Peru", t3), country("Chile", t3))),
        ("a4", t4, {**fields, "dates": (when(t4, "March 17", "2031-03-17"),)},
         (country("Peru", t4), country("Chile", t4))),
    )
    (event,) = events
    assert set(event.parties) == {"Peru", "Chile"}
    assert not any(d["heads"] for d in event.delegations.values())
