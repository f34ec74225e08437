"""Cross-document entity resolution: transliterations merge, namesakes do not."""

from __future__ import annotations

from dataclasses import replace

from communique.merge import merge
from communique.merge.entities import spelling_key
from communique.model.entities import DocEntity, EntityLabel

from support.synthetic import annotations, doc, person


def _people(*rows: tuple[str, str]):  # type: ignore[no-untyped-def]
    docs, anns = [], []
    for i, (name, outlet) in enumerate(rows):
        text = f"{name} spoke."
        docs.append(doc(f"a{i}", text, outlet, "2031-03-18"))
        anns.append(annotations(f"a{i}", text, entities=(person(name, text),)))
    return merge(docs, anns)


def test_transliteration_variants_share_a_key() -> None:
    assert spelling_key("Zelenskyy") == spelling_key("Zelensky")
    assert spelling_key("Tsvetkarov") == spelling_key("Cvetkarow")
    assert spelling_key("Medinsky") != spelling_key("Peskov")


def test_variants_and_surname_merge_into_one_person() -> None:
    story = _people(
        ("Andriy Tsvetkarov", "a.example"),
        ("Andriy Tsvetkarow", "b.example"),
        ("Tsvetkarov", "c.example"),
    )
    people = [e for e in story.entities if e.type == "person"]
    assert len(people) == 1
    assert set(people[0].aliases) | {people[0].name} >= {
        "Andriy Tsvetkarov",
        "Andriy Tsvetkarow",
        "Tsvetkarov",
    }


def test_namesakes_with_different_first_names_stay_apart() -> None:
    story = _people(("Anna Berg", "a.example"), ("Jonas Berg", "b.example"), ("Berg", "c.example"))
    names = sorted(e.name for e in story.entities)
    assert names == ["Anna Berg", "Berg", "Jonas Berg"]


def test_vowel_variants_of_first_and_last_names_merge() -> None:
    story = _people(
        ("Andriy Tsvetkarov", "a.example"),
        ("Andrii Tsvietkarov", "b.example"),
        ("Andrei Tsvetkarow", "c.example"),
    )
    assert len([e for e in story.entities if e.type == "person"]) == 1


def test_a_full_name_tagged_organization_in_one_article_is_the_person() -> None:
    text_a, text_b = "Rustem Umerov led the team.", "The team, with Rustem Umerov leading it."
    org = person("Rustem Umerov", text_b)
    org = DocEntity(org.canonical, EntityLabel.ORGANIZATION, org.aliases,
                    tuple(replace(m, label=EntityLabel.ORGANIZATION) for m in org.mentions))
    story = merge(
        [doc("a", text_a, "a.example"), doc("b", text_b, "b.example")],
        [annotations("a", text_a, entities=(person("Rustem Umerov", text_a),)),
         annotations("b", text_b, entities=(org,))],
    )
    found = [(e.type, e.name, len(e.articles)) for e in story.entities if "Umerov" in e.name]
    assert found == [("person", "Rustem Umerov", 2)]


def test_a_party_the_story_never_names_is_its_named_namesake() -> None:
    # A nationality word two countries share gives one of them; when the story names only the
    # other, the party is the one the story reports on. Two named namesakes stay undecided.
    from communique.merge.entities import EntityIndex
    from communique.model.story import StoryEntity

    def country(name: str) -> StoryEntity:
        return StoryEntity(f"e_{len(name)}", name, "country", (), (), None, 3, ("a",))

    index = EntityIndex()
    index.add(country("Democratic Republic of the Congo"), [])
    assert index.party_ref("a", "Republic of the Congo") == "e_32"
    index.add(country("Republic of the Congo"), [])
    assert index.party_ref("a", "Republic of the Congo") == "e_21"
    assert EntityIndex().party_ref("a", "Republic of the Congo") is None
