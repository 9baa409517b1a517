"""The weighted card-based semantics ``Cbs`` (Amgoud, Ben-Naim, Doder & Vesic 2017)."""

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


def _card_based_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    alive = (nb.graph_weights > 0.0).astype(np.float64)
    count = np.asarray(nb.attackers @ alive, dtype=np.float64)
    total = np.asarray(nb.attackers @ (strengths * alive), dtype=np.float64)
    attacked = count > 0
    denominator = 1.0 + count + total / np.where(attacked, count, 1.0)
    return np.where(attacked, nb.weights / denominator, nb.weights)


register(GradualSemantics.CARD_BASED, _card_based_update, attack_only=True)


def weighted_card_based(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
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
    **options
        ``method``, ``tol``, ``max_iter``, ``step``: how the strengths are
        computed, see :func:`~argmap.gradual.registry.evaluate`.

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
    return evaluate(graph, GradualSemantics.CARD_BASED, **options)
