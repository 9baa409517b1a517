"""DF-QuAD, the discontinuity-free QuAD semantics (Rago, Toni, Aurisicchio & Baroni 2016)."""

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


def _df_quad_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    attack = 1.0 - nb.attack_complement_product(strengths)
    support = 1.0 - nb.support_complement_product(strengths)
    difference = attack - support
    return np.where(difference >= 0.0, w - w * difference, w - (1.0 - w) * difference)


def df_quad(
    graph: WeightedBipolarGraph,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """Strengths under DF-QuAD.

    The attackers and the supporters are each aggregated by probabilistic sum,

    .. math::
        v_a = 1 - \\prod_{b \\in Att(a)} (1 - s(b)), \\qquad
        v_s = 1 - \\prod_{b \\in Sup(a)} (1 - s(b))

    (0 for an empty set), and combined with the base score:

    .. math::
        s(a) = \\begin{cases} w(a) - w(a)(v_a - v_s) & v_a \\ge v_s \\\\
                              w(a) + (1 - w(a))(v_s - v_a) & v_a < v_s \\end{cases}

    In modular terms (Mossakowski & Neuhaus 2018; Potyka 2019) it is the product
    aggregation with the linear(1) influence. Rago et al. define it on acyclic
    graphs; cyclic graphs are solved as fixed points (see
    :mod:`argmap.gradual.propagation`).

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
    .. [1] A. Rago, F. Toni, M. Aurisicchio, P. Baroni, "Discontinuity-free
       decision support with quantitative argumentation debates", KR 2016, 63-73.

    Examples
    --------
    The e-democracy example of Rago et al. (2016): answer ``A1`` is supported by
    ``P1`` and ``P2``, and ``P2`` is attacked by three cons.

    >>> g = WeightedBipolarGraph(
    ...     {"A1": 0.5, "P1": 0.7, "P2": 0.5, "C2": 0.2, "C3": 0.6, "C4": 0.5},
    ...     attacks=[("C2", "P2"), ("C3", "P2"), ("C4", "P2")],
    ...     supports=[("P1", "A1"), ("P2", "A1")])
    >>> r = df_quad(g)
    >>> round(r["P2"], 9), round(r["A1"], 9)
    (0.08, 0.862)
    """
    return solve(
        graph,
        _df_quad_update,
        semantics=GradualSemantics.DF_QUAD,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
    )
