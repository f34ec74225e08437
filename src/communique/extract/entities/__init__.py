"""Named entities of one parsed document: mentions, canonical names, roles, affiliations.

Public API::

    entities = extract_entities(doc)   # list[DocEntity], in order of first mention

``doc`` should come from :func:`communique.extract.nlp.load_pipeline`, whose
``communique_entity_fixer_v1`` component corrects ``doc.ents``; a doc from a plain spaCy
pipeline is fixed on the fly.
"""

from __future__ import annotations

from communique.extract.entities._build import extract_entities, outside_names
from communique.extract.entities._fixer import COMPONENT as ENTITY_FIXER
from communique.extract.entities._fixer import fix_entities

__all__ = ["ENTITY_FIXER", "extract_entities", "fix_entities", "outside_names"]
