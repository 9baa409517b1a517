"""How a framework stores its attack relation: plain lists when small, arrays when large.

An :class:`~argmap.frameworks.abstract.ArgumentationFramework` keeps its attacks
once, as two integer sequences of argument positions sorted by (attacker,
attacked) without repeats, with compressed-row pointers for "targets of"; every
other view (the tuple adjacency the engines read, the name-level set) is derived
from them. This module holds the ways of storing them:

:class:`ListRelation`
    Python lists, built with :func:`sorted`. Frameworks of up to
    :data:`LIST_LIMIT` attacks given as Python integers are stored this way, so
    that building, solving and answering a small framework never imports NumPy
    (whose import alone takes longer than solving most such frameworks).
:class:`ArrayRelation`
    NumPy arrays, built with array sorts: a million attacks in a fraction of a
    second. Used for larger frameworks and whenever the attacks arrive as arrays.
:class:`DeferredRelation`
    More than :data:`LIST_LIMIT` attacks given as Python integers, or the attacks
    a reader hands over, kept as given until a question needs them sorted, then
    stored in lists or arrays by the same rule.
    Which arguments nobody attacks (all that the grounded extension needs when
    there is none) is answered from the attacks as given, without sorting them
    or importing NumPy.

All answer the same questions with the same results; the tests build every
framework each way and compare.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Final, Protocol

    import numpy as np
    import numpy.typing as npt

    IndexArray = npt.NDArray[np.int64]
else:
    Protocol = object  # as in argmap.semantics.types: no typing import at run time

Rows = tuple[tuple[int, ...], ...]

LIST_LIMIT: Final = 200_000
"""Up to this many attacks (given as Python integers) are stored in lists.

Importing NumPy costs as much CPU as building, encoding and solving a framework of
tens of thousands of attacks in lists: ``argmap solve`` on the ICCMA 2019 instance
Medium-result-b1 (77,717 attacks, apx) takes about a third less CPU in lists than
through NumPy; on 150,000 attacks (apx, SE-GR) 0.36 s against 0.51 s."""


class RelationError(ValueError):
    """Attack positions that do not describe a relation over ``0 .. n-1``."""


class AttackRelation(Protocol):
    """What a framework asks of its stored attack relation (positions ``0 .. n-1``)."""

    size: int

    @property
    def count(self) -> int:
        """The number of distinct attacks."""
        ...

    def pairs(self) -> tuple[list[int], list[int]]:
        """``(sources, targets)`` as lists, sorted by (attacker, attacked), no repeats."""
        ...

    def arrays(self) -> tuple[IndexArray, IndexArray]:
        """The same as read-only NumPy arrays."""
        ...

    def targets_rows(self) -> Rows:
        """``rows[i]``: the sorted positions ``i`` attacks."""
        ...

    def attackers_rows(self) -> Rows:
        """``rows[i]``: the sorted positions attacking ``i``."""
        ...

    def in_degrees(self) -> list[int]:
        """``degrees[i]``: the number of attackers of ``i``."""
        ...

    def unattacked(self) -> list[int]:
        """The positions nobody attacks, in increasing order."""
        ...

    def has(self, source: int, target: int) -> bool:
        """Whether ``source`` attacks ``target``."""
        ...


def relation(
    size: int, sources: object, targets: object, *, checked: bool = False
) -> AttackRelation:
    """The stored relation of the attacks ``sources[k] → targets[k]`` over ``0 .. size-1``.

    Lists (or tuples, ranges) of Python integers give a :class:`ListRelation` up to
    :data:`LIST_LIMIT` attacks and a :class:`DeferredRelation` above; anything else
    goes through NumPy. Repeated attacks are kept once.

    ``checked=True`` is the caller's word that ``sources`` and ``targets`` are
    equal-length lists of Python integers in ``0 .. size-1`` (a reader that looked
    every number up among the arguments): the checks, two passes over each list,
    are skipped, and the attacks are kept as given whatever their number
    (:class:`DeferredRelation`), since a reader's caller may never need them sorted.

    Raises
    ------
    RelationError
        When the two sequences differ in length, hold something other than
        integers, or a position outside ``0 .. size-1``.

    Examples
    --------
    >>> r = relation(3, [1, 0, 1, 0], [2, 1, 2, 1])
    >>> r.pairs(), r.attackers_rows(), r.unattacked()
    (([0, 1], [1, 2]), ((), (0,), (1,)), [0])
    """
    if checked or (
        isinstance(sources, (list, tuple, range))
        and isinstance(targets, (list, tuple, range))
        and set(map(type, sources)) <= _INT
        and set(map(type, targets)) <= _INT
    ):
        assert isinstance(sources, (list, tuple, range))
        assert isinstance(targets, (list, tuple, range))
        if not checked:
            _check_lengths(len(sources), len(targets))
            for name, values in (("sources", sources), ("targets", targets)):
                if values and (min(values) < 0 or max(values) >= size):
                    k = next(k for k, x in enumerate(values) if not 0 <= x < size)
                    _outside(k, name, sources[k], targets[k], values[k], size)
        if len(sources) <= LIST_LIMIT and not checked:
            return ListRelation(size, sources, targets)
        return DeferredRelation(size, sources, targets)
    return ArrayRelation.build(size, sources, targets)


_INT: Final = frozenset({int})


class ListRelation:
    """The attack relation in Python lists (small frameworks; no NumPy import)."""

    __slots__ = ("_arrays", "_pointer", "_sources", "_targets", "count", "size")

    def __init__(self, size: int, sources: Sequence[int], targets: Sequence[int]) -> None:
        _check_lengths(len(sources), len(targets))
        # The keys source * size + target, sorted without repeats, then their
        # quotients and remainders: the attacks in (attacker, attacked) order.
        keys = list(_keys(sources, targets, size))
        self.size = size
        self.count = len(keys)
        if all(map(operator.lt, keys, itertools.islice(keys, 1, None))):
            # Already in that order without repeats, as readers of sorted files give
            # them: the sort and the divisions would give the lists back (2.3 ms
            # against 0.5 ms for this check, on 19,522 attacks).
            self._sources = list(sources)
            self._targets = list(targets)
        else:
            keys = sorted(set(keys))
            self.count = len(keys)
            self._sources = list(map(operator.floordiv, keys, _each(size)))
            self._targets = list(map(operator.mod, keys, _each(size)))
        self._pointer = _bounds(keys, size)
        self._arrays: tuple[IndexArray, IndexArray] | None = None

    def pairs(self) -> tuple[list[int], list[int]]:
        return list(self._sources), list(self._targets)

    def arrays(self) -> tuple[IndexArray, IndexArray]:
        if self._arrays is None:
            import numpy as np

            self._arrays = (
                _frozen(np.array(self._sources, dtype=np.int64)),
                _frozen(np.array(self._targets, dtype=np.int64)),
            )
        return self._arrays

    def targets_rows(self) -> Rows:
        flat, bounds = self._targets, self._pointer
        return tuple([tuple(flat[bounds[i] : bounds[i + 1]]) for i in range(self.size)])

    def attackers_rows(self) -> Rows:
        # A bucket per argument, filled in the order of the attackers: each comes out
        # sorted (three times faster than sorting the keys target * size + source).
        rows: list[list[int]] = [[] for _ in range(self.size)]
        appends = [row.append for row in rows]
        for source, target in zip(self._sources, self._targets, strict=True):
            appends[target](source)
        return tuple(map(tuple, rows))

    def in_degrees(self) -> list[int]:
        counted = collections.Counter(self._targets)
        return [counted[i] for i in range(self.size)]

    def unattacked(self) -> list[int]:
        return _unattacked(self.size, self._targets)

    def has(self, source: int, target: int) -> bool:
        low, high = self._pointer[source], self._pointer[source + 1]
        k = bisect.bisect_left(self._targets, target, low, high)
        return k < high and self._targets[k] == target


class ArrayRelation:
    """The attack relation in NumPy arrays (large frameworks, built by array sorts)."""

    __slots__ = ("_attacker_pointer", "_sources", "_target_pointer", "_targets", "count", "size")

    def __init__(self, size: int, sources: IndexArray, targets: IndexArray) -> None:
        """Store already checked position arrays (see :meth:`build`)."""
        import numpy as np

        if sources.size:
            # One sort on the combined key orders attacks by (attacker, attacked)
            # and puts repeated attacks next to each other.
            keys = np.sort(sources * size + targets)
            distinct = np.empty(keys.size, dtype=bool)
            distinct[0] = True
            np.not_equal(keys[1:], keys[:-1], out=distinct[1:])
            keys = keys[distinct]
            sources, targets = np.divmod(keys, size)
        self.size = size
        self.count = int(sources.size)
        self._sources = _frozen(sources)
        self._targets = _frozen(targets)
        self._target_pointer = _frozen(_pointer(sources, size))
        self._attacker_pointer = _frozen(_pointer(targets, size))

    @classmethod
    def build(cls, size: int, sources: object, targets: object) -> ArrayRelation:
        """Check and store the attacks ``sources[k] → targets[k]`` (array-likes of int)."""
        import numpy as np

        source_array = _as_index_array(sources, "sources")
        target_array = _as_index_array(targets, "targets")
        _check_lengths(source_array.size, target_array.size)
        for name, array in (("sources", source_array), ("targets", target_array)):
            outside = np.flatnonzero((array < 0) | (array >= size))
            if outside.size:
                k = int(outside[0])
                _outside(k, name, int(source_array[k]), int(target_array[k]), int(array[k]), size)
        return cls(size, source_array, target_array)

    def pairs(self) -> tuple[list[int], list[int]]:
        return self._sources.tolist(), self._targets.tolist()

    def arrays(self) -> tuple[IndexArray, IndexArray]:
        return self._sources, self._targets

    def targets_rows(self) -> Rows:
        return _rows(self._target_pointer, self._targets)

    def attackers_rows(self) -> Rows:
        import numpy as np

        # A stable sort on 32-bit keys is a radix sort, much faster than on 64-bit ones;
        # it keeps the attackers of each argument in increasing order.
        narrow = self._targets.astype(np.int32) if self.size < 2**31 else self._targets
        by_target = np.argsort(narrow, kind="stable")
        return _rows(self._attacker_pointer, self._sources[by_target])

    def in_degrees(self) -> list[int]:
        import numpy as np

        degrees: list[int] = np.diff(self._attacker_pointer).tolist()
        return degrees

    def unattacked(self) -> list[int]:
        import numpy as np

        positions: list[int] = np.flatnonzero(np.diff(self._attacker_pointer) == 0).tolist()
        return positions

    def has(self, source: int, target: int) -> bool:
        low, high = int(self._target_pointer[source]), int(self._target_pointer[source + 1])
        k = bisect.bisect_left(self._targets, target, low, high)
        return k < high and int(self._targets[k]) == target


class DeferredRelation:
    """Attacks given as Python integers, sorted on first need.

    A reader hands over lists it has already checked; sorting them costs a sort
    in Python or NumPy's import, which some questions never need: :meth:`unattacked`
    is answered from the attacks as given. Every other question stores them once,
    as a :class:`ListRelation` up to :data:`LIST_LIMIT` attacks and as an
    :class:`ArrayRelation` above, then lets go of the lists.
    """

    __slots__ = ("_given", "_stored", "size")

    def __init__(self, size: int, sources: Sequence[int], targets: Sequence[int]) -> None:
        """Keep already checked attacks (see :func:`relation`)."""
        self.size = size
        self._given: tuple[Sequence[int], Sequence[int]] | None = (sources, targets)
        self._stored: ListRelation | ArrayRelation | None = None

    @property
    def count(self) -> int:
        return self._sorted().count

    def pairs(self) -> tuple[list[int], list[int]]:
        return self._sorted().pairs()

    def arrays(self) -> tuple[IndexArray, IndexArray]:
        return self._sorted().arrays()

    def targets_rows(self) -> Rows:
        return self._sorted().targets_rows()

    def attackers_rows(self) -> Rows:
        return self._sorted().attackers_rows()

    def in_degrees(self) -> list[int]:
        return self._sorted().in_degrees()

    def unattacked(self) -> list[int]:
        if self._given is None:
            return self._sorted().unattacked()
        return _unattacked(self.size, self._given[1])

    def has(self, source: int, target: int) -> bool:
        return self._sorted().has(source, target)

    def _sorted(self) -> ListRelation | ArrayRelation:
        if self._stored is None:
            assert self._given is not None
            sources, targets = self._given
            self._given = None
            if len(sources) <= LIST_LIMIT:
                self._stored = ListRelation(self.size, sources, targets)
                return self._stored
            import numpy as np

            self._stored = ArrayRelation(
                self.size,
                np.fromiter(sources, dtype=np.int64, count=len(sources)),
                np.fromiter(targets, dtype=np.int64, count=len(targets)),
            )
        return self._stored


def _unattacked(size: int, targets: Sequence[int]) -> list[int]:
    """The positions ``0 .. size-1`` missing from ``targets``, in increasing order."""
    return sorted(set(range(size)).difference(set(targets)))


def _each(value: int) -> itertools.repeat[int]:
    return itertools.repeat(value)


def _keys(rows: Sequence[int], columns: Sequence[int], size: int) -> Iterator[int]:
    """``rows[k] * size + columns[k]`` for every ``k``, by C-level maps (no Python frame
    per attack)."""
    return map(operator.add, map(operator.mul, rows, _each(size)), columns)


def _bounds(keys: list[int], size: int) -> list[int]:
    """Compressed-row pointer of sorted keys ``row * size + column``: row ``i`` is
    ``keys[bounds[i] : bounds[i + 1]]``."""
    return [bisect.bisect_left(keys, i * size) for i in range(size + 1)]


def _check_lengths(sources: int, targets: int) -> None:
    if sources != targets:
        raise RelationError(
            f"sources has {sources} entries but targets has {targets}; "
            "give one attacker and one attacked position per attack"
        )


def _outside(k: int, name: str, source: int, target: int, value: int, size: int) -> None:
    raise RelationError(
        f"attack #{k} ({source}, {target}): {name} position {value} is outside "
        f"0..{size - 1}; positions are 0-based indices into the arguments"
    )


def _as_index_array(values: object, what: str) -> IndexArray:
    import numpy as np

    array = np.asarray(values)
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise RelationError(
            f"{what} must be a flat sequence of integer positions, got an array of "
            f"shape {array.shape} and type {array.dtype}"
        )
    return array.astype(np.int64, copy=False)


def _pointer(keys: IndexArray, n: int) -> IndexArray:
    """Compressed-row pointer: row ``i`` of the sorted ``keys`` is ``[p[i], p[i+1])``."""
    import numpy as np

    pointer = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=pointer[1:])
    return pointer


def _rows(pointer: IndexArray, values: IndexArray) -> Rows:
    flat = values.tolist()
    bounds = pointer.tolist()
    return tuple([tuple(flat[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1)])


def _frozen(array: IndexArray) -> IndexArray:
    array.setflags(write=False)
    return array
