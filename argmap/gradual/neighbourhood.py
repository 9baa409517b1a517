"""The rows an update of a gradual semantics recomputes, and their parents' strengths.

A :class:`Neighbourhood` is what every semantics' update reads: some rows of a
weighted bipolar graph, their base scores, and 0/1 matrices of their attackers
and supporters, with the aggregations the semantics share (sums, maxima,
probabilistic sums). Built over the whole graph for the iterative methods, or
over one level's rows and their parents only (:meth:`Neighbourhood.local`,
:class:`LevelNeighbourhoods`) for forward propagation, so that a level costs its own size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from argmap.frameworks.weighted import SparseRows, WeightedBipolarGraph

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class Neighbourhood:
    """Some rows of a graph (the arguments an update recomputes) and their parents.

    Attributes
    ----------
    rows : ndarray of int
        Indices of the arguments updated, in the graph's order.
    weights : ndarray of float
        Their base scores.
    graph_weights : ndarray of float
        The base scores of the columns: every argument, or for a neighbourhood
        built by :meth:`local` the arguments it names (indexed like the strength
        vector the update is given).
    attackers, supporters : SparseRows
        ``len(rows) × columns`` 0/1 matrices; entry ``(i, j)`` is 1 when column
        ``j`` attacks (supports) ``rows[i]``.
    attacker_count, supporter_count : ndarray of int
        Number of attackers (supporters) of each row.
    """

    rows: IntArray
    weights: FloatArray
    graph_weights: FloatArray
    attackers: SparseRows
    supporters: SparseRows
    attacker_count: IntArray
    supporter_count: IntArray

    @classmethod
    def of(cls, graph: WeightedBipolarGraph, rows: IntArray | None = None) -> Neighbourhood:
        """The neighbourhood of ``rows`` (default: every argument) in ``graph``."""
        weights = graph.weight_array
        attack = graph.attack_matrix
        support = graph.support_matrix
        if rows is None:
            rows = np.arange(len(graph), dtype=np.int64)
        else:
            attack = attack.take(rows)
            support = support.take(rows)
        return cls(
            rows=rows,
            weights=weights[rows],
            graph_weights=weights,
            attackers=attack,
            supporters=support,
            attacker_count=attack.counts,
            supporter_count=support.counts,
        )

    @classmethod
    def local(
        cls, graph: WeightedBipolarGraph, rows: IntArray, leading: IntArray | None = None
    ) -> tuple[Neighbourhood, IntArray]:
        """The neighbourhood of ``rows`` over their parents only, and those parents.

        The columns are the parents of ``rows`` (sorted), or ``leading`` followed
        by the parents not in it; the update is then given the strengths of the
        columns. Building it costs the size of the rows' parent lists, not of
        the graph.
        """
        attack, support = graph.attack_matrix, graph.support_matrix
        a_index = concatenated_ranges(attack.indptr[rows], attack.indptr[rows + 1])
        s_index = concatenated_ranges(support.indptr[rows], support.indptr[rows + 1])
        a_parents, s_parents = attack.indices[a_index], support.indices[s_index]
        parents = np.unique(np.concatenate((a_parents, s_parents)))
        if leading is None:
            columns = parents
        else:
            columns = np.concatenate((leading, np.setdiff1d(parents, leading, assume_unique=True)))
        order = np.argsort(columns, kind="stable")
        ordered = columns[order]

        def block(matrix: SparseRows, parent_columns: IntArray) -> SparseRows:
            local_columns = order[np.searchsorted(ordered, parent_columns)].astype(np.int64)
            return SparseRows(matrix.counts[rows], local_columns, len(columns))

        attackers = block(attack, a_parents)
        supporters = block(support, s_parents)
        weights = graph.weight_array
        nb = cls(
            rows=rows,
            weights=weights[rows],
            graph_weights=weights[columns],
            attackers=attackers,
            supporters=supporters,
            attacker_count=attackers.counts,
            supporter_count=supporters.counts,
        )
        return nb, columns.astype(np.int64)

    # -- aggregations of the parents' strengths -----------------------------------
    def attack_sum(self, strengths: FloatArray) -> FloatArray:
        """``Σ_{b ∈ Att(a)} s(b)`` for each row ``a``."""
        return np.asarray(self.attackers @ strengths, dtype=np.float64)

    def support_sum(self, strengths: FloatArray) -> FloatArray:
        """``Σ_{b ∈ Sup(a)} s(b)`` for each row ``a``."""
        return np.asarray(self.supporters @ strengths, dtype=np.float64)

    def attack_max(self, strengths: FloatArray) -> FloatArray:
        """``max_{b ∈ Att(a)} s(b)`` for each row ``a`` (0 when there is none)."""
        return _row_max(self.attackers, strengths)

    def attack_complement_product(self, strengths: FloatArray) -> FloatArray:
        """``Π_{b ∈ Att(a)} (1 - s(b))`` for each row ``a`` (1 when there is none)."""
        return _complement_product(self.attackers, strengths)

    def support_complement_product(self, strengths: FloatArray) -> FloatArray:
        """``Π_{b ∈ Sup(a)} (1 - s(b))`` for each row ``a`` (1 when there is none)."""
        return _complement_product(self.supporters, strengths)

    def energy(self, strengths: FloatArray) -> FloatArray:
        """``E(a) = Σ_{Sup(a)} s - Σ_{Att(a)} s``: the sum aggregation of Potyka 2018."""
        return self.support_sum(strengths) - self.attack_sum(strengths)


class LevelNeighbourhoods:
    """Neighbourhoods of disjoint groups of rows, prepared for all groups at once.

    ``rows`` lists the groups one after the other, ``bounds[k]:bounds[k + 1]``
    being group ``k``. Everything :meth:`local` would compute per group (the
    parents, their positions among the columns) is computed here in a few
    vectorised passes, so taking group ``k`` only slices arrays.
    """

    def __init__(self, graph: WeightedBipolarGraph, rows: IntArray, bounds: IntArray) -> None:
        n = len(graph)
        groups = bounds.size - 1
        group_of = np.repeat(np.arange(groups, dtype=np.int64), np.diff(bounds))
        row_in_group = np.arange(rows.size, dtype=np.int64) - bounds[group_of]
        parts = []
        for matrix in (graph.attack_matrix, graph.support_matrix):
            counts = matrix.counts[rows]
            parents = matrix.indices[
                concatenated_ranges(matrix.indptr[rows], matrix.indptr[rows + 1])
            ]
            edge_group = np.repeat(group_of, counts)
            edge_bounds = np.concatenate(([0], np.cumsum(counts)))[bounds]
            parts.append(
                (counts, parents, edge_group, edge_bounds, np.repeat(row_in_group, counts))
            )
        keys = np.unique(np.concatenate([g * n + p for _, p, g, _, _ in parts]))
        self.columns = (keys % max(n, 1)).astype(np.int64)
        self.column_bounds = np.searchsorted(keys // max(n, 1), np.arange(groups + 1))
        self.parts = [
            (counts, np.searchsorted(keys, g * n + p) - self.column_bounds[g], bounds_, row_of)
            for counts, p, g, bounds_, row_of in parts
        ]
        self.rows, self.bounds = rows, bounds
        self.weights = graph.weight_array

    def local(self, k: int) -> tuple[Neighbourhood, IntArray]:
        """Group ``k``'s neighbourhood over its parents, and those parents (as ``local``)."""
        lo, hi = int(self.bounds[k]), int(self.bounds[k + 1])
        rows = self.rows[lo:hi]
        columns = self.columns[int(self.column_bounds[k]) : int(self.column_bounds[k + 1])]
        matrices = []
        for counts, local_columns, edge_bounds, row_of in self.parts:
            start, end = int(edge_bounds[k]), int(edge_bounds[k + 1])
            matrices.append(
                SparseRows(counts[lo:hi], local_columns[start:end], columns.size, row_of[start:end])
            )
        attackers, supporters = matrices
        nb = Neighbourhood(
            rows=rows,
            weights=self.weights[rows],
            graph_weights=self.weights[columns],
            attackers=attackers,
            supporters=supporters,
            attacker_count=attackers.counts,
            supporter_count=supporters.counts,
        )
        return nb, columns


Update = Callable[[FloatArray, Neighbourhood], FloatArray]
"""A semantics' local function: new strengths of ``nb.rows`` from all current strengths."""


def _row_max(matrix: SparseRows, values: FloatArray) -> FloatArray:
    counts = matrix.counts
    result = np.zeros(matrix.shape[0], dtype=np.float64)
    if matrix.nnz:
        nonempty = counts > 0
        result[nonempty] = np.maximum.reduceat(values[matrix.indices], matrix.indptr[:-1][nonempty])
    return result


def _complement_product(matrix: SparseRows, values: FloatArray) -> FloatArray:
    # Π (1 - v) = exp(Σ log1p(-v)); a parent of strength 1 gives log 0 = -inf, product 0.
    with np.errstate(divide="ignore"):
        logs = np.log1p(-np.clip(values, 0.0, 1.0))
    return np.asarray(np.exp(matrix @ logs), dtype=np.float64)


def concatenated_ranges(starts: IntArray, ends: IntArray) -> IntArray:
    """Concatenate ``range(s, e)`` for each pair, vectorised."""
    lengths = ends - starts
    keep = lengths > 0
    starts, lengths = starts[keep], lengths[keep]
    if not lengths.size:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    result: IntArray = np.arange(int(lengths.sum()), dtype=np.int64) + offsets
    return result
