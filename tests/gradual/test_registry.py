"""The registry of gradual semantics: every semantics once, run by one wrapper."""

from __future__ import annotations

import pytest

from argmap.frameworks.abstract import AF
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import SEMANTICS, GradualError, GradualSemantics
from argmap.gradual.registry import ENTRIES, evaluate, register

ATTACK_ONLY = {
    GradualSemantics.H_CATEGORIZER,
    GradualSemantics.WEIGHTED_H_CATEGORIZER,
    GradualSemantics.MAX_BASED,
    GradualSemantics.CARD_BASED,
}


def test_every_semantics_is_registered_once_with_its_kind() -> None:
    assert set(ENTRIES) == set(GradualSemantics)
    assert {s for s, entry in ENTRIES.items() if entry.attack_only} == ATTACK_ONLY
    with pytest.raises(ValueError, match="registered twice"):
        register(GradualSemantics.QUAD, ENTRIES[GradualSemantics.QUAD].update, attack_only=False)


@pytest.mark.parametrize("semantics", sorted(ATTACK_ONLY, key=lambda s: s.value))
def test_attack_only_semantics_refuse_supports(semantics: GradualSemantics) -> None:
    g = WeightedBipolarGraph({"a": 0.5, "b": 0.5}, supports=[("b", "a")])
    with pytest.raises(GradualError, match="attack-only"):
        evaluate(g, semantics)


@pytest.mark.parametrize("semantics", list(GradualSemantics), ids=lambda s: s.value)
def test_the_public_function_is_the_wrapper_with_its_options(semantics: GradualSemantics) -> None:
    g = WeightedBipolarGraph({"a": 0.4, "b": 0.7, "c": 0.2}, attacks=[("b", "a"), ("a", "b")])
    public = SEMANTICS[semantics](g, method="discrete", tol=1e-12, max_iter=500)
    direct = evaluate(g, semantics, method="discrete", tol=1e-12, max_iter=500)
    assert public.strengths == direct.strengths
    assert (public.semantics, public.method.value, public.tolerance) == (
        semantics,
        "discrete",
        1e-12,
    )


def test_the_plain_h_categorizer_ignores_base_scores_and_reads_dung_frameworks() -> None:
    af = AF(["a", "b"], [("b", "a")])
    halved = WeightedBipolarGraph({"a": 0.5, "b": 0.5}, attacks=[("b", "a")])
    assert evaluate(af, GradualSemantics.H_CATEGORIZER)["a"] == 0.5
    assert evaluate(halved, GradualSemantics.H_CATEGORIZER)["a"] == 0.5
    assert evaluate(halved, GradualSemantics.WEIGHTED_H_CATEGORIZER)["a"] == pytest.approx(1 / 3)
