"""Gradual (numeric) semantics: a strength in ``[0, 1]`` for every argument.

Entry point: :func:`strengths` with a semantics name, or one function per
semantics:

==========================  ===============================  ==========================
name                        function                         paper
==========================  ===============================  ==========================
``h-categorizer``           :func:`h_categorizer`            Besnard & Hunter 2001
``weighted-h-categorizer``  :func:`weighted_h_categorizer`   Amgoud et al. 2017
``max-based``               :func:`weighted_max_based`       Amgoud et al. 2017
``card-based``              :func:`weighted_card_based`      Amgoud et al. 2017
``quad``                    :func:`quad`                     Baroni et al. 2015
``df-quad``                 :func:`df_quad`                  Rago et al. 2016
``euler``                   :func:`euler_based`              Amgoud & Ben-Naim 2018
``quadratic-energy``        :func:`quadratic_energy`         Potyka 2018
``mlp``                     :func:`mlp_based`                Potyka 2021
==========================  ===============================  ==========================

The first four are attack-only. Every function returns a :class:`GradualResult`
that says whether the strengths converged and how they were computed
(:class:`Method`). Each semantics registers its local function in
:mod:`argmap.gradual.registry`, whose :func:`~argmap.gradual.registry.evaluate`
runs it; :mod:`argmap.gradual.propagation` holds the solver they share.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.card_based import weighted_card_based
from argmap.gradual.df_quad import df_quad
from argmap.gradual.euler import euler_based
from argmap.gradual.h_categorizer import h_categorizer, weighted_h_categorizer
from argmap.gradual.max_based import weighted_max_based
from argmap.gradual.mlp import mlp_based
from argmap.gradual.quad import quad
from argmap.gradual.quadratic_energy import quadratic_energy
from argmap.gradual.registry import ENTRIES, evaluate
from argmap.gradual.types import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_STEP,
    DEFAULT_TOLERANCE,
    GradualError,
    GradualResult,
    GradualSemantics,
    Method,
)

SemanticsFunction = Callable[..., GradualResult]

SEMANTICS: Mapping[GradualSemantics, SemanticsFunction] = MappingProxyType(
    {
        GradualSemantics.H_CATEGORIZER: h_categorizer,
        GradualSemantics.WEIGHTED_H_CATEGORIZER: weighted_h_categorizer,
        GradualSemantics.MAX_BASED: weighted_max_based,
        GradualSemantics.CARD_BASED: weighted_card_based,
        GradualSemantics.QUAD: quad,
        GradualSemantics.DF_QUAD: df_quad,
        GradualSemantics.EULER: euler_based,
        GradualSemantics.QUADRATIC_ENERGY: quadratic_energy,
        GradualSemantics.MLP: mlp_based,
    }
)
"""The function computing each semantics."""

UNWEIGHTED: frozenset[GradualSemantics] = frozenset(
    semantics for semantics, entry in ENTRIES.items() if entry.unit_start
)
"""The semantics that ignore the base weights, every argument starting from 1 (the
registry's ``unit_start``: Besnard & Hunter's h-categorizer; its weighted variant
reads them)."""


def strengths(
    graph: WeightedBipolarGraph | ArgumentationFramework,
    semantics: GradualSemantics | str,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """The strength of every argument of ``graph`` under the gradual ``semantics``.

    Parameters
    ----------
    graph : WeightedBipolarGraph or ArgumentationFramework
        The graph; a Dung framework is read as an attack-only graph with base
        score 1 everywhere.
    semantics : GradualSemantics or str
        ``h-categorizer``, ``weighted-h-categorizer``, ``max-based``,
        ``card-based``, ``quad``, ``df-quad``, ``euler``, ``quadratic-energy`` or
        ``mlp`` (see :meth:`GradualSemantics.parse` for accepted spellings).
    method : {"auto", "forward", "discrete", "continuous"}
        ``auto``: exact forward propagation on acyclic graphs; on cyclic ones the
        discrete iteration, replaced by the continuous model (RK4) if it stalls.
    tol : float
        Convergence bound on ``max_a |f(s)(a) - s(a)|``.
    max_iter : int
        Iterations (discrete) or RK4 steps (continuous) allowed.
    step : float
        RK4 step of the continuous model.

    Returns
    -------
    GradualResult
        The strengths, ``converged``, ``iterations``, ``residual`` and ``method``.

    Raises
    ------
    GradualError
        For an unknown semantics or method, supports given to an attack-only
        semantics, ``method="forward"`` on a cyclic graph, or a bad option.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 0.6, "c": 0.9},
    ...                          attacks=[("b", "a")], supports=[("c", "a")])
    >>> r = strengths(g, "df-quad")
    >>> round(r["a"], 6), r.converged, r.method.value
    (0.65, True, 'forward')
    >>> try:
    ...     strengths(g, "h-categorizer")
    ... except GradualError as error:
    ...     print(error)  # doctest: +ELLIPSIS
    h-categorizer is defined on attack-only graphs, but this graph has 1 support(s), ...
    """
    chosen = GradualSemantics.parse(semantics)
    return evaluate(graph, chosen, method=method, tol=tol, max_iter=max_iter, step=step)


__all__ = [
    "SEMANTICS",
    "UNWEIGHTED",
    "GradualError",
    "GradualResult",
    "GradualSemantics",
    "Method",
    "df_quad",
    "euler_based",
    "h_categorizer",
    "mlp_based",
    "quad",
    "quadratic_energy",
    "strengths",
    "weighted_card_based",
    "weighted_h_categorizer",
    "weighted_max_based",
]
