"""The MLP-based semantics (Potyka 2021)."""

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


def _logit(p: FloatArray) -> FloatArray:
    """``ln(p / (1 - p))``, with ``-inf`` at 0 and ``+inf`` at 1."""
    with np.errstate(divide="ignore"):
        return np.asarray(np.log(p) - np.log1p(-p), dtype=np.float64)


def _logistic(x: FloatArray) -> FloatArray:
    """``1 / (1 + e^(-x))`` without overflow: ``e^(-|x|)`` is at most 1.

    >>> _logistic(np.array([-np.inf, -800.0, 0.0, 800.0, np.inf])).tolist()
    [0.0, 0.0, 0.5, 1.0, 1.0]
    """
    small = np.exp(-np.abs(x))
    return np.asarray(
        np.where(x >= 0, 1.0 / (1.0 + small), small / (1.0 + small)), dtype=np.float64
    )


def _mlp_update(strengths: FloatArray, nb: Neighbourhood) -> FloatArray:
    # logit(0) = -inf and logit(1) = +inf give the limits 0 and 1.
    return _logistic(_logit(nb.weights) + nb.energy(strengths))


register(GradualSemantics.MLP, _mlp_update, attack_only=False)


def mlp_based(
    graph: WeightedBipolarGraph | ArgumentationFramework, **options: Unpack[SolverOptions]
) -> GradualResult:
    """Strengths under the MLP-based semantics.

    A weighted bipolar graph read as a multilayer perceptron with logistic
    activations: the base score is the bias, through :math:`\\ln(w / (1 - w))`,
    and every attack (support) is an edge of weight -1 (+1):

    .. math:: s(a) = \\sigma\\Big(\\ln\\frac{w(a)}{1 - w(a)} + E(a)\\Big), \\qquad
              E(a) = \\sum_{b \\in Sup(a)} s(b) - \\sum_{b \\in Att(a)} s(b)

    with :math:`\\sigma(x) = 1 / (1 + e^{-x})`. Base scores 0 and 1 are the limits
    (the strength stays 0, respectively 1).

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
    .. [1] N. Potyka, "Interpreting neural networks as quantitative
       argumentation frameworks", AAAI 2021, 6463-6470.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 1.0}, attacks=[("b", "a")])
    >>> round(mlp_based(g)["a"], 6)
    0.268941
    """
    return evaluate(graph, GradualSemantics.MLP, **options)
