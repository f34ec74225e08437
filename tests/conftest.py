"""Shared fixtures: where the example corpus and the shared seed articles are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example corpus (part of the repository)."""
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real seed articles, read from ``../shared/seeds`` beside the checkout."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (they live in ../shared beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    """Public evaluation data sets under ``../shared/data``."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"evaluation data not found at {data}")
    return data


# The machines have 2 shared cores: wall-clock deadlines would make property tests flaky.
settings.register_profile("communique", deadline=None, max_examples=200)
settings.load_profile("communique")
