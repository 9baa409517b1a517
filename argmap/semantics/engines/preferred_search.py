"""A branching search for the preferred extensions of dense frameworks.

Preferred extensions are the ⊆-maximal admissible sets (Dung 1995). The search
is the CEGARTIX scheme (Dvořák, Järvisalo, Wallner & Woltran 2014) with the SAT
calls replaced by the branching of :mod:`~argmap.semantics.engines.stable_search`:
find an admissible set ``C`` that no preferred extension found so far contains,
grow it to a maximal one ``P``, and require from then on that every set found
holds an argument outside ``P``. A node keeps the chosen arguments, those still
allowed (in conflict with no chosen one, not excluded) and the *threats*, the
attackers of the chosen arguments that no chosen argument attacks yet, as bit
sets. At each node:

1. every threat needs an allowed attacker: a threat without one ends the node,
   the only attacker of a threat is chosen at once;
2. otherwise the search branches on the threat with fewest attackers left (child
   ``i`` chooses ``c_i`` and excludes ``c_1 … c_{i-1}``, so children are disjoint),
   trying its most promising attackers first (:data:`ORDERS`);
3. without threats the chosen set is admissible: if a preferred extension ``P``
   found already contains it, the search branches on the allowed arguments
   outside ``P`` (on every allowed argument while nothing is chosen: the empty
   set is contained in every extension); if none does, it is a new admissible
   set, grown to a preferred extension, and the node is examined again.

Which attacker comes first does not change the tree an enumeration walks, but
it decides how soon the first admissible set comes, and that is heavy-tailed and
differs from one framework to the next (:data:`ORDERS`). Two orders therefore
take turns on it (:func:`~argmap.semantics.engines.stable_search.take_turns`),
a slice of :data:`~argmap.semantics.engines.stable_search.SLICE_NODES` nodes
each, as in the search for stable extensions; the one that finds it goes on
alone, in the arguments' order.

The children of a node partition the admissible sets of the node that escape
the preferred extensions found, so when the search ends every admissible set lies
in a preferred extension found: they are all found, each once. Growing ``C``
is the same search from ``C``, over every argument in conflict with none of
``C``, asking for any admissible strict superset, until there is none.

On the ICCMA 2019 AFGen instances, where the grounded labelling decides nothing,
proving that no preferred extension is left takes CaDiCaL most of the
enumeration (19 s on n320p5q2_n after every extension was found); the search
needs no such proof.

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
   in nonmonotonic reasoning, logic programming and n-person games", Artificial
   Intelligence 77(2):321-357, 1995.
.. [2] W. Dvořák, M. Järvisalo, J. P. Wallner, S. Woltran, "Complexity-sensitive
   decision procedures for abstract argumentation", Artificial Intelligence
   206:53-78, 2014.
"""

from __future__ import annotations

from argmap.semantics.engines.stable_search import (
    PATIENCE,
    TICK,
    BitSetSearch,
    NodeCount,
    OutOfPatienceError,
    fewest_within,
    hit_once_and_twice,
    members_of,
    take_turns,
    union_within,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from typing import Final


CREDULOUS_PATIENCE: Final = 200_000
"""Nodes :meth:`PreferredSearch.admissible_containing` visits before it gives up (the
ICCMA 2019 AFGen instances of 256-512 arguments need 1,000-28,000)."""

COUNTERING: Final = 0
"""Order: the attackers that attack the most threats first."""

SPARING: Final = 1
"""Order: the attackers that bring the fewest new threats first: their attackers
that no chosen argument attacks, nor they themselves, nor are threats already."""

BALANCING: Final = 2
"""Order: the attackers that bring the fewest new threats less the threats they
attack first (the order of :meth:`PreferredSearch.admissible_containing`)."""

ORDERS: Final = (COUNTERING, SPARING)
"""The orders that take turns on the first admissible set (:func:`~argmap.semantics.
engines.stable_search.take_turns`); ties keep the arguments' order.

Choosing an argument obliges the search to defend it: an argument that attacks
the threats meets obligations already there, one that brings no new threats
adds none. Nodes to the first non-empty admissible set of the ICCMA 2019 AFGen
instances of 224-512 arguments, by each order alone and by the two taking turns
(what the search does):

==============  =====  ======  =====  ======  ======  ======  =====
order            n224   n256    n256   n320    n384    n448    n512
                        p3q08   p5q2
==============  =====  ======  =====  ======  ======  ======  =====
given             990  40,108    219  36,325  28,235  33,537  9,389
countering        456  26,212    225  35,720  26,968  25,827  9,429
sparing         2,721     155    286   1,110     564      39  2,516
balancing       3,003     551    870     305   4,592   2,268  4,652
both in turn      712     411    225   2,390   1,332     295  5,076
==============  =====  ======  =====  ======  ======  ======  =====

No single order is best. Balancing alone needs 16,241 nodes on the seven
together, the two in turn 10,441, the three in turn 13,220 (968 on n224). Small
changes in the weights of the balance move n224 between 203 and 3,080 nodes, and
those that bring it under 500 make other instances up to 1.6× worse. On the
instances of 100-200 arguments the two in turn take at most 1,193 nodes
(n160p5q2_ve; balancing alone: at most 607)."""


class PreferredSearch(BitSetSearch):
    """The preferred extensions of a framework of ``size`` arguments ``0 .. size-1``,
    given by its attack columns, found by branching (see the module's docstring).

    ``gave_up`` tells, once :meth:`extensions` has stopped, whether it ran out of
    patience; ``found`` holds the preferred extensions yielded.
    """

    __slots__ = ("_attackers", "_conflicts", "_targets", "found", "gave_up", "size")

    def _set_up(self, attackers: list[int], targets: list[int]) -> None:
        """Keep the attackers and targets of each argument, as bit sets."""
        self.size = size = len(attackers)
        self.gave_up = False
        self.found = Found(size)
        self._attackers = attackers
        self._targets = targets
        self._conflicts = [
            a | t | 1 << i
            for i, (a, t) in enumerate(zip(self._attackers, self._targets, strict=True))
        ]

    def extensions(
        self,
        check: Callable[[], None] = lambda: None,
        patience: int = PATIENCE,
        orders: Sequence[int] = ORDERS,
    ) -> Iterator[list[int]]:
        """Every preferred extension once, as sorted argument lists, in a fixed order.

        ``orders`` (of :data:`ORDERS`) take turns on the first admissible set, and
        the one that finds it goes on alone; they share one count of nodes, so that
        ``patience`` bounds them together."""
        self.gave_up = False
        self.found = Found(self.size)
        count = NodeCount(check, patience)
        allowed = self._free(0)
        searches = [self._search(0, allowed, 0, 0, self.found, count, order) for order in orders]
        try:
            for admissible in take_turns(searches):
                preferred = self._grow(admissible, count)
                self.found.add(preferred)
                count.found()
                yield list(members_of(preferred))
        except OutOfPatienceError:
            self.gave_up = True
            return
        if not self.found.sets:
            # no non-empty admissible set: the empty set is the preferred extension
            self.found.add(0)
            yield []

    def admissible_containing(
        self,
        argument: int,
        check: Callable[[], None] = lambda: None,
        patience: int = CREDULOUS_PATIENCE,
    ) -> list[int] | None:
        """An admissible set holding ``argument`` (sorted), or ``None`` if there is none:
        the search of the module's docstring from ``{argument}``, stopped at the first
        admissible set. ``gave_up`` tells whether ``None`` means that it ran out of
        ``patience`` nodes instead.

        Examples
        --------
        >>> search = PreferredSearch([0, 1, 2], [1, 2, 0], 3)   # 0 -> 1 -> 2 -> 0
        >>> search.admissible_containing(0), search.gave_up
        (None, False)
        >>> PreferredSearch([0, 1], [1, 0], 2).admissible_containing(1)   # 0 <-> 1
        [1]
        """
        self.gave_up = False
        if self._targets[argument] >> argument & 1:
            return None
        chosen = 1 << argument
        attacked = self._targets[argument]
        threats = self._attackers[argument] & ~attacked
        count = NodeCount(check, patience)
        search = self._search(
            chosen, self._free(chosen), threats, attacked, Found(self.size), count, BALANCING
        )
        try:
            admissible = first_result(search)
        except OutOfPatienceError:
            self.gave_up = True
            return None
        return None if admissible is None else list(members_of(admissible))

    def _free(self, chosen: int) -> int:
        """The arguments in conflict with none of ``chosen`` (nor with themselves)."""
        conflicts, targets = self._conflicts, self._targets
        free = 0
        for a in range(self.size):
            if not targets[a] >> a & 1 and not conflicts[a] & chosen:
                free |= 1 << a
        return free

    def _grow(self, admissible: int, count: NodeCount) -> int:
        """A preferred extension containing the admissible set ``admissible``."""
        current = admissible
        while True:
            only = Found(self.size)
            only.add(current)
            bigger = first_result(
                self._search(
                    current, self._free(current), 0, self._attacked(current), only, count, BALANCING
                )
            )
            if bigger is None:
                return current
            current = bigger

    def _attacked(self, chosen: int) -> int:
        attacked = 0
        for a in members_of(chosen):
            attacked |= self._targets[a]
        return attacked

    def _search(
        self,
        chosen: int,
        allowed: int,
        threats: int,
        attacked: int,
        found: Found,
        count: NodeCount,
        order: int,
    ) -> Iterator[int]:
        """Admissible sets ⊇ ``chosen`` within ``chosen | allowed`` escaping ``found``
        (and :data:`~argmap.semantics.engines.stable_search.TICK` between slices)."""
        if count.visit():
            yield TICK
        attackers, targets, conflicts = self._attackers, self._targets, self._conflicts
        while True:
            if threats:
                once, twice = hit_once_and_twice(allowed, targets)
                if threats & ~once:
                    return
                single = threats & ~twice
                if single:
                    forced = union_within(single, attackers, allowed)
                    rest = forced
                    while rest:
                        low = rest & -rest
                        rest ^= low
                        c = low.bit_length() - 1
                        if conflicts[c] & forced & ~low:
                            return
                        allowed &= ~conflicts[c]
                        attacked |= targets[c]
                        threats |= attackers[c]
                    chosen |= forced
                    threats &= ~attacked
                    continue
                branches = self._fewest_attackers(allowed, threats)
            else:
                branches = allowed
                if chosen:
                    fewest = self.size + 1
                    escaped = True
                    for preferred in found.containing(chosen):
                        if chosen & ~preferred == 0:
                            escaped = False
                            outside = allowed & ~preferred
                            number = outside.bit_count()
                            if number < fewest:
                                branches, fewest = outside, number
                                if number == 0:
                                    return
                    if escaped:
                        size_before = len(found.sets)
                        yield chosen
                        if len(found.sets) == size_before:
                            return
                        continue
            ordered = self._ordered(branches, threats, attacked, order) if count.first else None
            for c in members_of(branches) if ordered is None else ordered:
                low = 1 << c
                hit = attacked | targets[c]
                yield from self._search(
                    chosen | low,
                    allowed & ~conflicts[c],
                    (threats | attackers[c]) & ~hit,
                    hit,
                    found,
                    count,
                    order,
                )
                allowed &= ~low
            return

    def _ordered(self, branches: int, threats: int, attacked: int, order: int) -> list[int]:
        """The arguments of ``branches`` in the order ``order`` of :data:`ORDERS`."""
        candidates = list(members_of(branches))
        if len(candidates) < 2:
            return candidates
        attackers, targets = self._attackers, self._targets
        if order == COUNTERING:
            candidates.sort(key=lambda c: -(targets[c] & threats).bit_count())
        elif order == SPARING:
            candidates.sort(
                key=lambda c: (attackers[c] & ~(attacked | targets[c] | threats)).bit_count()
            )
        else:
            candidates.sort(
                key=lambda c: (
                    (attackers[c] & ~(attacked | targets[c] | threats)).bit_count()
                    - (targets[c] & threats).bit_count()
                )
            )
        return candidates

    def _fewest_attackers(self, allowed: int, threats: int) -> int:
        """The allowed attackers of a threat with fewest of them (the first with two)."""
        return fewest_within(threats, self._attackers, allowed, self.size)


def first_result(search: Iterator[int]) -> int | None:
    """The first bit set ``search`` yields (skipping
    :data:`~argmap.semantics.engines.stable_search.TICK`), or ``None``."""
    return next((found for found in search if found != TICK), None)


class Found:
    """Preferred extensions found (bit sets), indexed by their arguments: the ones
    that may contain a set are those holding its first argument."""

    __slots__ = ("by_argument", "sets")

    def __init__(self, size: int) -> None:
        self.sets: list[int] = []
        self.by_argument: list[list[int]] = [[] for _ in range(size)]

    def add(self, extension: int) -> None:
        self.sets.append(extension)
        for a in members_of(extension):
            self.by_argument[a].append(extension)

    def containing(self, chosen: int) -> list[int]:
        """The extensions found that hold the first argument of the non-empty ``chosen``."""
        return self.by_argument[(chosen & -chosen).bit_length() - 1]


__all__ = [
    "BALANCING",
    "COUNTERING",
    "CREDULOUS_PATIENCE",
    "ORDERS",
    "SPARING",
    "Found",
    "PreferredSearch",
    "first_result",
]
