"""The gradual semantics by name: each one's update, and the one function that runs it.

Every semantics module writes its local function (an :data:`Update`) and
registers it here with :func:`register`, saying whether the semantics is
defined on attack-only graphs. :func:`evaluate` is the single place that checks
the graph, picks the start and calls the solver
(:func:`argmap.gradual.propagation.solve`); the public functions
(:func:`~argmap.gradual.df_quad.df_quad`, ...) keep their definitions and papers
in their docstrings and hand their options to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypedDict

import numpy as np

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual.propagation import Update, require_attack_only, solve
from argmap.gradual.types import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_STEP,
    DEFAULT_TOLERANCE,
    GradualError,
    GradualResult,
    GradualSemantics,
    Method,
)


class SolverOptions(TypedDict, total=False):
    """How a gradual semantics is computed (every key optional; see :func:`evaluate`)."""

    method: Method | str
    tol: float
    max_iter: int
    step: float


@dataclass(frozen=True)
class Entry:
    """What the solver needs to know about one semantics.

    Attributes
    ----------
    update : Update
        The local function ``f``: new strengths of some rows from the current ones.
    attack_only : bool
        Whether the semantics is defined on attack-only graphs (supports refused).
    unit_start : bool
        Whether base scores are ignored and every argument starts from 1
        (the plain h-categorizer).
    """

    update: Update
    attack_only: bool
    unit_start: bool = False


_ENTRIES: dict[GradualSemantics, Entry] = {}

ENTRIES: Mapping[GradualSemantics, Entry] = MappingProxyType(_ENTRIES)
"""Read-only ``{semantics: entry}`` of the registered semantics."""


def register(
    semantics: GradualSemantics, update: Update, *, attack_only: bool, unit_start: bool = False
) -> None:
    """Record the update of ``semantics`` (once; its module does it on import)."""
    if semantics in _ENTRIES:
        raise ValueError(f"{semantics.value} is registered twice")
    _ENTRIES[semantics] = Entry(update, attack_only, unit_start)


def evaluate(
    graph: WeightedBipolarGraph | ArgumentationFramework,
    semantics: GradualSemantics,
    *,
    method: Method | str = Method.AUTO,
    tol: float = DEFAULT_TOLERANCE,
    max_iter: int = DEFAULT_MAX_ITERATIONS,
    step: float = DEFAULT_STEP,
) -> GradualResult:
    """The strengths of ``graph`` under the registered ``semantics``.

    Parameters
    ----------
    graph : WeightedBipolarGraph or ArgumentationFramework
        The graph; a Dung framework is read as an attack-only graph with base
        score 1 everywhere.
    semantics : GradualSemantics
        A registered semantics.
    method : {"auto", "forward", "discrete", "continuous"}
        See :class:`~argmap.gradual.types.Method`: ``auto`` is exact forward
        propagation on acyclic graphs and, on cyclic ones, the discrete
        iteration, replaced by the continuous model (RK4) if it stalls.
    tol : float
        Convergence bound on ``max |f(s) - s|`` for the iterative methods.
    max_iter : int
        Iterations (discrete) or RK4 steps (continuous) allowed.
    step : float
        RK4 step of the continuous method.

    Returns
    -------
    GradualResult
        The strengths, ``converged``, ``iterations``, ``residual`` and ``method``.

    Raises
    ------
    GradualError
        Supports given to an attack-only semantics, ``method="forward"`` on a
        cyclic graph, an unknown method or a bad option.

    Examples
    --------
    >>> import argmap.gradual
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 1.0}, attacks=[("b", "a")])
    >>> evaluate(g, GradualSemantics.H_CATEGORIZER, method="forward")["a"]
    0.5
    """
    entry = _ENTRIES.get(semantics)
    if entry is None:
        raise GradualError(f"{semantics!r} is not a registered gradual semantics")
    if isinstance(graph, ArgumentationFramework):
        graph = WeightedBipolarGraph.from_framework(graph)
    if entry.attack_only:
        require_attack_only(graph, semantics)
    return solve(
        graph,
        entry.update,
        semantics=semantics,
        method=method,
        tol=tol,
        max_iter=max_iter,
        step=step,
        start=np.ones(len(graph), dtype=np.float64) if entry.unit_start else None,
    )


__all__ = ["ENTRIES", "Entry", "SolverOptions", "evaluate", "register"]
