"""Office contradictions: a title at another rank, or given to someone else."""

from __future__ import annotations

from dataclasses import replace

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._foreign_titles import read_title
from communique.merge._offices import (
    DEPUTY,
    FORMER,
    HOLDER,
    JUNIOR,
    office_contradictions,
    office_of,
)
from communique.merge._title_variants import read_variant
from communique.model.story import Evidence, StoryEntity, StoryRole

from support.synthetic import annotations, doc

COUNTRIES = Countries(["Veldra", "Korvania", "Tirasol"])


def test_titles_reduce_to_a_rank_and_an_office() -> None:
    fold = COUNTRIES.country_of
    assert office_of("Veldran Deputy Foreign Minister", fold) == (DEPUTY, "foreign minister")
    assert office_of("Korvania's Minister of Foreign Affairs", fold) == (HOLDER,
                                                                        "foreign minister")
    assert office_of("acting Minister of Defence of the Kingdom of Veldra", fold) == (
        HOLDER, "defence minister")
    assert office_of("former U.S. President", fold) == (FORMER, "president")
    assert office_of("Veldran Foreign Ministry spokesman", fold) == (
        HOLDER, "foreign ministry spokesperson")
    assert office_of("special envoy", fold) is None  # several hold it: never contradicted
    # A junior minister: several hold the rank, so it only ever stands against a rank.
    assert office_of("minister of state", fold) == (JUNIOR, "")
    assert office_of("Veldra's Minister of State for Foreign Affairs", fold) == (
        JUNIOR, "foreign minister")


def _person(entity_id: str, name: str, roles: list[tuple[str, str | None, str, str]],
            affiliation: str | None = None) -> StoryEntity:
    """A person with roles ``(title, of, article, evidence text)``; evidence starts at 0."""
    made = tuple(StoryRole(title, of, (Evidence(article, 0, len(text), text),))
                 for title, of, article, text in roles)
    return StoryEntity(entity_id, name, "person", (name,), made, affiliation, len(roles),
                       tuple(r[2] for r in roles))


def _corpus(texts: dict[str, tuple[str, str]]) -> Corpus:
    return Corpus([doc(a, t, o) for a, (o, t) in texts.items()],
                  [annotations(a, t) for a, (_, t) in texts.items()])


def test_a_minority_rank_is_a_contradiction_about_the_person() -> None:
    texts = {
        "a1": ("one.example", "Veldran Foreign Minister Ilse Varnholt"),
        "a2": ("two.example", "Veldra's Foreign Minister Ilse Varnholt"),
        "a3": ("three.example", "Veldran Deputy Foreign Minister Ilse Varnholt"),
    }
    person = _person("p1", "Ilse Varnholt", [
        ("foreign minister", "Veldra", a, t) for a, (_, t) in texts.items()])
    found = office_contradictions([person], _corpus(texts), COUNTRIES.country_of)
    assert [(c.kind, c.about) for c in found] == [("office", "p1")]
    assert {s.value: s.outlets for s in found[0].sides} == {
        "deputy foreign minister": ("three.example",),
        "foreign minister": ("one.example", "two.example")}


def test_former_is_read_before_the_title_and_an_acting_holder_is_a_holder() -> None:
    texts = {
        "a1": ("one.example", "Veldran acting Prime Minister Bohdan Kravel"),
        "a2": ("two.example", "Veldran Prime Minister Bohdan Kravel"),
        "a3": ("three.example", "under former Veldran Prime Minister Bohdan Kravel"),
    }
    person = StoryEntity("p1", "Bohdan Kravel", "person", ("Bohdan Kravel",), (
        StoryRole("prime minister", "Veldra", (
            Evidence("a1", 0, len(texts["a1"][1]), texts["a1"][1]),
            Evidence("a2", 0, len(texts["a2"][1]), texts["a2"][1]),
            Evidence("a3", 13, len(texts["a3"][1]), texts["a3"][1][13:]))),), None, 3,
        ("a1", "a2", "a3"))
    found = office_contradictions([person], _corpus(texts), COUNTRIES.country_of)
    assert len(found) == 1
    assert {s.value for s in found[0].sides} == {"former prime minister", "prime minister"}
    assert {s.outlets for s in found[0].sides} == {("three.example",),
                                                  ("one.example", "two.example")}


def test_a_title_given_to_someone_else_by_one_outlet() -> None:
    texts = {f"a{i}": (f"o{i}.example", "Veldran Foreign Ministry spokesman Corin Mabry")
             for i in range(1, 4)}
    texts["a4"] = ("o4.example", "Veldran Foreign Ministry spokesman Nils Ostrander")
    mabry = _person("p1", "Corin Mabry", [
        ("spokesman", "Veldran Foreign Ministry", a, t) for a, (_, t) in texts.items()
        if "Mabry" in t])
    other = _person("p2", "Nils Ostrander", [
        ("spokesman", "Veldran Foreign Ministry", "a4", texts["a4"][1])])
    found = office_contradictions([mabry, other], _corpus(texts), COUNTRIES.country_of)
    assert [(c.kind, c.about) for c in found] == [("office", "p2")]
    assert {s.value for s in found[0].sides} == {"Corin Mabry", "Nils Ostrander"}


def test_a_successor_named_by_many_outlets_is_no_contradiction() -> None:
    texts = {f"a{i}": (f"o{i}.example", "Veldran Prime Minister Bohdan Kravel")
             for i in range(1, 4)}
    texts |= {f"b{i}": (f"p{i}.example", "Veldran Prime Minister Viktor Sedlarov")
              for i in range(1, 4)}
    kravel = _person("p1", "Bohdan Kravel", [("prime minister", "Veldra", a, t)
                                             for a, (_, t) in texts.items() if "Kravel" in t])
    sedlarov = _person("p2", "Viktor Sedlarov", [("prime minister", "Veldra", a, t)
                                                 for a, (_, t) in texts.items() if "Sed" in t])
    assert not office_contradictions([kravel, sedlarov], _corpus(texts), COUNTRIES.country_of)


def test_a_title_not_right_against_the_name_is_not_believed() -> None:
    text = "the Veldran foreign minister, Ilse Varnholt, and the agency's head, Gleb Rastorin"
    texts = {f"a{i}": (f"o{i}.example", "Veldran Foreign Minister Ilse Varnholt")
             for i in range(1, 4)}
    texts["a4"] = ("o4.example", text)
    varnholt = _person("p1", "Ilse Varnholt", [("foreign minister", "Veldra", a, t)
                                               for a, (_, t) in texts.items() if a != "a4"])
    rastorin = _person("p2", "Gleb Rastorin", [("foreign minister", "Veldra", "a4", text)])
    assert not office_contradictions([varnholt, rastorin], _corpus(texts),
                                     COUNTRIES.country_of)


def test_a_second_spelling_of_the_holder_is_no_second_holder() -> None:
    texts = {f"a{i}": (f"o{i}.example", "Veldran Foreign Minister Ilse Varnholt")
             for i in range(1, 4)}
    texts["a4"] = ("o4.example", "Veldran Foreign Minister Dr Ilse")
    main = _person("p1", "Ilse Varnholt", [("foreign minister", "Veldra", a, t)
                                           for a, (_, t) in texts.items() if a != "a4"])
    part = _person("p2", "Dr Ilse", [("foreign minister", "Veldra", "a4", texts["a4"][1])])
    assert not office_contradictions([main, part], _corpus(texts), COUNTRIES.country_of)


def test_one_article_giving_two_ranks_is_its_own_inconsistency() -> None:
    lead = "Veldran Deputy Prime Minister Bohdan Kravel"
    body = "Prime Minister Bohdan Kravel"
    text = f"{lead}. {body} spoke."
    at = len(lead) + 2
    other = "Veldra's Prime Minister Bohdan Kravel"
    roles = (StoryRole("deputy prime minister", "Veldra", (Evidence("a1", 0, len(lead), lead),)),
             StoryRole("prime minister", None, (Evidence("a1", at, at + len(body), body),)),
             StoryRole("prime minister", "Veldra", (Evidence("a2", 0, len(other), other),)))
    person = StoryEntity("p1", "Bohdan Kravel", "person", ("Bohdan Kravel",), roles, "Veldra",
                         3, ("a1", "a2"))
    texts = {"a1": ("one.example", text), "a2": ("two.example", other)}
    found = office_contradictions([person], _corpus(texts), COUNTRIES.country_of)
    assert [(c.kind, c.about) for c in found] == [("inconsistency", "p1")]
    assert {s.value: s.outlets for s in found[0].sides} == {
        "deputy prime minister": ("one.example",), "prime minister": ("one.example",)}


def test_titles_in_other_languages_end_right_before_the_name() -> None:
    assert read_title("sous l’impulsion directe de l’ancien président") == (
        FORMER, "president", "")
    assert read_title("le ministre veldrais des Affaires étrangères") == (
        HOLDER, "foreign minister", "")
    assert read_title("der ehemalige Präsident") == (FORMER, "president", "")
    assert read_title("el vice-presidente") == (DEPUTY, "president", "")
    # Another's envoy or adviser named after that other's office holds no office.
    assert read_title("l'inviato speciale americano del Presidente") is None
    assert read_title("le conseiller du président") is None
    assert read_title("le chef du bureau") is None


def test_a_title_in_another_language_sets_a_rank_against_english_outlets() -> None:
    texts = {
        "a1": ("one.example", "Veldran Foreign Minister Ilse Varnholt spoke."),
        "a2": ("two.example", "Veldra's Foreign Minister Ilse Varnholt spoke."),
        "a3": ("three.example", "Selon l'ancien ministre veldrais des Affaires étrangères, "
                                "Ilse Varnholt, la réunion a eu lieu."),
    }
    docs = [replace(doc(a, t, o), language="fr" if a == "a3" else "en")
            for a, (o, t) in texts.items()]
    corpus = Corpus(docs, [annotations(a, t) for a, (_, t) in texts.items()])
    person = StoryEntity("p1", "Ilse Varnholt", "person", ("Ilse Varnholt",), tuple(
        StoryRole("foreign minister", "Veldra", (Evidence(a, 0, end, texts[a][1][:end]),))
        for a in ("a1", "a2") if (end := texts[a][1].index(" spoke"))),
        "Veldra", 3, ("a1", "a2", "a3"))
    found = office_contradictions([person], corpus, COUNTRIES.country_of)
    assert {s.value: s.outlets for s in found[0].sides} == {
        "former foreign minister": ("three.example",),
        "foreign minister": ("one.example", "two.example")}


def test_a_minister_of_state_called_the_foreign_minister_is_a_rank_contradiction() -> None:
    texts = {
        "a1": ("one.example", "Veldran minister of state Oren Halvik"),
        "a2": ("two.example", "Veldra's Minister of State for Foreign Affairs Oren Halvik"),
        "a3": ("three.example", "Veldran Foreign Minister Oren Halvik"),
        "a4": ("four.example", "Veldran Foreign Minister Oren Halvik"),
    }
    person = _person("p1", "Oren Halvik", [
        ("minister", "Veldra", a, t) for a, (_, t) in texts.items()])
    found = office_contradictions([person], _corpus(texts), COUNTRIES.country_of)
    assert {s.value: s.outlets for s in found[0].sides} == {
        "minister of state": ("one.example", "two.example"),
        "foreign minister": ("four.example", "three.example")}
    assert read_title("sous l’égide du ministre d’État veldrais aux Affaires étrangères") == (
        JUNIOR, "foreign minister", "")


def test_one_title_with_other_qualifiers_is_an_office_contradiction() -> None:
    assert read_variant("Veldra's high representative", before_name=True) == (
        "representative", "high")
    assert read_variant("secrétaire permanent du mouvement", before_name=False) == (
        "secretary", "permanent")
    assert read_variant("représentant du gouvernement", before_name=False) == (
        "representative", "")
    texts = {
        "a1": ("one.example", "The movement sent Ilan Dravec, permanent secretary of the "
                              "movement."),
        "a2": ("two.example", "Ilan Dravec, secrétaire permanent du mouvement, a signé."),
        "a3": ("three.example", "It was led by Ilan Dravec, executive secretary of the group."),
        "a4": ("four.example", "Ilan Dravec, secretary of the movement, spoke."),
    }
    person = _person("p1", "Ilan Dravec", [("secretary", None, a, t)
                                           for a, (_, t) in texts.items()])
    found = [c for c in office_contradictions([person], _corpus(texts), COUNTRIES.country_of)
             if "qualifiers" in c.note]
    assert {s.value: s.outlets for s in found[0].sides} == {
        "permanent secretary": ("one.example", "two.example"),
        "executive secretary": ("three.example",)}
    # One outlet against one: too little to call either a slip.
    del texts["a2"]
    assert not [c for c in office_contradictions([person], _corpus(texts),
                                                 COUNTRIES.country_of) if "qualifiers" in c.note]
