"""Abstract argumentation frameworks (Dung 1995).

An abstract argumentation framework is a pair ``F = (A, R)`` of a finite set of
arguments ``A`` and an attack relation ``R ⊆ A × A``. Nothing about the inner
structure of an argument is known; only who attacks whom.

The framework owns its adjacency: the attackers and the targets of every argument
are computed once, when the framework is built, and every semantics reads them
from here. Arguments are also numbered ``0 .. n-1`` in the order given, and the
integer adjacency (:attr:`ArgumentationFramework.attackers_of_index`,
:attr:`ArgumentationFramework.targets_of_index`) is what the engines use.

Internally the attack relation is stored once, as two integer arrays sorted by
(attacker, attacked) position, with compressed-row indexes for "targets of" and
"attackers of". Everything else (the name-level :attr:`~ArgumentationFramework.attacks`
set, the tuple adjacency) is derived from them on first use, so that a framework
with a million attacks is built in a fraction of a second
(:meth:`ArgumentationFramework.from_indices`).

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role in
   nonmonotonic reasoning, logic programming and n-person games",
   Artificial Intelligence 77(2):321-357, 1995.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import networkx as nx

Argument = str
Attack = tuple[str, str]
IndexArray = npt.NDArray[np.int64]


class FrameworkError(ValueError):
    """A framework that cannot be built: an attack names an unknown argument, ..."""


class ArgumentIndex:
    """What every framework shares: named arguments in a fixed order, each with its
    position (``0 .. n-1``), and the container protocol over them.

    Subclasses set ``_arguments`` (the names, in order) and ``_index`` (name →
    position) when they are built; ``_kind`` names the structure in messages.
    """

    __slots__ = ()

    _arguments: tuple[Argument, ...]
    _index: dict[str, int]
    _kind = "framework"

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """The arguments, in the order the structure was built with."""
        return self._arguments

    def index(self, argument: Argument) -> int:
        """The position of ``argument`` in :attr:`arguments`."""
        try:
            return self._index[argument]
        except (KeyError, TypeError):
            raise KeyError(f"{argument!r} is not an argument of this {self._kind}") from None

    def _edge_key(self, pair: tuple[Argument, Argument]) -> tuple[int, int]:
        return (self._index[pair[0]], self._index[pair[1]])

    def __len__(self) -> int:
        return len(self._arguments)

    def __iter__(self) -> Iterator[Argument]:
        return iter(self._arguments)

    def __contains__(self, argument: object) -> bool:
        try:
            return argument in self._index
        except TypeError:
            return False


class ArgumentationFramework(ArgumentIndex):
    """An immutable abstract argumentation framework ``(A, R)``.

    Parameters
    ----------
    arguments : iterable of str
        The arguments, in a fixed order (the order is kept for output).
        Duplicates are an error.
    attacks : iterable of (str, str)
        The attack relation: ``(a, b)`` means ``a`` attacks ``b``. Both ends must
        be arguments of the framework; repeated attacks are kept once.

    See Also
    --------
    ArgumentationFramework.from_indices : the fast constructor from integer arrays.

    Examples
    --------
    >>> af = ArgumentationFramework(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(af.attackers("c"))
    ['b']
    >>> af.attacks_between("a", "b")
    True
    >>> len(af)
    3
    """

    __slots__ = (
        "_arguments",
        "_attacker_pointer",
        "_attackers_of_index",
        "_attacks",
        "_index",
        "_sources",
        "_target_pointer",
        "_targets",
        "_targets_of_index",
    )

    _arguments: tuple[Argument, ...]
    _index: dict[str, int]
    _sources: IndexArray
    _targets: IndexArray
    _target_pointer: IndexArray
    _attacker_pointer: IndexArray
    _attacks: frozenset[Attack] | None
    _attackers_of_index: tuple[tuple[int, ...], ...] | None
    _targets_of_index: tuple[tuple[int, ...], ...] | None

    def __init__(
        self,
        arguments: Iterable[Argument],
        attacks: Iterable[Attack] = (),
    ) -> None:
        args = tuple(arguments)
        index = _index_arguments(args)
        sources: list[int] = []
        targets: list[int] = []
        for pair in attacks:
            try:
                source, target = pair
            except (TypeError, ValueError):
                raise FrameworkError(
                    f"attack {pair!r} is not a pair (attacker, attacked)"
                ) from None
            try:
                sources.append(index[source])
                targets.append(index[target])
            except (KeyError, TypeError):
                end = target if source in index else source
                if len(sources) > len(targets):
                    sources.pop()
                raise FrameworkError(
                    f"attack ({source!r}, {target!r}) names unknown argument {end!r}; "
                    "add it to the arguments or remove the attack"
                ) from None
        self._build(
            args,
            index,
            np.fromiter(sources, dtype=np.int64, count=len(sources)),
            np.fromiter(targets, dtype=np.int64, count=len(targets)),
        )

    @classmethod
    def from_indices(
        cls,
        arguments: Iterable[Argument],
        sources: npt.ArrayLike,
        targets: npt.ArrayLike,
    ) -> ArgumentationFramework:
        """Build a framework from attacks given as argument positions.

        This is the fast path for large frameworks (ICCMA instances with millions
        of attacks): no name is looked up per attack, and the adjacency is built
        with array sorts.

        Parameters
        ----------
        arguments : iterable of str
            The argument names; position ``i`` names argument ``i``.
        sources, targets : array-like of int
            Equal-length sequences: ``sources[k]`` attacks ``targets[k]``, both as
            0-based positions into ``arguments``. Repeated attacks are kept once.

        Returns
        -------
        ArgumentationFramework

        Raises
        ------
        FrameworkError
            When the arrays differ in length, are not integers, or hold a position
            outside ``0 .. len(arguments) - 1``.

        Examples
        --------
        >>> af = ArgumentationFramework.from_indices(["a", "b", "c"], [0, 1, 1], [1, 2, 2])
        >>> af.sorted_attacks()
        [('a', 'b'), ('b', 'c')]
        """
        args = tuple(arguments)
        index = _index_arguments(args)
        source_array = _as_index_array(sources, "sources")
        target_array = _as_index_array(targets, "targets")
        if source_array.shape != target_array.shape:
            raise FrameworkError(
                f"sources has {source_array.size} entries but targets has {target_array.size}; "
                "give one attacker and one attacked position per attack"
            )
        for name, array in (("sources", source_array), ("targets", target_array)):
            outside = np.flatnonzero((array < 0) | (array >= len(args)))
            if outside.size:
                k = int(outside[0])
                raise FrameworkError(
                    f"attack #{k} ({int(source_array[k])}, {int(target_array[k])}): {name} "
                    f"position {int(array[k])} is outside 0..{len(args) - 1}; "
                    "positions are 0-based indices into the arguments"
                )
        framework = cls.__new__(cls)
        framework._build(args, index, source_array, target_array)
        return framework

    def _build(
        self,
        args: tuple[Argument, ...],
        index: dict[str, int],
        sources: IndexArray,
        targets: IndexArray,
    ) -> None:
        n = len(args)
        if sources.size:
            # One sort on the combined key orders attacks by (attacker, attacked)
            # and puts repeated attacks next to each other.
            keys = np.sort(sources * n + targets)
            distinct = np.empty(keys.size, dtype=bool)
            distinct[0] = True
            np.not_equal(keys[1:], keys[:-1], out=distinct[1:])
            keys = keys[distinct]
            sources, targets = np.divmod(keys, n)
        self._arguments = args
        self._index = index
        self._sources = _frozen(sources)
        self._targets = _frozen(targets)
        self._target_pointer = _frozen(_pointer(sources, n))
        self._attacker_pointer = _frozen(_pointer(targets, n))
        self._attacks = None
        self._attackers_of_index = None
        self._targets_of_index = None

    # -- the set view ---------------------------------------------------------
    @property
    def attacks(self) -> frozenset[Attack]:
        """The attack relation as a frozen set of ``(attacker, attacked)`` pairs."""
        if self._attacks is None:
            self._attacks = frozenset(self._attack_pairs())
        return self._attacks

    def number_of_attacks(self) -> int:
        """``|R|``, without building the name-level attack set.

        >>> ArgumentationFramework(["a", "b"], [("a", "b"), ("a", "b")]).number_of_attacks()
        1
        """
        return int(self._sources.size)

    def attackers(self, argument: Argument) -> frozenset[Argument]:
        """The arguments attacking ``argument`` (its attackers, ``{b | (b, a) ∈ R}``)."""
        args = self._arguments
        return frozenset(args[i] for i in self.attackers_of_index[self.index(argument)])

    def targets(self, argument: Argument) -> frozenset[Argument]:
        """The arguments ``argument`` attacks (``{b | (a, b) ∈ R}``)."""
        args = self._arguments
        return frozenset(args[i] for i in self.targets_of_index[self.index(argument)])

    def attacks_between(self, source: Argument, target: Argument) -> bool:
        """Whether ``source`` attacks ``target``."""
        i, j = self.index(source), self.index(target)
        row = self._targets[self._target_pointer[i] : self._target_pointer[i + 1]]
        k = int(np.searchsorted(row, j))
        return k < row.size and int(row[k]) == j

    # -- the integer view used by the engines ---------------------------------
    @property
    def attackers_of_index(self) -> tuple[tuple[int, ...], ...]:
        """For argument ``i``, the sorted indices of its attackers."""
        if self._attackers_of_index is None:
            # A stable sort on 32-bit keys is a radix sort, much faster than on 64-bit ones;
            # it keeps the attackers of each argument in increasing order.
            narrow = self._targets.astype(np.int32) if len(self) < 2**31 else self._targets
            by_target = np.argsort(narrow, kind="stable")
            self._attackers_of_index = _rows(self._attacker_pointer, self._sources[by_target])
        return self._attackers_of_index

    @property
    def targets_of_index(self) -> tuple[tuple[int, ...], ...]:
        """For argument ``i``, the sorted indices of the arguments it attacks."""
        if self._targets_of_index is None:
            self._targets_of_index = _rows(self._target_pointer, self._targets)
        return self._targets_of_index

    @property
    def attack_indices(self) -> tuple[IndexArray, IndexArray]:
        """The attacks as two read-only arrays ``(sources, targets)`` of positions.

        Sorted by (attacker, attacked) position, without repeats: attack ``k`` is
        ``sources[k] → targets[k]``. Meant for vectorised consumers (encoders,
        exporters) that would otherwise loop over :attr:`attacks`.

        >>> sources, targets = AF(["a", "b"], [("b", "a"), ("a", "b")]).attack_indices
        >>> sources.tolist(), targets.tolist()
        ([0, 1], [1, 0])
        """
        return self._sources, self._targets

    @property
    def in_degrees(self) -> IndexArray:
        """For argument ``i``, its number of attackers (a read-only array)."""
        return _frozen(np.diff(self._attacker_pointer))

    # -- derived frameworks and views -----------------------------------------
    def restrict(self, arguments: Iterable[Argument]) -> ArgumentationFramework:
        """The sub-framework induced by ``arguments`` (order of this framework kept)."""
        keep = set(arguments)
        unknown = keep.difference(self._index)
        if unknown:
            raise KeyError(f"not arguments of this framework: {sorted(unknown)!r}")
        mask = np.zeros(len(self._arguments), dtype=bool)
        mask[[self._index[a] for a in keep]] = True
        position = np.cumsum(mask) - 1
        inside = mask[self._sources] & mask[self._targets]
        return ArgumentationFramework.from_indices(
            [a for a in self._arguments if a in keep],
            position[self._sources[inside]],
            position[self._targets[inside]],
        )

    def to_networkx(self) -> nx.DiGraph:
        """A :class:`networkx.DiGraph` with an edge ``a → b`` for each attack."""
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(self._arguments)
        graph.add_edges_from(self._attack_pairs())
        return graph

    def sorted_attacks(self) -> list[Attack]:
        """The attacks ordered by (attacker, attacked) position: a deterministic order."""
        return list(self._attack_pairs())

    def _attack_pairs(self) -> Iterator[Attack]:
        args = self._arguments
        return zip(
            [args[i] for i in self._sources.tolist()],
            [args[j] for j in self._targets.tolist()],
            strict=True,
        )

    # -- dunder protocol -------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArgumentationFramework):
            return NotImplemented
        if self is other:
            return True
        if len(self) != len(other) or self.number_of_attacks() != other.number_of_attacks():
            return False
        if self._arguments == other._arguments:
            return bool(
                np.array_equal(self._sources, other._sources)
                and np.array_equal(self._targets, other._targets)
            )
        if set(self._arguments) != set(other._arguments):
            return False
        n = len(self)
        moved = np.fromiter((self._index[a] for a in other._arguments), np.int64, count=n)
        return bool(
            np.array_equal(
                np.sort(moved[other._sources] * n + moved[other._targets]),
                self._sources * n + self._targets,
            )
        )

    def __hash__(self) -> int:
        return hash((frozenset(self._arguments), self.number_of_attacks()))

    def __repr__(self) -> str:
        return (
            f"ArgumentationFramework({len(self._arguments)} arguments, "
            f"{self.number_of_attacks()} attacks)"
        )


def _index_arguments(args: tuple[Argument, ...]) -> dict[str, int]:
    try:
        index = dict(zip(args, range(len(args)), strict=True))
    except TypeError:  # an unhashable name: the loop below says which
        index = {}
    if len(index) == len(args) and all(issubclass(kind, str) for kind in set(map(type, args))):
        return index
    index = {}
    for position, name in enumerate(args):
        if not isinstance(name, str):
            raise FrameworkError(
                f"argument {name!r} is not a string ({type(name).__name__}); "
                "arguments are named by strings"
            )
        if index.setdefault(name, position) != position:
            raise FrameworkError(f"argument {name!r} is listed twice; list each argument once")
    return index


def _as_index_array(values: npt.ArrayLike, what: str) -> IndexArray:
    array = np.asarray(values)
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise FrameworkError(
            f"{what} must be a flat sequence of integer positions, got an array of "
            f"shape {array.shape} and type {array.dtype}"
        )
    return array.astype(np.int64, copy=False)


def _pointer(keys: IndexArray, n: int) -> IndexArray:
    """Compressed-row pointer: row ``i`` of the sorted ``keys`` is ``[p[i], p[i+1])``."""
    pointer = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=pointer[1:])
    return pointer


def _rows(pointer: IndexArray, values: IndexArray) -> tuple[tuple[int, ...], ...]:
    flat = values.tolist()
    bounds = pointer.tolist()
    return tuple([tuple(flat[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1)])


def _frozen(array: IndexArray) -> IndexArray:
    array.setflags(write=False)
    return array


AF = ArgumentationFramework
"""Short alias: ``AF(arguments, attacks)``."""
