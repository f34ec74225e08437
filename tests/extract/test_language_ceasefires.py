"""Split meeting verbs and ceasefires in other languages: ``kamen … in Wien zusammen`` is a
meeting in Vienna; a ceasefire agreed or taking effect is a ceasefire event, with the sentence's
dates and the sides that agreed it, and no place (where it holds is the merge stage's to say)."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import EventMention, EventType

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, language: str, text: str) -> list[EventMention]:
    document = Document(id=f"c-{language}", source="test", text=text, language=language,
                        published=date(2026, 3, 18))
    return list(extractor.annotate_document(document).events)


@pytest.mark.parametrize("text", [
    "Die Außenminister Perus und Chiles kamen am Dienstag in Wien zusammen.",
    "Die Delegationen kamen am Dienstag in Wien zu Gesprächen zusammen.",
    "Die Minister haben sich am Dienstag in Wien getroffen.",
])
def test_german_split_meeting_verb_with_its_place(extractor: Extractor, text: str) -> None:
    (event,) = _events(extractor, "de", text)
    assert event.type is EventType.MEETING and event.place == "Vienna"
    assert [d.value for d in event.dates] == ["2026-03-17"]


def test_german_split_meeting_verb_negated_between_is_no_meeting(extractor: Extractor) -> None:
    assert _events(extractor, "de", "Die Minister kamen am Dienstag in Wien nicht zusammen.") == []


def test_a_split_verb_s_parts_in_two_clauses_are_no_meeting(extractor: Extractor) -> None:
    assert _events(extractor, "de", "Die Minister kamen am Dienstag in Wien an, und die "
                                    "Gespräche blieben zusammen mit allem offen.") == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les ministres se sont réunis mardi à Vienne."),
    ("it", "I ministri si sono riuniti martedì a Vienna."),
])
def test_reflexive_meeting_verbs(extractor: Extractor, language: str, text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.MEETING and event.place == "Vienna"


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Peru und Chile haben am Dienstag eine Waffenruhe vereinbart."),
    ("fr", "Le Pérou et le Chili ont convenu mardi d'un cessez-le-feu immédiat."),
    ("es", "Perú y Chile acordaron el martes un alto el fuego."),
    ("pt", "O Peru e o Chile concordaram com um cessar-fogo na terça-feira."),
    ("ru", "Перу и Чили договорились о прекращении огня во вторник."),
    ("uk", "Перу і Чилі домовилися про припинення вогню у вівторок."),
])
def test_a_ceasefire_agreed_is_a_ceasefire_of_its_sides(extractor: Extractor, language: str,
                                                        text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.CEASEFIRE and event.place is None
    assert set(event.parties) == {"Peru", "Chile"}
    assert [d.value for d in event.dates] == ["2026-03-17"]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Der Waffenstillstand tritt am Mittwoch um Mitternacht in Kraft."),
    ("it", "Il cessate il fuoco è entrato in vigore mercoledì."),
    ("fr", "Le cessez-le-feu est entré en vigueur mercredi à minuit."),
])
def test_a_ceasefire_taking_effect(extractor: Extractor, language: str, text: str) -> None:
    (event,) = _events(extractor, language, text)
    assert event.type is EventType.CEASEFIRE
    assert [d.value for d in event.dates] == ["2026-03-18"]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Die Waffenruhe bleibt am Mittwoch brüchig."),
    ("de", "Der Waffenstillstand tritt am Mittwoch nicht in Kraft."),
    ("ru", "Перемирие не вступило в силу в среду."),
    ("fr", "Le Pérou et le Chili sont convenus mercredi de prolonger un accord de "
           "cessez-le-feu."),
    ("es", "Perú y Chile acordaron el martes abrir una oficina y hablar de muchos asuntos "
           "antes de cualquier alto el fuego."),
])
def test_a_ceasefire_not_agreed_here_is_no_event(extractor: Extractor, language: str,
                                                 text: str) -> None:
    assert [e for e in _events(extractor, language, text)
            if e.type is EventType.CEASEFIRE] == []


def test_talks_named_with_the_ceasefire_are_their_own_event(extractor: Extractor) -> None:
    events = _events(extractor, "fr", "Le Pérou et le Chili ont convenu mardi d'un "
                                      "cessez-le-feu après des pourparlers tenus à Vienne.")
    assert {e.type for e in events} == {EventType.CEASEFIRE, EventType.TALKS}
    assert next(e for e in events if e.type is EventType.TALKS).place == "Vienna"


def test_the_day_it_was_told_does_not_date_the_ceasefire(extractor: Extractor) -> None:
    (event,) = _events(extractor, "fr", "Le ministre a annoncé mardi que le Pérou et le Chili "
                                        "avaient convenu d'un cessez-le-feu.")
    assert event.type is EventType.CEASEFIRE and event.dates == ()
