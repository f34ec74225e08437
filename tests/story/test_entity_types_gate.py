"""One entity per real person or institution: a name is never two entities of different types.

Gates on the stories built from ``../shared/seeds`` and the bundled example corpus (session
fixtures): measured when set, no name of either story is a person in one entity and an
organization or other in another (before: the seeds had "Rustem Umerov" as both, the examples
five such names). Within each article of both corpora no two entities name one person
(``communique.eval.entities.duplicate_groups``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from communique.eval.entities import NAMED_TYPES, duplicate_groups
from communique.model.story import Story
from communique.pipeline import BuildResult


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _names_with_several_types(story: Story) -> dict[str, set[str]]:
    types: dict[str, set[str]] = defaultdict(set)
    for entity in story.entities:
        if entity.type in NAMED_TYPES:
            types[_fold(entity.name)].add(entity.type)
    return {name: kinds for name, kinds in types.items() if len(kinds) > 1}


def _article_duplicates(result: BuildResult) -> list[list[str]]:
    return [group for annotations in result.annotations
            for group in duplicate_groups(annotations.entities)]


def test_seed_story_has_one_type_per_name(seeds_build: BuildResult) -> None:
    assert seeds_build.story is not None
    assert _names_with_several_types(seeds_build.story) == {}
    assert _article_duplicates(seeds_build) == []


def test_example_story_has_one_type_per_name(examples_build: BuildResult) -> None:
    assert examples_build.story is not None
    assert _names_with_several_types(examples_build.story) == {}
    assert _article_duplicates(examples_build) == []
