"""The integer view of a framework that the search machinery works on.

Every semantics in :mod:`argmap.semantics` computes on arguments numbered
``0 .. n-1``. For a whole framework those are the framework's own positions and
the adjacency is the framework's (:attr:`ArgumentationFramework.attackers_of_index`,
read on first use, never copied). The SCC-recursive semantics (cf2, stage2) also
work on induced sub-frameworks: :meth:`Adjacency.induced` renumbers a subset of
the arguments and remembers, in :attr:`Adjacency.members`, which framework
position each new number stands for.
"""

from __future__ import annotations

from argmap.frameworks.abstract import ArgumentationFramework

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    Rows = Sequence[Sequence[int]]


class Adjacency:
    """Attackers and targets of arguments ``0 .. size-1``.

    Build it with :meth:`of` (a whole framework) or :meth:`induced` (a part of
    another adjacency); the rows are only read, never changed.

    Examples
    --------
    >>> af = ArgumentationFramework(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "b")])
    >>> adjacency = Adjacency.of(af)
    >>> adjacency.attackers[1]
    (0, 2)
    >>> part = adjacency.induced([1, 2])
    >>> part.attackers, part.members
    (((1,), (0,)), (1, 2))
    """

    __slots__ = ("_af", "_attackers", "_targets", "members", "size")

    def __init__(
        self,
        attackers: Rows | None,
        targets: Rows | None,
        members: Sequence[int],
        af: ArgumentationFramework | None = None,
    ) -> None:
        self._attackers = attackers
        self._targets = targets
        self._af = af
        self.members: Sequence[int] = members
        """``members[i]`` is the framework position of argument ``i``."""
        self.size = len(members)

    @classmethod
    def of(cls, af: ArgumentationFramework) -> Adjacency:
        """The adjacency of the whole framework ``af`` (positions unchanged)."""
        return cls(None, None, range(len(af)), af)

    @property
    def attackers(self) -> Rows:
        """``attackers[i]``: the arguments attacking ``i``, in increasing order."""
        if self._attackers is None:
            assert self._af is not None
            self._attackers = self._af.attackers_of_index
        return self._attackers

    @property
    def targets(self) -> Rows:
        """``targets[i]``: the arguments ``i`` attacks, in increasing order."""
        if self._targets is None:
            assert self._af is not None
            self._targets = self._af.targets_of_index
        return self._targets

    def in_degrees(self) -> list[int]:
        """The number of attackers of each argument (a fresh, mutable list)."""
        if self._af is not None:
            return self._af.in_degree_list()
        return [len(row) for row in self.attackers]

    def unattacked(self) -> list[int]:
        """The arguments nobody attacks, in increasing order."""
        if self._af is not None:
            return self._af.unattacked_indices()
        return [a for a, row in enumerate(self.attackers) if not row]

    def self_attacking(self, argument: int) -> bool:
        """Whether ``argument`` attacks itself."""
        return argument in self.attackers[argument]

    def induced(self, arguments: Iterable[int]) -> Adjacency:
        """The sub-framework on ``arguments`` (numbers of this adjacency), renumbered.

        The new argument ``i`` is the ``i``-th of ``arguments`` in increasing order;
        its :attr:`members` entry is its position in the original framework.
        """
        chosen = sorted(set(arguments))
        renumber = {old: new for new, old in enumerate(chosen)}
        attackers, targets = self.attackers, self.targets
        return Adjacency(
            tuple(tuple(renumber[b] for b in attackers[a] if b in renumber) for a in chosen),
            tuple(tuple(renumber[b] for b in targets[a] if b in renumber) for a in chosen),
            tuple(self.members[a] for a in chosen),
        )


def named(
    af: ArgumentationFramework, extensions: Iterable[Iterable[int]]
) -> Iterator[frozenset[str]]:
    """The extensions of ``af``, given as framework positions, as sets of names (lazily)."""
    names = af.arguments
    for extension in extensions:
        yield frozenset(names[a] for a in extension)
