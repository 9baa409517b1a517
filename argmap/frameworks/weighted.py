"""Weighted bipolar argumentation graphs (quantitative bipolar frameworks, QBAFs).

A weighted bipolar graph is a tuple ``(A, w, R, S)``: finite arguments ``A``, a
base score ``w : A → [0, 1]`` (the strength an argument has on its own), an
attack relation ``R ⊆ A × A`` and a support relation ``S ⊆ A × A``, disjoint
from ``R`` (Baroni, Romano, Toni, Aurisicchio & Bertanza 2015; Amgoud & Ben-Naim
2018; Potyka 2018). Gradual semantics (:mod:`argmap.gradual`) turn it into a
final strength per argument.

The graph owns its adjacency: the attackers and supporters of every argument are
indexed once, when it is built, both as sets of names and as sparse ``n × n``
matrices (row = the argument, column = its attacker / supporter) that the
vectorised gradual engines read.

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
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

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
    def attack_matrix(self) -> Any:
        """Sparse CSR ``n × n`` matrix ``M`` with ``M[i, j] = 1`` iff ``j`` attacks ``i``.

        Row ``i`` lists the attackers of argument ``i``; ``M @ s`` sums them.
        Treat it as read-only.
        """
        return self._attack_matrix

    @property
    def support_matrix(self) -> Any:
        """Sparse CSR ``n × n`` matrix ``M`` with ``M[i, j] = 1`` iff ``j`` supports ``i``."""
        return self._support_matrix

    # -- conversions ------------------------------------------------------------
    def to_framework(self) -> ArgumentationFramework:
        """The Dung framework of the attacks (supports and weights dropped)."""
        return ArgumentationFramework(self._arguments, self.sorted_attacks())

    # -- helpers ----------------------------------------------------------------
    def _name(self, argument: Argument) -> str:
        if argument not in self._index:
            raise KeyError(f"{argument!r} is not an argument of this graph")
        return argument

    def _parents(self, matrix: Any, argument: Argument) -> frozenset[Argument]:
        row = self.index(argument)
        columns = matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]]
        return frozenset(self._arguments[j] for j in columns)

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


def _parent_matrix(edges: Iterable[tuple[int, int]], n: int) -> Any:
    """CSR matrix with a 1 at (target, source) for every edge."""
    flat = np.fromiter(itertools.chain.from_iterable(edges), dtype=np.int64)
    cols, rows = flat[0::2], flat[1::2]
    data = np.ones(len(rows), dtype=np.float64)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, n))
    matrix.sort_indices()
    return matrix
