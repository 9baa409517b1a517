"""DF-QuAD, the discontinuity-free QuAD semantics (Rago, Toni, Aurisicchio & Baroni 2016)."""

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


def _df_quad_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    w = nb.weights
    attack = 1.0 - nb.attack_complement_product(strengths)
    support = 1.0 - nb.support_complement_product(strengths)
    difference = attack - support
    return np.where(difference >= 0.0, w - w * difference, w - (1.0 - w) * difference)


register(GradualSemantics.DF_QUAD, _df_quad_update, attack_only=False)


def df_quad(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
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
    **options
        ``method``, ``tol``, ``max_iter``, ``step``: how the strengths are
        computed, see :func:`~argmap.gradual.registry.evaluate`.

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
    return evaluate(graph, GradualSemantics.DF_QUAD, **options)
