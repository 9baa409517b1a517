"""Gradual attribution: removal impacts are recomputations, Shapley values add up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.explain.gradual import SHAPLEY_LIMIT, attribution
from argmap.frameworks import AF
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import strengths

BIPOLAR = ["df-quad", "quad", "euler", "quadratic-energy", "mlp"]


@st.composite
def graphs(draw: st.DrawFn) -> WeightedBipolarGraph:
    n = draw(st.integers(1, 5))
    names = [f"g{i}" for i in range(n)]
    weights = {a: draw(st.floats(0.05, 0.95)) for a in names}
    pairs = [(a, b) for a in names for b in names if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=2 * n, unique=True)) if pairs else []
    split = draw(st.integers(0, len(chosen)))
    return WeightedBipolarGraph(weights, chosen[:split], chosen[split:])


@settings(max_examples=50, deadline=None)
@given(graphs(), st.sampled_from(BIPOLAR))
def test_removal_impacts_and_shapley_efficiency(graph: WeightedBipolarGraph, name: str) -> None:
    result = strengths(graph, name)
    for a in graph.arguments:
        why = attribution(graph, a, name)
        assert why.strength == pytest.approx(result[a], abs=1e-9)
        incoming = {(b, "attack") for b in graph.attackers(a)}
        incoming |= {(b, "support") for b in graph.supporters(a)}
        assert {(c.source, c.relation) for c in why.contributions} == incoming
        for c in why.contributions:
            attacks = [e for e in graph.sorted_attacks() if e != (c.source, a)]
            supports = [e for e in graph.sorted_supports() if e != (c.source, a)]
            without = strengths(WeightedBipolarGraph(graph.weights, attacks, supports), name)
            assert c.removal == pytest.approx(why.strength - without[a], abs=1e-6)
        if why.converged:
            total = sum(c.shapley or 0.0 for c in why.contributions)
            assert total == pytest.approx(why.strength - why.unattached, abs=1e-6)


def test_symmetric_edges_share_equally_and_signs() -> None:
    g = WeightedBipolarGraph(
        {"a": 0.5, "b": 0.7, "c": 0.7, "d": 0.4},
        attacks=[("b", "a"), ("c", "a")],
        supports=[("d", "a")],
    )
    why = attribution(g, "a", "df-quad")
    by_source = {c.source: c for c in why.contributions}
    assert by_source["b"].shapley == pytest.approx(by_source["c"].shapley)
    assert by_source["b"].shapley is not None and by_source["b"].shapley < 0
    assert by_source["d"].removal > 0
    assert why.exact_shapley


def test_cycle_through_the_argument_uses_the_whole_graph() -> None:
    g = WeightedBipolarGraph({"a": 0.6, "b": 0.5}, attacks=[("a", "b"), ("b", "a")])
    why = attribution(g, "a", "df-quad")
    (only,) = why.contributions
    assert only.removal == pytest.approx(why.strength - 0.6, abs=1e-6)
    assert only.shapley == pytest.approx(only.removal, abs=1e-9)


def test_many_edges_skip_shapley_and_all_edges_mode() -> None:
    n = SHAPLEY_LIMIT + 1
    names = ["t", *(f"a{i}" for i in range(n))]
    af = AF(names, [(f"a{i}", "t") for i in range(n)] + [("a0", "a1")])
    why = attribution(af, "t", "h-categorizer")
    assert not why.exact_shapley and all(c.shapley is None for c in why.contributions)
    everything = attribution(af, "t", "h-categorizer", edges="all")
    far = [c for c in everything.contributions if c.target != "t"]
    assert [(c.source, c.target) for c in far] == [("a0", "a1")]
    assert far[0].removal > 0  # a0 weakens t's attacker a1, which helps t


def test_text_in_both_languages() -> None:
    g = WeightedBipolarGraph(
        {"a": 0.5, "b": 0.6, "c": 0.9}, attacks=[("b", "a")], supports=[("c", "a")]
    )
    why = attribution(g, "a", "df-quad")
    english = why.text("en")
    assert english.startswith("Argument a has strength 0.650 under df-quad (base score 0.500).")
    assert "Argument c lifts it by 0.450 (Shapley share +0.450)" in english
    french = why.text("fr")
    assert "a une force de 0,650" in french and "le fait baisser de 0,300" in french
    alone = attribution(WeightedBipolarGraph({"z": 0.3}), "z", "df-quad")
    assert "keeps its base score" in alone.text()
    with pytest.raises(KeyError):
        attribution(g, "nope")
