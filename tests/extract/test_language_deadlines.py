"""A day written against an expiry word (``vence el 12 de agosto``, ``am 12. August
ausläuft``, ``истекает 12 августа``) is a deadline in every language with a pack; a day after
a bounding word alone (``jusqu'au 12 août``) is not."""

from datetime import date

import pytest

from communique.extract import Extractor
from communique.model import Document
from communique.model.annotations import EventMention, EventType

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, language: str, text: str) -> list[EventMention]:
    document = Document(id=f"d-{language}", source="test", text=text, language=language,
                        published=date(2031, 7, 20))
    return list(extractor.annotate_document(document).events)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Las partes negocian en Lima para extender la tregua que vence el 12 de agosto."),
    ("es", "El objetivo: prorrogar la tregua de 90 días, que expirará el 12 de agosto."),
    ("de", "Die Waffenruhe, die am 12. August ausläuft, soll verlängert werden."),
    ("fr", "La trêve expire le 12 août."),
    ("pt", "A trégua vence em 12 de agosto."),
    ("ru", "Перемирие истекает 12 августа."),
])
def test_a_day_against_an_expiry_word_is_a_deadline(extractor: Extractor, language: str,
                                                    text: str) -> None:
    (deadline,) = [e for e in _events(extractor, language, text)
                   if e.type is EventType.DEADLINE]
    assert [d.value for d in deadline.dates] == ["2031-08-12"] and deadline.place is None


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les négociations ont duré jusqu'au 12 août à Lima."),
    ("es", "La tregua vence pronto; el 12 de agosto se reunirán en Lima."),
])
def test_no_deadline_without_an_expiry_word_next_to_its_day(extractor: Extractor,
                                                            language: str, text: str) -> None:
    assert not [e for e in _events(extractor, language, text) if e.type is EventType.DEADLINE]
