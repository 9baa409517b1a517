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

from collections.abc import Callable, Iterator, Sequence
from typing import Final

from argmap.semantics.engines.sat_encoding import Column, attacker_rows

DENSE_DEGREE: Final = 16.0
"""The search is used when the arguments have at least this many attackers on
average (:func:`dense`)."""

PATIENCE: Final = 4_000_000
"""Nodes the search may visit without finding a new extension before it gives up."""

CHECK_EVERY: Final = 4096
"""Nodes between two calls of the deadline check."""


def dense(attacks: int, size: int, degree: float = DENSE_DEGREE) -> bool:
    """Whether ``attacks`` attacks among ``size`` arguments call for the search.

    >>> dense(4565, 150), dense(1955, 1000), dense(0, 0)
    (True, False, False)
    """
    return size > 0 and attacks >= degree * size


class StableSearch:
    """The stable extensions of a framework of ``size`` arguments ``0 .. size-1``,
    given by its attack columns, found by branching (see the module's docstring).

    ``gave_up`` tells, once :meth:`extensions` has stopped, whether it stopped
    because it ran out of :data:`PATIENCE` (what it yielded stands, the rest is
    unknown) rather than because it had found every extension.
    """

    __slots__ = ("_candidates", "_conflicts", "_covered_by", "_targets", "gave_up", "size")

    def __init__(self, sources: Column, targets: Column, size: int) -> None:
        self.size = size
        self.gave_up = False
        attackers = attacker_rows(sources, targets, size)
        attacked = attacker_rows(targets, sources, size)
        self._targets = [bit_set(row) for row in attacked]
        self._candidates = [bit_set(row) | 1 << a for a, row in enumerate(attackers)]
        self._covered_by = [t | 1 << a for a, t in enumerate(self._targets)]
        self._conflicts = [c | t for c, t in zip(self._candidates, self._targets, strict=True)]

    def extensions(
        self, check: Callable[[], None] = lambda: None, patience: int = PATIENCE
    ) -> Iterator[list[int]]:
        """Every stable extension once, as sorted argument lists, in a fixed order.

        ``check`` is called every :data:`CHECK_EVERY` nodes (a deadline check
        may raise from it).
        """
        self.gave_up = False
        state = NodeCount(check, patience)
        everything = (1 << self.size) - 1
        allowed = sum(1 << a for a in range(self.size) if not self._targets[a] >> a & 1)
        try:
            for chosen in self._search(allowed, everything, 0, state):
                yield list(members_of(chosen))
        except OutOfPatienceError:
            self.gave_up = True

    def _search(self, allowed: int, uncovered: int, chosen: int, state: NodeCount) -> Iterator[int]:
        state.visit()
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
        while branches:
            low = branches & -branches
            branches ^= low
            c = low.bit_length() - 1
            yield from self._search(
                allowed & ~conflicts[c], uncovered & ~(targets[c] | low), chosen | low, state
            )
            allowed &= ~low

    def _fewest_candidates(self, allowed: int, uncovered: int) -> int:
        """The allowed candidates of an uncovered argument with fewest of them (the
        first with two, else the fewest), those not allowed themselves first."""
        rest = uncovered & ~allowed or uncovered
        return fewest_within(rest, self._candidates, allowed, self.size)


class OutOfPatienceError(Exception):
    """The search visited its allowance of nodes without a new extension."""


class NodeCount:
    """Node counting for one run: deadline checks and patience."""

    __slots__ = ("check", "patience", "since_found", "visited")

    def __init__(self, check: Callable[[], None], patience: int) -> None:
        self.check = check
        self.patience = patience
        self.visited = 0
        self.since_found = 0

    def visit(self) -> None:
        self.visited += 1
        self.since_found += 1
        if self.since_found > self.patience:
            raise OutOfPatienceError
        if self.visited % CHECK_EVERY == 0:
            self.check()

    def found(self) -> None:
        self.since_found = 0


def bit_set(row: Sequence[int]) -> int:
    """The bit set of the 1-based variables of ``row`` (as arguments ``v - 1``)."""
    mask = 0
    for v in row:
        mask |= 1 << (v - 1)
    return mask


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
    "DENSE_DEGREE",
    "PATIENCE",
    "NodeCount",
    "OutOfPatienceError",
    "StableSearch",
    "bit_set",
    "dense",
    "fewest_within",
    "hit_once_and_twice",
    "members_of",
    "union_within",
]
