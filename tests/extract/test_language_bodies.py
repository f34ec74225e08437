"""Bodies that speak for a country or a side: country adjectives per language, a seat of power
for an executive, a delegation for its side (fictional texts)."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.extract.entities._demonyms import demonym_country
from communique.lang import language_pack
from communique.model import Document
from communique.model.quotes import Quote


@pytest.mark.parametrize(("language", "adjective", "country"), [
    ("fr", "chilienne", "Chile"), ("fr", "russe", "Russia"), ("fr", "américain", "United States"),
    ("es", "noruego", "Norway"), ("es", "austríaco", "Austria"), ("it", "finlandese", "Finland"),
    ("it", "tedesco", "Germany"), ("pt", "queniano", "Kenya"), ("de", "finnische", "Finland"),
    ("de", "französische", "France"), ("ru", "норвежском", "Norway"),
    ("uk", "чилійському", "Chile"),
])
def test_country_adjectives(language: str, adjective: str, country: str) -> None:
    pack = language_pack(language)
    assert pack is not None and demonym_country(adjective, pack) == country


@pytest.mark.parametrize(("language", "word"), [
    ("fr", "nationale"), ("es", "nacional"), ("de", "Finnische"), ("ru", "национальный"),
    ("it", "generale"),
])
def test_no_country_in_common_or_capitalized_words(language: str, word: str) -> None:
    pack = language_pack(language)
    assert pack is not None and demonym_country(word, pack) is None


def _speaker(extractor: Extractor, language: str, text: str, words: str) -> str | None:
    document = Document(id=f"b-{language}", source="test", text=text, language=language,
                        published=date(2026, 3, 18))
    quotes: list[Quote] = list(extractor.annotate_document(document).quotes)
    (quote,) = [q for q in quotes if words in q.text]
    return quote.speaker_text


@pytest.mark.slow
def test_french_presidency_speaks_through_its_seat_for_both_quotes(extractor: Extractor) -> None:
    text = ("Le Kremlin a annoncé mardi une rencontre à Oslo.\n"
            "\"Le ministre Ivo Varga n'est pas invité\" car les invités sont ceux \"des États "
            "qui ont signé l'accord\", a précisé la présidence russe.")
    assert _speaker(extractor, "fr", text, "pas invité") == "Kremlin"
    assert _speaker(extractor, "fr", text, "ont signé") == "Kremlin"


@pytest.mark.slow
def test_russian_ministry_with_a_country_adjective_is_the_country(extractor: Extractor) -> None:
    text = ("Переговоры при посредничестве Норвегии вышли на финальную стадию. "
            "«Мы никогда не были так близки к соглашению», — отметили в норвежском МИДе.")
    assert _speaker(extractor, "ru", text, "так близки") == "Норвегии"


@pytest.mark.slow
def test_german_army_named_earlier_with_its_adjective(extractor: Extractor) -> None:
    text = ("Finnland schickt Unterhändler nach Tallinn.\n"
            "Die finnische Armee hat am Montag eine Delegation entsandt. Die Gesandten sollen "
            "„die Einzelheiten der Feuerpause klären“, die bisher nie gehalten habe, erklärte "
            "die Armee am Dienstag.")
    assert _speaker(extractor, "de", text, "Einzelheiten") == "Finnland"


@pytest.mark.slow
def test_spanish_delegation_speaks_for_its_side(extractor: Extractor) -> None:
    text = ("El senador Tomás Ibarra habló con la prensa en Quito.\n"
            "Por su parte, la delegación del FRV se mostró «dispuesta a seguir hablando con "
            "todas las partes».")
    assert _speaker(extractor, "es", text, "dispuesta a seguir") == "FRV"


@pytest.mark.slow
def test_portuguese_pronoun_subject_passes_over_the_person_it_thanks(
        extractor: Extractor) -> None:
    text = ("O chanceler Rui Tavares recebeu os jornalistas em Lisboa.\n"
            "Depois, a ministra Helena Moura também se pronunciou. Segundo ela, o tratado é "
            "\"uma conquista de todos\". Nesse contexto, ela agradeceu "
            "ao chanceler Rui Tavares pelo esforço.\n"
            "\"Foram anos de trabalho e de paciência\", afirmou.")
    assert _speaker(extractor, "pt", text, "anos de trabalho") == "Helena Moura"


@pytest.mark.slow
def test_a_country_after_a_role_word_owns_it_and_does_not_speak(extractor: Extractor) -> None:
    text = ("\"Переговори тривають\", - написав Остап Гнатюк.\n"
            "\"Я прошу всіх діяти швидко та рішуче\", - наголосив лідер США.")
    assert _speaker(extractor, "uk", text, "діяти швидко") == "Остап Гнатюк"


@pytest.mark.slow
def test_a_relative_clause_after_the_subject_lists_no_speaker(extractor: Extractor) -> None:
    text = ("Le négociateur en chef, Paul Ferrandel, qui a reçu à Vienne la ministre Ana "
            "Kovalska et le ministre Ivo Stavnyk, a dit : « cette étape est un moment "
            "important pour la région ».")
    assert _speaker(extractor, "fr", text, "cette étape") == "Paul Ferrandel"
