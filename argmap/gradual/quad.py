"""QuAD, the quantitative argumentation debate semantics (Baroni et al. 2015)."""

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


register(GradualSemantics.QUAD, _quad_update, attack_only=False)


def quad(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
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
    **options
        ``method``, ``tol``, ``max_iter``, ``step``: how the strengths are
        computed, see :func:`~argmap.gradual.registry.evaluate`.

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
    return evaluate(graph, GradualSemantics.QUAD, **options)
