"""Claims pooled over one article per outlet, some in other languages: the fixture of the
tests that pool a foreign reading with hand-made English claims (tests/merge)."""

from __future__ import annotations

from dataclasses import replace

from communique.extract.languages import language_reader
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge.claims import build_claims
from communique.model import Span
from communique.model.claims import Claim
from communique.model.story import StoryClaim, StoryEntity

from support.synthetic import annotations, doc


def pooled(*items: tuple[str, str, list[Claim] | None],
           entities: tuple[StoryEntity, ...] = ()) -> list[StoryClaim]:
    """The story claims of ``(language, text, English claims)`` items, one article per
    outlet (an article's several texts, joined by a space, when one outlet repeats); a foreign
    text's claims are its language reader's (``None``), so what is tested is that reading and
    its pooling, with no NLP model. ``entities``: the story's resolved entities (their
    aliases link a name's spellings across languages)."""
    docs, notes = [], []
    for n, (language, text, claims) in enumerate(items):
        doc_id = f"a{n}"
        if claims is None:
            reader = language_reader(language)
            assert reader is not None
            claims = reader.claims(text, [Span(0, len(text))])
            assert claims, text
        docs.append(replace(doc(doc_id, text, f"{doc_id}.example", "2031-05-12"),
                            language=language))
        notes.append(annotations(doc_id, text, claims=tuple(claims)))
    found, _ = build_claims(Corpus(docs, notes), Countries(["Korvania", "Veldra", "Tirasol"]),
                            entities=entities)
    return found
