"""The branching search for stable extensions against the brute-force oracle."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import ArgumentationFramework
from argmap.semantics.engines.sat_encoding import Prepared
from argmap.semantics.engines.sat_enumeration import stable_extensions
from argmap.semantics.engines.sat_solving import Timer
from argmap.semantics.engines.stable_search import StableSearch, dense
from argmap.semantics.types import SolverTimeout
from tests.semantics.oracle import Oracle


@st.composite
def components(draw: st.DrawFn) -> ArgumentationFramework:
    """Frameworks made of up to three random parts joined by a few one-way attacks:
    several strongly connected components, self-attacks, empty parts."""
    names: list[str] = []
    attacks: set[tuple[str, str]] = set()
    for part in range(draw(st.integers(0, 3))):
        size = draw(st.integers(0, 4))
        local = [f"p{part}a{i}" for i in range(size)]
        if local:
            pairs = st.tuples(st.sampled_from(local), st.sampled_from(local))
            attacks |= draw(st.sets(pairs, max_size=size * size))
        if names and local:
            pairs = st.tuples(st.sampled_from(names), st.sampled_from(local))
            attacks |= draw(st.sets(pairs, max_size=2))
        names += local
    return ArgumentationFramework(names, sorted(attacks))


def searched(af: ArgumentationFramework, patience: int = 1_000_000) -> list[frozenset[str]]:
    """The stable extensions of ``af`` through the search, forced even on sparse parts."""
    prepared = Prepared(af)
    return list(stable_extensions(prepared, Timer(None), degree=0.0, patience=patience))


@settings(max_examples=300, deadline=None)
@given(components())
def test_the_search_finds_the_stable_extensions_each_once(af: ArgumentationFramework) -> None:
    expected = Oracle(af.arguments, af.attacks).stable()
    found = searched(af)
    assert len(found) == len(set(found))
    assert set(found) == expected


@settings(max_examples=150, deadline=None)
@given(components(), st.integers(1, 4))
def test_the_solver_takes_over_when_the_search_gives_up(
    af: ArgumentationFramework, patience: int
) -> None:
    expected = Oracle(af.arguments, af.attacks).stable()
    found = searched(af, patience)
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_search_on_the_bare_framework() -> None:
    # a ↔ b, both attack c, c attacks d: {a, d} and {b, d}
    search = StableSearch([0, 1, 0, 1, 2], [1, 0, 2, 2, 3], 4)
    assert list(search.extensions()) == [[0, 3], [1, 3]]
    assert not search.gave_up
    # an odd cycle has no stable extension; with patience 0 the search gives up
    cycle = StableSearch([0, 1, 2], [1, 2, 0], 3)
    assert list(cycle.extensions()) == []
    assert not cycle.gave_up
    assert list(cycle.extensions(patience=0)) == []
    assert cycle.gave_up


def test_a_self_attacking_argument_is_never_chosen() -> None:
    # a attacks itself and b, b attacks a: {b} is the only stable extension
    search = StableSearch([0, 0, 1], [0, 1, 0], 2)
    assert list(search.extensions()) == [[1]]
    lonely = StableSearch([0], [0], 1)
    assert list(lonely.extensions()) == []


def test_the_order_is_fixed() -> None:
    names = [f"a{i}" for i in range(12)]
    attacks = [
        (names[i], names[j]) for i in range(12) for j in range(12) if (i * 7 + j * 3) % 5 == 0
    ]
    af = ArgumentationFramework(names, attacks)
    first = searched(af)
    assert first == searched(af)
    assert set(first) == Oracle(af.arguments, af.attacks).stable()


def test_dense_frameworks_only() -> None:
    assert dense(160, 10)
    assert not dense(159, 10)
    assert not dense(0, 0)


def test_the_deadline_is_checked_during_the_search() -> None:
    # a framework whose search visits many nodes: 30 disjoint pairs a ↔ b
    names = [f"{side}{i}" for i in range(30) for side in "ab"]
    attacks = [(f"a{i}", f"b{i}") for i in range(30)] + [(f"b{i}", f"a{i}") for i in range(30)]
    af = ArgumentationFramework(names, attacks)
    prepared = Prepared(af)
    past = Timer(time.monotonic() - 1)
    with pytest.raises(SolverTimeout):
        for _ in stable_extensions(prepared, past, degree=0.0):
            pass
