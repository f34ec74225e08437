"""Non-English event mentions find their place as the English ones do: through a noun naming a
kind of place (``dans la ville … de``, ``im Golfstaat``, ``в городе``), past a date set off by
commas, before a verb that comes last, and in a country when only the date stands between."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.extract._sentences import joined_fragments
from communique.extract.languages._events import _city_in_country, _listed
from communique.extract.languages._locatives import introduced, mask_dates
from communique.lang import language_pack
from communique.model import Document, Span
from communique.model.annotations import EventMention, EventType
from communique.model.entities import EntityLabel, EntityMention

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, language: str, text: str) -> list[EventMention]:
    document = Document(id=f"p-{language}", source="test", text=text, language=language,
                        published=date(2026, 3, 18))
    return list(extractor.annotate_document(document).events)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les pourparlers de paix se sont achevés lundi dans la ville autrichienne de "
           "Salzbourg."),
    ("it", "I colloqui si sono svolti martedì nella città austriaca di Salisburgo."),
    ("pt", "As negociações decorreram na cidade austríaca de Salzburgo na terça-feira."),
    ("ru", "Переговоры прошли во вторник в австрийском городе Зальцбург."),
])
def test_a_city_named_through_a_noun_of_a_kind_of_place(extractor: Extractor, language: str,
                                                        text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.TALKS and event.place == "Salzburg"
    assert len(event.dates) == 1


def test_a_kind_of_place_taken_for_a_name_is_not_the_place(extractor: Extractor) -> None:
    # The tagger reads "Província" as a name; it is the kind of place, and lists nothing.
    (event,) = _events(extractor, "pt", "As delegações vão se reunir na Província de Sevilha "
                                        "na terça-feira.")
    assert event.place == "Sevilla"


def test_a_date_between_commas_keeps_the_signing_s_place(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le Pérou et le Chili ont signé, ce mardi 17 mars, à "
                                        "Vienne un accord.")
    assert event.type is EventType.AGREEMENT and event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-17"]
    assert set(event.parties) == {"Peru", "Chile"}


def test_a_signing_placed_before_its_final_verb(extractor: Extractor) -> None:
    (event,) = _events(extractor, "de", "Das Abkommen wurde in Wien unterzeichnet und tritt "
                                        "sofort in Kraft.")
    assert event.type is EventType.AGREEMENT and event.place == "Vienna"


def test_a_signing_in_a_country_with_only_its_date_between(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le Pérou et le Chili ont signé ce mardi 17 mars 2026 "
                                        "au Portugal un accord.")
    assert event.place == "Portugal"
    # What the text is for is still no place.
    assert [e.place for e in _events(extractor, "fr", "La signature de l'accord de paix en "
                                                      "Colombie est attendue.")] == [None]


def test_the_capital_named_after_its_country_is_no_list(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "Comienzan conversaciones entre Perú y Chile en la "
                                        "capital de Austria, Viena.")
    assert event.place == "Vienna" and set(event.parties) == {"Peru", "Chile"}


def test_introduced_needs_the_preposition_before_the_noun() -> None:
    pack = language_pack("fr")
    assert pack is not None
    text = "dans la ville korvanienne de Lindhaven"
    assert introduced(text, text.index("Lindhaven"), pack)
    text = "la ville korvanienne de Lindhaven"
    assert not introduced(text, text.index("Lindhaven"), pack)
    text = "dans la ville de Veldra, Lindhaven"
    assert not introduced(text, text.index("Lindhaven"), pack)


def test_mask_dates_removes_a_parenthetical_date_and_its_commas() -> None:
    text = "ont signé, vendredi dernier, à Lindhaven"
    start = text.index("vendredi")
    masked = mask_dates(text, 0, len(text), [(start, start + len("vendredi"))])
    assert "," not in masked and len(masked) == len(text)
    text = "ont signé, selon Tirasol, à Lindhaven"
    assert mask_dates(text, 0, len(text), []) == text


def test_pieces_cut_at_a_quotation_mark_are_one_sentence() -> None:
    text = "Ils ont ouvert des pourparlers\n« indirects » dans la ville de Lindhaven."
    first = text.index("«")
    spans = (Span(0, first - 1), Span(first, first + 1), Span(first + 2, len(text)))
    assert joined_fragments(text, spans) == (spans[0], Span(first, len(text)))
    text = "Ils ont ouvert des pourparlers « indirects » dans la ville de Lindhaven."
    first = text.index("«")
    spans = (Span(0, first - 1), Span(first, first + 1), Span(first + 2, len(text)))
    assert joined_fragments(text, spans) == (Span(0, len(text)),)
    text = "Les pourparlers ont repris. Ils dureront deux jours."
    spans = (Span(0, 27), Span(28, len(text)))
    assert joined_fragments(text, spans) == spans


def test_a_place_opening_the_sentence_is_the_signing_s(extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "En Viena, el enviado especial del gobierno de Perú "
                                        "Bohdan Kravel y el ministro chileno Arno Veltman "
                                        "firmaron una hoja de ruta hacia la paz.")
    assert event.type is EventType.AGREEMENT and event.place == "Vienna"


def test_a_name_in_apposition_does_not_end_the_clause(extractor: Extractor) -> None:
    (event,) = _events(extractor, "pt", "O presidente anunciou o acordo após se reunir com seu "
                                        "homólogo chileno, Bohdan Kravel, na cidade austríaca "
                                        "de Salzburgo.")
    assert event.place == "Salzburg"
    (event,) = _events(extractor, "pt", "As negociações entre o Peru e o Chile, na cidade "
                                        "austríaca de Salzburgo, foram concluídas.")
    assert event.place == "Salzburg"


def test_a_relative_clause_of_taking_place_tells_the_event_s_date_and_place(
        extractor: Extractor) -> None:
    (event,) = _events(extractor, "ru", "По его мнению, встреча министров иностранных дел, "
                                        "которая пройдет 22 марта в Вене, станет платформой "
                                        "для переговоров.")
    assert event.place == "Vienna" and [d.value for d in event.dates] == ["2026-03-22"]
    assert event.tense == "future"


def test_the_place_of_the_opening_phrase_is_the_signing_s(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "À l'issue des négociations tenues à Vienne, en "
                                        "Autriche, le Pérou et le Chili ont signé le mardi 17 "
                                        "mars 2026 une déclaration de principes.")
    assert event.type is EventType.AGREEMENT and event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-17"]


def test_a_city_s_country_in_brackets_does_not_sign(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Au cours d'une cérémonie organisée le mardi 17 mars "
                                        "2026 à Vienne (Autriche), le Pérou et le Chili ont "
                                        "signé un accord.")
    assert event.place == "Vienna" and set(event.parties) == {"Peru", "Chile"}


def test_the_day_of_the_saying_and_of_an_aside_are_not_the_event_s(
        extractor: Extractor) -> None:
    (event,) = _events(extractor, "es", "El Gobierno de Perú ha afirmado este martes que el "
                                        "ministro estará presente en la cumbre que se "
                                        "celebrará en Viena.")
    assert event.place == "Vienna" and event.dates == ()
    events = _events(extractor, "es", "El ministro estará en la firma del acuerdo, alcanzado "
                                      "a finales de enero, en el marco de la cumbre que se "
                                      "celebrará en Viena.")
    # The signing the sentence does not place is a mention of its own, without a place.
    (event,) = [e for e in events if e.place is not None]
    assert event.place == "Vienna" and event.dates == ()
    assert [e.type for e in events if e.place is None] == [EventType.AGREEMENT]


def test_a_city_followed_by_its_country_is_no_list(extractor: Extractor) -> None:
    # "em Lindhaven, Coreia do Sul": the country says where the city lies, it lists no side;
    # the summit is "of" a body (its name and short form) and held "in" the city.
    events = _events(extractor, "pt", "Os presidentes devem se reunir na quinta-feira à "
                                      "margem da cúpula da Cooperação Marítima Austral "
                                      "(Comar) em Lindhaven, Coreia do Sul, para assinar "
                                      "os termos.")
    # "para assinar" is a signing of its own, which the sentence does not place.
    (event,) = [e for e in events if e.place is not None]
    assert event.place == "Lindhaven"


def test_a_body_given_its_short_form_is_no_place(extractor: Extractor) -> None:
    # Without a place the summit word tells nothing to merge: the body is not taken for one.
    events = _events(extractor, "pt", "Os presidentes devem se reunir à margem da cúpula da "
                                      "Cooperação Marítima Austral (Comar), para assinar os "
                                      "termos.")
    assert all(e.place != "Cooperação Marítima" for e in events)


def _mentions(text: str, names: dict[str, EntityLabel]) -> list[EntityMention]:
    return [EntityMention(text.index(n), text.index(n) + len(n), n, label, n)
            for n, label in names.items()]


@pytest.mark.parametrize(("text", "located"), [
    ("as conversas em Lindhaven, Veldra, para assinar", True),
    ("as conversas em Lindhaven, Veldra.", True),
    ("as conversas com Lindhaven, Veldra e Ostrava", False),
    ("as conversas com Lindhaven, Veldra, Ostrava", False),
])
def test_a_country_after_a_city_locates_it_unless_a_list_goes_on(text: str,
                                                                 located: bool) -> None:
    names = {"Lindhaven": EntityLabel.PLACE, "Veldra": EntityLabel.COUNTRY,
             "Ostrava": EntityLabel.COUNTRY}
    mentions = _mentions(text, {n: k for n, k in names.items() if n in text})
    city, country = mentions[:2]
    assert _city_in_country(text, city, country, mentions) is located
    assert _listed(text, city, mentions, language_pack("pt")) is not located


@pytest.mark.parametrize(("language", "text", "place"), [
    ("de", "In Salzburg nahmen der peruanische Außenminister Ramón Quispe und sein chilenischer "
           "Amtskollege Luis Araya zum bereits dritten Mal Gespräche unter Vermittlung "
           "Österreichs auf.", "Salzburg"),
    ("fr", "Ce lundi à Vienne, se sont ouverts des pourparlers de haut niveau entre le Pérou "
           "et le Chili.", "Vienna"),
    ("pt", "Em Viena, na Áustria, o Peru e o Chile anunciaram um acordo preliminar após dois "
           "dias de negociações intensas.", "Vienna"),
])
def test_the_place_that_opens_the_sentence_is_its_event_s(extractor: Extractor, language: str,
                                                          text: str, place: str) -> None:
    # The event word stands far behind the place, past the subject: the place opens the
    # sentence and tells where all of it happened.
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.TALKS and event.place == place


@pytest.mark.parametrize(("language", "text"), [
    ("de", "In Lima sagte der Minister, die Gespräche würden fortgesetzt."),
    ("es", "En Lima, el canciller afirmó que las negociaciones continuarán."),
    ("ru", "В Лиме министр заявил, что переговоры продолжатся."),
    ("de", "Zwischen Peru und Chile gab es in der vergangenen Woche neue Gespräche."),
    ("fr", "Après la crise, les pourparlers entre le Pérou et le Chili ont repris."),
])
def test_no_opening_place_for_what_is_said_there_or_between_whom(extractor: Extractor,
                                                                 language: str,
                                                                 text: str) -> None:
    # Where someone speaks is not where the talks he speaks of are; "zwischen X und Y" names
    # the sides; a sentence that opens without a place has none to give.
    assert [e.place for e in _events(extractor, language, text) if e.place] == []


def test_talks_pointed_back_at_take_no_place_from_the_sentence(extractor: Extractor) -> None:
    # "ces négociations" are talks the article told of before; the place that opens the
    # sentence is where the opposition is divided, not where they were held.
    text = "À Lima, l’opposition péruvienne est divisée quant à la pertinence de ces négociations."
    assert [e.place for e in _events(extractor, "fr", text) if e.place] == []
