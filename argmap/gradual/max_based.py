"""The weighted max-based semantics ``Mbs`` (Amgoud, Ben-Naim, Doder & Vesic 2017)."""

from __future__ import annotations

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import FloatArray, Neighbourhood, require_attack_only, solve
from argmap.gradual.types import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_STEP,
    DEFAULT_TOLERANCE,
    GradualResult,
    GradualSemantics,
    Method,
)


def _max_based_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return nb.weights / (1.0 + nb.attack_max(strengths))


def weighted_max_based(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under the weighted max-based semantics ``Mbs``.

    .. math:: Mbs(a) = \\frac{w(a)}{1 + \\max_{b \\in Att(a)} Mbs(b)}
              \\qquad (\\max \\emptyset = 0)

    Only the strongest attacker matters: it satisfies *quality precedence* and
    violates (strict) counting and reinforcement.

    Parameters
    ----------
    graph : WeightedBipolarGraph
        An attack-only weighted graph.
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

    Raises
    ------
    GradualError
        If the graph has supports.

    References
    ----------
    .. [1] L. Amgoud, J. Ben-Naim, D. Doder, S. Vesic, "Acceptability semantics
       for weighted argumentation frameworks", IJCAI 2017, 56-62.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 1.0, "b": 1.0, "c": 1.0}, attacks=[("b", "a"), ("c", "a")])
    >>> weighted_max_based(g)["a"]
    0.5
    """
    semantics = GradualSemantics.MAX_BASED
    require_attack_only(graph, semantics)
    return solve(
        graph,
        _max_based_update,
        semantics=semantics,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
