"""Shared fixtures: where the example corpus and the shared seed articles are."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from spacy.language import Language

    from communique.eval.story import StoryScore
    from communique.extract import Extractor
    from communique.model import Document
    from communique.pipeline import BuildResult

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


def example_inputs(examples_dir: Path) -> list[str]:
    """The article files of the example corpus: ``examples/[0-9]*`` (not README or gold)."""
    return sorted(str(p) for p in examples_dir.glob("[0-9]*"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example corpus (part of the repository)."""
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real seed articles, read from ``../shared/seeds`` beside the checkout."""
    if not SEEDS.is_dir():
        pytest.skip(
            f"seed articles not found at {SEEDS} (they live in ../shared beside the checkout)"
        )
    return SEEDS


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    """Public evaluation data sets under ``../shared/data``."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"evaluation data not found at {data}")
    return data


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline with communique's components, loaded once per test session."""
    from communique.extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_build(seeds_dir: Path) -> BuildResult:
    """The whole pipeline run once over the seed articles (documents, annotations, story)."""
    from communique.pipeline import build

    return build([str(seeds_dir)])


@pytest.fixture(scope="session")
def examples_build(examples_dir: Path) -> BuildResult:
    """The whole pipeline run once over the bundled example corpus (as ``make demo`` does)."""
    from communique.pipeline import build

    return build(example_inputs(examples_dir))


@pytest.fixture(scope="session")
def examples_cleaned(examples_dir: Path) -> BuildResult:
    """The example corpus read, cleaned and marked for duplicates (``story=False``: no
    extraction), once per session for every test that reads the clean documents."""
    from communique.pipeline import BuildOptions, build

    return build(example_inputs(examples_dir), BuildOptions(story=False))


@pytest.fixture(scope="session")
def example_documents(examples_cleaned: BuildResult) -> list[Document]:
    """The example articles read, cleaned and marked for duplicates (no extraction)."""
    return list(examples_cleaned.documents)


@pytest.fixture(scope="session")
def shared_extractor() -> Extractor:
    """The English pipeline with communique's extractors, loaded once per test session."""
    from communique.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def examples_clean(examples_cleaned: BuildResult) -> dict[str, Document]:
    """The example articles as the clean stage leaves them, by gold key (``name``, ``name#N``).

    Extractor gates score these rather than the raw files: the product never runs an extractor
    on raw HTML, JSONL or crawler headers, so neither should its quality gates.
    """
    return {Path(str(d.source)).name: d for d in examples_cleaned.documents}


# Rebuilt dev-story texts: .data/dev-stories/ beside the checkout, or where this points.
DEV_STORIES = Path(os.environ.get("COMMUNIQUE_DEV_STORIES") or REPO / ".data" / "dev-stories")


@pytest.fixture(scope="session")
def dev_story_builds() -> Callable[[str], BuildResult]:
    """Build a real dev story once per session (texts rebuilt into ``.data/dev-stories/``,
    git-ignored); skips with the reason when its texts are absent, as in CI."""
    from communique.pipeline import build

    built: dict[str, BuildResult] = {}

    def get(story: str) -> BuildResult:
        source = DEV_STORIES / f"{story}.jsonl"
        if not source.is_file():
            pytest.skip(f"{source} not found: rebuild the dev story's texts into .data/")
        if story not in built:
            built[story] = build([str(source)])
        return built[story]

    return get


DEV_STORY_NAMES = ("drc-m23", "iran", "thai-cambodia")


@pytest.fixture(scope="session")
def dev_story_scores(dev_story_builds: Callable[[str], BuildResult]
                     ) -> Callable[[str], tuple[dict[str, Any], StoryScore]]:
    """The dossier of a real dev story and its score against the story's gold, computed once
    per session for every gate that reads them (skips as ``dev_story_builds`` does)."""
    from communique.eval._story_gold import load_story_gold
    from communique.eval.story import score_story
    from communique.outputs import build_dossier

    scored: dict[str, tuple[dict[str, Any], StoryScore]] = {}

    def get(story: str) -> tuple[dict[str, Any], StoryScore]:
        if story not in scored:
            result = dev_story_builds(story)
            dossier = build_dossier(result.documents, result.skipped, story=result.story)
            folders = [SHARED / "dev-stories" / story,
                       REPO / "tests" / "gold" / "dev-stories" / story]
            gold = load_story_gold([folder for folder in folders if folder.is_dir()])
            scored[story] = (dossier, score_story(dossier, gold))
        return scored[story]

    return get


@pytest.fixture(scope="module", params=DEV_STORY_NAMES)
def dev_story_scored(request: pytest.FixtureRequest,
                     dev_story_scores: Callable[[str], tuple[dict[str, Any], StoryScore]]
                     ) -> tuple[str, dict[str, Any], StoryScore]:
    """Each real dev story in turn: its name, dossier and score (for gates per story)."""
    story: str = request.param
    dossier, score = dev_story_scores(story)
    return story, dossier, score


# The machines have 2 shared cores: wall-clock deadlines would make property tests flaky.
settings.register_profile("communique", deadline=None, max_examples=200)
settings.load_profile("communique")
