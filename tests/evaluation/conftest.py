"""Fixtures of the evaluation tests: the small bilingual debate of the render tests."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap
from tests.render.conftest import sample_map


@pytest.fixture
def sample() -> ArgumentMap:
    """The small bilingual debate (a mutual rebuttal, an undercut, an undermined premise)."""
    return sample_map()
