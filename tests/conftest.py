"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository (published references, ICCMA instances).

    Tests that need it skip, with the reason, when it is absent (a user's clone).
    """
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: published reference material not available")
    return SHARED
