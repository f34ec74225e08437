"""The light pipelines: names in other languages, resolved to English canonical names."""

import subprocess
import sys

import pytest

from communique.extract._sentences import sentence_spans
from communique.extract.entities import extract_entities
from communique.extract.entities._world import world_gazetteer
from communique.lang import language_pack
from communique.model.entities import DocEntity, EntityLabel

from support.pipelines import language_pipeline

pytestmark = pytest.mark.slow


def _entities(language: str, text: str) -> list[DocEntity]:
    doc = language_pipeline(language)(text)
    entities = extract_entities(doc)
    for entity in entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return entities


def _names(entities: list[DocEntity], *labels: EntityLabel) -> set[str]:
    return {e.canonical for e in entities if e.label in labels}


@pytest.mark.parametrize(("language", "words", "canonical"), [
    ("ru", ["Вене"], "Vienna"),
    ("uk", ["Одесі"], "Odesa"),
    ("uk", ["Києві"], "Kyiv"),
    ("de", ["Wien"], "Vienna"),
    ("de", ["Russlands"], "Russia"),
    ("fr", ["Vienne"], "Vienna"),
    ("es", ["Estados", "Unidos"], "United States"),
    ("ru", ["Соединенных", "Штатов"], "United States"),
])
def test_places_and_countries_by_their_names_in_each_language(
    language: str, words: list[str], canonical: str
) -> None:
    entry = world_gazetteer().lookup(words, language_pack(language))
    assert entry is not None and entry.canonical == canonical


def test_russian_names_inflected_titles_and_places() -> None:
    text = ("Министр иностранных дел России Сергей Лавров заявил в Вене, что переговоры "
            "продолжатся. Президент Вельдры Андрей Цветкаров прибыл в Москву.\n"
            "В Вельдре считают, что Лаврова поддержат.")
    entities = _entities("ru", text)
    assert {"Сергей Лавров", "Андрей Цветкаров"} <= _names(entities, EntityLabel.PERSON)
    places = _names(entities, EntityLabel.PLACE, EntityLabel.COUNTRY)
    assert {"Russia", "Vienna", "Moscow"} <= places
    assert any(p.startswith("Вельдр") for p in places)
    lavrov = next(e for e in entities if e.canonical == "Сергей Лавров")
    assert "Лаврова" in lavrov.aliases  # the genitive is the same person


def test_first_names_that_are_also_cities_stay_people() -> None:
    entities = _entities("ru", "Президент Владимир Путин встретился с делегацией.")
    assert "Владимир Путин" in _names(entities, EntityLabel.PERSON)
    assert not _names(entities, EntityLabel.PLACE)


def test_german_titles_are_not_part_of_names_and_nouns_are_not_people() -> None:
    text = ("Der korvanische Chefunterhändler Viktor Sedlarow nannte die Gespräche in Wien "
            "schwierig. Korvania verlangt den gesamten Bezirk Halvek.")
    entities = _entities("de", text)
    assert _names(entities, EntityLabel.PERSON) == {"Viktor Sedlarow"}
    assert "Vienna" in _names(entities, EntityLabel.PLACE)


def test_a_language_without_a_pack_gets_sentences_only() -> None:
    text = "Rozmowy w Genewie. Druga runda.\nNagłówek"
    doc = language_pipeline("pl")(text)
    assert [text[s.start : s.end] for s in sentence_spans(doc)] == [
        "Rozmowy w Genewie.", "Druga runda.", "Nagłówek"]
    assert not doc.ents


def test_the_built_index_is_cached_and_a_bad_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    from communique.extract.entities import _world

    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path))
    city = {"name": "Vienna", "countrycode": "AT", "population": 200000,
            "alternatenames": ["Wien", "Вена", "VIE", "de"]}
    small = _world.WorldGazetteer([("CH", "Schweiz")], [city], frozenset({"de"}))
    path = _world._cache_file()
    assert path.parent == tmp_path
    _world._save_cached(path, small)
    loaded = _world._load_cached(path)
    assert loaded is not None and loaded.exact(["Wien"]) == small.exact(["Wien"])
    assert loaded.exact(["GVA"]) is None and loaded.exact(["de"]) is None  # codes, stop words
    path.write_bytes(b"not a pickle")
    assert _world._load_cached(path) is None


def test_one_word_speakers_and_surnames_that_are_towns_are_people() -> None:
    fr = _entities("fr", "Pour sa part, Okavelo a dit : « Nous verrons bien. » Puis il est parti.")
    assert "Okavelo" in _names(fr, EntityLabel.PERSON)
    es = _entities("es", "El jefe negociador, Ramiro Santos, confió en un acuerdo cercano.")
    assert "Ramiro Santos" in _names(es, EntityLabel.PERSON)
    assert "Santos" not in _names(es, EntityLabel.PLACE)
    it = _entities("it", "Il vertice si è chiuso presto. Tavrani: “Serve più tempo”.")
    assert "Tavrani" in _names(it, EntityLabel.PERSON)


def test_foreign_name_particles_join_the_name_but_not_a_common_noun_phrase() -> None:
    pt = _entities("pt", "Depois, Ingrid van der Mols também falou sobre o Estado de Direito.")
    people = _names(pt, EntityLabel.PERSON)
    assert "Ingrid van der Mols" in people
    assert not any("Direito" in p for p in people)


def test_names_listed_after_a_place_preposition_are_all_places() -> None:
    es = _entities("es", "Las conversaciones entre Veldra, Tirasol y Korvania terminaron sin "
                         "acuerdo. Altos cargos de Veldra viajarán después.")
    places = _names(es, EntityLabel.PLACE, EntityLabel.COUNTRY)
    assert {"Veldra", "Tirasol", "Korvania"} <= places
    assert "Altos" not in places


def test_the_body_a_title_heads_is_no_person() -> None:
    uk = _entities("uk", "Глава МЗС Андрій Цвєткаров заявив, що зустріч відбудеться.")
    assert _names(uk, EntityLabel.PERSON) == {"Андрій Цвєткаров"}


@pytest.mark.parametrize(("language", "text", "body"), [
    ("es", "El comunicado del Frente de Liberación Nacional llegó tarde a Korvania.",
     "Liberación Nacional"),
    ("it", "Il piano delle Nazioni Unite per Veldra è fermo da mesi.", "Nazioni Unite"),
    ("pt", "A União Europeia e a Comissão Europeia enviaram ajuda a Tirasol.",
     "Comissão Europeia"),
    ("ru", "Об этом сообщили члены Комитета Совета Федерации в Вельдре.", "Комитета Совета"),
])
def test_organisation_names_are_no_persons(language: str, text: str, body: str) -> None:
    entities = _entities(language, text)
    people = _names(entities, EntityLabel.PERSON)
    assert not any(body.split()[0] in p for p in people)


def test_a_determiner_an_adjective_or_a_country_in_the_run_make_no_person() -> None:
    es = _entities("es", "Desde la Casa Amarilla llegó la respuesta a Korvania.")
    assert not _names(es, EntityLabel.PERSON)
    ru = _entities("ru", "Делегации США и Нижнего Тирасоля прибыли поздно.")
    assert not _names(ru, EntityLabel.PERSON)


def test_a_name_after_a_titles_ministry_is_the_person() -> None:
    it = _entities("it", "Lo ha detto il ministro degli Esteri Paolo Di Venti, prima dei colloqui.")
    assert _names(it, EntityLabel.PERSON) == {"Paolo Di Venti"}
    it = _entities("it", "Il capo del Mossad Ilan Sorek arriverà domenica.")
    assert "Ilan Sorek" in _names(it, EntityLabel.PERSON)


def test_seats_and_organisations_in_the_languages_own_names() -> None:
    ru = _entities("ru", "В Кремле заявили, что переговоры продолжатся.")
    assert "Kremlin" in _names(ru, EntityLabel.ORGANIZATION)
    fr = _entities("fr", "L'Elysée a affirmé que le sommet était « nécessaire ».")
    assert "Elysee" in _names(fr, EntityLabel.ORGANIZATION)
    assert not _names(fr, EntityLabel.PERSON)


@pytest.mark.parametrize(("language", "text", "name"), [
    ("it", "La tregua non regge. Tavrani ha accolto le due delegazioni a Lindhaven.", "Tavrani"),
    ("it", "Secondo la stampa locale, Ostrelli ha rifiutato la mediazione.", "Ostrelli"),
    ("es", "Tras la reunión, Okavelo anunció un nuevo encuentro en Lindhaven.", "Okavelo"),
])
def test_a_lone_name_acting_before_a_past_verb_is_a_person(language: str, text: str,
                                                           name: str) -> None:
    assert name in _names(_entities(language, text), EntityLabel.PERSON)


def test_a_country_declined_with_a_dropped_vowel_is_no_actor() -> None:
    entities = _entities("ru", "Катаром и Египтом сформировали группу посредников.")
    assert "Egypt" in _names(entities, EntityLabel.COUNTRY)
    assert not _names(entities, EntityLabel.PERSON)


@pytest.mark.parametrize(("language", "text", "credited", "person"), [
    ("pt", "Autor: Tiago Valmor\nO ministro Paulo Tavares convocou os embaixadores.",
     "Tiago Valmor", "Paulo Tavares"),
    ("de", "Kanzlerin Ilse Varnholt in Lindhaven. Foto: Jens Mohring / dpa\n"
     "Die Gespräche dauerten lange.", "Jens Mohring", "Ilse Varnholt"),
    ("it", "Tregua in pausa\ndi Carla Benvenuti\nIl ministro Marco Belcastri è partito.",
     "Carla Benvenuti", "Marco Belcastri"),
    ("ru", "Переговоры в Линдхавене\nTекст: Вера Солодова\nМинистр Олег Травин прибыл.",
     "Вера Солодова", "Олег Травин"),
])
def test_a_byline_or_photo_credit_names_no_person_of_the_story(
        language: str, text: str, credited: str, person: str) -> None:
    persons = _names(_entities(language, text), EntityLabel.PERSON)
    assert credited not in persons and person in persons


def test_a_titled_given_name_and_surname_that_are_towns_make_one_person() -> None:
    entities = _entities("de", "Danach traf er den neuen Außenminister Marco Santos in Wien.")
    assert "Marco Santos" in _names(entities, EntityLabel.PERSON)
    assert "Santos" not in _names(entities, EntityLabel.PLACE)


def test_a_titled_surname_after_a_preposition_elsewhere_is_the_person() -> None:
    entities = _entities("de", (
        "Die Kanzlerin besucht US-Präsident Tobias Hallwick. Es ist der zweite Besuch bei "
        "Hallwick seit dessen Amtsantritt."))
    assert _names(entities, EntityLabel.PERSON) == {"Tobias Hallwick"}
    assert not _names(entities, EntityLabel.PLACE)


def test_a_common_noun_after_a_german_title_is_no_person() -> None:
    entities = _entities("de", "Danach führte der Minister Gespräche mit Außenminister Ilse Harms.")
    assert _names(entities, EntityLabel.PERSON) == {"Ilse Harms"}


@pytest.mark.parametrize("language", ["de", "it", "es"])
def test_a_surname_with_a_hyphenated_arabic_article_joins_the_name(language: str) -> None:
    text = {"de": "Außenminister Karim al-Hadrami traf in Wien ein.",
            "it": "Il ministro Karim al-Hadrami è arrivato a Vienna.",
            "es": "El canciller Karim al-Hadrami llegó a Viena."}[language]
    entities = _entities(language, text)
    assert "Karim al-Hadrami" in _names(entities, EntityLabel.PERSON)


@pytest.mark.parametrize(("language", "text", "short"), [
    ("de", "Die USA schicken einen Gesandten nach Wien.", "USA"),
    ("uk", "Делегація США прибула до Відня.", "США"),
    ("ru", "Представители США прибыли в Вену.", "США"),
    ("pt", "Os EUA enviaram um negociador a Viena.", "EUA"),
])
def test_a_countrys_short_name_in_the_language_is_the_country(language: str, text: str,
                                                              short: str) -> None:
    entities = _entities(language, text)
    (country,) = [e for e in entities if any(m.text == short for m in e.mentions)]
    assert country.label is EntityLabel.COUNTRY and country.canonical == "United States"


@pytest.mark.parametrize(("language", "text", "region"), [
    ("pt", "O acordo une a Europa e a América do Sul.", "South America"),
    ("de", "Das Abkommen verbindet Europa und Südamerika.", "South America"),
    ("ru", "Министр провёл переговоры в Европе.", "Europe"),
    ("fr", "Le ministre a fait une tournée en Afrique.", "Africa"),
    ("uk", "Мир на Близькому Сході залишається далеким.", "Middle East"),
    ("de", "Der Gesandte reist in den Nahen Osten.", "Middle East"),
])
def test_continents_and_world_regions_by_their_names_in_each_language(
        language: str, text: str, region: str) -> None:
    assert region in _names(_entities(language, text), EntityLabel.PLACE)


def test_a_title_or_a_common_noun_capitalized_in_a_name_is_no_town() -> None:
    entities = _entities("pt", (
        "O Presidente da Lumária recebeu o Chefe de Estado vizinho. O Plano de Acção prevê "
        "um plano de paz e o Acordo Geral de Paz assinado em Maputo."))
    places = _names(entities, EntityLabel.PLACE, EntityLabel.COUNTRY)
    assert places == {"Maputo"}


def test_a_given_name_that_is_a_town_before_a_surname_that_is_one_is_a_person() -> None:
    entities = _entities("es", "Según el mediador, Marco Santos, las partes siguen hablando.")
    assert "Marco Santos" in _names(entities, EntityLabel.PERSON)
    assert "Santos" not in _names(entities, EntityLabel.PLACE)


def test_a_light_pipeline_document_never_walks_a_dependency_tree() -> None:
    """spaCy's tree accessors on an unparsed doc read unset memory: a Spanish multi-word token
    ("EE. UU.") next to a titled name crashed the whole process. Run in a child process so that
    a crash fails this test instead of the test run."""
    script = (
        "from communique.extract.nlp import load_language_pipeline\n"
        "from communique.extract.entities import extract_entities\n"
        "text = ('Mundo\\nEE. UU. y Korvania negocian en Lindhaven. La delegación de EE. UU., '\n"
        "        'encabezada por el secretario Ramiro Santos, llegó el lunes; Ana Tavares, '\n"
        "        'ministra de Korvania, dirigió la delegación korvana.')\n"
        "entities = extract_entities(load_language_pipeline('es')(text))\n"
        "print(sorted(e.canonical for e in entities if e.label.value == 'person'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Ramiro Santos" in done.stdout and "Ana Tavares" in done.stdout
