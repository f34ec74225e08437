"""Speaker mentions in languages with a pack: a word in lower case is never a name."""

from __future__ import annotations

from communique.clean._document import clean_article
from communique.extract import Extractor
from communique.model import RawArticle


def test_a_lower_case_word_read_as_an_acronym_never_speaks(extractor: Extractor) -> None:
    text = ("La ONU observa el diálogo en Lindhaven.\n"
            "Tras la reunión, la delegación subrayó haber alcanzado un «acuerdo amplio» "
            "con la otra parte y abre una nueva etapa.\n")
    document = clean_article(RawArticle(source="t", text=text))
    quotes = extractor.annotate(document, extractor.nlp(document.text)).quotes
    quote = next(q for q in quotes if q.text.startswith("acuerdo amplio"))
    assert quote.speaker_text != "un"
