"""Quotes in other languages: the pack's marks and speech verbs, speakers as in English."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.extract.languages._quotes import find_quotes
from communique.lang import language_pack
from communique.model import Document, Span
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

pytestmark = pytest.mark.slow


def _quotes(extractor: Extractor, language: str, text: str) -> list[Quote]:
    document = Document(id=f"t-{language}", source="test", text=text, language=language,
                        published=date(2026, 3, 18))
    quotes = list(extractor.annotate_document(document).quotes)
    for quote in quotes:
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_text
    return quotes


def _one(quotes: list[Quote], words: str) -> Quote:
    (quote,) = [q for q in quotes if words in q.text]
    return quote


def test_german_colon_quote_and_swiss_marks(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "de", (
        "Außenminister Karl Brenner sagte: „Wir werden weiter verhandeln.“\n"
        "Die Lage sei «ernst», so Brenner."))
    direct = _one(quotes, "weiter verhandeln")
    assert direct.kind is QuoteKind.DIRECT and direct.speaker_text
    assert "Brenner" in direct.speaker_text and direct.cue == "sagte"
    assert _one(quotes, "ernst").text == "ernst"


def test_russian_dash_attribution_after_the_quote(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "ru", "«Мы готовы к диалогу», — заявил министр Олег Травин.")
    quote = _one(quotes, "готовы к диалогу")
    assert quote.kind is QuoteKind.DIRECT and quote.speaker_text == "Олег Травин"


def test_french_inverted_pronoun_is_the_previous_sentences_person(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "fr", (
        "Le ministre Paul Ferrandel a répondu aux journalistes à Vienne. "
        "« Nous ne céderons sur aucun point », a-t-il dit."))
    quote = _one(quotes, "ne céderons")
    assert quote.speaker_kind is SpeakerKind.PRONOUN and quote.speaker_text == "Paul Ferrandel"


def test_spanish_partial_quote_takes_the_verbs_subject(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "es", "La portavoz Marta Ruiz habló de un «avance real».")
    quote = _one(quotes, "avance real")
    assert quote.kind is QuoteKind.PARTIAL and quote.speaker_text == "Marta Ruiz"


def test_ukrainian_reported_speech(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "uk",
                     "Міністр Олена Коваль заявила, що переговори тривають без перерви.")
    quote = _one(quotes, "переговори тривають")
    assert quote.kind is QuoteKind.INDIRECT and quote.speaker_text == "Олена Коваль"
    assert quote.text == "переговори тривають без перерви"


def test_portuguese_surname_after_the_quote_is_the_person_named_before(
        extractor: Extractor) -> None:
    quotes = _quotes(extractor, "pt", (
        "O chanceler Paulo Lima chegou a Genebra na terça-feira.\n"
        "\"Não vamos desistir da negociação\", declarou Lima."))
    quote = _one(quotes, "Não vamos desistir")
    assert quote.speaker_text is not None and "Lima" in quote.speaker_text


def test_italian_attribution_cue_without_marks(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "it",
                     "Secondo il ministro Marco Belcastri, l'accordo è ormai molto vicino.")
    quote = _one(quotes, "accordo")
    assert quote.kind is QuoteKind.INDIRECT and quote.speaker_text == "Marco Belcastri"


def test_an_apostrophe_is_no_quotation_mark(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "uk", "Сторони обговорили п’ять питань і розійшлися.")
    assert quotes == []


def test_a_role_noun_after_the_verb_is_the_person_given_that_role(extractor: Extractor) -> None:
    text = ("Der veldrische Ministerpräsident Andrej Zwetkarow traf am Montag Ilse Varnholt. "
            "Die Gespräche dauerten lange. Zum Abschluss sagte der Ministerpräsident: "
            "«Wir haben heute viel erreicht und reden weiter.»")
    quote = _one(_quotes(extractor, "de", text), "viel erreicht")
    assert quote.speaker_text == "Andrej Zwetkarow"
    assert quote.speaker_kind is SpeakerKind.ROLE_NOUN


def test_a_role_noun_then_the_name_in_apposition(extractor: Extractor) -> None:
    text = ("Le président Corin Mabry est arrivé lundi. « Nous avons décidé de créer un "
            "mécanisme de suivi », a déclaré le ministre veldrien des Affaires étrangères, "
            "Ivo Stavnyk.")
    quote = _one(_quotes(extractor, "fr", text), "mécanisme de suivi")
    assert quote.speaker_text == "Ivo Stavnyk"


def test_attribution_after_a_comma_the_splitter_cut_off() -> None:
    text = ('"La Veldra et la Korvanie sont pour une fin immédiate des combats" dans l\'est '
            "du pays, a déclaré Andreï Tsvetkarov.")
    cut = text.index(", a déclaré")
    name = text.index("Andreï")
    mention = EntityMention(name, name + len("Andreï Tsvetkarov"), "Andreï Tsvetkarov",
                            EntityLabel.PERSON, "Andreï Tsvetkarov")
    person = DocEntity("Andreï Tsvetkarov", EntityLabel.PERSON, ("Andreï Tsvetkarov",),
                       (mention,))
    pack = language_pack("fr")
    assert pack is not None
    # the statistical splitter's cut before the comma (as on a real article)
    quotes = find_quotes(text, [Span(0, cut), Span(cut, len(text))], [person], pack)
    assert _one(quotes, "fin immédiate").speaker_text == "Andreï Tsvetkarov"


def test_a_partial_quote_without_a_speaker_goes_on_with_the_sentence_before(
        extractor: Extractor) -> None:
    text = ('"Wir werden uns wieder treffen und weiter darüber sprechen", sagte Viktor Sedlarow. '
            'Natürlich werde bei "Themen, bei denen wir uneins sind" noch zu reden sein.')
    quote = _one(_quotes(extractor, "de", text), "uneins")
    assert quote.speaker_text == "Viktor Sedlarow"


def test_a_titled_name_with_particles_speaks_in_german(extractor: Extractor) -> None:
    text = ("Das sagte der veldrische Ministerpräsident Karim bin Haddad Al Nuri in Wien. "
            "«Solange es keine Einigung gibt, wird nichts geschehen», so Al Nuri.")
    entities = extractor.annotate_document(Document(
        id="t-de", source="test", text=text, language="de",
        published=date(2026, 3, 18))).entities
    assert "Karim bin Haddad Al Nuri" in {e.canonical for e in entities}


def test_a_pronoun_after_a_long_quote_looks_past_the_quotes_own_sentences(
        extractor: Extractor) -> None:
    text = ("Міністр Андрій Цвєткаров назвав очікування від зустрічі.\n\n"
            '"Зустріч відбудеться скоро. Які наші очікування? Конкретні результати. Для нас '
            'важливо досягти перемир’я", - сказав він на пресконференції.')
    quote = _one(_quotes(extractor, "uk", text), "Які наші")
    assert quote.speaker_text == "Андрій Цвєткаров"


def test_a_role_noun_is_the_titled_person_who_has_spoken(extractor: Extractor) -> None:
    text = ("Президент Вельдри Андрій Цвєткаров підписав угоду разом із президентом Корванії "
            'Іваном Седларовим. "Ми завжди хотіли миру, і ми його досягли", — сказав '
            'Цвєткаров. "Це був найскладніший крок за багато років", — сказав президент.')
    quote = _one(_quotes(extractor, "uk", text), "найскладніший")
    assert quote.speaker_text is not None and quote.speaker_text.startswith("Андрій")


def test_a_sentence_pointing_back_at_the_quote_names_its_speaker(extractor: Extractor) -> None:
    text = ("“Le trattative devono continuare senza condizioni. Serve una tregua vera”. "
            "Lo ha scritto su Facebook il ministro degli Esteri Marco Belcastri, prima del "
            "vertice di Lindhaven.")
    quote = _one(_quotes(extractor, "it", text), "trattative devono")
    assert quote.speaker_text == "Marco Belcastri" and quote.cue == "ha scritto"


def test_a_pointing_word_may_take_a_time_before_its_verb(extractor: Extractor) -> None:
    text = ("«Переговоры продолжатся в следующем месяце в Линдхавене». Об этом во вторник "
            "заявил министр иностранных дел Вельдры Олег Травин.")
    quote = _one(_quotes(extractor, "ru", text), "Переговоры продолжатся")
    assert quote.speaker_text == "Олег Травин" and quote.cue == "заявил"


def test_a_role_noun_subject_before_the_verb_is_the_person_given_that_role(
        extractor: Extractor) -> None:
    text = ("Премьер-министр Вельдры Андрей Цветкаров провёл переговоры в Линдхавене. "
            "«Мы готовы к диалогу без условий», — заявил Цветкаров. "
            "Позже глава вельдрского правительства также сообщил, что стороны "
            "согласовали «дорожную карту» урегулирования.")
    quote = _one(_quotes(extractor, "ru", text), "дорожную карту")
    assert quote.speaker_text is not None and "Цветкаров" in quote.speaker_text
    assert quote.speaker_kind is SpeakerKind.ROLE_NOUN


def test_a_quote_opening_the_next_sentence_goes_on_with_the_speaker(
        extractor: Extractor) -> None:
    text = ('"Соглашение откроет путь к миру между нашими странами", - сказал Цветкаров. '
            '"Мы будем работать над этим вместе с нашими партнёрами. Впереди много работы, '
            'и мы к ней готовы".')
    quote = _one(_quotes(extractor, "ru", text), "Мы будем работать")
    assert quote.speaker_text == "Цветкаров"


def test_the_role_nouns_qualifier_picks_among_people_with_that_role(
        extractor: Extractor) -> None:
    text = ("O presidente Paulo Tavares recebeu em Lindhaven a presidente da Comissão "
            "Europeia, Marta Veldrin. \"O acordo é uma conquista\", afirmou Tavares. "
            "\"Foram vinte anos de negociações difíceis\", afirmou a presidente da "
            "Comissão Europeia.")
    quote = _one(_quotes(extractor, "pt", text), "vinte anos")
    assert quote.speaker_text == "Marta Veldrin"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("fr", "« Nous ne céderons pas », a précisé la présidence veldrienne.", "présidence"),
    ("es", "«No habrá más retrasos», dijo el Gobierno veldrio en un comunicado.", "Gobierno"),
    ("it", '"La tregua deve reggere", ha detto il ministero degli Esteri in una nota.',
     "ministero degli Esteri"),
    ("ru", "«Так близко к соглашению мы ещё не были», — отметили в вельдрском МИДе.", "МИДе"),
    ("ru", "МИД Вельдры заявил, что переговоры «идут трудно».", "МИД Вельдры"),
])
def test_a_body_named_by_a_common_noun_speaks(extractor: Extractor, language: str, text: str,
                                             speaker: str) -> None:
    (quote,) = _quotes(extractor, language, text)
    assert quote.speaker_text == speaker
    assert quote.speaker_kind is SpeakerKind.ORGANIZATION


def test_a_body_needs_its_article_and_no_clause_before_it(extractor: Extractor) -> None:
    (quote,) = _quotes(extractor, "es", "«No habrá retrasos», dijo que el Gobierno no cederá.")
    assert quote.speaker_text != "Gobierno"


def test_a_capital_speaks_for_its_government_before_a_verb_or_colon(
        extractor: Extractor) -> None:
    quotes = _quotes(extractor, "fr", "Moscou a affirmé : « Rien ne change pour nous, rien ».")
    assert _one(quotes, "change pour nous").speaker_text == "Moscou"
    quotes = _quotes(extractor, "it", "Mosca: “C’è ancora molto da fare”")
    assert _one(quotes, "molto da fare").speaker_text == "Mosca"


def test_a_latin_name_after_a_cyrillic_speech_verb_is_an_outlet(extractor: Extractor) -> None:
    text = ("Лідер Андрій Цвєткаров оголосив про кінець війни та початок перемир’я, "
            "повідомляє Reuters.")
    annotations = extractor.annotate_document(Document(
        id="t-uk", source="test", text=text, language="uk", published=date(2026, 3, 18)))
    assert "Reuters" not in {e.canonical for e in annotations.entities
                             if e.label is EntityLabel.PERSON}


def test_a_name_after_a_preposition_is_whom_the_words_were_said_to(
        extractor: Extractor) -> None:
    text = ("« Les discussions avancent lentement mais sûrement », a déclaré à l'AFP un "
            "diplomate.")
    (quote,) = _quotes(extractor, "fr", text)
    assert quote.speaker_text != "AFP"


def test_a_subject_written_after_the_verb_is_not_a_dropped_one(extractor: Extractor) -> None:
    text = ("O presidente Paulo Tavares chegou a Lindhaven. \"As partes concordaram em criar "
            "uma comissão conjunta\", diz o texto da declaração.")
    (quote,) = _quotes(extractor, "pt", text)
    assert quote.speaker_text != "Paulo Tavares"


def test_a_body_that_spoke_goes_on_in_the_next_sentences_partial_quote(
        extractor: Extractor) -> None:
    text = ("\"O acordo prevê o fim das hostilidades\", disse o governo veldrio. "
            "Este aguardado \"entendimento resulta de longas conversas\" entre as partes.")
    quote = _one(_quotes(extractor, "pt", text), "entendimento resulta")
    assert quote.speaker_text == "governo"


def test_a_role_naming_no_one_earlier_is_the_next_quotes_named_speaker(
        extractor: Extractor) -> None:
    text = ("L'attaque est une \"trahison\" du processus, a dénoncé, vendredi, le ministre "
            "veldrien des Affaires étrangères, devant le Conseil.\n\n"
            "\"Nous avons été attaqués au milieu d'un processus diplomatique\", a déclaré Ivo "
            "Stavnyk, peu avant sa rencontre.")
    quote = _one(_quotes(extractor, "fr", text), "trahison")
    assert quote.speaker_text == "Ivo Stavnyk" and quote.speaker_kind is SpeakerKind.ROLE_NOUN


def test_a_role_is_not_given_to_a_speaker_sentences_later(extractor: Extractor) -> None:
    text = ("L'attaque est une \"trahison\" du processus, a dénoncé le ministre veldrien. "
            "Les discussions ont repris lundi à Lindhaven. "
            "\"Nous avons été attaqués au milieu d'un processus diplomatique\", a déclaré Ivo "
            "Stavnyk.")
    quote = _one(_quotes(extractor, "fr", text), "trahison")
    assert quote.speaker_text != "Ivo Stavnyk"


def test_spanish_joint_statement_of_two_delegations(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "es", (
        "Las delegaciones del Gobierno de Veldra y del Frente de Liberación de Korvania (FLK) "
        "anunciaron este lunes, en Ostria, que las conversaciones seguirán en marzo.\n"
        "“Se examinará un alto el fuego bilateral en el próximo ciclo”, aseguraron en el "
        "comunicado.\n"
        "Ramiro Santos, jefe de la delegación oficial, viajó después a la capital.\n"
        "Las delegaciones agradecieron “la hospitalidad del país anfitrión”."))
    for words in ("alto el fuego", "la hospitalidad"):
        speaker = _one(quotes, words).speaker_text or ""
        assert "Veldra" in speaker and "FLK" in speaker, speaker


def test_portuguese_joint_subject_is_no_person_named_inside_it(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "pt", (
        "Os presidentes da Veldra, Ana Tavares, e da Korvânia, Ramiro Santos, concordaram "
        "nesta quinta-feira em não usar a força “em nenhuma circunstância”.\n"
        "Os dois países concordaram ainda que “qualquer disputa será resolvida pelo direito "
        "internacional”."))
    for words in ("nenhuma circunstância", "qualquer disputa"):
        speaker = _one(quotes, words).speaker_text or ""
        assert "Veldra" in speaker and "Korvânia" in speaker, speaker


def test_one_side_named_alone_is_no_joint_speaker(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "es", (
        "La delegación de Veldra llegó el lunes a Ostria.\n"
        "“Vamos a firmar pronto”, dijo Ramiro Santos, jefe de la delegación."))
    assert _one(quotes, "firmar pronto").speaker_text == "Ramiro Santos"


def test_italian_role_named_only_later_is_its_holder(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "it", (
        "Il vertice si è chiuso senza accordo.\n"
        "\"Ho incontrato più volte i ribelli. Ho detto loro che sbagliavano\", ha detto il "
        "presidente del Consiglio durante l'incontro con i capigruppo.\n"
        "\"La Veldra ha fatto una scelta precisa: nessuna arma ai ribelli\", ha aggiunto.\n"
        "Il premier Ramiro Santos ha poi spiegato che i colloqui riprenderanno a maggio."))
    for words in ("Ho incontrato", "La Veldra ha fatto"):
        assert _one(quotes, words).speaker_text == "Ramiro Santos"


def test_a_role_is_not_given_to_someone_else_named_first(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "it", (
        "\"Ho incontrato più volte i ribelli\", ha detto il presidente del Consiglio.\n"
        "Il ministro Ana Tavares ha ricevuto Ramiro Santos, che ha detto di essere pronto."))
    assert _one(quotes, "Ho incontrato").speaker_text != "Ramiro Santos"


def test_german_subheading_quote_is_the_next_paragraphs_speaker(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "de", (
        "Die Regierung in Ostria bereitet das Treffen mit Korvania vor.\n\n"
        "„Es ist sinnvoll, sich zu treffen“\n\n"
        "Regierungssprecherin Ana Tavares sagte am Mittwoch, beide Seiten sähen sich "
        "zahlreichen Herausforderungen gegenüber. „Wir wollen reden“, sagte sie."))
    assert _one(quotes, "sinnvoll").speaker_text == "Ana Tavares"


def test_a_name_in_marks_is_no_quote(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "uk", (
        "Посередники між Корванією та рухом «Веларт» зустрілися у вівторок. Міністр Олег "
        "Травін назвав переговори «дуже складними»."))
    assert not [q for q in quotes if q.text == "Веларт"]
    assert _one(quotes, "дуже складними").text == "дуже складними"


def test_a_capitalized_noun_in_marks_stays_a_quote_where_nouns_are_capitalized(
        extractor: Extractor) -> None:
    quotes = _quotes(extractor, "de", (
        "Die Gespräche seien zum «Stillstand» gekommen, sagte Außenminister Karl Brenner."))
    assert _one(quotes, "Stillstand").text == "Stillstand"


def _person(text: str, name: str) -> DocEntity:
    at = text.index(name)
    mention = EntityMention(at, at + len(name), name, EntityLabel.PERSON, name)
    return DocEntity(name, EntityLabel.PERSON, (name,), (mention,))


def test_a_sentence_cut_before_a_comma_keeps_its_attribution_cue() -> None:
    text = ("Selon Ilona Varresk, cet accord ouvre une nouvelle étape pour la région.\n"
            "« Nous tiendrons parole et nous le prouverons », a dit la ministre "
            "Korvanienne des affaires étrangères.")
    cut = text.index(", cet")
    pack = language_pack("fr")
    assert pack is not None
    # the splitter's cut after the name, and the capitalized nationality read as a person
    sentences = [Span(0, cut), Span(cut, text.index("\n")), Span(text.index("«"), len(text))]
    quotes = find_quotes(text, sentences, [_person(text, "Ilona Varresk"),
                                           _person(text, "Korvanienne")], pack)
    reported = _one(quotes, "ouvre une nouvelle étape")
    assert reported.kind is QuoteKind.INDIRECT and reported.speaker_text == "Ilona Varresk"
    direct = _one(quotes, "tiendrons parole")
    assert direct.speaker_text == "Ilona Varresk"
