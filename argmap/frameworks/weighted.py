"""Weighted bipolar argumentation graphs (quantitative bipolar frameworks, QBAFs).

A weighted bipolar graph is a tuple ``(A, w, R, S)``: finite arguments ``A``, a
base score ``w : A → [0, 1]`` (the strength an argument has on its own), an
attack relation ``R ⊆ A × A`` and a support relation ``S ⊆ A × A``, disjoint
from ``R`` (Baroni, Romano, Toni, Aurisicchio & Bertanza 2015; Amgoud & Ben-Naim
2018; Potyka 2018). Gradual semantics (:mod:`argmap.gradual`) turn it into a
final strength per argument.

The graph owns its adjacency: the attackers and supporters of every argument are
indexed once, when it is built, as sparse ``n × n`` 0/1 matrices
(:class:`SparseRows`: row = the argument, column = its attacker / supporter)
that the names are read from and the vectorised gradual engines compute with.

References
----------
.. [1] P. Baroni, M. Romano, F. Toni, M. Aurisicchio, G. Bertanza, "Automatic
   evaluation of design alternatives with quantitative argumentation",
   Argument & Computation 6(1):24-49, 2015.
.. [2] L. Amgoud, J. Ben-Naim, "Weighted bipolar argumentation graphs: axioms
   and semantics", IJCAI 2018.
.. [3] N. Potyka, "Continuous dynamical systems for weighted bipolar
   argumentation", KR 2018.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from argmap.frameworks.abstract import (
    Argument,
    ArgumentationFramework,
    ArgumentIndex,
    Attack,
    FrameworkError,
)

if TYPE_CHECKING:
    from argmap.frameworks.bipolar import BipolarFramework

Support = tuple[str, str]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class SparseRows:
    """A 0/1 matrix stored by rows (compressed sparse rows), read-only.

    Row ``i`` holds the columns ``indices[indptr[i]:indptr[i + 1]]`` (in
    increasing order when built by :meth:`from_pairs`); every stored entry is 1.
    It does the few operations the gradual engines need, in numpy: the product
    with a vector (``M @ v`` sums each row's entries of ``v``), row selection,
    transposition and the dense form.

    Parameters
    ----------
    counts : ndarray of int
        The number of entries of each row.
    indices : ndarray of int
        The columns of the entries, row after row.
    width : int
        The number of columns.
    row_of : ndarray of int, optional
        The row of each entry (``np.repeat(arange(rows), counts)``), if known.

    Examples
    --------
    >>> m = SparseRows.from_pairs(np.array([0, 0, 2]), np.array([2, 1, 0]), (3, 3))
    >>> m.toarray().tolist()
    [[0.0, 1.0, 1.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]]
    >>> (m @ np.array([0.5, 0.25, 0.125])).tolist()
    [0.375, 0.0, 0.5]
    >>> m.transpose().row(0).tolist()
    [2]
    """

    __slots__ = ("_indptr", "counts", "indices", "nnz", "row_of", "shape")

    def __init__(
        self, counts: IntArray, indices: IntArray, width: int, row_of: IntArray | None = None
    ) -> None:
        self.counts = counts
        self.indices = indices
        self.nnz = int(indices.size)
        self.shape = (int(counts.size), width)
        if row_of is None:
            row_of = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
        self.row_of = row_of
        self._indptr: IntArray | None = None

    @classmethod
    def from_pairs(cls, rows: IntArray, columns: IntArray, shape: tuple[int, int]) -> SparseRows:
        """The matrix with a 1 at each ``(rows[k], columns[k])`` (repeated pairs count once)."""
        height, width = shape
        keys = np.sort(rows.astype(np.int64) * max(width, 1) + columns.astype(np.int64))
        if keys.size:
            keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        row_of = keys // max(width, 1)
        counts = np.bincount(row_of, minlength=height).astype(np.int64)
        return cls(counts, (keys % max(width, 1)).astype(np.int64), width, row_of)

    @property
    def indptr(self) -> IntArray:
        """Row ``i`` holds ``indices[indptr[i]:indptr[i + 1]]`` (computed once)."""
        if self._indptr is None:
            self._indptr = np.concatenate(([0], np.cumsum(self.counts))).astype(np.int64)
        return self._indptr

    def row(self, i: int) -> IntArray:
        """The columns of row ``i``."""
        pointers = self.indptr
        return self.indices[pointers[i] : pointers[i + 1]]

    def take(self, rows: IntArray) -> SparseRows:
        """The matrix of the given rows, in that order."""
        pointers = self.indptr
        counts = self.counts[rows]
        entries = np.repeat(pointers[rows] - np.cumsum(counts) + counts, counts)
        entries += np.arange(int(counts.sum()), dtype=np.int64)
        return SparseRows(counts, self.indices[entries], self.shape[1])

    def transpose(self) -> SparseRows:
        """The transposed matrix (columns become rows)."""
        order = np.argsort(self.indices, kind="stable")
        counts = np.bincount(self.indices, minlength=self.shape[1]).astype(np.int64)
        return SparseRows(counts, self.row_of[order], self.shape[0], self.indices[order])

    def toarray(self) -> FloatArray:
        """The dense matrix."""
        dense = np.zeros(self.shape, dtype=np.float64)
        dense[self.row_of, self.indices] = 1.0
        return dense

    def __matmul__(self, values: FloatArray) -> FloatArray:
        if not self.nnz:
            return np.zeros(self.shape[0], dtype=np.float64)
        sums = np.bincount(self.row_of, weights=values[self.indices], minlength=self.shape[0])
        return np.asarray(sums, dtype=np.float64)


class WeightedBipolarGraph(ArgumentIndex):
    """An immutable weighted bipolar argumentation graph ``(A, w, R, S)``.

    Parameters
    ----------
    weights : mapping of str to float, or iterable of (str, float)
        The arguments with their base scores, in a fixed order (kept for output).
        Every base score must be a finite number in ``[0, 1]``.
    attacks : iterable of (str, str)
        ``(a, b)``: ``a`` attacks ``b``. Both ends must be arguments.
    supports : iterable of (str, str)
        ``(a, b)``: ``a`` supports ``b``. Both ends must be arguments; a pair may
        not be both an attack and a support.

    Raises
    ------
    FrameworkError
        When a weight is outside ``[0, 1]`` or not a number, an argument is listed
        twice, an edge names an unknown argument, or a pair is both an attack and
        a support. The message names the offending argument or edge.

    Examples
    --------
    >>> g = WeightedBipolarGraph({"a": 0.5, "b": 0.8, "c": 0.3},
    ...                          attacks=[("b", "a")], supports=[("c", "a")])
    >>> g.weight("a")
    0.5
    >>> sorted(g.attackers("a")), sorted(g.supporters("a"))
    (['b'], ['c'])
    >>> try:
    ...     WeightedBipolarGraph({"a": 1.5})
    ... except FrameworkError as error:
    ...     print(error)
    base score of argument 'a' is 1.5; base scores must lie in [0, 1]
    """

    __slots__ = (
        "_arguments",
        "_attack_matrix",
        "_attacks",
        "_index",
        "_parent_matrix",
        "_support_matrix",
        "_supports",
        "_weight_array",
        "_weights",
    )
    _kind = "graph"

    def __init__(
        self,
        weights: Mapping[Argument, float] | Iterable[tuple[Argument, float]],
        attacks: Iterable[Attack] = (),
        supports: Iterable[Support] = (),
    ) -> None:
        items = list(weights.items()) if isinstance(weights, Mapping) else list(weights)
        names: list[str] = []
        values: list[float] = []
        index: dict[str, int] = {}
        for name, value in items:
            if not isinstance(name, str):
                raise FrameworkError(
                    f"argument {name!r} is a {type(name).__name__}; arguments are named by strings"
                )
            if name in index:
                raise FrameworkError(f"argument {name!r} is listed twice; list each argument once")
            index[name] = len(names)
            names.append(name)
            values.append(_checked_weight(name, value))
        attack_pairs = _checked_edges("attack", attacks, index)
        support_pairs = _checked_edges("support", supports, index)
        both = attack_pairs.keys() & support_pairs.keys()
        if both:
            source, target = min(both, key=lambda p: (index[p[0]], index[p[1]]))
            raise FrameworkError(
                f"({source!r}, {target!r}) is both an attack and a support; keep one of them"
            )
        n = len(names)
        weight_array = np.asarray(values, dtype=np.float64)
        weight_array.setflags(write=False)
        self._arguments = tuple(names)
        self._index = index
        self._weights: Mapping[str, float] = MappingProxyType(dict(zip(names, values, strict=True)))
        self._weight_array = weight_array
        self._attacks = frozenset(attack_pairs)
        self._supports = frozenset(support_pairs)
        self._attack_matrix = _parent_matrix(attack_pairs.values(), n)
        self._support_matrix = _parent_matrix(support_pairs.values(), n)
        self._parent_matrix: SparseRows | None = None

    # -- alternative constructors ---------------------------------------------
    @classmethod
    def from_framework(
        cls, af: ArgumentationFramework, weight: float = 1.0
    ) -> WeightedBipolarGraph:
        """The attack-only graph of a Dung framework, every base score ``weight``.

        >>> from argmap.frameworks.abstract import AF
        >>> WeightedBipolarGraph.from_framework(AF(["a", "b"], [("a", "b")])).weights["b"]
        1.0
        """
        return cls({a: weight for a in af.arguments}, af.sorted_attacks())

    @classmethod
    def from_bipolar(
        cls, framework: BipolarFramework, weights: Mapping[Argument, float] | float = 1.0
    ) -> WeightedBipolarGraph:
        """The weighted graph of a bipolar framework.

        ``weights`` is either one base score for every argument or a mapping
        that gives each argument its own (missing arguments are an error).
        """
        if isinstance(weights, Mapping):
            missing = [a for a in framework.arguments if a not in weights]
            if missing:
                raise FrameworkError(
                    f"no base score for arguments {missing!r}; give every argument a weight"
                )
            extra = sorted(set(weights) - set(framework.arguments))
            if extra:
                raise FrameworkError(f"base scores given for unknown arguments {extra!r}")
            scores = {a: weights[a] for a in framework.arguments}
        else:
            scores = {a: weights for a in framework.arguments}
        return cls(scores, framework.sorted_attacks(), framework.sorted_supports())

    def with_weights(self, weights: Mapping[Argument, float]) -> WeightedBipolarGraph:
        """The same graph with some base scores replaced (a new graph).

        >>> g = WeightedBipolarGraph({"a": 0.5, "b": 0.5}, attacks=[("a", "b")])
        >>> g.with_weights({"a": 0.9}).weight("a")
        0.9
        """
        unknown = sorted(set(weights) - set(self._index))
        if unknown:
            raise FrameworkError(f"base scores given for unknown arguments {unknown!r}")
        merged = {a: weights.get(a, w) for a, w in self._weights.items()}
        return WeightedBipolarGraph(merged, self.sorted_attacks(), self.sorted_supports())

    # -- the set view ---------------------------------------------------------
    @property
    def weights(self) -> Mapping[Argument, float]:
        """Read-only ``{argument: base score}``, in argument order."""
        return self._weights

    def weight(self, argument: Argument) -> float:
        """The base score ``w(argument)``."""
        return self._weights[self._name(argument)]

    @property
    def attacks(self) -> frozenset[Attack]:
        """The attack relation as ``(attacker, attacked)`` pairs."""
        return self._attacks

    @property
    def supports(self) -> frozenset[Support]:
        """The support relation as ``(supporter, supported)`` pairs."""
        return self._supports

    def attackers(self, argument: Argument) -> frozenset[Argument]:
        """The direct attackers ``Att(argument)``."""
        return self._parents(self._attack_matrix, argument)

    def supporters(self, argument: Argument) -> frozenset[Argument]:
        """The direct supporters ``Sup(argument)``."""
        return self._parents(self._support_matrix, argument)

    def sorted_attacks(self) -> list[Attack]:
        """The attacks ordered by (attacker, attacked) position."""
        return sorted(self._attacks, key=self._edge_key)

    def sorted_supports(self) -> list[Support]:
        """The supports ordered by (supporter, supported) position."""
        return sorted(self._supports, key=self._edge_key)

    # -- the integer view used by the engines ---------------------------------
    @property
    def weight_array(self) -> FloatArray:
        """The base scores as a read-only float array, in argument order."""
        return self._weight_array

    @property
    def attack_matrix(self) -> SparseRows:
        """The ``n × n`` matrix ``M`` with ``M[i, j] = 1`` iff ``j`` attacks ``i``.

        Row ``i`` lists the attackers of argument ``i``; ``M @ s`` sums them.
        """
        return self._attack_matrix

    @property
    def support_matrix(self) -> SparseRows:
        """The ``n × n`` matrix ``M`` with ``M[i, j] = 1`` iff ``j`` supports ``i``."""
        return self._support_matrix

    @property
    def parent_matrix(self) -> SparseRows:
        """The ``n × n`` matrix ``M`` with ``M[i, j] = 1`` iff ``j`` attacks or supports ``i``."""
        if self._parent_matrix is None:
            attack, support = self._attack_matrix, self._support_matrix
            self._parent_matrix = SparseRows.from_pairs(
                np.concatenate((attack.row_of, support.row_of)),
                np.concatenate((attack.indices, support.indices)),
                attack.shape,
            )
        return self._parent_matrix

    # -- conversions ------------------------------------------------------------
    def to_framework(self) -> ArgumentationFramework:
        """The Dung framework of the attacks (supports and weights dropped)."""
        return ArgumentationFramework(self._arguments, self.sorted_attacks())

    # -- helpers ----------------------------------------------------------------
    def _name(self, argument: Argument) -> str:
        if argument not in self._index:
            raise KeyError(f"{argument!r} is not an argument of this graph")
        return argument

    def _parents(self, matrix: SparseRows, argument: Argument) -> frozenset[Argument]:
        return frozenset(self._arguments[j] for j in matrix.row(self.index(argument)).tolist())

    # -- dunder protocol ----------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WeightedBipolarGraph):
            return NotImplemented
        return (
            dict(self._weights) == dict(other._weights)
            and self._attacks == other._attacks
            and self._supports == other._supports
        )

    def __hash__(self) -> int:
        return hash((frozenset(self._weights.items()), self._attacks, self._supports))

    def __repr__(self) -> str:
        return (
            f"WeightedBipolarGraph({len(self._arguments)} arguments, "
            f"{len(self._attacks)} attacks, {len(self._supports)} supports)"
        )


def _checked_weight(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise FrameworkError(
            f"base score of argument {name!r} is {value!r}; give a number in [0, 1]"
        )
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise FrameworkError(
            f"base score of argument {name!r} is {value!r}; base scores must lie in [0, 1]"
        )
    return number


def _checked_edges(
    relation: str, edges: Iterable[tuple[str, str]], index: Mapping[str, int]
) -> dict[tuple[str, str], tuple[int, int]]:
    """``{(source, target): (source index, target index)}``, each edge once."""
    pairs: dict[tuple[str, str], tuple[int, int]] = {}
    for pair in edges:
        try:
            source, target = pair
        except (TypeError, ValueError):
            raise FrameworkError(f"{relation} {pair!r} is not a pair (source, target)") from None
        i, j = index.get(source), index.get(target)
        if i is None or j is None:
            end = source if i is None else target
            raise FrameworkError(
                f"{relation} ({source!r}, {target!r}) names unknown argument {end!r}; "
                f"add it to the arguments or remove the {relation}"
            )
        pairs[(source, target)] = (i, j)
    return pairs


def _parent_matrix(edges: Iterable[tuple[int, int]], n: int) -> SparseRows:
    """The matrix with a 1 at (target, source) for every edge."""
    flat = np.fromiter(itertools.chain.from_iterable(edges), dtype=np.int64)
    return SparseRows.from_pairs(flat[1::2], flat[0::2], (n, n))
