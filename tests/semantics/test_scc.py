"""Strongly connected components and the SCC-recursive schema."""

from __future__ import annotations

import networkx as nx
import numpy as np
from hypothesis import given, settings

from argmap.frameworks import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.conflict_free import naive_indices
from argmap.semantics.scc import scc_recursive_extensions, strongly_connected_components
from tests.semantics.conftest import frameworks


@settings(max_examples=300, deadline=None)
@given(frameworks(max_arguments=10))
def test_components_match_networkx_and_come_in_attack_order(af: ArgumentationFramework) -> None:
    components = strongly_connected_components(Adjacency.of(af))
    expected = {
        frozenset(af.index(a) for a in component)
        for component in nx.strongly_connected_components(af.to_networkx())
    }
    assert {frozenset(c) for c in components} == expected
    assert all(c == sorted(c) for c in components)
    position = {a: k for k, component in enumerate(components) for a in component}
    for source, target in af.attacks:
        assert position[af.index(source)] <= position[af.index(target)]


def test_a_long_chain_has_one_component_per_argument_without_recursion() -> None:
    n = 50_000
    af = ArgumentationFramework.from_indices(
        [str(i) for i in range(n)], np.arange(n - 1), np.arange(1, n)
    )
    components = strongly_connected_components(Adjacency.of(af))
    assert components == [[i] for i in range(n)]


def test_the_schema_walks_thousands_of_components() -> None:
    n = 3_000
    af = ArgumentationFramework.from_indices(
        [str(i) for i in range(n)], np.arange(n - 1), np.arange(1, n)
    )
    (only,) = scc_recursive_extensions(Adjacency.of(af), naive_indices)
    assert only == frozenset(range(0, n, 2))


def test_induced_adjacency_renumbers_and_remembers_members() -> None:
    af = ArgumentationFramework(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "b")])
    part = Adjacency.of(af).induced([3, 1, 2])
    assert part.members == (1, 2, 3)
    assert part.attackers == ((1,), (0,), ())
    assert part.targets == ((1,), (0,), ())
    assert [af.arguments[m] for m in part.members] == ["b", "c", "d"]
