"""The weighted max-based semantics ``Mbs`` (Amgoud, Ben-Naim, Doder & Vesic 2017)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import FloatArray, Neighbourhood
from argmap.gradual.registry import SolverOptions, evaluate, register
from argmap.gradual.types import GradualResult, GradualSemantics

if TYPE_CHECKING:
    from typing_extensions import Unpack


def _max_based_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return nb.weights / (1.0 + nb.attack_max(strengths))


register(GradualSemantics.MAX_BASED, _max_based_update, attack_only=True)


def weighted_max_based(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
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
    >>> weighted_max_based(g)["a"]
    0.5
    """
    return evaluate(graph, GradualSemantics.MAX_BASED, **options)
