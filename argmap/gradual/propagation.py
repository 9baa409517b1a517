"""The machinery every gradual semantics shares: aggregation, propagation, solving.

A local gradual semantics is an *update* ``f``: given the current strength of
every argument, it returns the new strength of some arguments (a
:class:`Neighbourhood`: rows of the graph with their attackers and supporters).
Each semantics module only writes its update, vectorised with numpy over the
rows; :func:`solve` decides how to reach the strengths:

* acyclic graph — forward propagation: the rows are evaluated level by level in
  topological order (level ``k`` = arguments whose longest chain of parents has
  length ``k``), each exactly once, from final parent strengths: the exact
  value of the recursive definition;
* cyclic graph, ``auto`` — the strongly connected components in topological
  order: the acyclic part level by level as above, each group of cycles solved
  alone (as below) once everything upstream is final, so a long chain hanging
  from a cycle costs one pass instead of one iteration per link;
* cyclic graph, ``discrete`` — Jacobi iteration ``s ← f(s)`` from the base
  scores until ``max |f(s) - s| <= tol`` or ``max_iter`` iterations;
* cyclic graph, ``continuous`` — Potyka's (2018) continuous model
  ``ds/dt = f(s) - s`` from ``s(0) = w``, integrated with the classical
  fourth-order Runge-Kutta scheme (fixed step, halved when it proves too large:
  see :func:`integrate_rk4`) until
  ``max |f(s) - s| <= tol`` or ``max_iter`` steps. Its limits are fixed points
  of ``f``.

``auto`` uses forward propagation when it can; on each group of cycles it uses
the discrete iteration, abandoned for the continuous model when it stalls (no
new smallest residual for :data:`STALL_PATIENCE` iterations, e.g. an
oscillation). Each result reports ``converged``, the residual (of the whole
graph) and the method used. Large levels and groups are evaluated on their rows
and their parents only, so the work is linear in the size of the graph on
acyclic graphs, however deep.

References
----------
.. [1] N. Potyka, "Continuous dynamical systems for weighted bipolar
   argumentation", KR 2018, 148-157.
.. [2] T. Mossakowski, F. Neuhaus, "Modular semantics and characteristics for
   bipolar weighted argumentation graphs", arXiv:1807.06685, 2018.
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np

from argmap.frameworks.weighted import SparseRows, WeightedBipolarGraph
from argmap.gradual.neighbourhood import (
    FloatArray,
    IntArray,
    LevelNeighbourhoods,
    Neighbourhood,
    Update,
    concatenated_ranges,
)
from argmap.gradual.types import GradualError, GradualResult, GradualSemantics, Method
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.scc import strongly_connected_components

STALL_PATIENCE = 100
"""``auto`` gives up the discrete iteration after this many iterations without a
new smallest residual."""
MAX_STEP_HALVINGS = 10
"""How many times the RK4 integration may halve a step that proves too large."""

_WHOLE_GRAPH_LEVELS = 100_000
"""Forward propagation re-evaluates all rows per level while ``n × levels`` stays below this."""


# -- structure ------------------------------------------------------------------
def topological_levels(graph: WeightedBipolarGraph) -> list[IntArray] | None:
    """The arguments grouped by topological level, or ``None`` if the graph has a cycle.

    Level 0 holds the arguments without attackers or supporters; level ``k`` those
    whose parents all lie in levels ``< k`` (attacks and supports both count).
    A self-attack or self-support is a cycle.

    >>> g = WeightedBipolarGraph({"a": 1.0, "b": 1.0, "c": 1.0}, attacks=[("a", "b")],
    ...                          supports=[("b", "c")])
    >>> [level.tolist() for level in topological_levels(g)]
    [[0], [1], [2]]
    >>> topological_levels(WeightedBipolarGraph({"a": 1.0}, attacks=[("a", "a")])) is None
    True
    """
    return _levels_of(graph.parent_matrix)


def _levels_of(parents: SparseRows) -> list[IntArray] | None:
    """Topological levels of the graph whose row ``i`` lists the parents of ``i``.

    Kahn's algorithm over plain lists: a chain has one level per argument, and a
    fixed cost per level (as a few numpy calls would be) would dominate.
    """
    n = parents.shape[0]
    children = parents.transpose()
    indegree = parents.counts.tolist()
    pointers, reached = children.indptr.tolist(), children.indices.tolist()
    frontier = [i for i in range(n) if indegree[i] == 0]
    levels: list[IntArray] = []
    placed = 0
    while frontier:
        levels.append(np.array(frontier, dtype=np.int64))
        placed += len(frontier)
        following: list[int] = []
        for node in frontier:
            for child in reached[pointers[node] : pointers[node + 1]]:
                indegree[child] -= 1
                if indegree[child] == 0:
                    following.append(child)
        frontier = sorted(following)
    return levels if placed == n else None


def cycle_witness(graph: WeightedBipolarGraph) -> list[str]:
    """The arguments of one cycle of attacks/supports (empty if the graph is acyclic).

    >>> g = WeightedBipolarGraph({"a": 1.0, "b": 1.0, "c": 1.0},
    ...                          attacks=[("a", "b"), ("c", "a")], supports=[("b", "a")])
    >>> cycle_witness(g)
    ['a', 'b']
    """
    parents = graph.parent_matrix
    for component in _components(parents):
        if len(component) > 1 or component[0] in parents.row(component[0]).tolist():
            return [graph.arguments[i] for i in component]
    return []


def _components(parents: SparseRows) -> list[list[int]]:
    """The strongly connected components of the graph whose row ``i`` lists the parents of ``i``.

    In topological order (parents' components first), members in increasing order:
    :func:`argmap.semantics.scc.strongly_connected_components` on the graph of
    attacks and supports.
    """
    n = parents.shape[0]

    def rows(matrix: SparseRows) -> list[list[int]]:
        pointers, flat = matrix.indptr.tolist(), matrix.indices.tolist()
        return [flat[pointers[i] : pointers[i + 1]] for i in range(n)]

    adjacency = Adjacency(rows(parents), rows(parents.transpose()), range(n))
    return strongly_connected_components(adjacency)


# -- solving ---------------------------------------------------------------------
def solve(
    graph: WeightedBipolarGraph,
    update: Update,
    *,
    semantics: GradualSemantics,
    method: Method | str,
    tol: float,
    max_iter: int,
    step: float,
    start: FloatArray | None = None,
) -> GradualResult:
    """Strengths of ``graph`` under the local function ``update`` (see the module text).

    Parameters
    ----------
    graph : WeightedBipolarGraph
        The graph.
    update : callable
        ``update(s, nb)``: the new strengths of ``nb.rows`` given strengths ``s``.
    semantics : GradualSemantics
        Recorded in the result.
    method : Method or str
        ``auto``, ``forward``, ``discrete`` or ``continuous``.
    tol : float
        Convergence bound on ``max |f(s) - s|`` (positive).
    max_iter : int
        Iterations (discrete) or RK4 steps (continuous) allowed (positive).
    step : float
        RK4 step size (positive).
    start : ndarray, optional
        Where iteration and integration start; default: the base scores.

    Raises
    ------
    GradualError
        ``method="forward"`` on a cyclic graph, an unknown method, or a
        non-positive ``tol``, ``max_iter`` or ``step``.
    """
    try:
        chosen = Method(method)
    except ValueError:
        known = ", ".join(m.value for m in Method)
        raise GradualError(f"unknown method {method!r}; choose one of: {known}") from None
    if not tol > 0.0:
        raise GradualError(f"tol must be positive, got {tol!r}")
    if max_iter < 1:
        raise GradualError(f"max_iter must be at least 1, got {max_iter!r}")
    if not step > 0.0:
        raise GradualError(f"step must be positive, got {step!r}")

    everything = Neighbourhood.of(graph)
    origin = np.array(graph.weight_array if start is None else start, dtype=np.float64)

    def result(
        strengths: FloatArray, converged: bool, iterations: int, residual: float, used: Method
    ) -> GradualResult:
        values = np.clip(strengths, 0.0, 1.0).tolist()
        return GradualResult(
            semantics=semantics,
            strengths=MappingProxyType(dict(zip(graph.arguments, values, strict=True))),
            converged=converged,
            iterations=iterations,
            residual=residual,
            method=used,
            tolerance=tol,
        )

    if chosen in (Method.AUTO, Method.FORWARD):
        levels = topological_levels(graph)
        if levels is not None:
            strengths = origin
            # Building a neighbourhood costs a fixed overhead per level; on small graphs
            # re-evaluating every row is cheaper and gives the same numbers.
            if len(graph) * len(levels) <= _WHOLE_GRAPH_LEVELS:
                for level in levels:
                    strengths[level] = update(strengths, everything)[level]
            else:
                blocks = LevelNeighbourhoods(graph, *_concatenated(levels))
                for k, level in enumerate(levels):
                    nb, columns = blocks.local(k)
                    strengths[level] = update(strengths[columns], nb)
            residual = _residual(update, strengths, everything)
            return result(strengths, True, len(levels), residual, Method.FORWARD)
        if chosen is Method.FORWARD:
            cycle = cycle_witness(graph)
            raise GradualError(
                f"forward propagation needs an acyclic graph; arguments {cycle!r} lie on a "
                "cycle: use method='discrete' or method='continuous'"
            )
        strengths, converged, iterations, used = _solve_by_components(
            graph, update, origin, tol=tol, max_iter=max_iter, step=step
        )
        residual = _residual(update, strengths, everything)
        return result(strengths, converged, iterations, residual, used)
    if chosen is Method.DISCRETE:
        strengths, converged, iterations, residual = iterate(
            update, everything, origin, tol=tol, max_iter=max_iter
        )
        return result(strengths, converged, iterations, residual, Method.DISCRETE)
    strengths, converged, iterations, residual = integrate_rk4(
        update, everything, origin, tol=tol, max_steps=max_iter, step=step
    )
    return result(strengths, converged, iterations, residual, Method.CONTINUOUS)


def _solve_by_components(
    graph: WeightedBipolarGraph,
    update: Update,
    origin: FloatArray,
    *,
    tol: float,
    max_iter: int,
    step: float,
) -> tuple[FloatArray, bool, int, Method]:
    """``auto`` on a cyclic graph: its strongly connected components in topological order.

    The components are grouped by level of the condensation (a component's
    level is one more than its parents' highest). On a level, the arguments on
    no cycle are evaluated at once from their final parents; the cyclic
    components are iterated together with their parents outside held fixed
    (discrete, then continuous if that stalls). Returns the strengths, whether
    every group converged, the iterations or steps spent in all, and
    ``continuous`` if any group needed it, else ``discrete``.
    """
    n = len(graph)
    parents = graph.parent_matrix
    components = _components(parents)
    count = len(components)
    sizes = np.fromiter(map(len, components), dtype=np.int64, count=count)
    # The arguments sorted by component, and the component of each argument.
    by_component = np.concatenate(components).astype(np.int64)
    labels = np.empty(n, dtype=np.int64)
    labels[by_component] = np.repeat(np.arange(count, dtype=np.int64), sizes)
    looped = np.zeros(count, dtype=bool)
    looped[labels[parents.row_of[parents.indices == parents.row_of]]] = True
    cyclic = (sizes > 1) | looped
    # The condensation: row = a component, columns = the components of its parents.
    source, target = labels[parents.indices], labels[parents.row_of]
    between = source != target
    condensed = SparseRows.from_pairs(target[between], source[between], (count, count))
    component_levels = _levels_of(condensed)
    assert component_levels is not None  # a condensation is acyclic
    starts = np.concatenate(([0], np.cumsum(sizes)))
    strengths = origin.copy()
    converged, iterations, used = True, 0, Method.DISCRETE
    flat_rows = [
        np.sort(_rows_of(level[~cyclic[level]], by_component, starts)) for level in component_levels
    ]
    blocks = LevelNeighbourhoods(graph, *_concatenated(flat_rows))
    for k, level in enumerate(component_levels):
        if flat_rows[k].size:
            nb, columns = blocks.local(k)
            strengths[flat_rows[k]] = update(strengths[columns], nb)
        loops = np.sort(level[cyclic[level]])
        if not loops.size:
            continue
        rows = np.sort(_rows_of(loops, by_component, starts))
        nb, columns = Neighbourhood.local(graph, rows, leading=rows)
        inner = rows.size

        def block(state: FloatArray, nb: Neighbourhood, inner: int = inner) -> FloatArray:
            return np.concatenate((update(state, nb), state[inner:]))

        start = strengths[columns]
        state, done, spent, _ = iterate(
            block, nb, start, tol=tol, max_iter=max_iter, patience=STALL_PATIENCE
        )
        if not done:
            state, done, spent, _ = integrate_rk4(
                block, nb, start, tol=tol, max_steps=max_iter, step=step
            )
            used = Method.CONTINUOUS
        strengths[rows] = state[:inner]
        converged = converged and done
        iterations += spent
    return strengths, converged, iterations, used


def _concatenated(groups: list[IntArray]) -> tuple[IntArray, IntArray]:
    """``groups`` one after the other, and where each starts (and the last ends)."""
    sizes = [len(group) for group in groups]
    rows = np.concatenate(groups) if groups else np.zeros(0, dtype=np.int64)
    return rows.astype(np.int64), np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)


def _rows_of(components: IntArray, by_component: IntArray, starts: IntArray) -> IntArray:
    """The arguments of ``components``, given the arguments sorted by component."""
    return by_component[concatenated_ranges(starts[components], starts[components + 1])]


def require_attack_only(graph: WeightedBipolarGraph, semantics: GradualSemantics) -> None:
    """Raise :class:`GradualError` if ``graph`` has supports (for attack-only semantics)."""
    if graph.supports:
        example = graph.sorted_supports()[0]
        raise GradualError(
            f"{semantics.value} is defined on attack-only graphs, but this graph has "
            f"{len(graph.supports)} support(s), e.g. {example!r}; drop the supports or use a "
            "bipolar semantics (df-quad, quad, euler, quadratic-energy, mlp)"
        )


def _residual(update: Update, strengths: FloatArray, nb: Neighbourhood) -> float:
    if not strengths.size:
        return 0.0
    return float(np.max(np.abs(update(strengths, nb) - strengths)))


def iterate(
    update: Update,
    nb: Neighbourhood,
    start: FloatArray,
    *,
    tol: float,
    max_iter: int,
    patience: int | None = None,
) -> tuple[FloatArray, bool, int, float]:
    """Jacobi iteration ``s ← f(s)`` from ``start``.

    Returns ``(s, converged, k, residual)`` where ``s = f^k(start)`` is the first
    iterate with ``max |f(s) - s| <= tol`` (``converged``), or the last one after
    ``max_iter`` iterations, or after ``patience`` iterations without a new
    smallest residual.
    """
    strengths = start.copy()
    best = np.inf
    since_best = 0
    residual = np.inf
    for k in range(max_iter + 1):
        new = update(strengths, nb)
        residual = float(np.max(np.abs(new - strengths))) if strengths.size else 0.0
        if residual <= tol:
            return strengths, True, k, residual
        if not np.isfinite(residual) or k == max_iter:
            break
        if residual < best:
            best, since_best = residual, 0
        else:
            since_best += 1
            if patience is not None and since_best >= patience:
                break
        strengths = new
    return strengths, False, k, residual


def integrate_rk4(
    update: Update,
    nb: Neighbourhood,
    start: FloatArray,
    *,
    tol: float,
    max_steps: int,
    step: float,
) -> tuple[FloatArray, bool, int, float]:
    """Integrate ``ds/dt = f(s) - s`` from ``start`` with fixed-step RK4.

    Stops at the first state with ``max |f(s) - s| <= tol`` (``converged``) or after
    ``max_steps`` steps in all; returns ``(s, converged, steps, residual)``.

    A step too large for the system shows as a numerical trajectory that leaves
    ``[-0.5, 1.5]`` (the exact one stays in ``[0, 1]``, since ``f`` maps into it)
    or that circles without getting closer (no new smallest residual for
    :data:`STALL_PATIENCE` steps). Either way the integration restarts from
    ``start`` with half the step, at most :data:`MAX_STEP_HALVINGS` times.
    """

    def derivative(state: FloatArray) -> FloatArray:
        return update(state, nb) - state

    state = start.copy()
    residual = best = np.inf
    since_best = halvings = 0
    for k in range(max_steps + 1):
        k1 = derivative(state)
        residual = float(np.max(np.abs(k1))) if state.size else 0.0
        if residual <= tol:
            return state, True, k, residual
        if k == max_steps:
            break
        if residual < best:
            best, since_best = residual, 0
        else:
            since_best += 1
        k2 = derivative(state + 0.5 * step * k1)
        k3 = derivative(state + 0.5 * step * k2)
        k4 = derivative(state + step * k3)
        state = state + (step / 6.0) * (k1 + 2.0 * k2 + 2.0 * k3 + k4)
        escaped = not (np.all(np.isfinite(state)) and state.min() >= -0.5 and state.max() <= 1.5)
        if (escaped or since_best >= STALL_PATIENCE) and halvings < MAX_STEP_HALVINGS:
            halvings += 1
            step /= 2.0
            state = start.copy()
            best, since_best = np.inf, 0
        elif escaped:
            residual = np.inf
            break
    return state, False, k, residual


__all__ = [
    "MAX_STEP_HALVINGS",
    "STALL_PATIENCE",
    "FloatArray",
    "IntArray",
    "Neighbourhood",
    "Update",
    "cycle_witness",
    "integrate_rk4",
    "iterate",
    "require_attack_only",
    "solve",
    "topological_levels",
]
