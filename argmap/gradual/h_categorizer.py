"""The h-categorizer (Besnard & Hunter 2001) and its weighted version (Amgoud et al. 2017).

Both are attack-only: an argument is weakened by the sum of its attackers'
strengths. The plain h-categorizer gives every argument the base score 1; the
weighted one starts from the argument's own base score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import FloatArray, Neighbourhood
from argmap.gradual.registry import SolverOptions, evaluate, register
from argmap.gradual.types import GradualResult, GradualSemantics

if TYPE_CHECKING:
    from typing_extensions import Unpack


def _h_categorizer_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return 1.0 / (1.0 + nb.attack_sum(strengths))


register(GradualSemantics.H_CATEGORIZER, _h_categorizer_update, attack_only=True, unit_start=True)


def _weighted_h_categorizer_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    return nb.weights / (1.0 + nb.attack_sum(strengths))


register(GradualSemantics.WEIGHTED_H_CATEGORIZER, _weighted_h_categorizer_update, attack_only=True)


def h_categorizer(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
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
    return evaluate(graph, GradualSemantics.H_CATEGORIZER, **options)


def weighted_h_categorizer(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
) -> GradualResult:
    """Strengths under the weighted h-categorizer ``Hbs`` of Amgoud et al. (2017).

    .. math:: Hbs(a) = \\frac{w(a)}{1 + \\sum_{b \\in Att(a)} Hbs(b)}

    Several weak attackers can exactly compensate one strong one (it satisfies
    *compensation*, neither cardinality nor quality precedence).

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
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 1.0, "c": 0.5, "d1": 0.5, "d2": 0.5},
    ...                          attacks=[("b", "a"), ("d1", "c"), ("d2", "c")])
    >>> r = weighted_h_categorizer(g)
    >>> r["a"], r["c"]
    (0.25, 0.25)
    """
    return evaluate(graph, GradualSemantics.WEIGHTED_H_CATEGORIZER, **options)
