"""Cross-document entity resolution, one mechanism at a time, on synthetic stories.

Each test builds documents whose entities a tagger could have produced (labels per article,
names as written) and checks the story's entities: honorifics and patronymics, given names,
namesakes, types across articles, nationality words, acronyms, capitals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from communique.merge import merge
from communique.merge._corpus import Corpus
from communique.merge.entities import resolve_entities
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.story import Story

from support.synthetic import annotations, doc

P, ORG, C, L, N = (EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.COUNTRY,
                 EntityLabel.PLACE, EntityLabel.NATIONALITY)

Row = tuple[str, EntityLabel] | tuple[str, EntityLabel, str | None]


def _entity(text: str, name: str, label: EntityLabel, canonical: str | None,
            affiliation: str | None) -> DocEntity:
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    mentions = tuple(EntityMention(s, s + len(name), name, label, canonical or name)
                     for s in starts)
    return DocEntity(canonical or name, label, (name,), mentions, (), affiliation)


def _story(*articles: tuple[str, Sequence[Row]], affiliations: dict[str, str] | None = None
           ) -> tuple[list, list]:  # type: ignore[type-arg]
    """Documents and annotations: each article is its text and its (surface, label[,
    canonical]) entities, found at every occurrence of the surface."""
    docs, anns = [], []
    for i, (text, rows) in enumerate(articles):
        entities = []
        for row in rows:
            surface, label = row[0], row[1]
            canonical = row[2] if len(row) > 2 else None  # type: ignore[misc]
            aff = (affiliations or {}).get(f"{i}:{surface}")
            entities.append(_entity(text, surface, label, canonical, aff))
        docs.append(doc(f"a{i}", text, f"outlet{i}.example", "2031-03-18"))
        anns.append(annotations(f"a{i}", text, entities=tuple(entities)))
    return docs, anns


def _merged(*articles: tuple[str, Sequence[Row]], **kw: dict[str, str]) -> Story:
    docs, anns = _story(*articles, **kw)
    return merge(docs, anns)


def _names(story: Story, kind: str | None = None) -> list[str]:
    return sorted(e.name for e in story.entities if kind is None or e.type == kind)


def test_honorifics_and_patronymics_do_not_split_a_person() -> None:
    story = _merged(
        ("Ayatollah Ali Tavakoli spoke.", [("Ayatollah Ali Tavakoli", P)]),
        ("Ali Tavakoli spoke. Ali Tavakoli left.", [("Ali Tavakoli", P)]),
        ("Khalid bin Saud Al Mansouri spoke.", [("Khalid bin Saud Al Mansouri", P)]),
        ("Khalid al-Mansouri spoke. Khalid al-Mansouri left.", [("Khalid al-Mansouri", P)]),
        ("Sayyid Khalid Almansouri spoke.", [("Sayyid Khalid Almansouri", P)]),
        ("Al-Mansouri spoke.", [("Al-Mansouri", P)]),
    )
    assert _names(story, "person") == ["Ali Tavakoli", "Khalid al-Mansouri"]


def test_a_given_name_alone_joins_the_one_full_name_it_starts() -> None:
    story = _merged(
        ("Rafiq Osman met Kittisak Wongsuwan.", [("Rafiq Osman", P),
                                                     ("Kittisak Wongsuwan", P)]),
        ("Rafiq said so. Kittisak agreed.", [("Rafiq", P), ("Kittisak", P)]),
        ("Chea Sarun and Chea Virak spoke.", [("Chea Sarun", P), ("Chea Virak", P)]),
        ("Chea said so.", [("Chea", P)]),
    )
    people = {e.name: e for e in story.entities if e.type == "person"}
    assert "Rafiq" in people["Rafiq Osman"].aliases
    assert "Kittisak" in people["Kittisak Wongsuwan"].aliases
    # A given name two people share stays apart rather than guess.
    assert "Chea" in people


def test_a_middle_name_or_second_surname_links_a_shorter_name() -> None:
    story = _merged(
        ("Renée Osterhagen Vask spoke.", [("Renée Osterhagen Vask", P)]),
        ("Renée Osterhagen spoke.", [("Renée Osterhagen", P)]),
        ("Andrés Manuel López Obrador spoke.", [("Andrés Manuel López Obrador", P)]),
        ("Andrés Manuel López spoke.", [("Andrés Manuel López", P)]),
    )
    assert _names(story, "person") == ["Andrés Manuel López Obrador",
                                       "Renée Osterhagen Vask"]


def test_people_whose_parties_differ_stay_apart() -> None:
    story = _merged(
        ("Ali Hasan spoke.", [("Ali Hasan", P)]),
        ("Ali Hassan spoke.", [("Ali Hassan", P)]),
        affiliations={"0:Ali Hasan": "Jordan", "1:Ali Hassan": "Egypt"},
    )
    assert _names(story, "person") == ["Ali Hasan", "Ali Hassan"]


def test_a_surname_typed_as_a_place_is_the_person_named_in_full_elsewhere() -> None:
    story = _merged(
        ("Abbas Tavaghchi spoke. Abbas Tavaghchi left. Abbas Tavaghchi came back.",
         [("Abbas Tavaghchi", P)]),
        ("Tavaghchi said no.", [("Tavaghchi", L)]),
        ("Delvecchio met Tavaghchi.", [("Delvecchio", L), ("Tavaghchi", ORG)]),
        ("Marco Delvecchio spoke. Marco Delvecchio left. Marco Delvecchio came back.",
         [("Marco Delvecchio", P)]),
    )
    assert _names(story) == ["Abbas Tavaghchi", "Marco Delvecchio"]


def test_a_place_is_never_a_person() -> None:
    story = _merged(
        ("Fighters took Lyon.", [("Lyon", P)]),
        ("Lyon fell.", [("Lyon", L)]),
    )
    assert [(e.name, e.type) for e in story.entities] == [("Lyon", "place")]


def test_one_type_per_name_by_its_mentions() -> None:
    story = _merged(
        ("Zorvex said. Zorvex said. Zorvex said.", [("Zorvex", ORG)]),
        ("Zorvex said.", [("Zorvex", N)]),
    )
    assert [(e.name, e.type) for e in story.entities] == [("Zorvex", "organization")]


def test_nationality_words_are_no_entities_but_resolve_to_their_country() -> None:
    docs, anns = _story(("Peruvian officials met in Peru.", [("Peruvian", N), ("Peru", C)]))
    index = resolve_entities(Corpus(docs, anns))
    assert [e.name for e in index.entities] == ["Peru"]
    assert index.id_of("a0", "Peruvian") == index.entities[0].id


def test_an_acronym_joins_the_name_an_article_spells_out() -> None:
    story = _merged(
        ("The Economic Community of West African States (ECOWAS) met.",
         [("Economic Community of West African States", ORG)]),
        ("Ecowas met. Ecowas agreed.", [("Ecowas", ORG)]),
        ("The République démocratique du Congo (RDC) signed.",
         [("Congo", C, "Democratic Republic of the Congo")]),
        ("La RDC a signé.", [("RDC", L)]),
    )
    assert _names(story) == ["Democratic Republic of the Congo",
                             "Economic Community of West African States"]


def test_an_acronym_joins_the_one_name_with_its_initials_it_shares_an_article_with() -> None:
    story = _merged(
        ("The Southern African Development Community, or SADC, met.",
         [("Southern African Development Community", ORG), ("SADC", ORG)]),
        ("The SADC met.", [("SADC", ORG)]),
        ("The UNSC met.", [("UNSC", ORG)]),
        ("The United Nations Security Group met.", [("United Nations Security Group", ORG)]),
    )
    assert _names(story) == ["Southern African Development Community", "UNSC",
                             "United Nations Security Group"]


def test_a_namesake_country_is_read_from_its_article_then_from_the_story() -> None:
    congo = "Republic of the Congo"
    story = _merged(
        ("Congo and Kinshasa.", [("Congo", C, congo), ("Kinshasa", L)]),
        ("Congo talks.", [("Congo", C, congo)]),
        ("DRC talks. DRC again.", [("DRC", C, "Democratic Republic of the Congo")]),
        ("Congo and Brazzaville.", [("Congo", C, congo), ("Brazzaville", L)]),
    )
    countries = {e.name: e for e in story.entities if e.type == "country"}
    assert set(countries) == {"Democratic Republic of the Congo", congo}
    assert set(countries[congo].articles) == {"a3"}
    assert set(countries["Democratic Republic of the Congo"].articles) == {"a0", "a1", "a2"}


def test_a_short_form_of_a_long_country_name_is_the_country_the_story_names() -> None:
    story = _merged(
        ("Iran and the Islamic Republic.", [("Iran", C), ("Islamic Republic", L)]),
    )
    assert _names(story) == ["Iran"]
    lonely = _merged(("The Islamic Republic.", [("Islamic Republic", L)]))
    assert _names(lonely) == ["Islamic Republic"]


def test_names_written_as_one_with_a_slash_are_one_actor() -> None:
    story = _merged(
        ("FNV/M4 signed. M4 fought.", [("FNV", ORG), ("M4", ORG)]),
        ("The FNV/M4 rebels. M4 again.", [("FNV", ORG), ("M4", ORG)]),
        ("US/Israel strikes.", [("US", C, "United States"), ("Israel", C)]),
    )
    assert _names(story) == ["Israel", "M4", "United States"]


def test_a_compound_name_whose_parts_name_one_actor_is_that_actor() -> None:
    front = "Veldran Liberation Front"
    story = _merged(
        ("The VLF, also called NDV, fought.",
         [("VLF", ORG, front), ("NDV", ORG, front)]),
        ("The VLF/NDV signed.", [("VLF/NDV", ORG)]),
        ("The VLF-Corvan Guard pact.", [("VLF-Corvan Guard", ORG)]),
    )
    assert _names(story) == ["VLF-Corvan Guard", front]


def test_capitals_stay_places() -> None:
    story = _merged(("Washington and the United States.",
                     [("Washington", L), ("United States", C)]))
    assert [(e.name, e.type) for e in story.entities] == [("United States", "country"),
                                                           ("Washington", "place")]


def test_honorifics_alone_are_no_entity() -> None:
    story = _merged(("Datuk Seri spoke.", [("Datuk Seri", P)]))
    assert story.entities == ()


def test_a_short_form_in_another_language_is_the_country_the_story_names() -> None:
    story = _merged(
        ("DRC talks. DRC again.", [("DRC", C, "Democratic Republic of the Congo")]),
        ("La République Démocratique a signé.", [("République Démocratique", P)]),
    )
    assert [(e.name, e.type) for e in story.entities] == [
        ("Democratic Republic of the Congo", "country")]


def test_names_of_two_languages_spelled_out_as_one_acronym_are_one() -> None:
    docs, anns = _story(
        ("The March 4 Movement (M4) fought.", [("March 4 Movement", ORG)]),
        ("Le Mouvement du 4 mars (M4) a signé.", [("Mouvement du 4 mars", ORG)]),
        ("M4 fighters. M4 again.", [("M4", L)]),
    )
    docs[1] = replace(docs[1], language="fr")
    story = merge(docs, anns)
    # The English spelling names it.
    assert _names(story) == ["March 4 Movement"]


def test_the_english_articles_decide_a_type_when_they_name_it() -> None:
    docs, anns = _story(
        ("Zorvex said.", [("Zorvex", ORG)]),
        ("Zorvex a dit. Zorvex a dit. Zorvex a dit.", [("Zorvex", L)]),
    )
    docs[1] = replace(docs[1], language="fr")
    story = merge(docs, anns)
    assert [(e.name, e.type) for e in story.entities] == [("Zorvex", "organization")]


def test_a_country_acronym_in_any_script_is_the_country_the_story_names() -> None:
    story = _merged(
        ("The United States said.", [("United States", C)]),
        ("США заявили.", [("США", L)]),
        ("The ICJ ruled.", [("ICJ", ORG)]),
    )
    assert sorted((e.name, e.type) for e in story.entities) == [("ICJ", "organization"),
                                                                 ("United States", "country")]


def test_a_surname_written_with_and_without_a_silent_r_is_one_person() -> None:
    story = _merged(
        ("Minister Bohdan Sarkphanom spoke in Lindhaven.", [("Bohdan Sarkphanom", P)]),
        ("Minister Bohdan Sakphanom spoke again.", [("Bohdan Sakphanom", P)]),
        ("Bohdan Sarkphanom left Lindhaven.", [("Bohdan Sarkphanom", P)]),
    )
    assert _names(story, "person") == ["Bohdan Sarkphanom"]


def test_a_title_word_glued_before_a_full_name_is_the_same_person() -> None:
    story = _merged(
        ("Le secrétaire au Tresorerie Aldo Brenn est arrivé.", [("Tresorerie Aldo Brenn", P)]),
        ("Aldo Brenn spoke. Aldo Brenn left.", [("Aldo Brenn", P)]),
        ("Mira Brenn spoke.", [("Mira Brenn", P)]),
    )
    assert _names(story, "person") == ["Aldo Brenn", "Mira Brenn"]
