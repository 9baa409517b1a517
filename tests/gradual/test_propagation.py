"""The shared machinery: levels, forward propagation, iteration, RK4, convergence reports."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import GradualError, GradualSemantics, Method, strengths
from argmap.gradual.df_quad import _df_quad_update
from argmap.gradual.propagation import (
    FloatArray,
    Neighbourhood,
    Update,
    cycle_witness,
    solve,
    topological_levels,
)


def support_attack_cycle(size: int = 10) -> WeightedBipolarGraph:
    """Potyka's 'Cycles' example: A supports every Bi, every Bi supports every Cj,
    every Cj attacks A; base score 1 for A, 0 elsewhere."""
    weights = {"A": 1.0} | {f"B{i}": 0.0 for i in range(size)} | {f"C{i}": 0.0 for i in range(size)}
    supports = [("A", f"B{i}") for i in range(size)]
    supports += [(f"B{i}", f"C{j}") for i in range(size) for j in range(size)]
    attacks = [(f"C{j}", "A") for j in range(size)]
    return WeightedBipolarGraph(weights, attacks, supports)


def stock_example() -> WeightedBipolarGraph:
    """Potyka's stock example (cyclic: Buy and Sell attack each other)."""
    return WeightedBipolarGraph(
        {"Buy": 0.5, "Sell": 0.5, "1": 0.8, "2": 0.7, "3": 0.3, "4": 0.9, "5": 0.9},
        attacks=[("2", "1"), ("3", "2"), ("4", "3"), ("5", "1"), ("Buy", "Sell"), ("Sell", "Buy")],
        supports=[("1", "Sell"), ("2", "Buy"), ("4", "2"), ("5", "Buy")],
    )


def test_plain_iteration_oscillates_and_says_so() -> None:
    result = strengths(support_attack_cycle(), "quadratic-energy", method="discrete", max_iter=500)
    assert result.method is Method.DISCRETE
    assert not result.converged
    assert result.iterations == 500
    assert result.residual > 0.5  # a two-cycle between far-apart states


def test_auto_switches_to_the_continuous_model_when_iteration_stalls() -> None:
    result = strengths(support_attack_cycle(), "quadratic-energy")
    assert result.method is Method.CONTINUOUS
    assert result.converged and result.residual <= result.tolerance
    # Potyka's equilibrium (Uncertainpy notebook, RK4): A ~ 0.2247 when stopped at 1e-3.
    assert result["A"] == pytest.approx(0.22409, abs=1e-4)
    assert result["B0"] == pytest.approx(result["B9"], abs=1e-12)


def test_continuous_and_discrete_reach_the_same_fixed_point() -> None:
    for semantics in ("df-quad", "quadratic-energy", "euler", "mlp", "quad"):
        discrete = strengths(stock_example(), semantics, method="discrete")
        continuous = strengths(stock_example(), semantics, method="continuous")
        assert discrete.converged and continuous.converged
        for a in discrete:
            assert discrete[a] == pytest.approx(continuous[a], abs=1e-8), (semantics, a)


def test_too_few_iterations_is_not_convergence() -> None:
    result = strengths(stock_example(), "df-quad", method="discrete", max_iter=3)
    assert not result.converged and result.iterations == 3 and result.residual > 1e-10
    rk4 = strengths(stock_example(), "df-quad", method="continuous", max_iter=3)
    assert not rk4.converged and rk4.iterations == 3


def test_forward_is_exact_and_refuses_cycles() -> None:
    chain = WeightedBipolarGraph({"a": 1.0, "b": 1.0, "c": 1.0}, [("a", "b"), ("b", "c")])
    result = strengths(chain, "h-categorizer", method="forward")
    assert (result["a"], result["b"], result["c"]) == (1.0, 0.5, 1.0 / 1.5)
    assert result.method is Method.FORWARD and result.iterations == 3 and result.residual == 0.0
    with pytest.raises(GradualError, match=r"\['Buy', 'Sell'\] lie on a cycle"):
        strengths(stock_example(), "df-quad", method="forward")


def test_auto_on_acyclic_graph_uses_forward_and_matches_iteration() -> None:
    g = WeightedBipolarGraph(
        {"a": 0.3, "b": 0.6, "c": 0.9, "d": 0.2},
        attacks=[("a", "b"), ("b", "d")],
        supports=[("c", "b"), ("c", "d"), ("a", "d")],
    )
    for semantics in ("df-quad", "quad", "euler", "quadratic-energy", "mlp"):
        forward = strengths(g, semantics)
        discrete = strengths(g, semantics, method="discrete")
        assert forward.method is Method.FORWARD and discrete.method is Method.DISCRETE
        for a in g:
            assert forward[a] == pytest.approx(discrete[a], abs=1e-12)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"tol": 0.0}, "tol must be positive"),
        ({"max_iter": 0}, "max_iter must be at least 1"),
        ({"step": -1.0}, "step must be positive"),
        ({"method": "newton"}, "unknown method 'newton'"),
    ],
)
def test_bad_options_are_named(option: dict[str, object], message: str) -> None:
    with pytest.raises(GradualError, match=message):
        strengths(stock_example(), "df-quad", **option)  # type: ignore[arg-type]


def test_empty_graph() -> None:
    result = strengths(WeightedBipolarGraph({}), "df-quad")
    assert result.converged and len(result) == 0 and result.method is Method.FORWARD


def test_topological_levels_and_cycles() -> None:
    g = WeightedBipolarGraph(
        {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0},
        attacks=[("a", "c"), ("b", "c")],
        supports=[("c", "d"), ("a", "d")],
    )
    levels = topological_levels(g)
    assert levels is not None
    assert [sorted(level.tolist()) for level in levels] == [[0, 1], [2], [3]]
    assert cycle_witness(g) == []
    self_support = WeightedBipolarGraph({"a": 1.0, "b": 1.0}, supports=[("a", "a")])
    assert topological_levels(self_support) is None
    assert cycle_witness(self_support) == ["a"]


def test_neighbourhood_aggregations() -> None:
    g = WeightedBipolarGraph(
        {"a": 0.5, "b": 1.0, "c": 0.25, "d": 0.5},
        attacks=[("b", "a"), ("c", "a")],
        supports=[("c", "d"), ("d", "a")],
    )
    nb = Neighbourhood.of(g)
    s = np.array([0.5, 1.0, 0.25, 0.5])
    assert nb.attack_sum(s).tolist() == [1.25, 0.0, 0.0, 0.0]
    assert nb.attack_max(s).tolist() == [1.0, 0.0, 0.0, 0.0]
    assert nb.attack_complement_product(s).tolist() == [0.0, 1.0, 1.0, 1.0]
    assert nb.support_complement_product(s).tolist() == [0.5, 1.0, 1.0, 0.75]
    assert nb.energy(s).tolist() == [-0.75, 0.0, 0.0, 0.25]
    assert nb.attacker_count.tolist() == [2, 0, 0, 0]
    part = Neighbourhood.of(g, np.array([3], dtype=np.int64))
    assert part.support_sum(s).tolist() == [0.25] and part.weights.tolist() == [0.5]


def test_result_views() -> None:
    result = strengths(stock_example(), GradualSemantics.DF_QUAD)
    assert list(result) == list(stock_example().arguments)
    with pytest.raises(TypeError):
        result.strengths["Buy"] = 0.0  # type: ignore[index]
    tiers = result.ranking()
    assert tiers[0] == {"Buy"}
    assert frozenset().union(*tiers) == set(stock_example().arguments)
    assert {"4", "5"} in tiers  # equal strengths share a tier
    assert all(0.0 <= v <= 1.0 for v in result.strengths.values())


def test_a_step_too_large_for_rk4_is_halved() -> None:
    reference = strengths(support_attack_cycle(), "quadratic-energy", method="continuous")
    coarse = strengths(support_attack_cycle(), "quadratic-energy", method="continuous", step=40.0)
    assert coarse.converged
    for a in reference:
        assert coarse[a] == pytest.approx(reference[a], abs=1e-8)


# -- long chains: work linear in the size of the graph ----------------------------------
def counting(update: Update, seen: list[int]) -> Update:
    """``update`` that adds the length of every strength vector it is given to ``seen``."""

    def counted(values: FloatArray, nb: Neighbourhood) -> FloatArray:
        seen.append(len(values))
        return update(values, nb)

    return counted


def chain(n: int, *, cycle: bool = False, support: bool = False) -> WeightedBipolarGraph:
    """``a0 ← a1 ← … ← a(n-1)`` (attacks, or supports), optionally with ``a(n-1)``
    and ``b`` attacking each other at the far end."""
    names = [f"a{i}" for i in range(n)]
    weights = dict.fromkeys(names, 0.5) | ({"b": 0.7} if cycle else {})
    links = [(names[i + 1], names[i]) for i in range(n - 1)]
    loop = [(names[-1], "b"), ("b", names[-1])] if cycle else []
    if support:
        return WeightedBipolarGraph(weights, attacks=loop, supports=links)
    return WeightedBipolarGraph(weights, attacks=links + loop)


@pytest.mark.parametrize(
    ("graph", "method"),
    [
        (chain(1_500), Method.FORWARD),
        (chain(1_500, support=True), Method.FORWARD),
        (chain(1_500, cycle=True), Method.DISCRETE),
    ],
    ids=["attack-chain", "support-chain", "chain-below-a-cycle"],
)
def test_df_quad_on_a_long_chain_does_work_linear_in_the_graph(
    graph: WeightedBipolarGraph, method: Method
) -> None:
    seen: list[int] = []
    result = solve(
        graph,
        counting(_df_quad_update, seen),
        semantics=GradualSemantics.DF_QUAD,
        method="auto",
        tol=1e-10,
        max_iter=10_000,
        step=0.5,
    )
    assert result.method is method and result.converged
    # Each level (or group of cycles) is given the strengths of its parents only:
    # a few values per argument in all, not the whole graph once per level.
    size = len(graph) + len(graph.attacks) + len(graph.supports)
    assert sum(seen) <= 6 * size + 1_000
    exact = strengths(graph, "df-quad", method="discrete")
    assert exact.converged
    assert max(abs(result[a] - exact[a]) for a in graph) <= 1e-9
