"""QuAD, the quantitative argumentation debate semantics (Baroni et al. 2015)."""

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


def _quad_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    f_att = w * nb.attack_complement_product(strengths)
    f_supp = 1.0 - (1.0 - w) * nb.support_complement_product(strengths)
    attacked = nb.attacker_count > 0
    supported = nb.supporter_count > 0
    return np.where(
        attacked & supported,
        (f_att + f_supp) / 2.0,
        np.where(attacked, f_att, np.where(supported, f_supp, w)),
    )


def quad(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under QuAD.

    With :math:`v_0 = w(a)` and :math:`v_1, …, v_n` the strengths of the attackers
    (supporters),

    .. math::
        F_{att}(v_0, v_1..v_n) = v_0 \\prod_i (1 - v_i), \\qquad
        F_{supp}(v_0, v_1..v_n) = 1 - (1 - v_0) \\prod_i (1 - v_i)

    and :math:`s(a)` is :math:`F_{att}` when ``a`` has attackers only,
    :math:`F_{supp}` when it has supporters only, :math:`w(a)` when it has
    neither, and :math:`(F_{att} + F_{supp}) / 2` when it has both. The switch
    depends on whether attackers *exist*, not on their strength, hence the
    discontinuity DF-QuAD removes (an attacker of strength 0 still changes the
    result). Defined by Baroni et al. for acyclic graphs; cyclic graphs are
    solved as fixed points (see :mod:`argmap.gradual.propagation`).

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
    .. [1] P. Baroni, M. Romano, F. Toni, M. Aurisicchio, G. Bertanza, "Automatic
       evaluation of design alternatives with quantitative argumentation",
       Argument & Computation 6(1):24-49, 2015.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 0.5, "s": 0.9, "t": 0.0},
    ...                          attacks=[("t", "a")], supports=[("s", "a")])
    >>> round(quad(g)["a"], 6)
    0.725
    """
    return solve(
        graph,
        _quad_update,
        semantics=GradualSemantics.QUAD,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
