"""The quadratic energy model (Potyka 2018)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import FloatArray, Neighbourhood
from argmap.gradual.registry import SolverOptions, evaluate, register
from argmap.gradual.types import GradualResult, GradualSemantics

if TYPE_CHECKING:
    from typing_extensions import Unpack


def _quadratic_impact(x: FloatArray) -> FloatArray:
    positive = np.maximum(x, 0.0) ** 2
    return np.asarray(positive / (1.0 + positive), dtype=np.float64)


def _quadratic_energy_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    energy = nb.energy(strengths)
    return w - w * _quadratic_impact(-energy) + (1.0 - w) * _quadratic_impact(energy)


register(GradualSemantics.QUADRATIC_ENERGY, _quadratic_energy_update, attack_only=False)


def quadratic_energy(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
) -> GradualResult:
    """Strengths under Potyka's quadratic energy model.

    With :math:`E(a) = \\sum_{b \\in Sup(a)} s(b) - \\sum_{b \\in Att(a)} s(b)` and
    :math:`h(x) = \\max(0, x)^2 / (1 + \\max(0, x)^2)`,

    .. math:: s(a) = w(a) - w(a)\\, h(-E(a)) + (1 - w(a))\\, h(E(a))

    Potyka defines the strengths as the limit of the continuous system
    :math:`ds/dt = f(s) - s` (``method="continuous"``), which converges where the
    plain iteration oscillates; on acyclic graphs the limit is the forward value.
    In modular terms: sum aggregation with the 2-Max(1) influence (Potyka 2019).

    Parameters
    ----------
    graph : WeightedBipolarGraph
        The weighted bipolar graph.
    **options
        ``method``, ``tol``, ``max_iter``, ``step``: how the strengths are
        computed, see :func:`~argmap.gradual.registry.evaluate`.

    Returns
    -------
    GradualResult

    References
    ----------
    .. [1] N. Potyka, "Continuous dynamical systems for weighted bipolar
       argumentation", KR 2018, 148-157.
    .. [2] N. Potyka, "Extending modular semantics for bipolar weighted
       argumentation", AAMAS 2019, 1722-1730.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"m": 0.5, "k2": 1.0, "k3": 1.0},
    ...                          attacks=[("k2", "m"), ("k3", "m")])
    >>> round(quadratic_energy(g)["m"], 9)
    0.1
    """
    return evaluate(graph, GradualSemantics.QUADRATIC_ENERGY, **options)
