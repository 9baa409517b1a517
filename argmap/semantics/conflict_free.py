"""Conflict-free sets and naive extensions: the weakest requirement on an extension."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.labelling_search import Family, in_set, labellings
from argmap.semantics.types import SolverTimeout


def conflict_free_indices(
    adjacency: Adjacency, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The conflict-free sets of ``adjacency``, lazily (see :func:`conflict_free_sets`)."""
    for labels in labellings(adjacency, Family.CONFLICT_FREE, deadline=deadline):
        yield in_set(labels)


def naive_indices(
    adjacency: Adjacency,
    deadline: float | None = None,
    prune: Callable[[int], bool] | None = None,
) -> Iterator[frozenset[int]]:
    """The naive extensions of ``adjacency``, lazily (see :func:`naive_extensions`).

    Naive sets are the maximal cliques of the *compatibility* graph: arguments
    that do not attack themselves, joined when neither attacks the other. They
    are enumerated by Bron & Kerbosch's algorithm with Tomita's pivot rule
    (output-sensitive, no blocking clauses), over bit sets, depth first.

    ``prune(bits)``, if given, is asked at each step with the bit set of the
    arguments the naive sets below it may contain; true skips them (stage
    extensions are searched among naive sets this way).
    """
    n = adjacency.size
    attackers, targets = adjacency.attackers, adjacency.targets
    candidates = 0
    for a in range(n):
        if a not in attackers[a]:
            candidates |= 1 << a
    compatible = [0] * n
    for a in _members(candidates):
        conflicts = 1 << a
        for b in attackers[a]:
            conflicts |= 1 << b
        for b in targets[a]:
            conflicts |= 1 << b
        compatible[a] = candidates & ~conflicts
    # (chosen R, still possible P, excluded X): report R when P and X are empty.
    stack = [(0, candidates, 0)]
    while stack:
        if deadline is not None and time.monotonic() >= deadline:
            raise SolverTimeout("the naive enumeration reached its time limit")
        chosen, possible, excluded = stack.pop()
        if prune is not None and prune(chosen | possible):
            continue
        if not possible:
            if not excluded:
                yield frozenset(_members(chosen))
            continue
        pivot = max(
            _members(possible | excluded), key=lambda u: (possible & compatible[u]).bit_count()
        )
        branches = []
        for v in _members(possible & ~compatible[pivot]):
            bit = 1 << v
            branches.append((chosen | bit, possible & compatible[v], excluded & compatible[v]))
            possible &= ~bit
            excluded |= bit
        stack.extend(reversed(branches))


def _members(bits: int) -> Iterator[int]:
    """The positions of the set bits of ``bits``, in increasing order."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def conflict_free_sets(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The conflict-free sets: sets of arguments none of which attacks another.

    ``S ⊆ A`` is conflict-free iff there are no ``a, b ∈ S`` with ``(a, b) ∈ R``
    (``a = b`` included, so a self-attacking argument is in no conflict-free
    set). The empty set is always conflict-free. Their labelling view gives IN to
    ``S``, OUT to the arguments ``S`` attacks and UNDEC to the rest.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Every conflict-free set once, lazily (there can be ``2^|A|`` of them).

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("c", "c")])
    >>> sorted(sorted(s) for s in conflict_free_sets(af))
    [[], ['a'], ['b']]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 5.)
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, conflict_free_indices(Adjacency.of(af)))


def naive_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The naive extensions: the ⊆-maximal conflict-free sets.

    ``S`` is naive iff it is conflict-free and no strict superset of ``S`` is.
    At least one always exists (possibly the empty set, when every argument
    attacks itself). Naive sets are the base case of cf2
    (:func:`~argmap.semantics.cf2.cf2_extensions`).

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each naive extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    >>> sorted(sorted(s) for s in naive_extensions(af))
    [['a'], ['b'], ['c']]

    References
    ----------
    .. [1] A. Bondarenko, P. M. Dung, R. A. Kowalski and F. Toni, "An abstract,
       argumentation-theoretic approach to default reasoning", Artificial
       Intelligence 93(1-2):63-101, 1997.
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    .. [3] C. Bron and J. Kerbosch, "Algorithm 457: finding all cliques of an
       undirected graph", Communications of the ACM 16(9):575-577, 1973.
    .. [4] E. Tomita, A. Tanaka and H. Takahashi, "The worst-case time complexity for
       generating all maximal cliques and computational experiments", Theoretical
       Computer Science 363(1):28-42, 2006.
    """
    return named(af, naive_indices(Adjacency.of(af)))
