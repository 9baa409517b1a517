"""The branching search for preferred extensions against the brute-force oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import ArgumentationFramework
from argmap.semantics.engines import stable_search
from argmap.semantics.engines.preferred_search import (
    BALANCING,
    COUNTERING,
    SPARING,
    PreferredSearch,
)
from argmap.semantics.engines.sat_encoding import Prepared
from argmap.semantics.engines.sat_enumeration import preferred_extensions
from argmap.semantics.engines.sat_solving import Timer
from tests.semantics.engines.test_stable_search import components
from tests.semantics.oracle import Oracle


def searched(af: ArgumentationFramework, patience: int = 1_000_000) -> list[frozenset[str]]:
    """The preferred extensions of ``af`` through the search, forced even on sparse parts."""
    prepared = Prepared(af)
    return list(preferred_extensions(prepared, Timer(None), degree=0.0, patience=patience))


@settings(max_examples=300, deadline=None)
@given(components())
def test_the_search_finds_the_preferred_extensions_each_once(af: ArgumentationFramework) -> None:
    expected = Oracle(af.arguments, af.attacks).preferred()
    found = searched(af)
    assert len(found) == len(set(found))
    assert set(found) == expected


@settings(max_examples=150, deadline=None)
@given(components(), st.integers(1, 6))
def test_the_solver_takes_over_when_the_search_gives_up(
    af: ArgumentationFramework, patience: int
) -> None:
    expected = Oracle(af.arguments, af.attacks).preferred()
    found = searched(af, patience)
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_search_on_the_bare_framework() -> None:
    # a ↔ b, both attack c, c attacks d: {a, d} and {b, d}
    search = PreferredSearch([0, 1, 0, 1, 2], [1, 0, 2, 2, 3], 4)
    assert list(search.extensions()) == [[0, 3], [1, 3]]
    assert not search.gave_up
    # an odd cycle: the empty set is the one preferred extension
    cycle = PreferredSearch([0, 1, 2], [1, 2, 0], 3)
    assert list(cycle.extensions()) == [[]]
    # a ↔ b with b attacking itself: {a}
    assert list(PreferredSearch([0, 1, 1], [1, 0, 1], 2).extensions()) == [[0]]
    assert list(PreferredSearch([], [], 0).extensions()) == [[]]


def test_an_undefended_argument_is_left_out() -> None:
    # c attacks a, a attacks b, nobody attacks c: {c, b} (the grounded extension)
    search = PreferredSearch([2, 0], [0, 1], 3)
    assert list(search.extensions()) == [[1, 2]]


@settings(max_examples=300, deadline=None)
@given(components(), st.data())
def test_an_admissible_set_holding_the_argument_is_found_iff_one_exists(
    af: ArgumentationFramework, data: st.DataObject
) -> None:
    if not len(af):
        return
    argument = data.draw(st.integers(0, len(af) - 1))
    name = af.arguments[argument]
    accepted = any(name in extension for extension in Oracle(af.arguments, af.attacks).preferred())
    pairs = [(af.index(a), af.index(b)) for a, b in af.sorted_attacks()]
    search = PreferredSearch([a for a, _ in pairs], [b for _, b in pairs], len(af))
    found = search.admissible_containing(argument)
    assert not search.gave_up
    assert (found is not None) == accepted
    if found is not None:
        chosen = set(found)
        attacked = {b for a, b in pairs if a in chosen}
        assert argument in chosen
        assert not chosen & attacked  # conflict-free
        assert all(a in attacked for a, b in pairs if b in chosen)  # defends itself


def test_the_credulous_search_gives_up_after_its_patience() -> None:
    # a 7-cycle: no admissible set holds any argument, which takes a few nodes to show
    n = 7
    search = PreferredSearch(list(range(n)), [(i + 1) % n for i in range(n)], n)
    assert search.admissible_containing(0, patience=0) is None
    assert search.gave_up
    assert search.admissible_containing(0) is None
    assert not search.gave_up


@settings(max_examples=200, deadline=None)
@given(components(), st.sampled_from([1, 3]))
def test_slices_of_nodes_leave_the_preferred_extensions_unchanged(
    af: ArgumentationFramework, slice_nodes: int
) -> None:
    # the search marks the end of each slice, which must never reach its results
    expected = Oracle(af.arguments, af.attacks).preferred()
    pairs = [(af.index(a), af.index(b)) for a, b in af.sorted_attacks()]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stable_search, "SLICE_NODES", slice_nodes)
        search = PreferredSearch([a for a, _ in pairs], [b for _, b in pairs], len(af))
        found = list(search.extensions())
        holding = [search.admissible_containing(a) for a in range(len(af))]
    names = af.arguments
    for a, admissible in enumerate(holding):
        assert (admissible is not None) == any(names[a] in e for e in expected)
        assert admissible is None or a in admissible
    assert {frozenset(names[i] for i in chosen) for chosen in found} == expected
    assert len(found) == len(expected)


@settings(max_examples=200, deadline=None)
@given(
    components(),
    st.sampled_from(
        [(COUNTERING,), (SPARING,), (BALANCING,), (COUNTERING, SPARING), (SPARING, BALANCING)]
    ),
    st.sampled_from([1, 2, 256]),
)
def test_every_order_alone_finds_the_preferred_extensions(
    af: ArgumentationFramework, orders: tuple[int, ...], slice_nodes: int
) -> None:
    # each order is a complete search: taking turns may hand the rest to either,
    # at any node (slices of one node: the orders alternate at every node)
    expected = Oracle(af.arguments, af.attacks).preferred()
    sources, targets = af.attack_positions()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stable_search, "SLICE_NODES", slice_nodes)
        search = PreferredSearch(sources, targets, len(af))
        found = list(search.extensions(orders=orders))
    assert not search.gave_up
    assert len(found) == len(expected)
    assert {frozenset(af.arguments[i] for i in chosen) for chosen in found} == expected


def test_the_orders_differ_on_the_first_admissible_set() -> None:
    # b attacks a and c, c attacks b: {a, c} and {b}. With no threat to counter yet,
    # countering keeps the arguments' order: a first, defended by c. Sparing tries b
    # first: it attacks its only attacker c, so it brings no new threat, where a
    # brings b. Both go on to find the other extension.
    sources, targets = [1, 1, 2], [0, 2, 1]
    countering = list(PreferredSearch(sources, targets, 3).extensions(orders=(COUNTERING,)))
    sparing = list(PreferredSearch(sources, targets, 3).extensions(orders=(SPARING,)))
    assert countering == [[0, 2], [1]]
    assert sparing == [[1], [0, 2]]
    # taken in turn, the first order to find an admissible set goes on alone
    both = PreferredSearch(sources, targets, 3).extensions(orders=(SPARING, COUNTERING))
    assert list(both) == sparing


@settings(max_examples=150, deadline=None)
@given(components())
def test_the_search_over_a_frameworks_rows_is_the_search_over_its_columns(
    af: ArgumentationFramework,
) -> None:
    # The rows a framework keeps (0-based positions) and the attack columns give the
    # same bit sets, hence the same extensions in the same order and the same answers.
    sources, targets = af.attack_positions()
    by_columns = PreferredSearch(sources, targets, len(af))
    by_rows = PreferredSearch.of_rows(af.attackers_of_index, af.targets_of_index)
    assert list(by_rows.extensions()) == list(by_columns.extensions())
    for a in range(len(af)):
        assert by_rows.admissible_containing(a) == by_columns.admissible_containing(a)
