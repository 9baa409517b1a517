"""The branching search for stable extensions against the brute-force oracle."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from argmap.frameworks import ArgumentationFramework
from argmap.semantics.engines import stable_search
from argmap.semantics.engines.sat_encoding import Prepared
from argmap.semantics.engines.sat_enumeration import stable_extensions
from argmap.semantics.engines.sat_solving import Timer
from argmap.semantics.engines.stable_search import (
    COVERING,
    GIVEN,
    SPARING,
    TICK,
    StableSearch,
    bit_set,
    bit_sets,
    dense,
    take_turns,
)
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


def _columns(af: ArgumentationFramework) -> tuple[list[int], list[int]]:
    pairs = [(af.index(a), af.index(b)) for a, b in af.sorted_attacks()]
    return [a for a, _ in pairs], [b for _, b in pairs]


def _is_stable(af: ArgumentationFramework, chosen: set[int]) -> bool:
    sources, targets = _columns(af)
    attacked = {b for a, b in zip(sources, targets, strict=True) if a in chosen}
    return not chosen & attacked and chosen | attacked == set(range(len(af)))


@settings(max_examples=200, deadline=None)
@given(
    components(),
    st.sampled_from([(COVERING,), (SPARING,), (GIVEN,), (SPARING, COVERING), (GIVEN, SPARING)]),
    st.sampled_from([1, 2, 256]),
)
def test_every_order_alone_finds_the_stable_extensions(
    af: ArgumentationFramework, orders: tuple[int, ...], slice_nodes: int
) -> None:
    # each order is a complete search: taking turns may hand the rest to either,
    # at any node (slices of one node: the orders alternate at every node)
    names = af.arguments
    expected = Oracle(names, af.attacks).stable()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stable_search, "SLICE_NODES", slice_nodes)
        found = list(StableSearch(*_columns(af), len(af)).extensions(orders=orders))
    assert len(found) == len(expected)
    assert {frozenset(names[i] for i in chosen) for chosen in found} == expected


@settings(max_examples=200, deadline=None)
@given(components())
def test_the_first_extension_is_stable_by_definition(af: ArgumentationFramework) -> None:
    first = next(iter(StableSearch(*_columns(af), len(af)).extensions()), None)
    if first is None:
        assert not Oracle(af.arguments, af.attacks).stable()
    else:
        assert _is_stable(af, set(first))


def test_the_first_extension_with_self_attacks_isolated_arguments_and_none() -> None:
    # a attacks itself and b, b ↔ c, c attacks a, d is isolated: {c, d} only
    af = ArgumentationFramework(
        ["a", "b", "c", "d"], [("a", "a"), ("a", "b"), ("b", "c"), ("c", "b"), ("c", "a")]
    )
    assert not _is_stable(af, {1, 3})  # a is left unattacked
    search = StableSearch(*_columns(af), 4)
    assert next(search.extensions()) == [2, 3]
    # the self-attacking 0 defeats 1 and is attacked by nothing: no stable extension
    assert list(StableSearch([0, 0], [0, 1], 2).extensions()) == []


def test_turns_end_with_the_first_search_that_ends() -> None:
    seen: list[str] = []

    def search(name: str, results: list[int]) -> Iterator[int]:
        for result in results:
            seen.append(name)
            yield result

    # the first search ends after one slice: nothing exists, the second stops too
    assert list(take_turns([search("a", [TICK]), search("b", [TICK, TICK, 7])])) == []
    assert seen == ["a", "b"]
    seen.clear()
    # the second finds a set in its second slice, then goes on alone
    both = take_turns([search("a", [TICK, TICK, TICK, 1]), search("b", [TICK, 2, TICK, 3])])
    assert list(both) == [2, 3]
    assert seen == ["a", "b", "a", "b", "b", "b"]


def test_the_orders_take_turns_in_slices() -> None:
    # 40 disjoint pairs a ↔ b: 2**40 extensions, each order finds one at once
    n = 40
    sources = [2 * i for i in range(n)] + [2 * i + 1 for i in range(n)]
    targets = [2 * i + 1 for i in range(n)] + [2 * i for i in range(n)]
    search = StableSearch(sources, targets, 2 * n)
    first = next(search.extensions())
    assert len(first) == n
    assert all((2 * i in first) != (2 * i + 1 in first) for i in range(n))


@example((64, [list(range(64, 0, -1)), [5] * 40, [1, 64]]))  # numerals, repeats, a short row
@given(
    st.integers(1, 300).flatmap(
        lambda size: st.tuples(
            st.just(size),
            st.lists(st.lists(st.integers(1, size), max_size=size + 5), max_size=6),
        )
    )
)
def test_bit_sets_are_the_bit_set_of_each_row(case: tuple[int, list[list[int]]]) -> None:
    size, rows = case
    assert bit_sets(rows, size) == [bit_set(row) for row in rows]


@settings(max_examples=150, deadline=None)
@given(components())
def test_the_search_over_a_frameworks_rows_is_the_search_over_its_columns(
    af: ArgumentationFramework,
) -> None:
    # The rows a framework keeps (0-based positions) and the attack columns give the
    # same bit sets, hence the same extensions in the same order.
    sources, targets = _columns(af)
    by_columns = StableSearch(sources, targets, len(af))
    by_rows = StableSearch.of_rows(af.attackers_of_index, af.targets_of_index)
    assert list(by_rows.extensions()) == list(by_columns.extensions())


@given(
    st.integers(1, 300).flatmap(
        lambda size: st.tuples(
            st.just(size),
            st.lists(st.lists(st.integers(0, size - 1), max_size=size + 5), max_size=6),
        )
    )
)
def test_bit_sets_of_positions_are_those_of_the_variables_one_above(
    case: tuple[int, list[list[int]]],
) -> None:
    size, rows = case
    expected = [sum(1 << p for p in set(row)) for row in rows]
    assert bit_sets(rows, size, base=0) == expected
    assert bit_sets([[p + 1 for p in row] for row in rows], size) == expected
