"""What the story stage must find in the five real seed reports (issue: story, "must come out").

Run once over ``../shared/seeds`` by the session fixture ``seeds_build``; nothing here is
specific to the code: the same pipeline runs on any corpus.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from communique.model.story import Story, StoryEvent
from communique.outputs import build_dossier, load_schema
from communique.pipeline import BuildResult


@pytest.fixture(scope="module")
def story(seeds_build: BuildResult) -> Story:
    assert seeds_build.story is not None
    return seeds_build.story


@pytest.fixture(scope="module")
def name(story: Story) -> Any:
    names = {e.id: e.name for e in story.entities}
    return lambda ref: names.get(ref, ref)


def _geneva(story: Story) -> StoryEvent:
    found = [e for e in story.events if e.place == "Geneva"]
    assert len(found) == 1, [e.title for e in story.events]
    return found[0]


def test_one_geneva_event_with_dates_parties_mediators_and_all_five_outlets(
    story: Story, name: Any
) -> None:
    event = _geneva(story)
    assert (event.start, event.end) == ("2026-02-17", "2026-02-18")
    assert {"Ukraine", "Russia", "United States"} <= {name(p) for p in event.parties}
    assert {"Steve Witkoff", "Jared Kushner"} <= {name(m) for m in event.mediators}
    assert event.support == 5


def test_geneva_delegations_and_outcomes(story: Story, name: Any) -> None:
    event = _geneva(story)
    delegations = {name(p): d for p, d in event.delegations.items()}
    assert "Rustem Umerov" in {name(h) for h in delegations["Ukraine"]["heads"]}
    russia = delegations["Russia"]
    assert "Vladimir Medinsky" in {name(h) for h in russia["heads"]}
    assert {"Igor Kostyukov", "Mikhail Galuzin"} <= {name(m) for m in russia["members"]}
    assessed = {name(o.party) for o in event.outcomes}
    assert {"Ukraine", "Russia", "United States"} <= assessed


def test_earlier_rounds_and_anchorage(story: Story) -> None:
    dated = {(e.place, e.start, e.end) for e in story.events}
    assert ("Abu Dhabi", "2026-01-23", "2026-01-24") in dated
    assert ("Abu Dhabi", "2026-02-03", "2026-02-04") in dated
    anchorage = [e for e in story.events if e.place == "Anchorage"]
    assert anchorage and anchorage[0].start is not None
    assert anchorage[0].start.startswith("2025-08")


def test_round_number_contradiction(story: Story) -> None:
    event = _geneva(story)
    ordinal = [c for c in story.contradictions if c.kind == "ordinal" and c.about == event.id]
    assert len(ordinal) == 1
    assert {s.value for s in ordinal[0].sides} == {"2", "3"}


def test_zelenskyy_spellings_are_one_person(story: Story) -> None:
    people = [e for e in story.entities if e.type == "person"
              and {"Zelensky", "Zelenskyy"} & {e.name, *e.aliases}]
    assert len(people) == 1
    assert {"Zelensky", "Zelenskyy"} <= {people[0].name, *people[0].aliases}
    assert people[0].affiliation == "Ukraine"


def test_drag_out_quote_linked_across_outlets_and_credited(story: Story, name: Any) -> None:
    quotes = [q for q in story.quotes if "drag out negotiations" in q.text]
    assert len({q.evidence[0].article for q in quotes}) >= 2
    for quote in quotes:
        assert quote.also_in
        assert name(quote.speaker) == "Volodymyr Zelenskyy"


def test_positions_on_donbas_guarantees_and_the_plant(story: Story, name: Any) -> None:
    cells = {(name(p.party), p.stance, p.issue.label) for p in story.positions}
    donbas = {i for _, _, i in cells if "Donbas" in i}
    assert len(donbas) == 1, cells
    issue = donbas.pop()
    assert ("Russia", "demands", issue) in cells and ("Ukraine", "rejects", issue) in cells
    guarantees = {(name(p.party), p.stance): p.value for p in story.positions
                  if "guarantee" in p.issue.label}
    assert "15 years" in (guarantees[("United States", "offers")] or "")
    assert "30-50 years" in (guarantees[("Ukraine", "demands")] or "")
    assert any("Zaporizhzhia" in i for _, _, i in cells)


def test_same_number_different_meaning_is_not_merged(story: Story) -> None:
    twenty = [c for c in story.claims if c.unit == "percent" and c.value == 20]
    keys = {(c.predicate, c.object) for c in twenty}
    assert len(twenty) >= 2 and len(keys) == len(twenty)
    territory = [c for c in twenty if c.predicate == "control"]
    assert len(territory) == 1 and territory[0].support == 2
    assert territory[0].status == "corroborated"


def test_seed_dossier_validates_and_evidence_is_exact(seeds_build: BuildResult) -> None:
    dossier = build_dossier(seeds_build.documents, seeds_build.skipped, story=seeds_build.story)
    jsonschema.validate(dossier, load_schema())
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    for section in ("events", "quotes", "claims", "positions"):
        for item in dossier[section]:
            for evidence in item["evidence"]:
                assert texts[evidence["article"]][evidence["start"]:evidence["end"]] == (
                    evidence["text"])
    assert 10 <= len(dossier["digest"].splitlines()) <= 20
