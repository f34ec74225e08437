"""Entity typing in one article: honorifics, cut names, institutions, groups, towns, venues,
capitals of formal documents, elided articles, and group names that read like dates."""

from __future__ import annotations

from spacy.language import Language

from communique.extract.entities import extract_entities, outside_names
from communique.extract.temporal import find_dates
from communique.model.entities import EntityLabel

from support.pipelines import language_pipeline

P, ORG, L = EntityLabel.PERSON, EntityLabel.ORGANIZATION, EntityLabel.PLACE


def _found(nlp: Language, text: str) -> dict[str, EntityLabel]:
    return {e.canonical: e.label for e in extract_entities(nlp(text))}


def test_honorifics_are_no_part_of_a_name(nlp: Language) -> None:
    found = _found(nlp, "Korvanian Prime Minister Datuk Seri Rafiq Osman hosted the talks.")
    assert found.get("Rafiq Osman") is P
    assert not any("Datuk" in name or name == "Seri" for name in found)
    found = _found(nlp, "Supreme Leader Ayatollah Hossein Tavakoli said the talks were useful.")
    assert found == {"Hossein Tavakoli": P}


def test_a_name_the_tagger_cut_short_is_one_person(nlp: Language) -> None:
    found = _found(nlp, "Korvanian Foreign Minister Dr. Seyed Abbas Tavaghchi met Tom Harlan.")
    assert found.get("Abbas Tavaghchi") is P
    assert "Tavaghchi" not in found and "Seyed Abbas" not in found


def test_an_institution_after_a_title_like_word_is_no_person(nlp: Language) -> None:
    found = _found(nlp, "The Extraordinary General Border Committee met in Port Alcyne on "
                        "Monday. The General Border Committee agreed on a ceasefire.")
    assert found.get("General Border Committee") is ORG
    assert all(label is not P for label in found.values())


def test_a_name_before_rebels_is_a_group_and_a_town_is_no_person(nlp: Language) -> None:
    found = _found(nlp, "M4 rebels seized Lyon in January. The M4 said it would not leave "
                        "Lyon.")
    assert found.get("M4") is ORG
    assert found.get("Lyon") is L


def test_a_capitalized_common_noun_is_no_name(nlp: Language) -> None:
    found = _found(nlp, "The Meeting was co-chaired by General Ana Tavares. The meeting ended "
                        "late.")
    assert "Meeting" not in found
    assert found.get("Ana Tavares") is P


def test_a_venue_is_a_place(nlp: Language) -> None:
    found = _found(nlp, "The talks were held at the LH Convention Centre on Monday.")
    assert found.get("LH Convention Centre") is L


def test_a_group_named_after_a_date_is_no_date(nlp: Language) -> None:
    text = "The March 4 Movement signed a truce on June 5, 2025, in Lisbon."
    entities = extract_entities(nlp(text))
    assert any(e.canonical == "March 4 Movement" and e.label is ORG for e in entities)
    dates = outside_names(find_dates(text, None), entities)
    assert [text[d.start:d.end] for d in dates] == ["June 5, 2025"]


def test_elided_articles_titles_and_lower_case_words_are_no_names() -> None:
    text = ("L’Union africaine et l’État ont salué l’accord. Le Président, Félix Kalonji, "
            "s’est exprimé. Selon le président de la commission, l’union fait la force et "
            "l’état du pays s’améliore.")
    names = {e.canonical: e.label for e in extract_entities(language_pipeline("fr")(text))}
    assert not any(name.endswith(("’", "'")) or "’" in name[:3] or len(name) < 2
                   for name in names)
    assert "Union" not in names and "État" not in names
    assert not any(name.lower().startswith("président") for name in names)
    assert names.get("Félix Kalonji") is P


def test_a_name_after_honorifics_is_a_person_whatever_the_tagger_said(nlp: Language) -> None:
    found = _found(nlp, "The talks were attended by H.E. Sorn Vathana and H.E. General Kiet "
                        "Amarin.")
    assert found.get("Kiet Amarin") is P
    assert not any("H.E." in name for name in found)


def test_a_title_s_number_and_honorifics_are_no_name(nlp: Language) -> None:
    for text, name in [
        ("Chile is expected to be represented by Foreign Minister II Datuk Hamzan Pehin Rosli, "
         "while Peru is expected to send its Deputy Foreign Minister Dang Hoang Giang.",
         "Hamzan Pehin Rosli"),
        ("Chile will be represented by Foreign Minister II Datuk Rahman Yusof.", "Rahman Yusof"),
    ]:
        found = _found(nlp, text)
        assert found.get(name) is P, found
        assert not any(n.startswith(("II", "Datuk")) for n in found), found


def test_a_name_after_a_title_that_the_tagger_called_a_product_is_a_person(
        nlp: Language) -> None:
    from spacy.tokens import Span

    from communique.extract.entities._fixer import fix_entities

    text = "Peru's high representative Kumbo Sita Mandu signed the accord."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Kumbo")
    doc.ents = [Span(doc, start, start + 3, label="PRODUCT")]
    fixed = fix_entities(doc)
    assert [(e.text, e.label_) for e in fixed.ents if e.text.startswith("Kumbo")] == [
        ("Kumbo Sita Mandu", "PERSON")]


def _relabelled(nlp: Language, text: str, names: list[str], label: str) -> dict[str, str]:
    """The fixer's labels for ``names``, each first tagged ``label`` by the model."""
    from spacy.tokens import Span

    from communique.extract.entities._fixer import fix_entities

    doc = nlp(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name)))
    doc.ents = [Span(doc, s.start, s.end, label=label) for s in spans if s is not None]
    return {e.text: e.label_ for e in fix_entities(doc).ents if e.text in names}


def test_a_region_noun_names_a_place(nlp: Language) -> None:
    text = "Calm returned to the provinces of Tarvos Kell, Ostrel Sovan and Miren Dal."
    names = ["Tarvos Kell", "Ostrel Sovan", "Miren Dal"]
    assert _relabelled(nlp, text, names, "PERSON") == dict.fromkeys(names, "LOC")
    text = "Jets struck targets in Tarvos Kell and Ostrel Sovan provinces."
    assert _relabelled(nlp, text, names[:2], "ORG") == dict.fromkeys(names[:2], "LOC")


def test_what_lies_near_or_names_a_temple_is_a_place_not_an_organization(
        nlp: Language) -> None:
    assert _relabelled(nlp, "Troops clashed near Velkor Prasat on Monday.",
                       ["Velkor Prasat"], "ORG") == {"Velkor Prasat": "LOC"}
    assert _relabelled(nlp, "The ancient Velkor Prasat temple was shelled.",
                       ["Velkor Prasat"], "ORG") == {"Velkor Prasat": "FAC"}
    # A person near someone is still a person.
    assert _relabelled(nlp, "Bohdan Kravel sat near Ilse Marren.",
                       ["Ilse Marren"], "PERSON") == {"Ilse Marren": "PERSON"}


def test_a_bloc_of_states_is_no_place(nlp: Language) -> None:
    found = _found(nlp, "Ana Ruiz is now scheduled to meet Luis Vega at the Euro-Asian Economic "
                        "Cooperation summit in Peru.")
    assert found.get("Euro-Asian Economic Cooperation") is ORG


def test_a_name_never_runs_across_a_quotation_mark(nlp: Language) -> None:
    from spacy.tokens import Span

    from communique.extract.entities._fixer import fix_entities

    text = 'News "Ostrov knows that, as does Kravel" EU Special Envoy Ana Lobo says so.'
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Kravel")
    end = next(t.i for t in doc if t.text == "Envoy") + 1
    doc.ents = [Span(doc, start, end, label="PERSON")]  # the tagger's mistake, on purpose
    assert all('"' not in e.text for e in fix_entities(doc).ents)


def test_a_bodys_head_before_of_makes_an_organisation(nlp: Language) -> None:
    text = "Ana Lobo, president of the Federation of Veldran Metal Workers, spoke."
    labels = _relabelled(nlp, text, ["Federation of Veldran Metal Workers"], "PERSON")
    assert labels == {"Federation of Veldran Metal Workers": "ORG"}
