"""A branching search for the stable extensions of dense frameworks.

A set ``E`` of arguments is a stable extension when it is conflict-free and
attacks every argument outside it (Dung 1995), that is, when it is a kernel of
the attack graph (Dimopoulos & Torres 1996). Every stable extension therefore
holds, for every argument ``a``, some argument of ``{a} ∪ attackers(a)``, the
*candidates* of ``a``. The search keeps the arguments chosen so far, those still
*allowed* (in conflict with no chosen one, not excluded) and those still
*uncovered* (neither chosen nor attacked by a chosen one), as bit sets, and at
each node:

1. counts, for every uncovered argument, its allowed candidates, up to two, with
   two bit sets over the allowed arguments (covered at least once, at least
   twice);
2. gives up the node when some uncovered argument has no candidate left;
3. chooses at once the only candidate of every uncovered argument that has one,
   and starts again (a conflict between two forced arguments ends the node);
4. otherwise branches on the uncovered argument with fewest candidates
   ``c_1, …, c_k``: child ``i`` chooses ``c_i`` and excludes ``c_1 … c_{i-1}``,
   so the children's extensions are disjoint and every extension is found once.

When nothing is left uncovered the chosen set is a stable extension.

Which candidate a node tries first does not change the tree an enumeration walks,
but it decides how soon the first extension comes, and that is heavy-tailed: the
nodes to the first extension of the ICCMA 2019 AFGen instances vary a hundredfold
with the order, and differently on each instance (:data:`ORDERS`). Three orders
therefore take turns (:func:`take_turns`), a slice of :data:`SLICE_NODES` nodes each,
until one finds an extension or proves there is none; that one alone goes on,
trying the candidates in the arguments' order from then on: an enumeration visits
the whole tree whatever the order, so sorting no longer pays (EE-ST and EE-PR on
n150p3q34n and n160p3q24e took 0.47-1.47 s CPU either way, within the noise of
the machine).

On dense frameworks, where stable extensions are small, this tree is shallow and
a CDCL solver gains nothing from its learning: on the ICCMA 2019 AFGen instances,
strongly connected and left wholly undecided by the grounded labelling, the
search enumerates n320p5q2_n in 2.7 s where CaDiCaL, driven one blocking clause
at a time, takes 32 s (CPU, same run). On sparse frameworks extensions are large,
the tree deep, and clause learning wins: :func:`dense` decides, and the search
gives up (:class:`StableSearch` ``.gave_up``) after :data:`PATIENCE` nodes without
a new extension, so that the SAT engine can take over with what was found.

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
   in nonmonotonic reasoning, logic programming and n-person games", Artificial
   Intelligence 77(2):321-357, 1995.
.. [2] Y. Dimopoulos and A. Torres, "Graph theoretical structures in logic
   programs and default theories", Theoretical Computer Science
   170(1-2):209-244, 1996.
"""

from __future__ import annotations

from argmap.semantics.engines.sat_encoding import attacker_rows

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from typing import Final, TypeVar

    from argmap.semantics.engines.sat_encoding import Column

    SearchType = TypeVar("SearchType", bound="BitSetSearch")

DENSE_DEGREE: Final = 16.0
"""The search is used when the arguments have at least this many attackers on
average (:func:`dense`)."""

SLICE_NODES: Final = 256
"""Nodes a search visits before it lets the other one of :func:`take_turns` work."""

TICK: Final = -1
"""Yielded by a search at the end of each slice of nodes (never a bit set of arguments)."""

PATIENCE: Final = 4_000_000
"""Nodes the search may visit without finding a new extension before it gives up."""

CHECK_EVERY: Final = 4096
"""Nodes between two calls of the deadline check."""


COVERING: Final = 0
"""Order: the candidates covering the most uncovered arguments first (greedy cover)."""

SPARING: Final = 1
"""Order: the candidates leaving the fewest obligations for their coverage first."""

GIVEN: Final = 2
"""Order: the candidates in the arguments' own order."""

ORDERS: Final = (GIVEN, COVERING, SPARING)
"""The orders that take turns on the first extension (:func:`take_turns`).

Nodes to the first stable extension of the ICCMA 2019 AFGen instances of 224-512
arguments, by each order alone and by the three taking turns (what the search
does):

============  =====  =====  =====  =====  =====  =====  =====
order          n224   n256   n256   n320   n384   n448   n512
                      p3q08  p5q2
============  =====  =====  =====  =====  =====  =====  =====
given         9,210 41,331  9,299 25,846 27,329  6,191 20,693
covering      3,053 24,377    362    908    192  7,392 21,663
sparing       1,499    910    784     27 20,280  1,348  3,194
all three     4,571  2,958  1,130    539    448  4,420  9,850
============  =====  =====  =====  =====  =====  =====  =====

The arguments' own order takes part so that no framework needs more than three
times the nodes it needs in that order alone, rounded up to whole slices of
:data:`SLICE_NODES`: some are lucky with it, like n160p3q24e (53 nodes,
against 842 covering and 530 sparing). On the instances of 100-200 arguments the
three together take at most 1,370 nodes (the given order alone: 2,261); only
n160p5q2_ve needs more than it did (1,306 against 903).

The obligations weigh twice in :data:`SPARING`: weights 0.5, 1, 1.5, 3 and 4 were
measured too, none better on every instance (n320p5q2_n: 1,060, 133, 135, 4,600,
4,607; n512p5q2_vh: 19,115, 16,313, 15,432, 3,137, 3,152)."""


def dense(attacks: int, size: int, degree: float = DENSE_DEGREE) -> bool:
    """Whether ``attacks`` attacks among ``size`` arguments call for the search.

    >>> dense(4565, 150), dense(1955, 1000), dense(0, 0)
    (True, False, False)
    """
    return size > 0 and attacks >= degree * size


class BitSetSearch:
    """A branching search over arguments ``0 .. size-1`` that keeps the attackers and
    the targets of each argument as bit sets (:meth:`_set_up`), built from the attack
    columns or, with :meth:`of_rows`, from rows a framework already holds."""

    __slots__ = ()

    def __init__(self, sources: Column, targets: Column, size: int) -> None:
        self._set_up(
            bit_sets(attacker_rows(sources, targets, size), size),
            bit_sets(attacker_rows(targets, sources, size), size),
        )

    @classmethod
    def of_rows(
        cls: type[SearchType], attackers: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]
    ) -> SearchType:
        """The search over the arguments whose attackers and targets are the rows
        ``attackers[a]`` and ``targets[a]`` (positions ``0 .. len(attackers)-1``), such
        as a framework's own ``attackers_of_index`` and ``targets_of_index``.

        >>> StableSearch.of_rows([(1,), (0,)], [(1,), (0,)]).extensions().__next__()
        [0]
        """
        search = cls.__new__(cls)
        size = len(attackers)
        search._set_up(bit_sets(attackers, size, base=0), bit_sets(targets, size, base=0))
        return search

    def _set_up(self, attackers: list[int], targets: list[int]) -> None:
        """Keep ``attackers[a]`` and ``targets[a]``, bit sets, for each argument ``a``."""
        raise NotImplementedError


class StableSearch(BitSetSearch):
    """The stable extensions of a framework of ``size`` arguments ``0 .. size-1``,
    given by its attack columns, found by branching (see the module's docstring).

    ``gave_up`` tells, once :meth:`extensions` has stopped, whether it stopped
    because it ran out of :data:`PATIENCE` (what it yielded stands, the rest is
    unknown) rather than because it had found every extension.
    """

    __slots__ = ("_candidates", "_conflicts", "_covered_by", "_targets", "gave_up", "size")

    def _set_up(self, attackers: list[int], targets: list[int]) -> None:
        """Keep the attackers and targets of each argument, as bit sets."""
        self.size = len(attackers)
        self.gave_up = False
        self._targets = targets
        self._candidates = [b | 1 << a for a, b in enumerate(attackers)]
        self._covered_by = [t | 1 << a for a, t in enumerate(self._targets)]
        self._conflicts = [c | t for c, t in zip(self._candidates, self._targets, strict=True)]

    def extensions(
        self,
        check: Callable[[], None] = lambda: None,
        patience: int = PATIENCE,
        orders: Sequence[int] = ORDERS,
    ) -> Iterator[list[int]]:
        """Every stable extension once, as sorted argument lists, in a fixed order.

        ``check`` is called every :data:`CHECK_EVERY` nodes (a deadline check
        may raise from it); ``orders`` (of :data:`ORDERS`) take turns on the first
        extension (:func:`take_turns`), and the one that finds it goes on alone.
        """
        self.gave_up = False
        everything = (1 << self.size) - 1
        allowed = sum(1 << a for a in range(self.size) if not self._targets[a] >> a & 1)
        searches = [
            self._search(allowed, everything, 0, NodeCount(check, patience), order)
            for order in orders
        ]
        try:
            for chosen in take_turns(searches):
                yield list(members_of(chosen))
        except OutOfPatienceError:
            self.gave_up = True

    def _search(
        self, allowed: int, uncovered: int, chosen: int, state: NodeCount, order: int
    ) -> Iterator[int]:
        if state.visit():
            yield TICK
        covered_by, candidates_of = self._covered_by, self._candidates
        conflicts, targets = self._conflicts, self._targets
        while True:
            if not uncovered:
                state.found()
                yield chosen
                return
            once, twice = hit_once_and_twice(allowed, covered_by)
            if uncovered & ~once:
                return
            single = uncovered & ~twice
            if not single:
                break
            forced = union_within(single, candidates_of, allowed)
            rest = forced
            while rest:
                low = rest & -rest
                rest ^= low
                c = low.bit_length() - 1
                if conflicts[c] & forced & ~low:
                    return
                allowed &= ~conflicts[c]
                uncovered &= ~(targets[c] | low)
            chosen |= forced
        branches = self._fewest_candidates(allowed, uncovered)
        for c in self._ordered(branches, uncovered, order) if state.first else members_of(branches):
            low = 1 << c
            yield from self._search(
                allowed & ~conflicts[c], uncovered & ~(targets[c] | low), chosen | low, state, order
            )
            allowed &= ~low

    def _ordered(self, branches: int, uncovered: int, order: int) -> list[int]:
        """The candidates of ``branches`` in the order ``order`` of :data:`ORDERS`: the
        uncovered arguments each one covers, most first (:data:`COVERING`), or those
        covered less twice its *obligations*, fewest first (:data:`SPARING`): its
        uncovered attackers that it does not attack, which it excludes and some
        other chosen argument will have to attack. Ties keep the arguments' order."""
        candidates = list(members_of(branches))
        if len(candidates) < 2 or order == GIVEN:
            return candidates
        covered_by = self._covered_by
        if order == COVERING:
            candidates.sort(key=lambda c: -(covered_by[c] & uncovered).bit_count())
        else:
            attackers = self._candidates
            candidates.sort(
                key=lambda c: (
                    2 * (attackers[c] & ~covered_by[c] & uncovered).bit_count()
                    - (covered_by[c] & uncovered).bit_count()
                )
            )
        return candidates

    def _fewest_candidates(self, allowed: int, uncovered: int) -> int:
        """The allowed candidates of an uncovered argument with fewest of them (the
        first with two, else the fewest), those not allowed themselves first."""
        rest = uncovered & ~allowed or uncovered
        return fewest_within(rest, self._candidates, allowed, self.size)


def take_turns(searches: Sequence[Iterator[int]]) -> Iterator[int]:
    """What the first of ``searches`` to yield a result yields, with the others
    dropped: each runs until its next :data:`TICK` in turn, until one yields a bit
    set or ends. Every search must find the same sets (in any order), so that the
    one that ends first has found them all: there are none.

    >>> def search(results):
    ...     yield from results
    >>> list(take_turns([search([TICK, TICK, 5]), search([TICK, 3, TICK, 4])]))
    [3, 4]
    >>> list(take_turns([search([TICK, TICK]), search([TICK, TICK, 4])]))
    []
    """
    while True:
        for search in searches:
            for found in search:
                if found == TICK:
                    break
                yield found
                yield from (rest for rest in search if rest != TICK)
                return
            else:
                return


class OutOfPatienceError(Exception):
    """The search visited its allowance of nodes without a new extension."""


class NodeCount:
    """Node counting for one run: deadline checks, patience, slices, and whether the
    first result is still to be found (``first``: the searches order their
    candidates until then)."""

    __slots__ = ("check", "first", "patience", "since_found", "visited")

    def __init__(self, check: Callable[[], None], patience: int) -> None:
        self.check = check
        self.patience = patience
        self.visited = 0
        self.since_found = 0
        self.first = True

    def visit(self) -> bool:
        """Count a node; whether a slice of :data:`SLICE_NODES` nodes ends with it."""
        self.visited += 1
        self.since_found += 1
        if self.since_found > self.patience:
            raise OutOfPatienceError
        if self.visited % CHECK_EVERY == 0:
            self.check()
        return self.visited % SLICE_NODES == 0

    def found(self) -> None:
        self.since_found = 0
        self.first = False


def bit_set(row: Sequence[int], base: int = 1) -> int:
    """The bit set of the arguments ``v - base`` of ``row``: of its 1-based variables
    by default, of its positions with ``base=0``."""
    mask = 0
    for v in row:
        mask |= 1 << (v - base)
    return mask


def bit_sets(rows: Sequence[Sequence[int]], size: int, base: int = 1) -> list[int]:
    """``[bit_set(row, base) for row in rows]``, the entries being ``base .. base+size-1``.

    Or-ing ``1 << (v - 1)`` works on ever larger integers, so a long row is
    written instead as a binary numeral (a ``1`` digit per variable in a copy of
    ``size`` zeros) and read by :func:`int`, at a cost that depends on ``size``
    alone. That is faster from about one variable in 16 (and 32 variables) on,
    by 2x at the 76 attackers of 256 arguments of the dense AFGen instances
    (timed on rows of 2-64 variables over 256, 512 and 4096 arguments).

    >>> bit_sets([[1, 3], list(range(1, 41))], 40) == [0b101, (1 << 40) - 1]
    True
    >>> bit_sets([[0, 2]], 3, base=0)
    [5]
    """
    zeros = b"0" * size
    top = size - 1 + base
    masks = []
    for row in rows:
        if len(row) < 32 or len(row) * 16 < size:
            masks.append(bit_set(row, base))
            continue
        digits = bytearray(zeros)
        for v in row:
            digits[top - v] = 49  # "1", worth 2 ** (v - base)
        masks.append(int(digits, 2))
    return masks


def hit_once_and_twice(mask: int, rows: Sequence[int]) -> tuple[int, int]:
    """The bits set in ``rows[a]`` for some argument ``a`` of ``mask``, and those set
    for at least two of them: what the allowed arguments cover, and what has a choice."""
    once = twice = 0
    while mask:
        low = mask & -mask
        mask ^= low
        hits = rows[low.bit_length() - 1]
        twice |= once & hits
        once |= hits
    return once, twice


def union_within(mask: int, rows: Sequence[int], allowed: int) -> int:
    """The union of ``rows[a] & allowed`` over the arguments ``a`` of ``mask``."""
    union = 0
    while mask:
        low = mask & -mask
        mask ^= low
        union |= rows[low.bit_length() - 1]
    return union & allowed


def fewest_within(mask: int, rows: Sequence[int], allowed: int, size: int) -> int:
    """``rows[a] & allowed`` for the argument ``a`` of ``mask`` that leaves the fewest
    (the first that leaves two or fewer): the branches of a search node."""
    best = 0
    fewest = size + 1
    while mask:
        low = mask & -mask
        mask ^= low
        candidates = rows[low.bit_length() - 1] & allowed
        count = candidates.bit_count()
        if count < fewest:
            best, fewest = candidates, count
            if count <= 2:
                break
    return best


def members_of(mask: int) -> Iterator[int]:
    """The arguments of the bit set ``mask``, in increasing order."""
    while mask:
        low = mask & -mask
        mask ^= low
        yield low.bit_length() - 1


__all__ = [
    "CHECK_EVERY",
    "COVERING",
    "DENSE_DEGREE",
    "GIVEN",
    "ORDERS",
    "PATIENCE",
    "SLICE_NODES",
    "SPARING",
    "TICK",
    "BitSetSearch",
    "NodeCount",
    "OutOfPatienceError",
    "StableSearch",
    "bit_set",
    "bit_sets",
    "dense",
    "fewest_within",
    "hit_once_and_twice",
    "members_of",
    "take_turns",
    "union_within",
]
