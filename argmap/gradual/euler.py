"""The Euler-based semantics (Amgoud & Ben-Naim 2017, 2018)."""

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


def _euler_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    with np.errstate(divide="ignore", over="ignore"):
        # w * exp(E) as exp(log w + E): 0 when w = 0, whatever E.
        scaled = np.exp(np.log(w) + nb.energy(strengths))
        return np.asarray(1.0 - (1.0 - w * w) / (1.0 + scaled), dtype=np.float64)


register(GradualSemantics.EULER, _euler_update, attack_only=False)


def euler_based(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
) -> GradualResult:
    """Strengths under the Euler-based semantics.

    With the energy :math:`E(a) = \\sum_{b \\in Sup(a)} s(b) - \\sum_{b \\in Att(a)} s(b)`,

    .. math:: s(a) = 1 - \\frac{1 - w(a)^2}{1 + w(a)\\, e^{E(a)}}

    Base score 0 stays 0 and base score 1 stays 1 whatever the attacks and
    supports, and attacks never push the strength below :math:`w(a)^2`.

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
    .. [1] L. Amgoud, J. Ben-Naim, "Evaluation of arguments in weighted bipolar
       graphs", ECSQARU 2017, 25-35.
    .. [2] L. Amgoud, J. Ben-Naim, "Weighted bipolar argumentation graphs: axioms
       and semantics", IJCAI 2018, 5194-5198.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"m": 0.5, "k": 1.0}, attacks=[("k", "m")])
    >>> round(euler_based(g)["m"], 6)
    0.366522
    """
    return evaluate(graph, GradualSemantics.EULER, **options)
