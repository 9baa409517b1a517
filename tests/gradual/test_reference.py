"""Gradual semantics against the published and derived values of ../shared/reference.

``gradual_examples.json`` gives, per graph, expected strengths per semantics key
and an absolute tolerance per key. Keys ending in ``_continuous`` are equilibria
of Potyka's continuous model (computed here with ``method="continuous"``); keys
ending in ``_rk4_eps1e-3`` are values a notebook printed after stopping its RK4
run early: they are compared, with their own (looser) tolerance, against the
equilibrium of the key named in ``provenance.compare_against``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import GradualSemantics, Method, strengths

REFERENCE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "gradual_examples.json"
)

KEY_TO_SEMANTICS = {
    "h_categorizer": GradualSemantics.H_CATEGORIZER,
    "weighted_h_categorizer": GradualSemantics.WEIGHTED_H_CATEGORIZER,
    "weighted_max_based": GradualSemantics.MAX_BASED,
    "weighted_card_based": GradualSemantics.CARD_BASED,
    "quad": GradualSemantics.QUAD,
    "dfquad": GradualSemantics.DF_QUAD,
    "euler_based": GradualSemantics.EULER,
    "quadratic_energy": GradualSemantics.QUADRATIC_ENERGY,
    "mlp_based": GradualSemantics.MLP,
}
NOT_OURS = {
    # QBAF-Py's 'basic_model' (w + Σsup - Σatt, unbounded, base scores > 1) is a
    # library's illustration, not a semantics from the literature: out of scope.
    "basic_model",
}


def _load() -> dict[str, Any] | None:
    if not REFERENCE.is_file():
        return None
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data


DATA = _load()
ABSENT = pytest.mark.skip(reason=f"{REFERENCE} is absent: published reference material missing")


def _cases(stopped_early_only: bool = False) -> list[Any]:
    if DATA is None:
        return [pytest.param(None, None, marks=ABSENT, id="reference-absent")]
    return [
        pytest.param(example, key, id=f"{example['name']}-{key}")
        for example in DATA["examples"]
        for key in example["expected"]
        if key not in NOT_OURS and ("_rk4_eps" in key or not stopped_early_only)
    ]


def _graph(example: dict[str, Any]) -> WeightedBipolarGraph:
    return WeightedBipolarGraph(
        example["weights"],
        [tuple(pair) for pair in example["attacks"]],
        [tuple(pair) for pair in example["supports"]],
    )


def _semantics_and_method(key: str) -> tuple[GradualSemantics, Method]:
    if key.endswith("_continuous"):
        return KEY_TO_SEMANTICS[key.removesuffix("_continuous")], Method.CONTINUOUS
    return KEY_TO_SEMANTICS[key], Method.AUTO


@pytest.mark.parametrize(("example", "key"), _cases())
def test_expected_strengths(example: dict[str, Any], key: str) -> None:
    tolerance = example["abs_tolerance"][key]
    compared = example["provenance"][key].get("compare_against", key) if "_rk4_eps" in key else key
    semantics, method = _semantics_and_method(compared)
    result = strengths(_graph(example), semantics, method=method)
    assert result.converged, (result.method, result.residual)
    expected = example["expected"][key]
    assert set(expected) <= set(result.strengths)
    for argument, value in expected.items():
        assert result[argument] == pytest.approx(value, abs=tolerance), argument


def test_every_reference_key_is_a_semantics_or_deliberately_out_of_scope() -> None:
    if DATA is None:
        pytest.skip(f"{REFERENCE} is absent: published reference material missing")
    keys = {key for example in DATA["examples"] for key in example["expected"]}
    known = {k.split("_rk4_eps")[0].removesuffix("_continuous") for k in keys}
    assert known - NOT_OURS <= set(KEY_TO_SEMANTICS), sorted(
        known - NOT_OURS - set(KEY_TO_SEMANTICS)
    )
    assert known >= NOT_OURS  # the exclusion names a key that really is there


@pytest.mark.parametrize(("example", "key"), _cases(stopped_early_only=True))
def test_stopped_early_values_are_near_but_not_the_equilibrium(
    example: dict[str, Any], key: str
) -> None:
    """The notebook values really are early stops: not equal to the equilibrium at 1e-6."""
    semantics, method = _semantics_and_method(example["provenance"][key]["compare_against"])
    result = strengths(_graph(example), semantics, method=method)
    gaps = [abs(result[a] - v) for a, v in example["expected"][key].items()]
    assert max(gaps) > 1e-6
    assert max(gaps) <= example["abs_tolerance"][key]


def _special_graph(target_w: float, attackers: list[float], supporters: list[float]) -> Any:
    weights = {"t": target_w}
    attacks, supports = [], []
    for i, w in enumerate(attackers):
        weights[f"a{i}"] = w
        attacks.append((f"a{i}", "t"))
    for i, w in enumerate(supporters):
        weights[f"s{i}"] = w
        supports.append((f"s{i}", "t"))
    return WeightedBipolarGraph(weights, attacks, supports)


# The boundary cases of the principles table, by name: (w(t), attackers, supporters).
BOUNDARY_CASES = {
    "w0.5_attacked_by_strength1": (0.5, [1.0], []),
    "w0.5_attacked_by_1_and_0.5": (0.5, [1.0, 0.5], []),
    "w1_attacked_by_strength1": (1.0, [1.0], []),
    "w0_supported_by_strength1": (0.0, [], [1.0]),
    "w0.5_att0.6_sup0.6": (0.5, [0.6], [0.6]),
    "w0.5_sup0.9_att1e-9": (0.5, [1e-9], [0.9]),
    "w0.5_sup0.9_only": (0.5, [], [0.9]),
}


def _special_cases() -> list[Any]:
    if DATA is None:
        return [pytest.param(None, None, None, None, None, marks=ABSENT, id="reference-absent")]
    special = DATA["principles"]["empirical_checks_here"]["special_cases"]
    cases = []
    for semantics_key, values in special["boundary_cases"].items():
        for case, expected in values.items():
            cases.append(pytest.param(semantics_key, *BOUNDARY_CASES[case], expected, id=case))
    strong_vs_weak = special["one_strong_vs_two_weak_attackers(target w=0.5)"]
    for semantics_key, values in strong_vs_weak.items():
        cases.append(
            pytest.param(semantics_key, 0.5, [1.0], [], values["a(one attacker w=1)"], id="one")
        )
        cases.append(
            pytest.param(
                semantics_key, 0.5, [0.5, 0.5], [], values["c(two attackers w=0.5)"], id="two"
            )
        )
    return cases


@pytest.mark.parametrize(("semantics_key", "w", "att", "sup", "expected"), _special_cases())
def test_special_and_boundary_cases(
    semantics_key: str, w: float, att: list[float], sup: list[float], expected: float
) -> None:
    result = strengths(_special_graph(w, att, sup), KEY_TO_SEMANTICS[semantics_key])
    # The table prints six decimals.
    assert result["t"] == pytest.approx(expected, abs=6e-7)
