"""The Euler-based semantics (Amgoud & Ben-Naim 2017, 2018)."""

from __future__ import annotations

import numpy as np

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import FloatArray, Neighbourhood, solve
from argmap.gradual.types import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_STEP,
    DEFAULT_TOLERANCE,
    GradualResult,
    GradualSemantics,
    Method,
)


def _euler_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    with np.errstate(divide="ignore", over="ignore"):
        # w * exp(E) as exp(log w + E): 0 when w = 0, whatever E.
        scaled = np.exp(np.log(w) + nb.energy(strengths))
        return np.asarray(1.0 - (1.0 - w * w) / (1.0 + scaled), dtype=np.float64)


def euler_based(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
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
    method : {"auto", "forward", "discrete", "continuous"}
        See :class:`~argmap.gradual.types.Method`.
    tol : float
        Convergence bound on ``max |f(s) - s|`` for the iterative methods.
    max_iter : int
        Iterations or RK4 steps allowed.
    step : float
        RK4 step of the continuous method.

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
    return solve(
        graph,
        _euler_update,
        semantics=GradualSemantics.EULER,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
