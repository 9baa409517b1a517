"""The labelling search every non-unique semantics of the plain-Python engine uses.

A *labelling* gives each argument one of three labels, IN, OUT or UNDEC
(Caminada & Gabbay 2009). Each family of semantics is a local rule tying the
label of an argument to the labels of its attackers. With ``E`` the IN arguments
and OUT always meaning "attacked by an IN argument" (so the labelling is
``Ext2Lab(E)`` and labellings correspond one-to-one to extensions):

================  ==========================  ===================  =========================
family            IN requires                 OUT requires         UNDEC requires
================  ==========================  ===================  =========================
conflict-free     no attacker IN              some attacker IN     no attacker IN
admissible        every attacker OUT          some attacker IN     no attacker IN
complete          every attacker OUT          some attacker IN     no attacker IN, not every
                                                                   attacker OUT
stable            every attacker OUT          some attacker IN     (never)
================  ==========================  ===================  =========================

The search keeps, for every argument, the set of labels still possible (a bit
mask) and prunes them with the rules above, forwards (from attackers to the
attacked) and backwards (an IN argument makes its attackers OUT; an OUT argument
with a single possible IN attacker makes it IN; ...), in the manner of the
labelling algorithms of Modgil & Caminada (2009) and Nofal, Atkinson & Dunne
(2014). It branches on "IN or not IN" for one argument at a time, depth first, so
solutions come out lazily.

Semantics that take the ⊆-maximal elements of a family (preferred, semi-stable,
stage) use :func:`maximal_labellings`: one depth-first pass that skips every
subtree dominated by a maximal set already found, and grows each labelling it
reaches (with a clause "some argument outside it must count") until nothing
strictly larger exists. Every answer is reported as soon as it is known to be
maximal.

References
----------
.. [1] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
   Studia Logica 93(2-3):109-145, 2009.
.. [2] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract
   argumentation frameworks", in Argumentation in Artificial Intelligence,
   Springer, 105-129, 2009.
.. [3] S. Nofal, K. Atkinson and P. E. Dunne, "Algorithms for decision problems in
   argument systems under preferred semantics", Artificial Intelligence
   207:23-51, 2014.
"""

from __future__ import annotations

import enum
import time

from argmap.semantics.adjacency import Adjacency
from argmap.semantics.types import SolverTimeout

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

IN = 1
OUT = 2
UNDEC = 4
ANY = IN | OUT | UNDEC
"""Label bits: a domain is the bitwise or of the labels still possible."""


class Family(enum.Enum):
    """The local labelling rule a search enforces (see the module docstring)."""

    CONFLICT_FREE = "conflict_free"
    ADMISSIBLE = "admissible"
    COMPLETE = "complete"
    STABLE = "stable"


class Measure(enum.IntEnum):
    """What a maximality criterion counts: the IN arguments, or IN and OUT (the range)."""

    IN = IN
    RANGE = IN | OUT


class Clause:
    """The constraint: some argument of ``members`` gets a label in ``labels`` (a bit mask)."""

    __slots__ = ("labels", "members")

    def __init__(self, members: tuple[int, ...], labels: int) -> None:
        self.members = members
        self.labels = labels

    def __repr__(self) -> str:
        return f"Clause({self.members!r}, {self.labels!r})"


Labels = list[int]
"""One label bit per argument: a finished labelling."""


def initial_domains(adjacency: Adjacency) -> Labels:
    """Every label possible for every argument: the root of a search."""
    return [ANY] * adjacency.size


def labellings(
    adjacency: Adjacency,
    family: Family,
    *,
    domains: Labels | None = None,
    clauses: Sequence[Clause] = (),
    deadline: float | None = None,
) -> Iterator[Labels]:
    """Every labelling of ``family`` within ``domains`` satisfying ``clauses``, lazily.

    Parameters
    ----------
    adjacency : Adjacency
        The framework.
    family : Family
        The local rule.
    domains : list of int, optional
        The labels allowed for each argument (bit masks); default all of them.
    clauses : sequence of Clause
        Extra disjunctive constraints.
    deadline : float, optional
        A :func:`time.monotonic` instant; reaching it raises :class:`SolverTimeout`.

    Yields
    ------
    list of int
        One label bit per argument. Arguments labelled IN first, depth first.
    """
    return _Search(adjacency, family, clauses, deadline).solutions(
        initial_domains(adjacency) if domains is None else domains
    )


def first_labelling(
    adjacency: Adjacency,
    family: Family,
    *,
    domains: Labels | None = None,
    clauses: Sequence[Clause] = (),
    deadline: float | None = None,
) -> Labels | None:
    """The first labelling :func:`labellings` finds, or ``None`` if there is none."""
    return next(
        labellings(adjacency, family, domains=domains, clauses=clauses, deadline=deadline),
        None,
    )


def maximal_labellings(
    adjacency: Adjacency,
    family: Family,
    measure: Measure,
    *,
    domains: Labels | None = None,
    deadline: float | None = None,
) -> Iterator[Labels]:
    """The labellings of ``family`` whose measured set is ⊆-maximal, lazily.

    With ``Measure.IN`` this gives the labellings with a ⊆-maximal IN set (each
    maximal set has exactly one labelling); with ``Measure.RANGE`` every labelling
    whose IN ∪ OUT is ⊆-maximal (several labellings may share a maximal range).

    One depth-first pass over the labellings of ``family``, IN first, filtered by
    :class:`MaximalFilter`: a subtree is skipped when everything its labellings
    could measure is dominated by a maximal set already found (the pruning of
    Nofal, Atkinson & Dunne 2014), and each labelling reached is grown into a
    maximal one and reported at once.

    Yields
    ------
    list of int
        One label bit per argument.
    """
    base = initial_domains(adjacency) if domains is None else domains
    maximal = MaximalFilter(adjacency, family, measure, domains=base, deadline=deadline)
    search = _Search(adjacency, family, (), deadline)
    for labels in search.solutions(base, prune=lambda node: not maximal.open(node)):
        found = maximal.consider(labels)
        if found is not None:
            yield found


class MaximalFilter:
    """Turns candidate labellings into the ⊆-maximal ones, each reported once.

    It remembers the maximal measured sets found so far (as bit sets). A
    candidate measuring a set strictly inside one of them is dropped; one
    measuring exactly a known maximal set is a tie (a new labelling with the same
    maximal range) or a repeat; any other is grown — by targeted searches "keep
    what it measures and measure one more" — until nothing strictly larger
    exists, which makes it maximal. Fed with candidates that include every
    maximal labelling (or something below it), it reports exactly the maximal
    labellings.

    Parameters
    ----------
    adjacency, family, measure
        The search the candidates come from and what is maximised.
    domains : list of int, optional
        The domains growing searches start from (those of the candidates' search).
    deadline : float, optional
    """

    def __init__(
        self,
        adjacency: Adjacency,
        family: Family,
        measure: Measure,
        *,
        domains: Labels | None = None,
        deadline: float | None = None,
    ) -> None:
        self._adjacency = adjacency
        self._family = family
        self._mask = int(measure)
        self._strict = measure is Measure.RANGE  # ranges may tie: keep equal ones
        self._base = initial_domains(adjacency) if domains is None else domains
        self._deadline = deadline
        self._maximal: list[int] = []
        self._reported: set[frozenset[int]] = set()

    def measured(self, labels: Labels) -> int:
        """The arguments whose labels (or possible labels) count, as a bit set."""
        mask = self._mask
        bits = 0
        for a, label in enumerate(labels):
            if label & mask:
                bits |= 1 << a
        return bits

    def open(self, possible: Labels | int) -> bool:
        """Whether a candidate measuring (at most) ``possible`` could still be maximal."""
        bits = possible if isinstance(possible, int) else self.measured(possible)
        strict = self._strict
        return not any(not bits & ~top and (bits != top or not strict) for top in self._maximal)

    def consider(self, labels: Labels) -> Labels | None:
        """The maximal labelling ``labels`` leads to, unless dominated or already reported."""
        bits = self.measured(labels)
        if bits not in self._maximal:
            if not self.open(bits):
                return None
            labels = self._grow(labels)
            self._maximal.append(self.measured(labels))
        key = in_set(labels)
        if key in self._reported:
            return None
        self._reported.add(key)
        return labels

    def _grow(self, labels: Labels) -> Labels:
        mask, base = self._mask, self._base
        while True:
            outside = tuple(a for a, label in enumerate(labels) if not label & mask)
            if not outside:
                return labels
            grown = [d & mask if label & mask else d for d, label in zip(base, labels, strict=True)]
            larger = first_labelling(
                self._adjacency,
                self._family,
                domains=grown,
                clauses=[Clause(outside, mask)],
                deadline=self._deadline,
            )
            if larger is None:
                return labels
            labels = larger


def in_set(labels: Labels) -> frozenset[int]:
    """The arguments labelled IN."""
    return frozenset(a for a, label in enumerate(labels) if label == IN)


def ext2lab(adjacency: Adjacency, extension: Iterable[int]) -> Labels:
    """``Ext2Lab``: IN for the extension, OUT for what it attacks, UNDEC for the rest."""
    labels = [UNDEC] * adjacency.size
    targets = adjacency.targets
    for a in extension:
        for b in targets[a]:
            labels[b] = OUT
    for a in extension:
        labels[a] = IN
    return labels


class _State:
    """One node of the search: the domains, and per argument four counts over its attackers.

    ``can_in``: attackers that may still be IN; ``sure_in``: attackers that are
    IN; ``cannot_out``: attackers that can no longer be OUT; ``not_out``:
    attackers not (yet) OUT. They are kept up to date as domains shrink, so that
    the rules of an argument are checked in constant time.
    """

    __slots__ = ("can_in", "cannot_out", "domains", "not_out", "sure_in")

    def __init__(
        self,
        domains: Labels,
        can_in: list[int],
        sure_in: list[int],
        cannot_out: list[int],
        not_out: list[int],
    ) -> None:
        self.domains = domains
        self.can_in = can_in
        self.sure_in = sure_in
        self.cannot_out = cannot_out
        self.not_out = not_out

    @classmethod
    def counted(cls, domains: Labels, attackers: Sequence[Sequence[int]]) -> _State:
        rows = [[domains[b] for b in row] for row in attackers]
        return cls(
            domains,
            [sum(1 for d in row if d & IN) for row in rows],
            [sum(1 for d in row if d == IN) for row in rows],
            [sum(1 for d in row if not d & OUT) for row in rows],
            [sum(1 for d in row if d != OUT) for row in rows],
        )

    def copy(self) -> _State:
        return _State(
            self.domains.copy(),
            self.can_in.copy(),
            self.sure_in.copy(),
            self.cannot_out.copy(),
            self.not_out.copy(),
        )


class _Search:
    """Depth-first search with label propagation; one instance per query."""

    __slots__ = ("_attackers", "_clauses", "_deadline", "_family", "_full", "_order", "_targets")

    def __init__(
        self,
        adjacency: Adjacency,
        family: Family,
        clauses: Sequence[Clause],
        deadline: float | None,
    ) -> None:
        self._attackers = adjacency.attackers
        self._targets = adjacency.targets
        self._family = family
        self._full = IN | OUT if family is Family.STABLE else ANY
        self._clauses = clauses
        self._deadline = deadline
        # Branch first on the arguments with the most attack links: deciding them
        # propagates furthest.
        self._order = sorted(
            range(adjacency.size),
            key=lambda a: -(len(self._attackers[a]) + len(self._targets[a])),
        )

    def solutions(
        self, domains: Labels, prune: Callable[[Labels], bool] | None = None
    ) -> Iterator[Labels]:
        """The solutions below ``domains``, depth first, IN first.

        ``prune(domains)`` is asked at each node: true skips the node's subtree.
        """
        full = self._full
        root_domains = [d & full for d in domains]
        if 0 in root_domains:
            return
        root = _State.counted(root_domains, self._attackers)
        if not self._propagate(root, range(len(root_domains))):
            return
        stack = [root]
        deadline = self._deadline
        while stack:
            if deadline is not None and time.monotonic() >= deadline:
                raise SolverTimeout("the labelling search reached its time limit")
            current = stack.pop()
            if prune is not None and prune(current.domains):
                continue
            branch = self._branching_argument(current.domains)
            if branch < 0:
                yield current.domains
                continue
            domain = current.domains[branch]
            choices = [IN, domain & ~IN] if domain & IN else [1 << b for b in range(3)]
            for choice in reversed(choices):
                if not choice & domain:
                    continue
                child = current.copy()
                if self._propagate(child, (), (branch, choice & domain)):
                    stack.append(child)

    def _branching_argument(self, domains: Labels) -> int:
        """An argument whose IN-ness is open; else one with two labels left; else -1."""
        fallback = -1
        for a in self._order:
            d = domains[a]
            if d & (d - 1):  # more than one label left
                if d & IN:
                    return a
                fallback = a
        return fallback

    def _propagate(
        self,
        state: _State,
        changed: Iterable[int],
        decision: tuple[int, int] | None = None,
    ) -> bool:
        """Prune ``state`` in place to a fixpoint; ``False`` on a contradiction.

        ``changed`` are arguments to examine; ``decision`` an ``(argument, labels)``
        restriction to apply first.
        """
        attackers, targets = self._attackers, self._targets
        cf = self._family is Family.CONFLICT_FREE
        complete = self._family is Family.COMPLETE
        domains = state.domains
        can_in, sure_in = state.can_in, state.sure_in
        cannot_out, not_out = state.cannot_out, state.not_out
        queue: list[int] = []
        queued = [False] * len(domains)

        def restrict(a: int, allowed: int) -> bool:
            old = domains[a]
            new = old & allowed
            if new == old:
                return True
            if not new:
                return False
            domains[a] = new
            lost_in = old & IN and not new & IN
            now_in = new == IN
            lost_out = old & OUT and not new & OUT
            now_out = new == OUT
            for x in targets[a]:
                if lost_in:
                    can_in[x] -= 1
                if now_in:
                    sure_in[x] += 1
                if lost_out:
                    cannot_out[x] += 1
                if now_out:
                    not_out[x] -= 1
                if not queued[x]:
                    queued[x] = True
                    queue.append(x)
            if not queued[a]:
                queued[a] = True
                queue.append(a)
            return True

        for a in changed:
            if not queued[a]:
                queued[a] = True
                queue.append(a)
        if decision is not None and not restrict(*decision):
            return False
        while True:
            while queue:
                x = queue.pop()
                queued[x] = False
                # The label of x given its attackers.
                d = domains[x]
                allowed = d
                if sure_in[x] if cf else cannot_out[x]:
                    allowed &= ~IN
                if not can_in[x]:
                    allowed &= ~OUT
                if sure_in[x] or (complete and not not_out[x]):
                    allowed &= ~UNDEC
                if allowed != d:
                    if not restrict(x, allowed):
                        return False
                    d = domains[x]
                # What the label of x demands of its attackers.
                row = attackers[x]
                if d == IN and not cf:
                    if not_out[x]:
                        for b in row:
                            if not restrict(b, OUT):
                                return False
                elif not d & OUT:
                    if can_in[x]:
                        for b in row:
                            if not restrict(b, OUT | UNDEC):
                                return False
                elif d == OUT and can_in[x] == 1 and not sure_in[x]:
                    witness = next(b for b in row if domains[b] & IN)
                    if not restrict(witness, IN):
                        return False
                if complete and not d & IN and not_out[x] == 1:
                    witness = next(b for b in row if domains[b] != OUT)
                    if not restrict(witness, IN | UNDEC):
                        return False
            if not self._clauses_hold(domains, restrict):
                return False
            if not queue:
                return True

    def _clauses_hold(self, domains: Labels, restrict: Callable[[int, int], bool]) -> bool:
        """Unit propagation of the extra clauses; ``False`` if one cannot hold."""
        for clause in self._clauses:
            labels = clause.labels
            candidate = -1
            candidates = 0
            for a in clause.members:
                d = domains[a]
                if d & labels:
                    if not d & ~labels:
                        break  # satisfied for sure
                    candidates += 1
                    candidate = a
            else:
                if candidates == 0:
                    return False
                if candidates == 1 and not restrict(candidate, labels):
                    return False
        return True
