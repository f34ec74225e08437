"""Parts of a parsed doc that spaCy rebuilds on every access, made once and kept on the doc.

``doc.sents`` and ``doc.ents`` make new ``Span`` objects on every access, and every extractor
reads them again (the sentences five times per document, the entities about ten). Each is
kept in ``doc.user_data`` with a fingerprint of the token attributes it is read from (the
sentence starts; the entity tags), so a doc whose entities are set again (the entity fixer
does so) never reads back spans of the entities it had before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

_SENTS = "communique.sents"
_ENTS = "communique.ents"
_ENTITY_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def sentences_of(doc: Doc) -> tuple[SpacySpan, ...]:
    """``tuple(doc.sents)``, made once while the sentence starts stay as they are."""
    return _kept(doc, _SENTS, doc.to_array(SENT_START).tobytes(), lambda: tuple(doc.sents))


def entities_of(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, made once while the entity tags stay as they are."""
    return _kept(doc, _ENTS, doc.to_array(_ENTITY_ATTRS).tobytes(), lambda: tuple(doc.ents))


def _kept(doc: Doc, key: str, mark: bytes,
          make: Callable[[], tuple[SpacySpan, ...]]) -> tuple[SpacySpan, ...]:
    """The spans kept under ``key`` while the token attributes read into ``mark`` are the
    same; else made anew and kept."""
    kept = doc.user_data.get(key)
    if kept is not None and kept[0] == mark:
        return kept[1]  # type: ignore[no-any-return]
    spans = make()
    doc.user_data[key] = (mark, spans)
    return spans
