"""Events in other languages: a sentence naming talks or a round is a talks mention whose place
and dates are canonical, so the merge stage joins it to English reports."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import EventMention, EventType

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, language: str, text: str) -> list[EventMention]:
    document = Document(id=f"e-{language}", source="test", text=text, language=language,
                        published=date(2026, 3, 18))
    return list(extractor.annotate_document(document).events)


def test_russian_round_with_ordinal_place_and_future_date(extractor: Extractor) -> None:
    (event,) = _events(extractor, "ru", "Второй раунд переговоров в Вене начнётся во вторник.")
    assert event.type is EventType.TALKS and event.place == "Vienna"
    assert event.ordinal == 2 and event.tense == "future"
    assert [d.value for d in event.dates] == ["2026-03-24"]


def test_german_parties_are_not_the_place(extractor: Extractor) -> None:
    (event,) = _events(extractor, "de",
                       "Die Gespräche zwischen Frankreich und Italien in Wien endeten am Mittwoch.")
    assert event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-18"]


def test_french_talks_of_a_city(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Les pourparlers de Vienne ont repris hier.")
    assert event.place == "Vienna" and event.tense == "past"


def test_a_sentence_without_talks_is_no_event(extractor: Extractor) -> None:
    assert _events(extractor, "es", "El ministro viajó a Viena el martes.") == []


def test_french_signing_with_its_city(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le Pérou et le Chili ont signé mardi à Vienne un "
                                        "accord de cessez-le-feu.")
    assert event.type is EventType.AGREEMENT and event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-17"]


def test_a_city_in_its_country_is_not_a_list(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Les deux parties ont signé un protocole d'accord à "
                                        "Vienne, en Autriche, le 12 mars.")
    assert event.place == "Vienna"


def test_the_signatories_of_a_signing_are_not_its_place(extractor: Extractor) -> None:
    # Who signs stands next to the verb; a country named with the text is what it is for.
    (signed,) = _events(extractor, "de", "Am Dienstag unterzeichneten Peru und Chile ein "
                                         "Abkommen.")
    assert signed.type is EventType.AGREEMENT and signed.place is None
    assert [e.place for e in _events(extractor, "fr", "La signature de l'accord de paix en "
                                                      "Colombie est attendue.")] == [None]


def test_a_signing_the_sentence_does_not_place_is_still_a_dated_signing(
        extractor: Extractor) -> None:
    # Where it was signed the merge stage finds from its date or its article's other reports.
    (event,) = _events(extractor, "es", "Perú y Chile firmaron el 12 de marzo un acuerdo.")
    assert event.type is EventType.AGREEMENT and event.place is None
    assert [d.value for d in event.dates] == ["2026-03-12"]
    assert event.parties == ("Peru", "Chile")


def test_talks_a_sentence_places_beside_an_unplaced_signing_are_read(
        extractor: Extractor) -> None:
    events = _events(extractor, "fr", "Le Pérou et le Chili ont signé un accord au terme des "
                                      "pourparlers de Vienne.")
    # Vienna is the talks' ("pourparlers de Vienne"), not said to be where it was signed.
    assert [(e.type, e.place) for e in events] == [(EventType.AGREEMENT, None),
                                                   (EventType.TALKS, "Vienna")]


def test_a_date_of_the_announcement_is_not_the_event_s(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le 12 mars, les rebelles ont annoncé leur retrait "
                                        "des pourparlers de Vienne.")
    assert event.place == "Vienna" and event.dates == ()


def test_the_signatories_listed_before_the_verb_are_the_parties(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le Pérou et le Chili ont signé mardi à Vienne un "
                                        "accord.")
    assert set(event.parties) == {"Peru", "Chile"}


def test_french_participants_listed_after_entre(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Une rencontre entre le Pérou et le Chili a eu lieu à "
                                        "Vienne mardi.")
    assert set(event.parties) == {"Peru", "Chile"}


def test_french_delegation_head_of_a_side(extractor: Extractor) -> None:
    events = _events(extractor, "fr", "Les pourparlers de Vienne ont repris mardi. La "
                                      "délégation du Chili était conduite par Maria Gonzalez.")
    heads = {(d.name, d.party) for e in events for d in e.delegates if d.head}
    assert heads == {("Maria Gonzalez", "Chile")}


def test_two_acronyms_joined_by_a_dash_are_two_parties(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le sommet conjoint EAC-SADC s'est tenu à Vienne mardi.")
    assert set(event.parties) == {"EAC", "SADC"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président Jean Morel et son homologue Paul Arnaud se sont rencontrés mardi à "
           "Vienne."),
    ("es", "El presidente de Perú se reunió con su homólogo chileno en Viena el martes."),
    ("it", "Il ministro peruviano ha incontrato il suo omologo cileno a Vienna martedì."),
    ("pt", "O ministro peruano se reuniu com o seu homólogo chileno em Viena na terça-feira."),
    ("de", "Die Außenminister Perus und Chiles trafen sich am Dienstag in Wien."),
    ("ru", "Министры Перу и Чили встретились в Вене во вторник."),
])
def test_a_meeting_verb_with_its_place_is_a_meeting(extractor: Extractor, language: str,
                                                     text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.MEETING and event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-17"]


def test_a_negated_meeting_verb_is_no_meeting(extractor: Extractor) -> None:
    assert _events(extractor, "fr", "Les deux délégations ont négocié sans se rencontrer à "
                                    "Vienne.") == []
    assert _events(extractor, "es", "Los dos ministros no se reunieron en Viena.") == []


def test_who_a_verb_meets_is_not_its_place(extractor: Extractor) -> None:
    # Without a locative word the name after the verb is whom the subject met.
    assert _events(extractor, "fr", "Le ministre a rencontré le Chili hier.") == []


def test_a_future_meeting_verb_is_future(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "El presidente de Perú se reunirá con su homólogo "
                                        "chileno en Viena el viernes.")
    assert event.place == "Vienna" and event.tense == "future"
    assert [d.value for d in event.dates] == ["2026-03-20"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les pourparlers se sont tenus mardi dans la capitale de la Suisse."),
    ("ru", "Переговоры прошли во вторник в столице Швейцарии."),
])
def test_the_capital_of_a_country_is_its_capital_city(extractor: Extractor, language: str,
                                                       text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.place == "Bern"


def test_french_signatories_a_body_s_two_names_and_what_the_next_one_is(
        extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "La Bolivie et le FLR/APV ont signé jeudi à Vienne un "
                                        "protocole.")
    assert event.parties == ("Bolivia", "FLR")
    (event,) = _events(extractor, "fr", "Le gouvernement de la Bolivie et le mouvement armé FLR "
                                        "ont signé jeudi à Vienne un protocole.")
    assert event.parties == ("Bolivia", "FLR")


def test_french_a_place_before_the_signatories_is_where(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Réunis à Vienne, la Bolivie et le Pérou ont signé "
                                        "jeudi à Vienne un protocole.")
    assert event.parties == ("Bolivia", "Peru")


def test_french_a_person_and_their_counterpart_lead_the_two_sides(extractor: Extractor) -> None:
    events = _events(extractor, "fr", "Le Pérou et le Chili ont signé mardi à Lima un accord. "
                     "La cérémonie s'est tenue en présence du ministre Marco Ruiz, qui a supervisé "
                     "la signature du document par Ana Lenco, ministre péruvienne des Affaires "
                     "étrangères, et son homologue chilien Tomas Orvy.")
    heads = {d.name for e in events for d in e.delegates if d.head}
    assert {"Ana Lenco", "Tomas Orvy"} <= heads and "Marco Ruiz" not in heads


def test_french_the_list_of_another_event_in_the_sentence_is_not_the_signing_s(
        extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le Pérou et le Chili ont signé à Lima un accord qui fait "
                       "suite à la rencontre qui a eu lieu entre le président Ana Lenco, Tomas "
                       "Orvy et le roi du Chili le 18 mars.")
    assert event.parties == ("Peru", "Chile") and not event.delegates


def test_french_sides_named_by_lower_case_nationalities(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le gouvernement bolivien et le gouvernement chilien "
                                        "ont signé mardi à Vienne un accord.")
    assert event.type is EventType.AGREEMENT and set(event.parties) == {"Bolivia", "Chile"}


def test_spanish_sides_named_by_lower_case_nationalities(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "El gobierno boliviano y la delegación chilena "
                                        "firmaron el martes en Viena un acuerdo.")
    assert set(event.parties) == {"Bolivia", "Chile"}


def test_a_delegation_named_by_a_lower_case_nationality_is_led_for_it(
        extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "La Bolivie et le Chili ont signé mardi à Vienne un "
                                        "accord. La délégation bolivienne était conduite par "
                                        "Ana Tavares Ruiz.")
    assert ("Ana Tavares Ruiz", "Bolivia", True) in {
        (d.name, d.party, d.head) for d in event.delegates}


def test_russian_place_behind_a_participle_of_taking_place(extractor: Extractor) -> None:
    (event,) = _events(extractor, "ru", "Документ согласовали по итогам переговоров, "
                                        "состоявшихся 17 марта в столице Перу.")
    assert event.place == "Lima"
    assert [d.value for d in event.dates] == ["2026-03-17"]


def test_spanish_place_behind_a_participle_of_taking_place(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "El acuerdo llegó tras las conversaciones, celebradas "
                                        "el martes en Viena.")
    assert event.place == "Vienna"


def test_a_comma_before_another_clause_still_ends_the_event_s_reach(
        extractor: Extractor) -> None:
    assert _events(extractor, "es", "El acuerdo llegó tras las conversaciones, dijo el "
                                    "ministro el martes en Viena.") == []


def test_spanish_host_and_guests_invited_to_a_meeting_take_part(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "El 14 de marzo, Ana Lenco, ministra de Relaciones "
                       "Exteriores de Perú, invitó a Tomas Orvy, ministro de Asuntos Exteriores "
                       "de Chile, y a su homólogo boliviano a una reunión informal en Viena.")
    assert {d.name for d in event.delegates if d.head} == {"Ana Lenco", "Tomas Orvy"}
    # The counterpart's nationality names a side; a country in a guest's title does not.
    assert "Bolivia" in event.parties and "Chile" not in event.parties


def test_french_invited_counterpart_names_a_side(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le 14 mars, la Bolivie a invité le Pérou et son "
                                        "homologue chilien à une réunion à Vienne.")
    assert set(event.parties) >= {"Bolivia", "Peru", "Chile"}


def test_russian_sides_listed_after_the_talks_take_part(extractor: Extractor) -> None:
    (event,) = _events(extractor, "ru", "Документ был согласован по итогам четырехсторонних "
                       "переговоров Перу, Чили, США и Боливии, состоявшихся 17 марта в Вене.")
    assert set(event.parties) == {"Peru", "Chile", "United States", "Bolivia"}
    assert event.place == "Vienna"


def test_a_single_country_after_the_talks_is_no_list(extractor: Extractor) -> None:
    (event,) = _events(extractor, "ru", "Переговоры Перу в Вене начались 17 марта.")
    assert event.parties == ()


def test_a_date_of_another_predicate_is_not_the_event_s(extractor: Extractor) -> None:
    # The truce expires on the 12th; the talks to extend it are not dated by that (the 12th
    # is a deadline's day, a mention of its own).
    for language, text in (
            ("es", "Veldra y Korvania reanudan las conversaciones de Lindhaven para extender la "
                   "tregua que vence el 12 de abril."),
            ("fr", "Les pourparlers de Lindhaven ont lieu alors que la trêve expire le 12 "
                   "avril.")):
        events = _events(extractor, language, text)
        (event,) = [e for e in events if e.type is not EventType.DEADLINE]
        assert event.place == "Lindhaven" and event.dates == ()
        (deadline,) = [e for e in events if e.type is EventType.DEADLINE]
        # The day only: the French reader anchors a year-less "12 avril" in a present-tense
        # clause to the past year, a date-anchoring matter of its own.
        assert [(d.value or "")[5:] for d in deadline.dates] == ["04-12"]


def test_a_clause_about_the_talks_still_dates_them(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "Las conversaciones de Lindhaven, que comenzaron el "
                                        "12 de marzo, siguen abiertas.")
    assert [d.value for d in event.dates] == ["2026-03-12"]


def test_a_date_that_ends_a_period_is_not_the_event_s(extractor: Extractor) -> None:
    (event,) = [e for e in _events(extractor, "es", "Las conversaciones de Lindhaven tienen "
                                                    "un plazo hasta el 13 de abril.")
                if e.type is not EventType.DEADLINE]
    assert event.dates == ()


def test_a_dateline_does_not_date_the_event(extractor: Extractor) -> None:
    events = _events(extractor, "es", "Ostra, 16 de marzo de 2026 – Veldra y Korvania "
                                      "preparan las conversaciones de Lindhaven.")
    assert all(d.value != "2026-03-16" for e in events for d in e.dates)
    assert [e.place for e in events] == ["Lindhaven"]


def test_a_body_after_an_article_is_no_place(extractor: Extractor) -> None:
    # "du" is "de le": a city's name takes no article; "Mécanisme" heads a body's name.
    assert _events(extractor, "fr", "Il participera à la première réunion du Mécanisme "
                                    "consultatif avec des représentants de Veldra.") == []


def test_a_weekday_of_a_first_person_future_lies_ahead(extractor: Extractor) -> None:
    # "прибыл" (arrived) is past; "встретимся" (we will meet) makes the Saturday ahead.
    (event,) = _events(extractor, "ru", "Глава делегации Вельдры на переговорах уже прибыл в "
                                        "Линдхавен, в субботу мы встретимся с коллегой.")
    assert [d.value for d in event.dates] == ["2026-03-21"] and event.tense == "future"


def test_a_body_s_short_form_is_no_place(extractor: Extractor) -> None:
    # "Ostrana" is brought in as the League's short form: the summit is the League's.
    text = ("A Liga dos Estados do Mar de Ostra (Ostrana) reúne-se em Lindhaven. "
            "O presidente de Veldra falou durante a reunião de cúpula da Ostrana.")
    assert all(e.place != "Ostrana" for e in _events(extractor, "pt", text))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les pourparlers interviennent après l'accord conclu le 12 mars à Lisbonne."),
    ("es", "Las negociaciones llegan tras el acuerdo alcanzado el 12 de marzo en Lisboa."),
])
def test_what_follows_after_is_another_events_date_and_place(
        extractor: Extractor, language: str, text: str) -> None:
    # "après l'accord conclu le 12 mars à X": the accord's day and city, not the talks'.
    for event in _events(extractor, language, text):
        assert event.type is not EventType.TALKS or (
            event.place != "Lisbon" and not event.dates), event


def test_talks_with_their_own_city_and_day_before_after(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Les pourparlers de Lindhaven ont repris le 12 mars "
                                        "après une pause.")
    assert event.place == "Lindhaven"
    assert [d.value for d in event.dates] == ["2026-03-12"]
