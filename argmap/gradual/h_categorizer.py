"""The h-categorizer (Besnard & Hunter 2001) and its weighted version (Amgoud et al. 2017).

Both are attack-only: an argument is weakened by the sum of its attackers'
strengths. The plain h-categorizer gives every argument the base score 1; the
weighted one starts from the argument's own base score.
"""

from __future__ import annotations

import numpy as np

from argmap.frameworks.abstract import ArgumentationFramework
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


def _h_categorizer_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return 1.0 / (1.0 + nb.attack_sum(strengths))


def _weighted_h_categorizer_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return nb.weights / (1.0 + nb.attack_sum(strengths))


def h_categorizer(
    graph: WeightedBipolarGraph | ArgumentationFramework,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under the h-categorizer (categoriser) of Besnard & Hunter.

    .. math:: s(a) = \\frac{1}{1 + \\sum_{b \\in Att(a)} s(b)}

    Base scores are ignored (every argument starts from 1); use
    :func:`weighted_h_categorizer` to take them into account. On acyclic graphs
    this is Besnard & Hunter's recursive definition; on cyclic graphs the
    equation has a unique solution, the limit of the iteration from any start
    (Pu, Luo, Zhang & Luo 2014).

    Parameters
    ----------
    graph : WeightedBipolarGraph or ArgumentationFramework
        An attack-only graph (a Dung framework is read as one).
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
    .. [1] P. Besnard, A. Hunter, "A logic-based theory of deductive arguments",
       Artificial Intelligence 128(1-2):203-235, 2001, Def. 8.10.
    .. [2] F. Pu, J. Luo, Y. Zhang, G. Luo, "Argument ranking with categoriser
       function", KSEM 2014.

    Examples
    --------
    >>> from argmap.frameworks.abstract import AF
    >>> result = h_categorizer(AF(["a", "b", "c"], [("b", "a"), ("c", "a")]))
    >>> round(result["a"], 6), result.method.value
    (0.333333, 'forward')
    >>> cycle = h_categorizer(AF(["x", "y"], [("x", "y"), ("y", "x")]))
    >>> round(cycle["x"], 9), cycle.converged, cycle.method.value
    (0.618033989, True, 'discrete')
    """
    if isinstance(graph, ArgumentationFramework):
        graph = WeightedBipolarGraph.from_framework(graph)
    semantics = GradualSemantics.H_CATEGORIZER
    require_attack_only(graph, semantics)
    return solve(
        graph,
        _h_categorizer_update,
        semantics=semantics,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
        start=np.ones(len(graph), dtype=np.float64),
    )


def weighted_h_categorizer(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under the weighted h-categorizer ``Hbs`` of Amgoud et al. (2017).

    .. math:: Hbs(a) = \\frac{w(a)}{1 + \\sum_{b \\in Att(a)} Hbs(b)}

    Several weak attackers can exactly compensate one strong one (it satisfies
    *compensation*, neither cardinality nor quality precedence).

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
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 1.0, "c": 0.5, "d1": 0.5, "d2": 0.5},
    ...                          attacks=[("b", "a"), ("d1", "c"), ("d2", "c")])
    >>> r = weighted_h_categorizer(g)
    >>> r["a"], r["c"]
    (0.25, 0.25)
    """
    semantics = GradualSemantics.WEIGHTED_H_CATEGORIZER
    require_attack_only(graph, semantics)
    return solve(
        graph,
        _weighted_h_categorizer_update,
        semantics=semantics,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
