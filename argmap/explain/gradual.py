"""Which attackers and supporters moved a gradual strength, and by how much.

A gradual semantics (:mod:`argmap.gradual`) gives an argument ``a`` a strength
``σ(a)`` from its base score and the strengths of its attackers and supporters.
Two attributions of ``σ(a)`` to the edges into ``a`` are computed:

* **removal impact** — for each edge ``e`` (an attack or a support), the
  strength with every edge minus the strength without ``e``:
  ``σ(a) − σ_{G∖e}(a)``. Negative for an edge that pulls ``a`` down, positive
  for one that lifts it. It answers "what if this edge were not there?", and
  the impacts of several edges need not add up (the semantics aggregates them
  non-linearly).
* **Shapley contributions** — the edges into ``a`` as players of a cooperative
  game whose value for a coalition ``T`` is ``a``'s strength when only the edges
  of ``T`` enter it: ``φ_e = Σ_{T ⊆ N∖{e}} |T|!(n−|T|−1)!/n! · (v(T ∪ {e}) − v(T))``.
  They add up exactly to ``σ(a) − v(∅)``, the total effect of the edges, and
  share each interaction fairly (Shapley 1953; for argumentation, Čyras,
  Kampik & Weng 2022 on argument attribution). The exact sum has ``2ⁿ`` terms,
  so it is computed for at most :data:`SHAPLEY_LIMIT` edges into ``a``; with
  more, only the removal impacts are given.

When ``a`` is not on a cycle with its own parents, the parents' strengths do not
depend on the edges into ``a``, and each coalition is evaluated on a small star
graph (the parents, fixed at their final strengths, and ``a``); the star is
checked to reproduce ``σ(a)`` first, and the whole graph is re-evaluated
otherwise.

References
----------
.. [1] L. S. Shapley, "A value for n-person games", in Contributions to the
   Theory of Games II, Princeton University Press, 307-317, 1953.
.. [2] K. Čyras, T. Kampik and Q. Weng, "Dispute trees as explanations in
   quantitative (bipolar) argumentation", ArgXAI 2022. See also X. Yin,
   N. Potyka and F. Toni, "Argument attribution explanations in quantitative
   bipolar argumentation frameworks", ECAI 2023.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from argmap.explain.gradual_text import render_attribution
from argmap.explain.names import Vocabulary
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import GradualSemantics, strengths

SHAPLEY_LIMIT = 10
"""Shapley contributions are computed exactly for at most this many edges into the
argument (``2**10`` evaluations)."""

STAR_TOLERANCE = 1e-9
"""How closely the star graph must reproduce the strength to be used."""

Relation = Literal["attack", "support"]


@dataclass(frozen=True)
class EdgeContribution:
    """The part of an edge ``source → target`` in ``target``'s strength.

    ``removal`` is ``σ(target)`` minus the strength without this edge;
    ``shapley`` the Shapley contribution (``None`` when not computed).
    """

    source: str
    target: str
    relation: Relation
    removal: float
    shapley: float | None


@dataclass(frozen=True)
class Attribution:
    """How the edges into ``argument`` moved its strength under ``semantics``.

    ``strength`` is its strength, ``base`` its base score, ``unattached`` its
    strength when no edge enters it (``v(∅)``; the Shapley contributions add up
    to ``strength - unattached``). ``contributions`` are sorted by the size of
    their effect, largest first. ``converged`` is false when a strength came
    from a computation that did not converge (then the numbers are indicative).
    """

    argument: str
    semantics: GradualSemantics
    strength: float
    base: float
    unattached: float
    contributions: tuple[EdgeContribution, ...]
    exact_shapley: bool
    converged: bool
    vocabulary: Vocabulary = field(repr=False, compare=False)

    def text(self, language: str = "en") -> str:
        """The attribution as text in ``language`` (``"en"`` or ``"fr"``)."""
        return render_attribution(self, language)


def attribution(
    graph: WeightedBipolarGraph | ArgumentationFramework,
    argument: str,
    semantics: GradualSemantics | str = GradualSemantics.DF_QUAD,
    *,
    edges: Literal["incoming", "all"] = "incoming",
    vocabulary: Vocabulary | None = None,
    **options: Any,
) -> Attribution:
    """The removal impact and Shapley contribution of each edge on ``argument``'s strength.

    See the module docstring for the definitions.

    Parameters
    ----------
    graph : WeightedBipolarGraph or ArgumentationFramework
        A framework is read as an attack-only graph with base score 1.
    argument : str
    semantics : GradualSemantics or str
        Any semantics of :func:`argmap.gradual.strengths` that accepts the graph.
    edges : {"incoming", "all"}
        Attribute the edges into ``argument`` (default), or every edge of the
        graph (removal impact only for edges not into ``argument``; one
        evaluation of the whole graph per edge).
    vocabulary : Vocabulary, optional
        How arguments are named in :meth:`Attribution.text`.
    **options
        Passed to :func:`argmap.gradual.strengths` (``method``, ``tol``, ...).

    Returns
    -------
    Attribution

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 0.6, "c": 0.9},
    ...                          attacks=[("b", "a")], supports=[("c", "a")])
    >>> why = attribution(g, "a", "df-quad")
    >>> round(why.strength, 4), round(why.unattached, 4)
    (0.65, 0.5)
    >>> [(c.source, round(c.removal, 4), round(c.shapley, 4)) for c in why.contributions]
    [('c', 0.45, 0.45), ('b', -0.3, -0.3)]
    """
    chosen = GradualSemantics.parse(semantics)
    if isinstance(graph, ArgumentationFramework):
        graph = WeightedBipolarGraph.from_framework(graph)
    if argument not in graph:
        raise KeyError(f"{argument!r} is not an argument of this graph")
    if edges not in ("incoming", "all"):
        raise ValueError(f"edges must be 'incoming' or 'all', got {edges!r}")
    words = vocabulary or Vocabulary.of_framework(graph.arguments)
    whole = strengths(graph, chosen, **options)
    strength = whole[argument]
    incoming: list[tuple[str, Relation]] = [
        *((b, "attack") for b in sorted(graph.attackers(argument), key=graph.index)),
        *((b, "support") for b in sorted(graph.supporters(argument), key=graph.index)),
    ]
    converged = [whole.converged]
    value = _coalition_value(graph, argument, chosen, incoming, whole.strengths, converged, options)
    everything = frozenset(range(len(incoming)))
    removal = [strength - value(everything - {k}) for k in range(len(incoming))]
    exact = len(incoming) <= SHAPLEY_LIMIT
    shapley: list[float | None] = (
        list(_shapley(value, len(incoming))) if exact else [None] * len(incoming)
    )
    contributions = [
        EdgeContribution(source, argument, relation, removal[k], shapley[k])
        for k, (source, relation) in enumerate(incoming)
    ]
    if edges == "all":
        contributions += _other_edges(graph, argument, chosen, strength, converged, options)
    contributions.sort(key=lambda c: -abs(c.shapley if c.shapley is not None else c.removal))
    return Attribution(
        argument=argument,
        semantics=chosen,
        strength=strength,
        base=graph.weight(argument),
        unattached=value(frozenset()),
        contributions=tuple(contributions),
        exact_shapley=exact,
        converged=all(converged),
        vocabulary=words,
    )


def _coalition_value(
    graph: WeightedBipolarGraph,
    argument: str,
    semantics: GradualSemantics,
    incoming: list[tuple[str, Relation]],
    final: Any,
    converged: list[bool],
    options: dict[str, Any],
) -> Callable[[frozenset[int]], float]:
    """``v(T)``: the strength of ``argument`` when only the edges numbered in ``T`` enter it."""
    memo: dict[frozenset[int], float] = {}
    parents = {source for source, _ in incoming}
    star = None
    if not _reaches(graph, argument, parents):
        star = _star(graph, argument, incoming, final)
        if (
            abs(
                _evaluate(
                    star,
                    argument,
                    semantics,
                    incoming,
                    frozenset(range(len(incoming))),
                    converged,
                    options,
                )
                - final[argument]
            )
            > STAR_TOLERANCE
        ):
            star = None

    def value(kept: frozenset[int]) -> float:
        if kept not in memo:
            base = star if star is not None else graph
            memo[kept] = _evaluate(base, argument, semantics, incoming, kept, converged, options)
        return memo[kept]

    return value


def _evaluate(
    graph: WeightedBipolarGraph,
    argument: str,
    semantics: GradualSemantics,
    incoming: list[tuple[str, Relation]],
    kept: frozenset[int],
    converged: list[bool],
    options: dict[str, Any],
) -> float:
    dropped = {(incoming[k][0], argument) for k in range(len(incoming)) if k not in kept}
    attacks = [e for e in graph.sorted_attacks() if e not in dropped]
    supports = [e for e in graph.sorted_supports() if e not in dropped]
    result = strengths(WeightedBipolarGraph(graph.weights, attacks, supports), semantics, **options)
    converged.append(result.converged)
    return result[argument]


def _star(
    graph: WeightedBipolarGraph,
    argument: str,
    incoming: list[tuple[str, Relation]],
    final: Any,
) -> WeightedBipolarGraph:
    """``argument`` and its parents only, each parent weighted by its final strength."""
    weights = {source: float(final[source]) for source, _ in incoming}
    weights[argument] = graph.weight(argument)
    attacks = [(s, argument) for s, relation in incoming if relation == "attack"]
    supports = [(s, argument) for s, relation in incoming if relation == "support"]
    return WeightedBipolarGraph(weights, attacks, supports)


def _reaches(graph: WeightedBipolarGraph, start: str, goals: set[str]) -> bool:
    """Whether some goal is reachable from ``start`` along attacks and supports."""
    children: dict[str, list[str]] = {}
    for s, t in (*graph.attacks, *graph.supports):
        children.setdefault(s, []).append(t)
    seen = {start}
    stack = [start]
    while stack:
        x = stack.pop()
        for y in children.get(x, ()):
            if y in goals:
                return True
            if y not in seen:
                seen.add(y)
                stack.append(y)
    return False


def _shapley(value: Callable[[frozenset[int]], float], n: int) -> list[float]:
    """Exact Shapley values of the ``n`` players of ``value``."""
    weights = [math.factorial(k) * math.factorial(n - k - 1) / math.factorial(n) for k in range(n)]
    result = []
    for player in range(n):
        others = [k for k in range(n) if k != player]
        total = 0.0
        for size in range(n):
            for coalition in itertools.combinations(others, size):
                kept = frozenset(coalition)
                total += weights[size] * (value(kept | {player}) - value(kept))
        result.append(total)
    return result


def _other_edges(
    graph: WeightedBipolarGraph,
    argument: str,
    semantics: GradualSemantics,
    strength: float,
    converged: list[bool],
    options: dict[str, Any],
) -> list[EdgeContribution]:
    """Removal impacts of the edges that do not enter ``argument``."""
    found = []
    for relation, pairs in (
        ("attack", graph.sorted_attacks()),
        ("support", graph.sorted_supports()),
    ):
        for pair in pairs:
            if pair[1] == argument:
                continue
            attacks = [e for e in graph.sorted_attacks() if e != pair]
            supports = [e for e in graph.sorted_supports() if e != pair]
            result = strengths(
                WeightedBipolarGraph(graph.weights, attacks, supports), semantics, **options
            )
            converged.append(result.converged)
            kind: Relation = "attack" if relation == "attack" else "support"
            found.append(
                EdgeContribution(pair[0], pair[1], kind, strength - result[argument], None)
            )
    return found
