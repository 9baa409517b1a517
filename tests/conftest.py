"""Fixtures shared by the whole suite, the hypothesis profiles and the slow suites.

Hypothesis profiles, chosen by the environment variable ``HYPOTHESIS_PROFILE``:

* ``thorough`` (the default; ``make test`` and CI): every property test runs the
  number of examples it asks for (100 when it does not say), without deadline (the
  machines running the suite are shared: a slow example is not a failure);
* ``quick`` (``make test-quick``, for development): at most
  :data:`QUICK_EXAMPLES` examples per property test, whatever it asks for.

The suites in :data:`SLOW` are marked ``slow``: ``pytest -m "not slow"`` leaves them
out (``make test-quick`` does, and leaves out the browser tests too).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

QUICK_EXAMPLES = 10
"""Examples per property test under the ``quick`` profile."""

settings.register_profile("thorough", deadline=None, print_blob=True)
settings.register_profile("quick", max_examples=QUICK_EXAMPLES, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "thorough")
settings.load_profile(PROFILE)

SLOW: tuple[str, ...] = (
    # property tests against the brute-force oracles, hundreds of frameworks each
    "tests/semantics/test_properties.py",
    "tests/semantics/test_structured_postulates.py",
    "tests/semantics/test_sat_engine.py::test_extensions_match_the_oracle",
    "tests/semantics/test_sat_engine.py::test_acceptance_and_witnesses_match_the_oracle",
    "tests/semantics/test_grounded.py::test_grounded_is_the_least_fixpoint_of_the_characteristic_function",
    "tests/semantics/test_scc.py::test_components_match_networkx_and_come_in_attack_order",
    "tests/frameworks/structured/test_against_pyarg.py",
    "tests/io/argdown/test_writer.py::test_round_trip_of_anything_argdown_carries",
    "tests/io/argdown/test_writer.py::test_round_trip_of_quoted_maps",
    # whole programs in subprocesses: the reference Argdown parser, Graphviz under
    # several hash seeds, a support chain past the recursion limit, a wheel, a kernel
    "tests/io/argdown/test_reference.py",
    "tests/render/test_terminal.py::test_outline_of_a_support_chain_deeper_than_the_recursion_limit",
    "tests/render/test_layout.py::test_report_timeout_also_bounds_the_layout",
    "tests/cli/test_cli.py::test_console_script_and_module_entry_points",
)
"""The suites (files, or single tests) marked ``slow``: together most of the suite's time."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the :data:`SLOW` suites; under the quick profile, cap every property test."""
    for item in items:
        if any(_within(item.nodeid, suite) for suite in SLOW):
            item.add_marker(pytest.mark.slow)
        if PROFILE == "quick":
            _cap_examples(item)


def _within(nodeid: str, suite: str) -> bool:
    return nodeid == suite or nodeid.startswith((suite + "::", suite + "["))


def _cap_examples(item: pytest.Item) -> None:
    """At most :data:`QUICK_EXAMPLES` examples for a property test, even one that asks
    for more (hypothesis reads a test's settings from this attribute at each call)."""
    test = getattr(item, "obj", None)
    own = getattr(test, "_hypothesis_internal_use_settings", None)
    if own is not None and own.max_examples > QUICK_EXAMPLES:
        test._hypothesis_internal_use_settings = settings(own, max_examples=QUICK_EXAMPLES)


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
