"""The weighted card-based semantics ``Cbs`` (Amgoud, Ben-Naim, Doder & Vesic 2017)."""

from __future__ import annotations

import numpy as np

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


def _card_based_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    alive = (nb.graph_weights > 0.0).astype(np.float64)
    count = np.asarray(nb.attackers @ alive, dtype=np.float64)
    total = np.asarray(nb.attackers @ (strengths * alive), dtype=np.float64)
    attacked = count > 0
    denominator = 1.0 + count + total / np.where(attacked, count, 1.0)
    return np.where(attacked, nb.weights / denominator, nb.weights)


def weighted_card_based(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under the weighted card-based semantics ``Cbs``.

    With :math:`Att^*(a) = \\{b \\in Att(a) : w(b) > 0\\}`,

    .. math:: Cbs(a) = \\frac{w(a)}{1 + |Att^*(a)| +
              \\frac{\\sum_{b \\in Att^*(a)} Cbs(b)}{|Att^*(a)|}}

    and :math:`Cbs(a) = w(a)` when :math:`Att^*(a)` is empty. The number of
    attackers counts first: it satisfies *cardinality precedence*.

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
    >>> weighted_card_based(g)["a"]
    0.25
    """
    semantics = GradualSemantics.CARD_BASED
    require_attack_only(graph, semantics)
    return solve(
        graph,
        _card_based_update,
        semantics=semantics,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
