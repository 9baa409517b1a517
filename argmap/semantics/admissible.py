"""Admissible sets (Dung 1995): conflict-free sets that defend themselves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.labelling_search import Family, in_set, labellings


def admissible_indices(
    adjacency: Adjacency, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The admissible sets of ``adjacency``, lazily (see :func:`admissible_sets`)."""
    for labels in labellings(adjacency, Family.ADMISSIBLE, deadline=deadline):
        yield in_set(labels)


def admissible_sets(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The admissible sets: conflict-free sets that defend each of their members.

    ``S`` defends ``a`` iff every attacker of ``a`` is attacked by some member of
    ``S``. ``S`` is admissible iff it is conflict-free and defends every ``a ∈ S``.
    The empty set is always admissible. In the labelling view (Ext2Lab), IN is
    ``S``, OUT the arguments ``S`` attacks, UNDEC the rest, and every IN
    argument has all its attackers OUT.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each admissible set once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(sorted(s) for s in admissible_sets(af))
    [[], ['a'], ['a', 'c'], ['b']]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 6.)
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, admissible_indices(Adjacency.of(af)))


def largest_admissible_subset(adjacency: Adjacency, candidates: Iterable[int]) -> frozenset[int]:
    """The ⊆-largest admissible subset of a conflict-free set ``candidates``.

    The union of admissible subsets of a conflict-free set is admissible, so the
    largest one exists and is unique. It is the greatest fixed point of
    ``X ↦ X ∩ F(X)`` below ``candidates`` (``F`` the characteristic function):
    arguments not defended by the rest are removed until none is left to remove.
    Ideal and eager extensions are computed this way from the intersection of
    the preferred, respectively semi-stable, extensions.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(largest_admissible_subset(Adjacency.of(af), [0, 2]))
    [0, 2]
    >>> sorted(largest_admissible_subset(Adjacency.of(af), [2]))
    []
    """
    attackers, targets = adjacency.attackers, adjacency.targets
    kept = set(candidates)
    changed = True
    while changed:
        attacked = {b for a in kept for b in targets[a]}
        undefended = {a for a in kept if any(b not in attacked for b in attackers[a])}
        kept -= undefended
        changed = bool(undefended)
    return frozenset(kept)
