"""Principles (axioms) of gradual semantics, as properties checked on random graphs.

Each principle is a function ``check(semantics, graph, draw)`` that compares
strengths in ``graph`` with strengths in a graph built from it (a clone of one
argument with extra parents, a disjoint copy, an added edge, ...), and fails with
an assertion when the principle is violated. Hypothesis draws small acyclic
graphs with interior base scores (the setting of the principles table of
``../shared/reference/gradual_examples.json``).

The pairs tested are exactly those the table marks ``ok``
(:data:`SATISFIED`; checked against the JSON when it is present), plus
anonymity and equivalence for every semantics (all of them are local:
``s(a) = f(w(a), multiset of attacker strengths, multiset of supporter
strengths)``, which implies both, as the table's notation says). The table's
counterexamples to the ``VIOLATED`` pairs are replayed to show the violation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import GradualSemantics, h_categorizer, strengths, weighted_h_categorizer

REFERENCE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "gradual_examples.json"
)

TABLE_NAMES = {
    "weighted_h_categorizer": GradualSemantics.WEIGHTED_H_CATEGORIZER,
    "weighted_max_based": GradualSemantics.MAX_BASED,
    "weighted_card_based": GradualSemantics.CARD_BASED,
    "dfquad": GradualSemantics.DF_QUAD,
    "quad": GradualSemantics.QUAD,
    "euler_based": GradualSemantics.EULER,
    "quadratic_energy": GradualSemantics.QUADRATIC_ENERGY,
    "mlp_based": GradualSemantics.MLP,
}
ATTACK_ONLY = {
    GradualSemantics.WEIGHTED_H_CATEGORIZER,
    GradualSemantics.MAX_BASED,
    GradualSemantics.CARD_BASED,
}

_ATTACK_ONLY_OK = [
    "maximality_stability",
    "neutrality_attack",
    "weakening",
    "weakening_soundness",
    "counting_attack",
    "reinforcement",
    "resilience",
    "proportionality",
    "directionality",
    "independence",
]
_BIPOLAR_ALL = [
    "maximality_stability",
    "neutrality_attack",
    "neutrality_support",
    "counting_attack",
    "counting_support",
    "reinforcement",
    "resilience",
    "proportionality",
    "directionality",
    "franklin",
    "duality",
    "independence",
    "weakening",
    "strengthening",
]


def _without(names: list[str], *removed: str) -> frozenset[str]:
    return frozenset(n for n in names if n not in removed)


SATISFIED: dict[str, frozenset[str]] = {
    "weighted_h_categorizer": frozenset(_ATTACK_ONLY_OK),
    "weighted_max_based": _without(_ATTACK_ONLY_OK, "counting_attack", "reinforcement"),
    "weighted_card_based": frozenset(_ATTACK_ONLY_OK),
    "dfquad": _without(_BIPOLAR_ALL, "franklin"),
    "quad": _without(_BIPOLAR_ALL, "neutrality_attack", "neutrality_support", "franklin"),
    "euler_based": _without(_BIPOLAR_ALL, "duality"),
    "quadratic_energy": frozenset(_BIPOLAR_ALL),
    "mlp_based": frozenset(_BIPOLAR_ALL),
}
"""The ``ok`` cells of ``principles.empirical_checks_here.results``."""

EXACT = 1e-12
"""Strengths that must not change at all (up to rounding)."""
CLOSE = 1e-9
"""Strengths that must be equal although computed along different formulas."""


def _table() -> dict[str, Any] | None:
    if not REFERENCE.is_file():
        return None
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data["principles"]["empirical_checks_here"]  # type: ignore[no-any-return]


TABLE = _table()


def test_satisfied_pairs_match_the_reference_table() -> None:
    if TABLE is None:
        pytest.skip(f"{REFERENCE} is absent: cannot cross-check the principles table")
    from_json = {
        semantics: frozenset(p for p, verdict in row.items() if verdict == "ok")
        for semantics, row in TABLE["results"].items()
    }
    assert from_json == SATISFIED


# -- graphs -------------------------------------------------------------------------
Draw = Callable[[st.SearchStrategy[Any]], Any]
WEIGHTS = st.integers(5, 95).map(lambda k: k / 100)


@st.composite
def acyclic_graphs(draw: Draw, bipolar: bool = True) -> WeightedBipolarGraph:
    """2-6 arguments ``x0..``, edges from lower to higher index, interior weights."""
    n = draw(st.integers(2, 6))
    names = [f"x{i}" for i in range(n)]
    kinds = ["none", "none", "attack", "support"] if bipolar else ["none", "attack"]
    attacks, supports = [], []
    for j in range(n):
        for i in range(j):
            kind = draw(st.sampled_from(kinds))
            if kind == "attack":
                attacks.append((names[i], names[j]))
            elif kind == "support":
                supports.append((names[i], names[j]))
    weights = {name: draw(WEIGHTS) for name in names}
    return WeightedBipolarGraph(weights, attacks, supports)


def evaluate(semantics: GradualSemantics, graph: WeightedBipolarGraph) -> dict[str, float]:
    result = strengths(graph, semantics)
    assert result.converged
    return dict(result.strengths)


def extended(
    graph: WeightedBipolarGraph,
    weights: dict[str, float],
    attacks: Iterable[tuple[str, str]] = (),
    supports: Iterable[tuple[str, str]] = (),
) -> WeightedBipolarGraph:
    """``graph`` with new arguments and edges."""
    return WeightedBipolarGraph(
        {**graph.weights, **weights},
        [*graph.sorted_attacks(), *attacks],
        [*graph.sorted_supports(), *supports],
    )


def clone(
    graph: WeightedBipolarGraph,
    target: str,
    *,
    weight: float | None = None,
    swap: bool = False,
    extra_attackers: Iterable[float] = (),
    extra_supporters: Iterable[float] = (),
    tag: str = "",
) -> tuple[WeightedBipolarGraph, str]:
    """A copy ``target'`` of ``target`` (same parents, or swapped) plus new leaf parents."""
    name = f"{target}'{tag}"
    weights = {name: graph.weight(target) if weight is None else weight}
    attackers = graph.supporters(target) if swap else graph.attackers(target)
    supporters = graph.attackers(target) if swap else graph.supporters(target)
    attacks = [(a, name) for a in sorted(attackers)]
    supports = [(s, name) for s in sorted(supporters)]
    for i, w in enumerate(extra_attackers):
        weights[f"{name}_att{i}"] = w
        attacks.append((f"{name}_att{i}", name))
    for i, w in enumerate(extra_supporters):
        weights[f"{name}_sup{i}"] = w
        supports.append((f"{name}_sup{i}", name))
    return extended(graph, weights, attacks, supports), name


def reachable(graph: WeightedBipolarGraph, start: str) -> set[str]:
    children: dict[str, set[str]] = {a: set() for a in graph.arguments}
    for s, t in [*graph.attacks, *graph.supports]:
        children[s].add(t)
    seen, stack = {start}, [start]
    while stack:
        for nxt in children[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


# -- the principles -------------------------------------------------------------------
Check = Callable[[GradualSemantics, WeightedBipolarGraph, Draw], None]


def maximality_stability(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """No attackers and no supporters: ``s(a) = w(a)``."""
    s = evaluate(sem, g)
    for a in g.arguments:
        if not g.attackers(a) and not g.supporters(a):
            assert s[a] == pytest.approx(g.weight(a), abs=EXACT)


def independence(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Adding a disjoint graph changes no strength."""
    other = draw(acyclic_graphs(bipolar=sem not in ATTACK_ONLY))
    rename = {a: f"y{a}" for a in other.arguments}
    union = extended(
        g,
        {rename[a]: w for a, w in other.weights.items()},
        [(rename[a], rename[b]) for a, b in other.sorted_attacks()],
        [(rename[a], rename[b]) for a, b in other.sorted_supports()],
    )
    before, after = evaluate(sem, g), evaluate(sem, union)
    for a in g.arguments:
        assert after[a] == pytest.approx(before[a], abs=EXACT)


def directionality(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Adding an edge ``(b, c)`` changes only arguments reachable from ``c``."""
    n = len(g)
    i = draw(st.integers(0, n - 2))
    j = draw(st.integers(i + 1, n - 1))
    b, c = g.arguments[i], g.arguments[j]
    if (b, c) in g.attacks or (b, c) in g.supports:
        return
    relation = "attack" if sem in ATTACK_ONLY else draw(st.sampled_from(["attack", "support"]))
    edge = [(b, c)]
    changed = extended(g, {}, *((edge, []) if relation == "attack" else ([], edge)))
    before, after = evaluate(sem, g), evaluate(sem, changed)
    for a in set(g.arguments) - reachable(changed, c):
        assert after[a] == pytest.approx(before[a], abs=EXACT)


def _neutrality(relation: str) -> Check:
    def check(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
        target = draw(st.sampled_from(g.arguments))
        zero = {"extra_attackers": [0.0]} if relation == "attack" else {"extra_supporters": [0.0]}
        g2, twin = clone(g, target, **zero)  # type: ignore[arg-type]
        s = evaluate(sem, g2)
        assert s[twin] == pytest.approx(s[target], abs=EXACT)

    check.__doc__ = f"A {relation}er of strength 0 changes nothing."
    return check


def weakening(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Only attackers, one of them with strength > 0, ``w(a) > 0``: ``s(a) < w(a)``."""
    s = evaluate(sem, g)
    for a in g.arguments:
        if g.supporters(a) or not any(s[b] > 0 for b in g.attackers(a)):
            continue
        assert s[a] < g.weight(a)


def strengthening(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Only supporters, one of them with strength > 0, ``w(a) < 1``: ``s(a) > w(a)``."""
    s = evaluate(sem, g)
    for a in g.arguments:
        if g.attackers(a) or not any(s[b] > 0 for b in g.supporters(a)):
            continue
        assert s[a] > g.weight(a)


def weakening_soundness(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """``s(a) < w(a)`` only if some attacker has strength > 0."""
    s = evaluate(sem, g)
    for a in g.arguments:
        if s[a] < g.weight(a) - EXACT:
            assert any(s[b] > 0 for b in g.attackers(a))


def _counting(relation: str) -> Check:
    def check(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
        target = draw(st.sampled_from(g.arguments))
        extra = [draw(WEIGHTS)]
        key = "extra_attackers" if relation == "attack" else "extra_supporters"
        g2, twin = clone(g, target, **{key: extra})  # type: ignore[arg-type]
        s = evaluate(sem, g2)
        if relation == "attack":
            assert s[twin] < s[target]
        else:
            assert s[twin] > s[target]

    check.__doc__ = f"One more {relation}er of strength > 0 moves the strength strictly."
    return check


def reinforcement(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Same parents but one weaker attacker (stronger supporter): strictly stronger."""
    target = draw(st.sampled_from(g.arguments))
    weak, strong = sorted(draw(st.lists(WEIGHTS, min_size=2, max_size=2, unique=True)))
    g2, with_weak = clone(g, target, extra_attackers=[weak], tag="w")
    g3, with_strong = clone(g2, target, extra_attackers=[strong], tag="s")
    s = evaluate(sem, g3)
    assert s[with_weak] > s[with_strong]
    if sem not in ATTACK_ONLY:
        g4, weak_support = clone(g, target, extra_supporters=[weak], tag="w")
        g5, strong_support = clone(g4, target, extra_supporters=[strong], tag="s")
        s = evaluate(sem, g5)
        assert s[weak_support] < s[strong_support]


def resilience(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """``w(a) > 0`` implies ``s(a) > 0``."""
    s = evaluate(sem, g)
    assert all(s[a] > 0 for a in g.arguments if g.weight(a) > 0)


def proportionality(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Same parents, higher base score: strictly stronger."""
    target = draw(st.sampled_from(g.arguments))
    other = draw(WEIGHTS.filter(lambda w: w != g.weight(target)))
    g2, twin = clone(g, target, weight=other)
    s = evaluate(sem, g2)
    if other > g.weight(target):
        assert s[twin] > s[target]
    else:
        assert s[twin] < s[target]


def franklin(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """An attacker and a supporter of equal strength cancel out."""
    target = draw(st.sampled_from(g.arguments))
    p = draw(WEIGHTS)
    g2, twin = clone(g, target, extra_attackers=[p], extra_supporters=[p])
    s = evaluate(sem, g2)
    assert s[twin] == pytest.approx(s[target], abs=CLOSE)


def duality(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Attackers and supporters swapped, ``w`` turned into ``1 - w``: ``s`` becomes ``1 - s``."""
    target = draw(st.sampled_from(g.arguments))
    g2, twin = clone(g, target, weight=1.0 - g.weight(target), swap=True)
    s = evaluate(sem, g2)
    assert s[twin] == pytest.approx(1.0 - s[target], abs=CLOSE)


def anonymity(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """An isomorphic copy (renamed, reordered) gets the same strengths."""
    order = draw(st.permutations(g.arguments))
    rename = {a: f"n{k}" for k, a in enumerate(order)}
    copy = WeightedBipolarGraph(
        [(rename[a], g.weight(a)) for a in order],
        [(rename[a], rename[b]) for a, b in g.attacks],
        [(rename[a], rename[b]) for a, b in g.supports],
    )
    before, after = evaluate(sem, g), evaluate(sem, copy)
    for a in g.arguments:
        assert after[rename[a]] == pytest.approx(before[a], abs=EXACT)


def equivalence(sem: GradualSemantics, g: WeightedBipolarGraph, draw: Draw) -> None:
    """Other parents with the same strengths and the same base score: same strength."""
    target = draw(st.sampled_from(g.arguments))
    s = evaluate(sem, g)
    weights = {f"t_a{i}": s[b] for i, b in enumerate(sorted(g.attackers(target)))}
    weights |= {f"t_s{i}": s[b] for i, b in enumerate(sorted(g.supporters(target)))}
    weights["t"] = g.weight(target)
    twin_graph = extended(
        g,
        weights,
        [(name, "t") for name in weights if name.startswith("t_a")],
        [(name, "t") for name in weights if name.startswith("t_s")],
    )
    assert evaluate(sem, twin_graph)["t"] == pytest.approx(s[target], abs=CLOSE)


PRINCIPLES: dict[str, Check] = {
    "maximality_stability": maximality_stability,
    "independence": independence,
    "directionality": directionality,
    "neutrality_attack": _neutrality("attack"),
    "neutrality_support": _neutrality("support"),
    "weakening": weakening,
    "strengthening": strengthening,
    "weakening_soundness": weakening_soundness,
    "counting_attack": _counting("attack"),
    "counting_support": _counting("support"),
    "reinforcement": reinforcement,
    "resilience": resilience,
    "proportionality": proportionality,
    "franklin": franklin,
    "duality": duality,
}
LOCALITY = {"anonymity": anonymity, "equivalence": equivalence}

PAIRS = [
    pytest.param(TABLE_NAMES[semantics], principle, id=f"{semantics}-{principle}")
    for semantics, principles in SATISFIED.items()
    for principle in sorted(principles)
] + [
    pytest.param(sem, principle, id=f"{sem.value}-{principle}")
    for sem in TABLE_NAMES.values()
    for principle in LOCALITY
]


@pytest.mark.parametrize(("semantics", "principle"), PAIRS)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_principle_holds(semantics: GradualSemantics, principle: str, data: st.DataObject) -> None:
    check = PRINCIPLES.get(principle) or LOCALITY[principle]
    graph = data.draw(acyclic_graphs(bipolar=semantics not in ATTACK_ONLY), label="graph")
    check(semantics, graph, data.draw)


def test_every_principle_of_the_table_has_a_check() -> None:
    named = {p for principles in SATISFIED.values() for p in principles}
    assert named <= set(PRINCIPLES)


@settings(max_examples=30, deadline=None)
@given(graph=acyclic_graphs(bipolar=False))
def test_h_categorizer_is_the_weighted_one_with_unit_weights(graph: WeightedBipolarGraph) -> None:
    ones = graph.with_weights(dict.fromkeys(graph.arguments, 1.0))
    plain, weighted = h_categorizer(graph), weighted_h_categorizer(ones)
    for a in graph.arguments:
        assert plain[a] == pytest.approx(weighted[a], abs=EXACT)


# -- the table's counterexamples to the VIOLATED pairs -------------------------------
def _counterexample(semantics: str, principle: str) -> dict[str, Any]:
    if TABLE is None:
        pytest.skip(f"{REFERENCE} is absent: counterexamples not available")
    example: dict[str, Any] = TABLE["counterexamples"][semantics][principle]
    return example


def _graph_of(example: dict[str, Any]) -> WeightedBipolarGraph:
    return WeightedBipolarGraph(
        example["w"],
        [tuple(p) for p in example["att"]],
        [tuple(p) for p in example["sup"]],
    )


def test_max_based_violates_counting_and_reinforcement() -> None:
    for principle in ("counting_attack", "reinforcement"):
        example = _counterexample("weighted_max_based", principle)
        g = _graph_of(example)
        counting = principle == "counting_attack"
        added: float = example["added_attacker_strength" if counting else "strong"]
        g2, twin = clone(g, example["target"], extra_attackers=[added])
        s = evaluate(GradualSemantics.MAX_BASED, g2)
        assert s[example["target"]] == pytest.approx(example["before" if counting else "with_weak"])
        # Not strictly lower: the added attacker is weaker than the existing one.
        assert s[twin] == pytest.approx(s[example["target"]], abs=EXACT)


@pytest.mark.parametrize("semantics", ["dfquad", "quad"])
def test_franklin_is_violated_by_the_quad_family(semantics: str) -> None:
    example = _counterexample(semantics, "franklin")
    g = _graph_of(example)
    p = example["pair_strength"]
    g2, twin = clone(g, example["target"], extra_attackers=[p], extra_supporters=[p])
    s = evaluate(TABLE_NAMES[semantics], g2)
    assert s[example["target"]] == pytest.approx(example["before"], abs=CLOSE)
    assert s[twin] == pytest.approx(example["after"], abs=CLOSE)
    assert abs(s[twin] - s[example["target"]]) > 1e-3


@pytest.mark.parametrize("relation", ["attack", "support"])
def test_quad_violates_neutrality(relation: str) -> None:
    example = _counterexample("quad", f"neutrality_{relation}")
    g = _graph_of(example)
    key = "extra_attackers" if relation == "attack" else "extra_supporters"
    g2, twin = clone(g, example["target"], **{key: [0.0]})  # type: ignore[arg-type]
    s = evaluate(GradualSemantics.QUAD, g2)
    assert s[example["target"]] == pytest.approx(example["before"], abs=CLOSE)
    assert s[twin] == pytest.approx(example["after"], abs=CLOSE)


def test_euler_violates_duality() -> None:
    example = _counterexample("euler_based", "duality")
    weights = {"t": example["base"], "p": example["supporters"][0]}
    g = WeightedBipolarGraph(weights, supports=[("p", "t")])
    g2, twin = clone(g, "t", weight=1.0 - example["base"], swap=True)
    s = evaluate(GradualSemantics.EULER, g2)
    assert s["t"] == pytest.approx(example["s"], abs=CLOSE)
    assert s[twin] == pytest.approx(example["s_dual"], abs=CLOSE)
    assert abs(s[twin] - (1.0 - s["t"])) > 1e-3
