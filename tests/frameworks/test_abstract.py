"""ArgumentationFramework: construction, errors, views, derived frameworks."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import AF, ArgumentationFramework, FrameworkError

ABC = ArgumentationFramework(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "b"), ("a", "b")])


def test_views_of_a_small_framework() -> None:
    assert ABC.arguments == ("a", "b", "c")
    assert ABC.attacks == frozenset({("a", "b"), ("b", "c"), ("c", "b")})
    assert ABC.number_of_attacks() == 3
    assert ABC.attackers("b") == frozenset({"a", "c"})
    assert ABC.targets("a") == frozenset({"b"})
    assert ABC.attacks_between("c", "b") and not ABC.attacks_between("b", "a")
    assert ABC.attackers_of_index == ((), (0, 2), (1,))
    assert ABC.targets_of_index == ((1,), (2,), (1,))
    assert ABC.in_degrees.tolist() == [0, 2, 1]
    assert ABC.sorted_attacks() == [("a", "b"), ("b", "c"), ("c", "b")]
    assert list(ABC) == ["a", "b", "c"] and len(ABC) == 3
    assert "a" in ABC and "z" not in ABC and ["a"] not in ABC
    assert repr(ABC) == "ArgumentationFramework(3 arguments, 3 attacks)"


def test_views_are_read_only() -> None:
    sources, targets = ABC.attack_indices
    with pytest.raises(ValueError, match="read-only"):
        sources[0] = 2
    assert sources.tolist() == [0, 1, 2] and targets.tolist() == [1, 2, 1]
    with pytest.raises(ValueError, match="read-only"):
        ABC.in_degrees[0] = 5


@pytest.mark.parametrize(
    ("arguments", "attacks", "message"),
    [
        (["a", "a"], [], "'a' is listed twice"),
        (["a", 1], [], r"argument 1 is not a string \(int\)"),
        (["a"], [("a", "z")], "names unknown argument 'z'"),
        (["a"], [("z", "a")], "names unknown argument 'z'"),
        (["a"], [("a",)], "is not a pair"),
        (["a"], [("a", ["b"])], "names unknown argument"),
    ],
)
def test_construction_errors_name_the_culprit(
    arguments: list[object], attacks: list[object], message: str
) -> None:
    with pytest.raises(FrameworkError, match=message):
        ArgumentationFramework(arguments, attacks)  # type: ignore[arg-type]


def test_from_indices_builds_the_same_framework() -> None:
    fast = ArgumentationFramework.from_indices(["a", "b", "c"], [0, 1, 2, 0], [1, 2, 1, 1])
    assert fast == ABC
    assert fast.attackers_of_index == ABC.attackers_of_index
    assert hash(fast) == hash(ABC)


@pytest.mark.parametrize(
    ("sources", "targets", "message"),
    [
        ([0, 1], [1], "sources has 2 entries but targets has 1"),
        ([0, 3], [1, 1], r"attack #1 \(3, 1\): sources position 3 is outside 0..2"),
        ([0], [-1], "targets position -1 is outside"),
        ([0.5], [1], "integer positions"),
    ],
)
def test_from_indices_errors(sources: list[float], targets: list[int], message: str) -> None:
    with pytest.raises(FrameworkError, match=message):
        ArgumentationFramework.from_indices(["a", "b", "c"], sources, targets)


def test_index_of_an_unknown_argument_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="'z' is not an argument"):
        ABC.index("z")
    with pytest.raises(KeyError, match="'z' is not an argument"):
        ABC.attackers("z")


def test_equality_ignores_argument_order() -> None:
    reordered = ArgumentationFramework(["c", "b", "a"], [("c", "b"), ("b", "c"), ("a", "b")])
    assert reordered == ABC and hash(reordered) == hash(ABC)
    assert ArgumentationFramework(["a", "b", "c"], [("a", "b")]) != ABC
    assert ArgumentationFramework(["a", "b", "d"], ABC.sorted_attacks()[:1]) != ABC
    assert ABC != "abc"


def test_restrict_keeps_order_and_induced_attacks() -> None:
    part = ABC.restrict(["c", "b"])
    assert part.arguments == ("b", "c")
    assert part.attacks == frozenset({("b", "c"), ("c", "b")})
    with pytest.raises(KeyError, match="'z'"):
        ABC.restrict(["z"])


def test_to_networkx_and_pickle() -> None:
    graph = ABC.to_networkx()
    assert list(graph.nodes) == ["a", "b", "c"]
    assert set(graph.edges) == ABC.attacks
    assert pickle.loads(pickle.dumps(ABC)) == ABC


def test_alias_and_empty_framework() -> None:
    empty = AF([])
    assert len(empty) == 0 and empty.attacks == frozenset()
    assert empty.attackers_of_index == () and empty.number_of_attacks() == 0


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=12).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=40),
        )
    )
)
def test_adjacency_matches_the_attack_relation(case: tuple[int, list[tuple[int, int]]]) -> None:
    n, pairs = case
    names = [f"x{i}" for i in range(n)]
    af = ArgumentationFramework(names, [(names[i], names[j]) for i, j in pairs])
    assert af.attacks == {(names[i], names[j]) for i, j in pairs}
    for j in range(n):
        assert af.attackers_of_index[j] == tuple(sorted({i for i, t in pairs if t == j}))
        assert af.targets_of_index[j] == tuple(sorted({t for i, t in pairs if i == j}))
    sources, targets = af.attack_indices
    assert list(zip(sources.tolist(), targets.tolist(), strict=True)) == sorted(set(pairs))
    assert af.in_degrees.tolist() == [len(row) for row in af.attackers_of_index]
    fast = ArgumentationFramework.from_indices(
        names, np.array([i for i, _ in pairs], dtype=np.int32), [j for _, j in pairs]
    )
    assert fast == af
    for i, j in pairs:
        assert af.attacks_between(names[i], names[j])
