"""Abstract argumentation frameworks (Dung 1995).

An abstract argumentation framework is a pair ``F = (A, R)`` of a finite set of
arguments ``A`` and an attack relation ``R ⊆ A × A``. Nothing about the inner
structure of an argument is known; only who attacks whom.

The framework owns its adjacency: the attackers and the targets of every argument
are computed once, when the framework is built, and every semantics reads them
from here. Arguments are also numbered ``0 .. n-1`` in the order given, and the
integer adjacency (:attr:`ArgumentationFramework.attackers_of_index`,
:attr:`ArgumentationFramework.targets_of_index`) is what the engines use.

Internally the attack relation is stored once, as two integer sequences sorted by
(attacker, attacked) position, with a compressed-row index for "targets of":
Python lists for small frameworks (no NumPy import), NumPy arrays for large ones
(:mod:`argmap.frameworks.attack_relation`). Everything else (the name-level
:attr:`~ArgumentationFramework.attacks` set, the tuple adjacency) is derived from
them on first use, so that a framework with a million attacks is built in a
fraction of a second (:meth:`ArgumentationFramework.from_indices`).

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role in
   nonmonotonic reasoning, logic programming and n-person games",
   Artificial Intelligence 77(2):321-357, 1995.
"""

from __future__ import annotations

from argmap.frameworks.attack_relation import AttackRelation, RelationError, relation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import networkx as nx
    import numpy.typing as npt

    from argmap.frameworks.attack_relation import IndexArray

Argument = str
Attack = tuple[str, str]


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
    ArgumentationFramework.from_indices : the fast constructor from integer positions.

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
        "_attackers_of_index",
        "_attacks",
        "_index",
        "_relation",
        "_targets_of_index",
    )

    _arguments: tuple[Argument, ...]
    _index: dict[str, int]
    _relation: AttackRelation
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
        self._build(args, index, relation(len(args), sources, targets))

    @classmethod
    def from_indices(
        cls,
        arguments: Iterable[Argument],
        sources: npt.ArrayLike,
        targets: npt.ArrayLike,
        *,
        checked: bool = False,
    ) -> ArgumentationFramework:
        """Build a framework from attacks given as argument positions.

        This is the fast path for large frameworks (ICCMA instances with millions
        of attacks): no name is looked up per attack. Small frameworks given as
        lists of Python integers are stored in lists; anything larger, or given as
        NumPy arrays, is sorted with NumPy (:mod:`argmap.frameworks.attack_relation`).

        Parameters
        ----------
        arguments : iterable of str
            The argument names; position ``i`` names argument ``i``.
        sources, targets : array-like of int
            Equal-length sequences: ``sources[k]`` attacks ``targets[k]``, both as
            0-based positions into ``arguments``. Repeated attacks are kept once.
        checked : bool, default False
            The caller's word that ``sources`` and ``targets`` are equal-length
            lists of Python integers within range (a reader that looked every
            number up among the arguments): the per-attack checks are skipped.

        Returns
        -------
        ArgumentationFramework

        Raises
        ------
        FrameworkError
            When the sequences differ in length, are not integers, or hold a position
            outside ``0 .. len(arguments) - 1``.

        Examples
        --------
        >>> af = ArgumentationFramework.from_indices(["a", "b", "c"], [0, 1, 1], [1, 2, 2])
        >>> af.sorted_attacks()
        [('a', 'b'), ('b', 'c')]
        """
        args = tuple(arguments)
        index = _index_arguments(args)
        try:
            stored = relation(len(args), sources, targets, checked=checked)
        except RelationError as exc:
            raise FrameworkError(str(exc)) from None
        framework = cls.__new__(cls)
        framework._build(args, index, stored)
        return framework

    def _build(
        self, args: tuple[Argument, ...], index: dict[str, int], stored: AttackRelation
    ) -> None:
        self._arguments = args
        self._index = index
        self._relation = stored
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
        return self._relation.count

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
        return self._relation.has(self.index(source), self.index(target))

    # -- the integer view used by the engines ---------------------------------
    @property
    def attackers_of_index(self) -> tuple[tuple[int, ...], ...]:
        """For argument ``i``, the sorted indices of its attackers."""
        if self._attackers_of_index is None:
            self._attackers_of_index = self._relation.attackers_rows()
        return self._attackers_of_index

    @property
    def targets_of_index(self) -> tuple[tuple[int, ...], ...]:
        """For argument ``i``, the sorted indices of the arguments it attacks."""
        if self._targets_of_index is None:
            self._targets_of_index = self._relation.targets_rows()
        return self._targets_of_index

    def attack_positions(self) -> tuple[list[int], list[int]]:
        """The attacks as two lists ``(sources, targets)`` of positions.

        Sorted by (attacker, attacked) position, without repeats: attack ``k`` is
        ``sources[k] → targets[k]``. New lists on every call.

        >>> AF(["a", "b"], [("b", "a"), ("a", "b")]).attack_positions()
        ([0, 1], [1, 0])
        """
        return self._relation.pairs()

    def in_degree_list(self) -> list[int]:
        """For argument ``i``, its number of attackers (a new list).

        >>> AF(["a", "b", "c"], [("a", "b"), ("c", "b")]).in_degree_list()
        [0, 2, 0]
        """
        return self._relation.in_degrees()

    def unattacked_indices(self) -> list[int]:
        """The positions of the arguments nobody attacks, in increasing order.

        Answered without sorting the attacks of a large framework read from a file.

        >>> AF(["a", "b", "c"], [("a", "b"), ("c", "b")]).unattacked_indices()
        [0, 2]
        """
        return self._relation.unattacked()

    @property
    def attack_indices(self) -> tuple[IndexArray, IndexArray]:
        """The attacks as two read-only NumPy arrays ``(sources, targets)`` of positions.

        The same order as :meth:`attack_positions`; meant for vectorised consumers
        (encoders, exporters) that would otherwise loop over :attr:`attacks`.

        >>> sources, targets = AF(["a", "b"], [("b", "a"), ("a", "b")]).attack_indices
        >>> sources.tolist(), targets.tolist()
        ([0, 1], [1, 0])
        """
        return self._relation.arrays()

    @property
    def in_degrees(self) -> IndexArray:
        """For argument ``i``, its number of attackers (a read-only NumPy array)."""
        import numpy as np

        degrees = np.array(self._relation.in_degrees(), dtype=np.int64)
        degrees.setflags(write=False)
        return degrees

    # -- derived frameworks and views -----------------------------------------
    def restrict(self, arguments: Iterable[Argument]) -> ArgumentationFramework:
        """The sub-framework induced by ``arguments`` (order of this framework kept)."""
        keep = set(arguments)
        unknown = keep.difference(self._index)
        if unknown:
            raise KeyError(f"not arguments of this framework: {sorted(unknown)!r}")
        position = [-1] * len(self._arguments)
        kept: list[Argument] = []
        for i, name in enumerate(self._arguments):
            if name in keep:
                position[i] = len(kept)
                kept.append(name)
        sources, targets = self.attack_positions()
        inside = [
            (position[s], position[t])
            for s, t in zip(sources, targets, strict=True)
            if position[s] >= 0 and position[t] >= 0
        ]
        return ArgumentationFramework.from_indices(
            kept, [s for s, _ in inside], [t for _, t in inside]
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
        sources, targets = self.attack_positions()
        return zip([args[i] for i in sources], [args[j] for j in targets], strict=True)

    # -- dunder protocol -------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArgumentationFramework):
            return NotImplemented
        if self is other:
            return True
        if len(self) != len(other) or self.number_of_attacks() != other.number_of_attacks():
            return False
        if self._arguments == other._arguments:
            return self.attack_positions() == other.attack_positions()
        if set(self._arguments) != set(other._arguments):
            return False
        n = len(self)
        moved = [self._index[a] for a in other._arguments]
        sources, targets = self.attack_positions()
        theirs, their_targets = other.attack_positions()
        return sorted(
            moved[s] * n + moved[t] for s, t in zip(theirs, their_targets, strict=True)
        ) == [s * n + t for s, t in zip(sources, targets, strict=True)]

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


AF = ArgumentationFramework
"""Short alias: ``AF(arguments, attacks)``."""
