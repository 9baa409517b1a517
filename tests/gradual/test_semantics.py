"""Each gradual semantics against a textbook oracle: the formula, one argument at a time.

The oracle evaluates the recursive definitions literally (Python floats, loops,
memoised recursion over parents) on random acyclic graphs, base scores drawn
from ``[0, 1]`` including both bounds; the vectorised engine must agree. On random
cyclic graphs, a converged result must be a fixed point of the same formulas.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import AF
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import (
    SEMANTICS,
    GradualError,
    GradualSemantics,
    Method,
    df_quad,
    euler_based,
    h_categorizer,
    mlp_based,
    quad,
    quadratic_energy,
    strengths,
    weighted_card_based,
    weighted_h_categorizer,
    weighted_max_based,
)

Local = Callable[[float, list[float], list[float], list[float]], float]
"""``f(w, attacker strengths, supporter strengths, attacker base scores)``."""


def _prod(values: list[float]) -> float:
    return math.prod(1.0 - v for v in values)


def _card(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    alive = [s for s, wb in zip(att, att_w, strict=True) if wb > 0]
    if not alive:
        return w
    return w / (1 + len(alive) + sum(alive) / len(alive))


def _quad(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    f_att = w * _prod(att)
    f_sup = 1 - (1 - w) * _prod(sup)
    if att and sup:
        return (f_att + f_sup) / 2
    return f_att if att else f_sup if sup else w


def _dfquad(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    va, vs = 1 - _prod(att), 1 - _prod(sup)
    return w - w * (va - vs) if va >= vs else w + (1 - w) * (vs - va)


def _euler(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    energy = sum(sup) - sum(att)
    return 1 - (1 - w * w) / (1 + w * math.exp(energy))


def _h(x: float) -> float:
    x = max(0.0, x)
    return x * x / (1 + x * x)


def _qe(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    energy = sum(sup) - sum(att)
    return w - w * _h(-energy) + (1 - w) * _h(energy)


def _mlp(w: float, att: list[float], sup: list[float], att_w: list[float]) -> float:
    if w in (0.0, 1.0):
        return w
    x = math.log(w / (1 - w)) + sum(sup) - sum(att)
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    return math.exp(x) / (1 + math.exp(x))


ORACLE: dict[GradualSemantics, Local] = {
    GradualSemantics.H_CATEGORIZER: lambda w, att, sup, aw: 1 / (1 + sum(att)),
    GradualSemantics.WEIGHTED_H_CATEGORIZER: lambda w, att, sup, aw: w / (1 + sum(att)),
    GradualSemantics.MAX_BASED: lambda w, att, sup, aw: w / (1 + max(att, default=0.0)),
    GradualSemantics.CARD_BASED: _card,
    GradualSemantics.QUAD: _quad,
    GradualSemantics.DF_QUAD: _dfquad,
    GradualSemantics.EULER: _euler,
    GradualSemantics.QUADRATIC_ENERGY: _qe,
    GradualSemantics.MLP: _mlp,
}
ATTACK_ONLY = list(ORACLE)[:4]


def oracle_step(
    semantics: GradualSemantics, graph: WeightedBipolarGraph, s: dict[str, float], a: str
) -> float:
    att = sorted(graph.attackers(a))
    sup = sorted(graph.supporters(a))
    return ORACLE[semantics](
        graph.weight(a), [s[b] for b in att], [s[b] for b in sup], [graph.weight(b) for b in att]
    )


def oracle_acyclic(semantics: GradualSemantics, graph: WeightedBipolarGraph) -> dict[str, float]:
    @cache
    def value(a: str) -> float:
        parents = graph.attackers(a) | graph.supporters(a)
        return oracle_step(semantics, graph, {b: value(b) for b in parents}, a)

    return {a: value(a) for a in graph.arguments}


BASE_SCORES = st.one_of(st.sampled_from([0.0, 1.0, 0.5]), st.floats(0.0, 1.0))


@st.composite
def graphs(draw: Any, bipolar: bool, acyclic: bool) -> WeightedBipolarGraph:
    n = draw(st.integers(1, 7))
    names = [f"a{i}" for i in range(n)]
    kinds = ["-", "-", "att", "sup"] if bipolar else ["-", "att"]
    attacks, supports = [], []
    for i in range(n):
        for j in range(n):
            if acyclic and i >= j:
                continue
            kind = draw(st.sampled_from(kinds))
            if kind == "att":
                attacks.append((names[i], names[j]))
            elif kind == "sup":
                supports.append((names[i], names[j]))
    return WeightedBipolarGraph({a: draw(BASE_SCORES) for a in names}, attacks, supports)


@pytest.mark.parametrize("semantics", list(ORACLE), ids=lambda s: s.value)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_forward_matches_the_textbook_definition(
    semantics: GradualSemantics, data: st.DataObject
) -> None:
    graph = data.draw(graphs(bipolar=semantics not in ATTACK_ONLY, acyclic=True))
    result = strengths(graph, semantics)
    assert result.converged and result.method is Method.FORWARD
    expected = oracle_acyclic(semantics, graph)
    for a in graph.arguments:
        assert result[a] == pytest.approx(expected[a], abs=1e-12), a


@pytest.mark.parametrize("semantics", list(ORACLE), ids=lambda s: s.value)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_converged_results_on_cycles_are_fixed_points(
    semantics: GradualSemantics, data: st.DataObject
) -> None:
    graph = data.draw(graphs(bipolar=semantics not in ATTACK_ONLY, acyclic=False))
    result = strengths(graph, semantics)
    if not result.converged:
        assert result.residual > result.tolerance
        return
    for a in graph.arguments:
        again = oracle_step(semantics, graph, dict(result.strengths), a)
        assert again == pytest.approx(result[a], abs=1e-8), a


def test_h_categorizer_family_always_converges_on_cycles() -> None:
    """Pu et al. 2014 / Amgoud et al. 2017: the iteration converges on every graph."""
    graph = WeightedBipolarGraph(
        {"a": 0.9, "b": 0.4, "c": 0.7, "d": 1.0},
        [("a", "b"), ("b", "c"), ("c", "a"), ("d", "d"), ("d", "a"), ("a", "d")],
    )
    for semantics in ATTACK_ONLY:
        result = strengths(graph, semantics)
        assert result.converged and result.method is Method.DISCRETE


def test_attack_only_semantics_refuse_supports() -> None:
    graph = WeightedBipolarGraph({"a": 0.5, "b": 0.5}, supports=[("a", "b")])
    for function in (h_categorizer, weighted_h_categorizer, weighted_max_based):
        with pytest.raises(GradualError, match=r"attack-only graphs.*\('a', 'b'\)"):
            function(graph)
    with pytest.raises(GradualError, match="card-based is defined on attack-only"):
        weighted_card_based(graph)


def test_names_and_dispatch() -> None:
    graph = WeightedBipolarGraph({"a": 0.4, "b": 0.7}, attacks=[("b", "a")])
    functions = {
        "h-categorizer": h_categorizer,
        "weighted-h-categorizer": weighted_h_categorizer,
        "max-based": weighted_max_based,
        "card-based": weighted_card_based,
        "quad": quad,
        "df-quad": df_quad,
        "euler": euler_based,
        "quadratic-energy": quadratic_energy,
        "mlp": mlp_based,
    }
    assert {s.value for s in SEMANTICS} == set(functions)
    for name, function in functions.items():
        assert strengths(graph, name).strengths == function(graph).strengths
        assert strengths(graph, name).semantics is GradualSemantics(name)
    assert GradualSemantics.parse("Euler-based") is GradualSemantics.EULER
    assert GradualSemantics.parse("weighted_max_based") is GradualSemantics.MAX_BASED
    with pytest.raises(GradualError, match="unknown gradual semantics 'bogus'"):
        strengths(graph, "bogus")


def test_dung_framework_input_means_unit_base_scores() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert dict(strengths(af, "h-categorizer").strengths) == {"a": 1.0, "b": 0.5, "c": 2 / 3}
    assert strengths(af, "df-quad")["c"] == 1.0


def test_boundary_base_scores() -> None:
    graph = WeightedBipolarGraph(
        {"zero": 0.0, "one": 1.0, "s": 1.0, "k": 1.0},
        attacks=[("k", "one")],
        supports=[("s", "zero")],
    )
    assert mlp_based(graph)["zero"] == 0.0 and mlp_based(graph)["one"] == 1.0
    assert euler_based(graph)["zero"] == 0.0 and euler_based(graph)["one"] == 1.0
    assert df_quad(graph)["zero"] == 1.0 and df_quad(graph)["one"] == 0.0
    assert quadratic_energy(graph)["zero"] == 0.5 and quadratic_energy(graph)["one"] == 0.5
