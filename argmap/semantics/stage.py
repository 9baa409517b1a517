"""Stage extensions (Verheij 1996): conflict-free sets of maximal range."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.conflict_free import naive_indices
from argmap.semantics.labelling_search import (
    Family,
    MaximalFilter,
    Measure,
    ext2lab,
    first_labelling,
    in_set,
)
from argmap.semantics.stable import stable_indices


def stage_indices(adjacency: Adjacency, deadline: float | None = None) -> Iterator[frozenset[int]]:
    """The stage extensions of ``adjacency``, lazily (see :func:`stage_extensions`).

    When a stable extension exists, stage and stable coincide. Otherwise every
    stage extension is naive: the naive sets are enumerated (Bron-Kerbosch),
    skipping those whose range cannot escape a maximal range already found, and
    each is grown into a conflict-free set of maximal range.
    """
    if first_labelling(adjacency, Family.STABLE, deadline=deadline) is not None:
        yield from stable_indices(adjacency, deadline)
        return
    targets = adjacency.targets
    reach = [(1 << a) | sum(1 << b for b in set(targets[a])) for a in range(adjacency.size)]
    maximal = MaximalFilter(adjacency, Family.CONFLICT_FREE, Measure.RANGE, deadline=deadline)

    def hopeless(members: int) -> bool:
        covered = 0
        while members:
            low = members & -members
            covered |= reach[low.bit_length() - 1]
            members ^= low
        return not maximal.open(covered)

    for candidate in naive_indices(adjacency, deadline, prune=hopeless):
        found = maximal.consider(ext2lab(adjacency, candidate))
        if found is not None:
            yield in_set(found)


def stage_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The stage extensions: conflict-free sets whose range is ⊆-maximal.

    The range of ``S`` is ``S ∪ S⁺``. ``S`` is a stage extension iff it is
    conflict-free and no conflict-free set has a range strictly containing the
    range of ``S``. Stage extensions are naive; every stable extension is a
    stage extension, and when a stable extension exists the two coincide. At
    least one stage extension always exists. Unlike the admissibility-based
    semantics, stage accepts arguments only attacked by self-defeating ones.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each stage extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(s) for s in stage_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]

    References
    ----------
    .. [1] B. Verheij, "Two approaches to dialectical argumentation: admissible sets
       and argumentation stages", Proceedings of NAIC 1996, 357-368.
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, stage_indices(Adjacency.of(af)))
