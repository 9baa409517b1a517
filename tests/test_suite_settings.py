"""The suite's own settings: the slow suites it names exist, the profiles are registered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import settings

from tests.conftest import QUICK_EXAMPLES, SLOW


@pytest.mark.parametrize("suite", SLOW)
def test_every_slow_suite_names_a_test_that_exists(repo_root: Path, suite: str) -> None:
    """A renamed file or test would silently leave the quick run slow."""
    path, _, name = suite.partition("::")
    assert (repo_root / path).is_file(), path
    if name:
        source = (repo_root / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {re.escape(name)}\(", source, re.M), suite


def test_the_profiles_differ_only_in_examples() -> None:
    quick, thorough = settings.get_profile("quick"), settings.get_profile("thorough")
    assert quick.max_examples == QUICK_EXAMPLES
    assert thorough.max_examples >= 100  # hypothesis' default: CI never runs fewer
    assert quick.deadline is None and thorough.deadline is None
