"""Weighted bipolar graphs: validation, read-only views and the sparse adjacency."""

from __future__ import annotations

import math

import numpy as np
import pytest

from argmap.frameworks.abstract import AF, FrameworkError
from argmap.frameworks.bipolar import BipolarFramework
from argmap.frameworks.weighted import WeightedBipolarGraph


def small() -> WeightedBipolarGraph:
    return WeightedBipolarGraph(
        {"a": 0.5, "b": 0.8, "c": 0.3, "d": 0.0},
        attacks=[("b", "a"), ("d", "a"), ("c", "b")],
        supports=[("c", "a")],
    )


def test_views_and_adjacency() -> None:
    g = small()
    assert g.arguments == ("a", "b", "c", "d")
    assert g.attackers("a") == {"b", "d"}
    assert g.supporters("a") == {"c"}
    assert g.attackers("c") == frozenset()
    assert g.weight("b") == 0.8
    assert list(g.weights) == ["a", "b", "c", "d"]
    assert g.sorted_attacks() == [("b", "a"), ("c", "b"), ("d", "a")]
    assert g.sorted_supports() == [("c", "a")]
    assert len(g) == 4 and "a" in g and "z" not in g


def test_matrices_rows_are_parents() -> None:
    g = small()
    dense = g.attack_matrix.toarray()
    assert dense[0].tolist() == [0.0, 1.0, 0.0, 1.0]  # a is attacked by b and d
    assert dense[1].tolist() == [0.0, 0.0, 1.0, 0.0]  # b is attacked by c
    assert g.support_matrix.toarray()[0].tolist() == [0.0, 0.0, 1.0, 0.0]
    strengths = np.array([0.1, 0.2, 0.3, 0.4])
    assert (g.attack_matrix @ strengths).tolist() == pytest.approx([0.6, 0.3, 0.0, 0.0])


def test_views_are_read_only() -> None:
    g = small()
    with pytest.raises(TypeError):
        g.weights["a"] = 0.1  # type: ignore[index]
    with pytest.raises(ValueError):
        g.weight_array[0] = 0.1
    with pytest.raises(AttributeError):
        g.attacks.add(("a", "b"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("bad", [-0.1, 1.0000001, math.nan, math.inf, "0.5", True, None])
def test_weights_outside_unit_interval_are_rejected(bad: object) -> None:
    with pytest.raises(FrameworkError, match="base score of argument 'x'"):
        WeightedBipolarGraph({"x": bad})  # type: ignore[arg-type]


def test_unknown_arguments_are_named() -> None:
    with pytest.raises(FrameworkError, match=r"attack \('a', 'z'\) names unknown argument 'z'"):
        WeightedBipolarGraph({"a": 1.0}, attacks=[("a", "z")])
    with pytest.raises(FrameworkError, match=r"support \('q', 'a'\) names unknown argument 'q'"):
        WeightedBipolarGraph({"a": 1.0}, supports=[("q", "a")])


def test_other_mistakes() -> None:
    with pytest.raises(FrameworkError, match="listed twice"):
        WeightedBipolarGraph([("a", 0.1), ("a", 0.2)])
    with pytest.raises(FrameworkError, match="both an attack and a support"):
        WeightedBipolarGraph({"a": 1.0, "b": 1.0}, attacks=[("a", "b")], supports=[("a", "b")])
    with pytest.raises(FrameworkError, match="not a pair"):
        WeightedBipolarGraph({"a": 1.0}, attacks=[("a",)])  # type: ignore[list-item]
    with pytest.raises(KeyError, match="'z' is not an argument"):
        small().attackers("z")


def test_conversions() -> None:
    af = AF(["a", "b"], [("a", "b")])
    g = WeightedBipolarGraph.from_framework(af, weight=0.7)
    assert dict(g.weights) == {"a": 0.7, "b": 0.7}
    assert g.to_framework() == af
    bf = BipolarFramework(["a", "b", "c"], attacks=[("a", "b")], supports=[("c", "b")])
    h = WeightedBipolarGraph.from_bipolar(bf, {"a": 0.1, "b": 0.2, "c": 0.3})
    assert h.supports == {("c", "b")} and h.weight("c") == 0.3
    with pytest.raises(FrameworkError, match=r"no base score for arguments \['c'\]"):
        WeightedBipolarGraph.from_bipolar(bf, {"a": 0.1, "b": 0.2})
    changed = h.with_weights({"a": 0.9})
    assert changed.weight("a") == 0.9 and h.weight("a") == 0.1
    assert changed != h and changed.with_weights({"a": 0.1}) == h


def test_equality_ignores_order_and_hash_agrees() -> None:
    g1 = WeightedBipolarGraph({"a": 0.5, "b": 0.5}, attacks=[("a", "b")])
    g2 = WeightedBipolarGraph([("b", 0.5), ("a", 0.5)], attacks=[("a", "b"), ("a", "b")])
    assert g1 == g2 and hash(g1) == hash(g2)
    assert g2.arguments == ("b", "a")
    assert len(g2.attacks) == 1
