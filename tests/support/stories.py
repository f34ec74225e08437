"""Stories of every shape the dossier contract allows, for testing what renders them.

Built from the model's type hints (``store.strategies.from_type``), then rewired so that the
references a story holds — evidence articles, contradiction and timeline targets, speakers,
parties, aliases of ids — point at items that exist as often as at strings that do not: the
pages must render both.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import strategies as st

from communique.model import Document
from communique.model.story import Story
from store.strategies import documents, from_type

REFERENCES = frozenset({"about", "ref", "speaker", "party", "affiliation", "of", "article",
                        "parties", "mediators", "attributed_to", "also_in", "articles"})
"""Fields of story items that hold ids (of articles, entities or other items)."""

ARTICLE_IDS = st.text(alphabet="0123456789abcdef", min_size=8, max_size=16).map(
    lambda digits: "a_" + digits)


@st.composite
def stories(draw: st.DrawFn) -> tuple[list[Document], Story]:
    """Documents and a story whose references mix real ids and dangling strings."""
    docs = draw(st.lists(st.builds(lambda d, key: dataclasses.replace(d, id=key), documents,
                                   ARTICLE_IDS),
                         max_size=3, unique_by=lambda d: d.id))
    story = draw(from_type(Story))
    pool = [d.id for d in docs]
    for section in ("entities", "events", "quotes", "claims", "positions"):
        pool += [item.id for item in getattr(story, section)]
    if not pool:
        return docs, story
    known = st.sampled_from(pool)

    def rewire(value: Any, name: str) -> Any:
        if isinstance(value, str) and name in REFERENCES:
            return draw(known | st.just(value))
        if isinstance(value, tuple):
            return tuple(rewire(item, name) for item in value)
        if isinstance(value, dict):
            return {rewire(key, "party"): rewire(item, "speaker") for key, item in value.items()}
        if isinstance(value, list):
            return [rewire(item, name) for item in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{
                f.name: rewire(getattr(value, f.name), f.name)
                for f in dataclasses.fields(value) if f.init})
        return value

    return docs, rewire(story, "")
